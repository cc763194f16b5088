/**
 * Shared test fixture: every page a test opens is watched for console errors and warnings,
 * uncaught exceptions, and any request that leaves localhost. A test fails on any of them.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function watchPage(page: Page) {
	const problems: string[] = [];
	page.on('console', (msg) => {
		// Playwright's own notice when a config blocks service workers (playwright.config.ts), not the site's.
		if (msg.text() === 'Service Worker registration blocked by Playwright') return;
		if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (!LOCAL_HOSTS.has(url.hostname)) problems.push(`external request: ${req.url()}`);
	});
	return problems;
}

export const test = base.extend<{ problems: string[] }>({
	problems: [
		async ({ page }, use) => {
			const problems = watchPage(page);
			await use(problems);
			expect(problems, 'console errors, uncaught exceptions or external requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Serialized SVG with build-specific noise (generated ids, scoped class hashes) removed. */
export function normalizeSvg(svg: string): string {
	return svg
		.replace(/<!--[^>]*-->/g, '')
		.replace(/\s(id|aria-labelledby)="[^"]*"/g, '')
		.replace(/url\(#[^)]*\)/g, 'url(#)')
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/\sclass=""/g, '')
		.replace(/>\s+</g, '><')
		.replace(/(\d+\.\d{2})\d+/g, '$1');
}
