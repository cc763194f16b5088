/**
 * Unknown paths: the preview server renders the error page; a static host serves build/404.html
 * (adapter-static's fallback), which starts the app in the browser. Both show the heading and the
 * contents, linking to each chapter of the story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILD_DIR } from './built';
import { expect, test } from './fixtures';

// Nothing here depends on the screen size: the laptop project runs it (CI time).
test.skip(({ isMobile }) => isMobile, 'not size-dependent: run in the laptop project');

const CHAPTERS = ['ptsd', 'ketamine', 'nmda', 'glutamate', 'bdnf', 'series', 'plan', 'infusion-day', 'safety', 'evidence', 'questions'];

/** The browser logs the 404 status of the document itself; that is the point here, nothing else may be logged. */
function allowDocument404(problems: string[]) {
	const i = problems.indexOf('console.error: Failed to load resource: the server responded with a status of 404 (Not Found)');
	if (i !== -1) problems.splice(i, 1);
}

async function expectNotFound(page: Page) {
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
	await expect(contents).toHaveCount(CHAPTERS.length);
	const hrefs = await contents.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
	expect(hrefs).toEqual(CHAPTERS.map((id) => `/story/#${id}`));
	await expect(page).toHaveTitle(/Page not found/);
	// The site's chrome is there too: the crisis line and the way home.
	await expect(page.locator('header').getByRole('link', { name: /crisis\? call or text 988/i })).toBeVisible();
}

test.describe('page not found', () => {
	test('/no-such-page/ says so and offers the contents', async ({ page, problems }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expectNotFound(page);
		await page.getByRole('link', { name: 'Ketamine blocks NMDA receptors' }).click();
		await expect(page).toHaveURL(/\/story\/#nmda$/);
		await expect(page.locator('h2#nmda')).toBeInViewport();
		allowDocument404(problems);
	});

	test('the static host fallback (404.html) shows the same page', async ({ page, problems }) => {
		const fallback = readFileSync(join(BUILD_DIR, '404.html'), 'utf8');
		await page.route('**/no-such-page/**', (route) =>
			route.request().resourceType() === 'document'
				? route.fulfill({ status: 404, contentType: 'text/html', body: fallback })
				: route.fallback()
		);
		await page.goto('/no-such-page/deeper/');
		await expectNotFound(page);
		allowDocument404(problems);
	});
});
