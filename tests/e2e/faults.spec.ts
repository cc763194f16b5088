/**
 * Bad input and faults: malformed query strings and hashes, storage that throws, and a network that
 * fails after (or during) the first load never throw or blank the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILD_DIR } from './built';
import { expect, test } from './fixtures';

// Nothing here depends on the screen size: the laptop project runs it (CI time).
test.skip(({ isMobile }) => isMobile, 'not size-dependent: run in the laptop project');

async function togglesStillWork(page: Page) {
	const motion = page.getByRole('button', { name: 'Reduce motion' });
	const theme = page.getByRole('button', { name: 'Dark theme' });
	await expect(page.locator('html')).toHaveAttribute('data-terms', 'enhanced');
	const wasReduced = (await motion.getAttribute('aria-pressed')) === 'true';
	await motion.click();
	await expect(motion).toHaveAttribute('aria-pressed', String(!wasReduced));
	await expect(page.locator('html')).toHaveAttribute('data-layout', wasReduced ? 'sticky' : 'unrolled');
	const wasDark = (await theme.getAttribute('aria-pressed')) === 'true';
	await theme.click();
	await expect(theme).toHaveAttribute('aria-pressed', String(!wasDark));
	await expect(page.locator('html')).toHaveAttribute('data-theme', wasDark ? 'light' : 'dark');
}

test.describe('bad input', () => {
	for (const url of ['/story/?%E0%A4%A=1', '/story/#%%%', '/story/#nmda-999', '/?%&=%zz#%E0%A4%A', '/glossary/#%', '/references/?q=<script>']) {
		test(`${url} loads without an error`, async ({ page }) => {
			await page.goto(url);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('data-terms', 'enhanced');
			// The app still routes from there.
			await page.locator('header').getByRole('link', { name: 'Glossary' }).click();
			await expect(page).toHaveURL(/\/glossary\/$/);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});
	}
});

test.describe('storage that throws', () => {
	test('getItem, setItem and removeItem throw: the toggles work for the session', async ({ page }) => {
		await page.addInitScript(() => {
			for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
				Storage.prototype[name] = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			}
		});
		await page.goto('/story/');
		await togglesStillWork(page);
	});

	test('touching window.localStorage at all throws: the toggles work for the session', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				}
			});
		});
		await page.goto('/');
		await togglesStillWork(page);
	});
});

test.describe('network faults', () => {
	test('going offline after the page is shown keeps it usable', async ({ page, context }) => {
		await page.goto('/story/#ketamine');
		await expect(page.locator('html')).toHaveAttribute('data-terms', 'enhanced');
		await context.setOffline(true);
		await togglesStillWork(page);
		const term = page.locator('section[aria-labelledby="ketamine"] .term-button').first();
		await term.click();
		await expect(page.locator(`#${await term.getAttribute('popovertarget')}`)).toBeVisible();
		await page.keyboard.press('Escape');
		await page.mouse.wheel(0, 2000);
		await page.waitForTimeout(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
		await expect(page.locator('h2#nmda')).toBeAttached();
		await context.setOffline(false);
	});

	test("when the page's code fails to load, the prerendered page stays, unrolled", async ({ browser }) => {
		// Its own context: the failed loads are the point, so the console is not checked here.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		// The story's script fails to arrive (pageEntry.ts); the chunks it imports load.
		const html = readFileSync(join(BUILD_DIR, 'story/index.html'), 'utf8');
		const entry = html.match(/data-src="([^"]+)"/)![1]!;
		await context.route(`**${entry}`, (route) => route.abort('connectionreset'));
		const page = await context.newPage();
		await page.goto('/story/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// The animated layout needs the app; without it every step shows its own still diagram.
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'unrolled');
		await expect(page.locator('[data-scrolly="ptsd"] .keyframe-graphic svg').first()).toBeVisible();
		await page.waitForTimeout(1000);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How ketamine infusions are thought to help PTSD');
		await expect(page.locator('h2#questions')).toBeAttached();
		await context.close();
	});
});
