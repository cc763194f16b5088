/**
 * Content-Security-Policy: every page carries the policy in a <meta>, and with the host's headers
 * from build/_headers too (which add frame-ancestors and cover app.html's early inline script), using
 * every feature reports no violation. The fixture also fails on the console error a violation logs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, builtPages, distinctPages, hostHeaders, recordCspViolations, withHostHeaders } from './built';
import { expect, test } from './fixtures';

// Nothing here depends on the screen size: the laptop project runs it (CI time).
test.skip(({ isMobile }) => isMobile, 'not size-dependent: run in the laptop project');

test.describe('Content-Security-Policy', () => {
	test('the build gives every page a strict policy, and the host headers', async ({ page }, info) => {
		test.skip(info.project.name !== 'laptop', 'the same files at every size');
		const headers = hostHeaders();
		const csp = headers['content-security-policy']!;
		expect(csp).toContain("default-src 'self'");
		expect(csp).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe/);
		expect(csp).toContain("style-src-elem 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*interest-cohort=\(\).*microphone=\(\)/);
		// Every page's HTML as built (≈60 files; reading them is enough), then a few in the browser.
		for (const path of builtPages()) {
			const html = readFileSync(join(BUILD_DIR, path, 'index.html'), 'utf8');
			expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'sha256-/);
			expect(html, path).toContain('<meta name="referrer" content="no-referrer"');
		}
		for (const path of distinctPages()) {
			await page.goto(path);
			const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(meta, path).toMatch(/script-src 'self' 'sha256-/);
			await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
		}
	});

	test('using every feature, with the host headers, reports no violation', async ({ page }) => {
		test.setTimeout(90_000);
		const violations = await recordCspViolations(page);
		await withHostHeaders(page);
		for (const path of distinctPages()) {
			const response = await page.goto(path);
			expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}

		await page.goto('/story/');
		// The early script ran under the header policy: it set the layout.
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'sticky');
		await page.mouse.wheel(0, 1500);
		await page.waitForTimeout(200);

		// A glossary popover, a clinician note.
		await page.goto('/story/#ketamine');
		await expect(page.locator('html')).toHaveAttribute('data-terms', 'enhanced');
		const term = page.locator('section[aria-labelledby="ketamine"] .term-button').first();
		await term.click();
		await expect(page.locator(`#${await term.getAttribute('popovertarget')}`)).toBeVisible();
		await page.keyboard.press('Escape');
		const note = page.locator('details.clinician').first();
		await note.locator('summary').click();
		await expect(note).toHaveAttribute('open', '');

		// Scrubber and play in the glutamate chapter; schedule controls in the series chapter.
		await page.goto('/story/#glutamate-3');
		await expect(page.locator('[data-scrolly="glutamate"]')).toHaveAttribute('data-active-step', '2');
		const glutamate = page.locator('[data-scrolly="glutamate"] .graphic .shown');
		await glutamate.getByRole('slider', { name: 'Time since start' }).focus();
		await page.keyboard.press('End');
		await page.keyboard.press('Home');
		await glutamate.getByRole('button', { name: 'Play', exact: true }).click();
		await page.waitForTimeout(300);
		await glutamate.getByRole('button', { name: 'Pause' }).click();
		await page.goto('/story/#series-5');
		await expect(page.locator('[data-scrolly="series"]')).toHaveAttribute('data-active-step', '4');
		const series = page.locator('[data-scrolly="series"] .graphic .shown');
		await series.getByRole('combobox', { name: 'Schedule' }).selectOption({ index: 0 });
		// A click from script: Playwright's scroll-into-view could move the page on to the next step,
		// whose layer (and checkbox) is another one. What is under test here is the policy, not the aim.
		await series.getByRole('checkbox', { name: 'Top-ups every' }).evaluate((el: HTMLInputElement) => el.click());

		// The toggles restyle the whole page.
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await page.getByRole('button', { name: 'Reduce motion' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'unrolled');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);

		expect(await violations()).toEqual([]);
	});
});
