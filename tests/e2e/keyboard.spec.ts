/**
 * Keyboard only: the skip link comes first, headings go down one level at a time, and Tab reaches
 * every control of the story and of consult mode with a visible focus indicator that nothing
 * covers (WCAG 2.4.7, 2.4.11) — on the phone, not even the pinned diagram.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Stop {
	what: string;
	visibleFocus: boolean;
	covered: boolean;
}

/** Where focus is after a Tab: what it is, whether it shows a focus ring, and whether something covers it. */
function focusStop(page: Page): Promise<Stop | null> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const ring =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
			(style.boxShadow !== 'none' && style.boxShadow !== '') ||
			el.matches('input[type="range"], input[type="checkbox"], select'); // the browser draws these
		const r = el.getBoundingClientRect();
		// Covered: the middle of the element (clipped to the viewport) is something unrelated.
		const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
		const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 1), innerHeight - 1);
		const top = document.elementFromPoint(x, y);
		const covered = !!top && !el.contains(top) && !top.contains(el) && !(el.id && top.closest(`[popover]`));
		const what = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
		return { what, visibleFocus: ring, covered };
	});
}

async function tabThrough(page: Page, max: number): Promise<Stop[]> {
	const stops: Stop[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const stop = await focusStop(page);
		if (!stop) break;
		stops.push(stop);
	}
	return stops;
}

const headingLevels = (page: Page) =>
	page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) =>
		hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => Number(h.tagName[1]))
	);

test.describe('keyboard only', () => {
	test('the story: skip link first, headings in order, every stop visible and uncovered', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/story/');
		await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();

		const levels = await headingLevels(page);
		expect(levels[0]).toBe(1);
		for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);

		const stops = await tabThrough(page, 400);
		expect(stops.length).toBeGreaterThan(50);
		expect(stops.filter((s) => !s.visibleFocus).map((s) => s.what)).toEqual([]);
		expect(stops.filter((s) => s.covered).map((s) => s.what)).toEqual([]);
	});

	test('consult mode: every control by Tab, visible and uncovered', async ({ page }) => {
		await page.goto('/consult/nmda/4/');
		await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		const levels = await headingLevels(page);
		expect(levels[0]).toBe(1);
		const stops = await tabThrough(page, 40);
		const names = stops.map((s) => s.what).join(' | ');
		for (const control of ['Leave consult mode', 'All steps', 'Diagram only', 'Open patient screen', 'Print handout', 'Previous', 'Replay', 'Next']) {
			expect(names).toContain(control);
		}
		// The play/pause button reads Pause while the step animates, then Play (or "Play again from the
		// start" at the end), which on a slow run can come before Tab gets there.
		expect(names).toMatch(/button "(Pause|Play)/);
		expect(stops.filter((s) => !s.visibleFocus).map((s) => s.what)).toEqual([]);
		expect(stops.filter((s) => s.covered).map((s) => s.what)).toEqual([]);
	});
});
