/**
 * First-load bytes: everything a phone downloads from our server to show a page and start its
 * script, up to network idle after that, with no interaction (so lazily loaded chunks are not
 * counted). Raw = body length as the
 * browser received it (decoded); gzip = what gzip -9 makes of each body, a stable proxy for
 * transfer size that does not depend on how the preview server or a CDN compresses.
 */
import { gzipSync } from 'node:zlib';
import { PHONE } from './chromium.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
export const TYPES = ['js', 'css', 'html', 'other'];

function typeOf(response) {
	const contentType = (response.headers()['content-type'] || '').toLowerCase();
	const path = new URL(response.url()).pathname;
	if (/javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (contentType.includes('text/css') || path.endsWith('.css')) return 'css';
	if (contentType.includes('text/html')) return 'html';
	return 'other';
}

async function describe(response) {
	let body = Buffer.alloc(0);
	try {
		body = await response.body();
	} catch {
		// Redirects and aborted requests have no body.
	}
	return {
		path: new URL(response.url()).pathname,
		status: response.status(),
		type: typeOf(response),
		raw: body.length,
		gzip: body.length ? gzipSync(body, { level: 9 }).length : 0
	};
}

export async function measureFirstLoad(browser, url) {
	const context = await browser.newContext({ ...PHONE.context, serviceWorkers: 'block' });
	const page = await context.newPage();
	const pending = [];
	const external = [];
	let recording = true;
	page.on('response', (response) => {
		if (!recording) return;
		const { hostname, protocol } = new URL(response.url());
		if (protocol === 'data:' || protocol === 'blob:') return;
		if (LOCAL_HOSTS.has(hostname)) pending.push(describe(response));
		else external.push(response.url());
	});
	try {
		await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		// A page's code starts after its first paint (src/lib/prerender/deferBoot.ts), which on a
		// long page can come after the network has been quiet for a while: wait for the page's
		// script to have run (it sets data-app), then for the network to be quiet again.
		await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 10_000 }).catch(() => {});
		let last = Date.now();
		page.on('request', () => (last = Date.now()));
		while (Date.now() - last < 500) await page.waitForTimeout(100);
		recording = false; // anything after that is lazy, not first load
		const files = await Promise.all(pending);
		const totals = Object.fromEntries(TYPES.map((t) => [t, { raw: 0, gzip: 0, count: 0 }]));
		for (const f of files) {
			totals[f.type].raw += f.raw;
			totals[f.type].gzip += f.gzip;
			totals[f.type].count += 1;
		}
		const all = {
			raw: files.reduce((a, f) => a + f.raw, 0),
			gzip: files.reduce((a, f) => a + f.gzip, 0),
			count: files.length
		};
		return { totals, all, files, external };
	} finally {
		await context.close();
	}
}
