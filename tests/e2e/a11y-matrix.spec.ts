/**
 * Accessibility matrix: every built page (consult mode sampled, see distinctPages) × light and
 * dark × widths 320, 390 and 1280 × reduced motion on and off where it changes the page (see
 * motionsFor), with axe (WCAG 2.0–2.2 A and AA). At 320 px also: no horizontal scrolling, and every
 * control that is not a word inside a sentence is at least 24 × 24 CSS px (WCAG 2.5.8). Widths are
 * set here, so it runs in one project only; the system settings are switched in place (the site
 * follows them live).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { distinctPages } from './built';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [320, 390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const MOTION = ['reduce', 'no-preference'] as const;
/**
 * The story is one very long page and axe takes ~15 s a pass on it: its animated (sticky) layout
 * is checked at 390 px only; at 320 and 1280 px it gets the unrolled layout, which holds the same
 * text and every key frame. Keeps the whole suite within CI's time.
 */
const motionsFor = (path: string, width: number) => {
	if (path === '/story/') return width === 390 ? MOTION : (['reduce'] as const);
	// Elsewhere the motion setting changes no layout and no colour: both at 390 px, one elsewhere.
	return width === 390 ? MOTION : (['no-preference'] as const);
};

/** Controls smaller than 24 × 24 px that are not inline in a sentence. */
function smallTargets(page: Page) {
	return page.evaluate(() => {
		const blocks = 'p, li, dd, dt, td, th, figcaption, blockquote, h1, h2, h3, h4, label, legend';
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')) {
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"], .sr-only')) continue;
			if (el.matches('.skip-link:not(:focus)')) continue; // off-screen until focused
			if (r.width >= 24 && r.height >= 24) continue;
			// Inline in a sentence: the surrounding block has more words than the control (2.5.8 exception).
			const block = el.parentElement?.closest(blocks);
			const own = (el.textContent ?? '').trim();
			if (block && (block.textContent ?? '').replace(own, '').trim().length > 2 && style.display.startsWith('inline')) continue;
			out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${own.slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
		}
		return out;
	});
}

/** One test per page (and, for the long story, per width), so they spread over the workers. */
const JOBS = distinctPages().flatMap((path) =>
	path === '/story/' ? WIDTHS.map((width) => ({ path, widths: [width] })) : [{ path, widths: WIDTHS }]
);

test.describe('accessibility matrix', () => {
	test.describe.configure({ timeout: 120_000 });

	for (const { path, widths } of JOBS) {
		test(`${path} at ${widths.join(', ')} px, light and dark, motion on and off`, async ({ page }, info) => {
			test.skip(info.project.name !== 'laptop', 'widths are set explicitly; one project is enough');
			const failures: string[] = [];
			// One load per page: the site follows the window size and the system settings live.
			await page.setViewportSize({ width: widths[0]!, height: 800 });
			await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
			for (const width of widths) {
				await page.setViewportSize({ width, height: 800 });
				await page.evaluate(() => new Promise(requestAnimationFrame));
				for (const reducedMotion of motionsFor(path, width)) {
					for (const colorScheme of SCHEMES) {
						await page.emulateMedia({ colorScheme, reducedMotion });
						await expect(page.locator('html')).toHaveAttribute('data-layout', reducedMotion === 'reduce' ? 'unrolled' : 'sticky');
						const where = `${path} ${width}px ${colorScheme} motion:${reducedMotion}`;
						// Only colours differ between the themes: the dark pass runs the colour rules alone.
						const axe = new AxeBuilder({ page }).withTags(TAGS);
						if (colorScheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
						const results = await axe.analyze();
						for (const v of results.violations) failures.push(`${where} ${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
					}
					if (width === 320) {
						const where = `${path} 320px motion:${reducedMotion}`;
						const overflow = await page.evaluate(() => {
							const s = document.scrollingElement!;
							return s.scrollWidth > s.clientWidth ? `${s.scrollWidth} > ${s.clientWidth}` : null;
						});
						if (overflow) failures.push(`${where} scrolls sideways: ${overflow}`);
						for (const small of await smallTargets(page)) failures.push(`${where} small target: ${small}`);
					}
				}
			}
			expect(failures).toEqual([]);
		});
	}
});
