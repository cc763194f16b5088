/**
 * A page whose HTML arrives in two parts, as on a slow link: a small server sends the built page up
 * to `cut`, waits, then sends the rest (other files whole). The browser may paint what it has;
 * `recordShifts()` and `shifts()` then say whether anything it painted moved when the rest came.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILD_DIR } from './built';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Runs `fn` with the URL of `path` served in two parts, split where `cutAt(html)` says (a string index). */
export async function inTwoParts(path: string, cutAt: (html: string) => number, fn: (url: string) => Promise<void>): Promise<void> {
	const html = readFileSync(join(BUILD_DIR, path, 'index.html'));
	const text = html.toString('utf8');
	// `cutAt` counts characters; the split is in bytes.
	const cut = Buffer.byteLength(text.slice(0, cutAt(text)));
	const server = createServer((req, res) => {
		const file = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		if (file === path) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.write(html.subarray(0, cut));
			setTimeout(() => res.end(html.subarray(cut)), 500);
			return;
		}
		try {
			const body = readFileSync(join(BUILD_DIR, file.endsWith('/') ? file + 'index.html' : file));
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/html; charset=utf-8' });
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	try {
		await fn(`http://localhost:${(server.address() as AddressInfo).port}${path}`);
	} finally {
		server.close();
	}
}

/** Call before `goto`; after it, `shifts(page)` lists every layout shift since the page started. */
export const recordShifts = (page: Page) =>
	page.addInitScript(() => {
		const w = window as unknown as { shifts: number[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.shifts.push((entry as PerformanceEntry & { value: number }).value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
export const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
