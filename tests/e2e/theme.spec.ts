/**
 * Theme: follows the system until the reader picks light or dark with the header toggle; the choice
 * is stored, and the inline script in app.html applies it before the app's JavaScript runs (no flash).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const KEY = 'ketamine-explainer:theme';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(18, 24, 32)';
// The toggles work once the page's code has started, which is after its first paint (deferBoot.ts).
const started = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-app', 'started');

test.describe('theme toggle', () => {
	test('starts from a light system, switches to dark, and the choice survives a reload', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/glossary/');
		await started(page);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		expect(await background(page)).toBe(WHITE);

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await background(page)).toBe(DARK);
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('dark');

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await started(page);
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await background(page)).toBe(DARK);

		// Back to what the system says: the page follows the system again.
		await toggle.click();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
		expect(await background(page)).toBe(WHITE);
	});

	test('a dark system starts dark, and light can be forced', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		await started(page);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await background(page)).toBe(DARK);
		await toggle.click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await background(page)).toBe(WHITE);
		await expect(page.locator('meta[name="color-scheme"]')).toHaveAttribute('content', 'light');
	});

	test('a stored choice applies before the app loads (no flash of the other theme)', async ({ browser }) => {
		// The app's JavaScript never loads here, so only app.html's inline script can set the theme.
		const context = await browser.newContext({ colorScheme: 'light' });
		await context.addInitScript((key) => localStorage.setItem(key, 'dark'), KEY);
		await context.route('**/_app/**/*.js', (route) => route.abort());
		const page = await context.newPage();
		await page.goto('/references/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await background(page)).toBe(DARK);
		await context.close();
	});

	test('the toggle is a real button with a visible focus ring and a large enough target', async ({ page }) => {
		await page.goto('/');
		await started(page);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await toggle.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(toggle).toBeFocused();
		expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
		const box = (await toggle.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	});
});

test('a toggle pressed before the page’s code has started takes effect once it has', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	// Slow code, as on a phone on a slow link: the page is on screen well before its toggles run.
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/changelog/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await toggle.click();
	expect(await page.locator('html').getAttribute('data-app')).toBeNull();
	await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the page’s code leaves alone what app.html already set: no rewrite of the colour scheme or the layout', async ({ page }) => {
	// Re-setting <meta name="color-scheme">, even to its own value, restyles the whole page.
	// Writes made while the document is still loading are app.html's own script; later ones are the page's code.
	await page.addInitScript(() => {
		const late: string[] = [];
		(window as unknown as { lateWrites: string[] }).lateWrites = late;
		new MutationObserver((records) => {
			for (const r of records) if (document.readyState !== 'loading') late.push(`${(r.target as Element).tagName} ${r.attributeName}`);
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['content', 'data-theme', 'data-motion', 'data-layout'] });
	});
	for (const stored of [null, 'dark']) {
		await page.goto('/glossary/');
		if (stored) await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, stored]);
		await page.reload();
		await started(page);
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'sticky');
		if (stored) await expect(page.locator('meta[name="color-scheme"]')).toHaveAttribute('content', stored);
		expect(await page.evaluate(() => (window as unknown as { lateWrites: string[] }).lateWrites), `stored: ${stored}`).toEqual([]);
	}
	// The check can fail: a real change is seen.
	await page.getByRole('button', { name: 'Dark theme' }).click();
	expect(await page.evaluate(() => (window as unknown as { lateWrites: string[] }).lateWrites)).toContain('META content');
});
