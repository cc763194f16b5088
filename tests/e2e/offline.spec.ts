/**
 * Offline: after one visit the service worker has cached every prerendered page (listed from the
 * build folder, so new routes are covered), and each one opens offline. A new version waits until
 * the reader accepts the update banner.
 */
import { builtPages } from './built';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

async function installed(page: import('@playwright/test').Page) {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		// Controlled, so the precache is complete (install waits for it) and fetches go through it.
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
}

test.describe('offline', () => {
	test('every prerendered page opens offline after one visit', async ({ page, context }, info) => {
		test.skip(info.project.name !== 'laptop', 'the cache is the same at every size');
		test.setTimeout(120_000); // every page, consult mode's ~45 slides included
		await installed(page);
		const cached = await page.evaluate(async () => {
			const keys = await caches.keys();
			return (await (await caches.open(keys[0]!)).keys()).map((r) => new URL(r.url).pathname);
		});
		const pages = builtPages();
		expect(pages.length).toBeGreaterThanOrEqual(5);
		for (const path of pages) expect(cached).toContain(path);

		await context.setOffline(true);
		for (const path of pages) {
			// The prerendered page is the point; its code is cached with it (checked by the moves below).
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
		}
		// Moving around inside the app works offline too.
		await page.goto('/');
		await page.locator('header').getByRole('link', { name: 'Glossary' }).click();
		await expect(page).toHaveURL(/\/glossary\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await context.setOffline(false);
	});

	test('a new version waits until the reader reloads into it', async ({ page }, info) => {
		test.skip(info.project.name !== 'laptop', 'the same at every size');
		await installed(page);
		const banner = page.getByRole('status').getByText('A new version is available');
		const reload = page.getByRole('status').getByRole('button', { name: 'Reload' });
		await expect(banner).toHaveCount(0);
		// Publish a "new version": the same worker under a new URL in the same scope (Playwright cannot
		// rewrite a worker script's bytes on an update check).
		await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js?next'));
		await expect(banner).toBeVisible({ timeout: 15_000 });
		await reload.focus();
		const reloaded = page.waitForEvent('load');
		await page.keyboard.press('Enter');
		await reloaded;
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(banner).toHaveCount(0);
		// The page is controlled by the newly activated worker, and one cache is left.
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/service-worker\.js\?next$/);
		expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(1);
	});
});
