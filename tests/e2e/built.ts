/**
 * What the build wrote, for specs that cover every page: the prerendered pages (from the build
 * folder's .html files, so a new route is covered without editing tests) and the host headers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Page } from '@playwright/test';

export const BUILD_DIR = process.env.BUILD_DIR || 'build';

/** Every prerendered page as a URL path ('/', '/story/', …), without the 404 fallback. */
export function builtPages(): string[] {
	return readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `/${file.split(sep).join('/').slice(0, -'index.html'.length)}`)
		.sort();
}

/**
 * Every page with consult mode cut down to one page of each kind: its ~45 slides are the same
 * template with different text and diagrams (each slide is covered by consult.spec.ts). For the
 * slow per-page sweeps (axe matrix, CSP in use).
 */
export const CONSULT_SAMPLE = ['/consult/', '/consult/nmda/4/', '/consult/explorer/1/', '/consult/screen/'];
export function distinctPages(): string[] {
	return builtPages().filter((path) => !path.startsWith('/consult/') || CONSULT_SAMPLE.includes(path));
}

/** The headers build/_headers gives every path (the /* rule). */
export function hostHeaders(): Record<string, string> {
	const lines = readFileSync(join(BUILD_DIR, '_headers'), 'utf8').split('\n');
	const start = lines.indexOf('/*');
	const headers: Record<string, string> = {};
	for (const line of lines.slice(start + 1)) {
		const m = line.match(/^\s+([\w-]+):\s*(.*)$/);
		if (m) headers[m[1]!.toLowerCase()] = m[2]!;
	}
	return headers;
}

/** Serve pages with the host's headers, as Netlify or Cloudflare Pages would. */
export async function withHostHeaders(page: Page) {
	const extra = hostHeaders();
	await page.route(
		(url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
		async (route) => {
			if (route.request().resourceType() !== 'document') return route.fallback();
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
		}
	);
}

/** Collects securitypolicyviolation events in the page (window.__csp). */
export async function recordCspViolations(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
