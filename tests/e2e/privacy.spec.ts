/**
 * Privacy: after a reader moves around the site, uses the toggles and reloads, the browser holds
 * no cookie and no stored data except the reader's own two choices (motion and theme).
 * (No request leaving localhost is checked on every page by the fixture.)
 */
import { expect, test } from './fixtures';

const PREFERENCES = ['ketamine-explainer:motion', 'ketamine-explainer:theme'];

test.skip(({ isMobile }) => isMobile, 'not size-dependent: run in the laptop project');

test('no cookies, no session data, and only the two preferences in storage', async ({ page, context }) => {
	const stored = () =>
		page.evaluate(async () => {
			let session: string[] | string;
			try {
				session = Object.keys(window.sessionStorage);
			} catch {
				session = 'unavailable';
			}
			const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name) : [];
			return { cookie: document.cookie, local: Object.keys(localStorage).sort(), session, databases };
		});

	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
	await page.mouse.wheel(0, 600);
	// A client-side navigation, a full-page one, the toggles, back, and a reload.
	await page.getByRole('link', { name: 'Changelog' }).last().click();
	await expect(page).toHaveURL(/\/changelog\/$/);
	await page.getByRole('link', { name: 'Story' }).first().click();
	await expect(page).toHaveURL(/\/story\/$/);
	await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
	await page.mouse.wheel(0, 1500);
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.getByRole('button', { name: 'Reduce motion' }).click();
	await page.goBack();
	await expect(page).toHaveURL(/\/changelog\/$/);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
	await page.goto('/consult/nmda/2/');
	await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/consult\/nmda\/3\/$/);

	const now = await stored();
	expect(now.cookie).toBe('');
	expect(await context.cookies()).toEqual([]);
	expect(now.local).toEqual(PREFERENCES);
	expect(now.session === 'unavailable' || now.session.length === 0, `session data: ${now.session}`).toBe(true);
	expect(now.databases).toEqual([]);
});
