/** Every prerendered page: each build/…/index.html → its trailing-slash route, plus `/`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function* walk(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

/** Returns [{ route: '/story/', file, scrolly }], `/` first then alphabetical. */
export function findPages(buildDir) {
	const pages = new Map([['/', { route: '/', file: join(buildDir, 'index.html') }]]);
	for (const file of walk(buildDir)) {
		const rel = relative(buildDir, file).split(sep).join('/');
		if (!/(^|\/)index\.html$/.test(rel)) continue; // 404.html and assets are not pages
		const route = '/' + rel.slice(0, -'index.html'.length);
		pages.set(route, { route, file });
	}
	return [...pages.values()]
		.map((p) => {
			let html = '';
			try {
				html = readFileSync(p.file, 'utf8');
			} catch {
				// `/` with no build/index.html: still measured, the server decides what it gets.
			}
			return { ...p, scrolly: html.includes('data-scrolly') };
		})
		.sort((a, b) => (a.route === '/' ? -1 : b.route === '/' ? 1 : a.route.localeCompare(b.route)));
}

/** `/story/` → `story`, `/` → `home`: for report file names. */
export function slug(route) {
	return route.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
}

/**
 * SvelteKit's `vite preview` serves .svelte-kit/output, not build/ itself. They are identical right
 * after a build, but a rebuild elsewhere (another terminal, a test run) swaps the files under the
 * running server. Returns the routes whose served HTML differs from build/ (empty = consistent).
 */
export async function servedDiffersFromBuild(pages, base) {
	const differing = [];
	for (const p of pages) {
		let onDisk = null;
		try {
			onDisk = readFileSync(p.file, 'utf8');
		} catch {
			// no file: compare against nothing, i.e. report it
		}
		try {
			const res = await fetch(base + p.route.slice(1), { signal: AbortSignal.timeout(5000) });
			if (!res.ok || (await res.text()) !== onDisk) differing.push(p.route);
		} catch {
			differing.push(p.route);
		}
	}
	return differing;
}
