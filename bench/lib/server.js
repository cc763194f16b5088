/**
 * Build the site and serve build/ with `vite preview`, spawned as `node …/vite.js` so the PID we
 * hold is the vite process itself (not an npx/npm/sh wrapper that would survive a kill).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Run `npm run build`; resolves to seconds taken. Output is shown only if it fails. */
export function build(cwd, track = () => () => {}) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn('npm', ['run', 'build'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		const untrack = track(() => child.kill('SIGTERM'));
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('exit', (code) => {
			untrack();
			if (code === 0) return resolve((Date.now() - started) / 1000);
			const tail = output.trim().split('\n').slice(-40).join('\n');
			reject(new Error(`npm run build failed (exit ${code}):\n${tail}`));
		});
	});
}

function viteBin(cwd) {
	const require = createRequire(join(cwd, 'package.json'));
	return join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
}

async function answers(url) {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
		return res.ok;
	} catch {
		return false;
	}
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start `vite preview` and wait until it answers. Returns { url, pid, stop }.
 * Refuses to start if something already answers on the port: we must measure our own build.
 */
export async function startPreview({ cwd, port, timeoutMs = 30_000 }) {
	const url = `http://localhost:${port}/`;
	if (await answers(url)) {
		throw new Error(`something is already serving ${url}; stop it (or pass --port N) and retry`);
	}
	const child = spawn(process.execPath, [viteBin(cwd), 'preview', '--port', String(port), '--strictPort'], {
		cwd,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));

	const exited = new Promise((resolve) => child.once('exit', resolve));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
		if (timedOut) child.kill('SIGKILL');
	};
	/** Synchronous variant for signal handlers. */
	const stopNow = () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};

	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
		if (await answers(url)) return { url, pid: child.pid, stop, stopNow };
		await sleep(250);
	}
	await stop();
	throw new Error(`vite preview did not answer on ${url} within ${timeoutMs / 1000}s:\n${output}`);
}

/**
 * Serve one fixed HTML page on a free port (the baselines: what this machine scores on a page with
 * no script and no images). Returns { url, stop }.
 */
export function serveHtml(html) {
	const server = createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
		res.end(html);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, 'localhost', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			resolve({ url: `http://localhost:${port}/`, stop: () => new Promise((r) => server.close(() => r(undefined))) });
		});
	});
}
