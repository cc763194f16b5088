import { ptsdSteps } from '../../src/content/chapters/ptsd.steps';
import { plainText } from '../../src/lib/scrolly/inline';
import { expect, normalizeSvg, test } from './fixtures';
import { recordShifts, shifts } from './partial';

const STEP_COUNT = ptsdSteps.length;
const scrolly = '[data-scrolly="ptsd"]';
const stickySvg = `${scrolly} .graphic .shown svg`;

async function activeStep(page: import('@playwright/test').Page) {
	return Number(await page.locator(scrolly).getAttribute('data-active-step'));
}

test.describe('What PTSD is: scrollytelling', () => {
	test('scrolling walks through every step in order, and each step draws a different diagram', async ({ page }) => {
		await page.goto('/story/');
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'sticky');
		expect(await activeStep(page)).toBe(0);

		const seen: number[] = [0];
		const svgs = new Map<number, string>();
		svgs.set(0, normalizeSvg(await page.locator(stickySvg).evaluate((el) => el.outerHTML)));
		// Real wheel scrolling, in small steps, until the last step is active.
		for (let i = 0; i < 200 && seen.at(-1)! < STEP_COUNT - 1; i++) {
			await page.mouse.wheel(0, 120);
			await page.waitForTimeout(40);
			const now = await activeStep(page);
			if (now !== seen.at(-1)) {
				seen.push(now);
				await expect(page.locator(stickySvg)).toHaveAttribute('data-step', String(now));
				svgs.set(now, normalizeSvg(await page.locator(stickySvg).evaluate((el) => el.outerHTML)));
			}
		}
		expect(seen).toEqual(Array.from({ length: STEP_COUNT }, (_, i) => i));
		expect(new Set(svgs.values()).size).toBe(STEP_COUNT);
	});

	test('each step has its own key frame, matching the reviewed snapshot', async ({ page }, info) => {
		test.skip(info.project.name !== 'laptop', 'the SVG markup is the same at every size');
		await page.goto('/story/');
		const frames = page.locator(`${scrolly} .keyframe-graphic svg`);
		await expect(frames).toHaveCount(STEP_COUNT);
		for (let i = 0; i < STEP_COUNT; i++) {
			const svg = normalizeSvg(await frames.nth(i).evaluate((el) => el.outerHTML));
			expect(svg).toMatchSnapshot(`ptsd-step-${i + 1}.svg`);
		}
	});

	test('an anchor link lands on its step', async ({ page }) => {
		await page.goto('/story/#ptsd-5');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '4');
		await expect(page.locator('#ptsd-5')).toHaveAttribute('aria-current', 'step');
		// And an in-page jump from there, back up.
		await page.evaluate(() => (location.hash = '#ptsd-2'));
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '1');
	});

	test('reloading half-way down restores the same step', async ({ page }) => {
		await page.goto('/story/#ptsd-4');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '3');
		// Drop the hash so only the restored scroll position can explain the result.
		await page.evaluate(() => history.replaceState(null, '', location.pathname));
		await page.mouse.wheel(0, 10);
		await page.waitForTimeout(200);
		const before = await activeStep(page);
		await page.reload();
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', String(before));
		expect(before).toBeGreaterThanOrEqual(3);
	});

	test('the active step follows a resize', async ({ page }) => {
		await page.goto('/story/#ptsd-3');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '2');
		const size = page.viewportSize()!;
		await page.setViewportSize({ width: size.width === 1280 ? 390 : 1280, height: 800 });
		await page.locator('#ptsd-6').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '5');
	});

	test('a step change swaps layers drawn ahead of time: no diagram is drawn while scrolling', async ({ page }) => {
		await page.goto('/story/#ptsd-2');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '1');
		const layers = page.locator(`${scrolly} .graphic .layer`);
		const stepCount = await page.locator(`${scrolly} .step`).count();
		// Every step's layer is drawn in idle time, near the chapter.
		await expect(layers).toHaveCount(stepCount);
		await expect(page.locator(`${scrolly} .graphic .layer.shown`)).toHaveCount(1);
		await expect(page.locator(`${scrolly} .graphic .layer:not(.shown)[aria-hidden="true"]`)).toHaveCount(stepCount - 1);
		// Mark the SVG of step 3's layer; after the step change it is the very node on show.
		await layers.nth(2).locator('svg').evaluate((el) => el.setAttribute('data-mark', 'drawn-before'));
		const svgCount = await page.locator(`${scrolly} .graphic svg`).count();
		await page.locator('#ptsd-3').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '2');
		await expect(page.locator(stickySvg)).toHaveAttribute('data-mark', 'drawn-before');
		await expect(page.locator(stickySvg)).toHaveAttribute('data-step', '2');
		expect(await page.locator(`${scrolly} .graphic svg`).count()).toBe(svgCount);
		// The figure's accessible description follows the step.
		await expect(page.getByRole('img', { name: 'What PTSD is' }).first()).toBeVisible();
	});

	test('mid-fade, the new step is the top layer: clicks reach it, not the one fading away', async ({ page }) => {
		await page.goto('/story/#ptsd-2');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '1');
		await expect(page.locator(`${scrolly} .graphic .layer`)).toHaveCount(await page.locator(`${scrolly} .step`).count());
		const hit = await page.evaluate(async (selector) => {
			const root = document.querySelector(selector)!;
			// Checked the moment the step changes, so a slow machine cannot let the fade end first.
			const changed = new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					if (root.getAttribute('data-active-step') !== '2') return;
					observer.disconnect();
					resolve();
				});
				observer.observe(root, { attributes: true, attributeFilter: ['data-active-step'] });
			});
			location.hash = '#ptsd-3';
			await changed;
			const box = root.querySelector('.graphic figure')!.getBoundingClientRect();
			const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('.layer');
			return { fading: root.querySelector('.graphic .layer.leaving') !== null, topIsShown: top?.classList.contains('shown') ?? false };
		}, scrolly);
		expect(hit).toEqual({ fading: true, topIsShown: true });
	});

	test('with motion on, changing step animates; with reduced motion nothing animates', async ({ page }) => {
		await page.goto('/story/#ptsd-2');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '1');
		// The layers are drawn ahead, in idle time (a layer drawn the moment it is shown appears without a fade).
		await expect(page.locator(`${scrolly} .graphic .layer`)).toHaveCount(await page.locator(`${scrolly} .step`).count());
		// Count transitions as they start, so a fast machine that finishes them early cannot hide them.
		await page.evaluate(() => {
			const w = window as unknown as { transitionsRun: number };
			w.transitionsRun = 0;
			document.addEventListener('transitionrun', () => w.transitionsRun++, true);
		});
		const transitionsRun = () => page.evaluate(() => (window as unknown as { transitionsRun: number }).transitionsRun);
		await page.evaluate(() => (location.hash = '#ptsd-3'));
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '2');
		// The diagram cross-fades: transitions ran, which proves the check below can fail.
		await expect.poll(transitionsRun).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Reduce motion' }).click();
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'unrolled');
		await page.waitForTimeout(700);
		await page.evaluate(() => ((window as unknown as { transitionsRun: number }).transitionsRun = 0));
		await page.evaluate(() => (location.hash = '#ptsd-6'));
		await page.mouse.wheel(0, 400);
		await page.waitForTimeout(300);
		expect(await transitionsRun()).toBe(0);
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		// The choice survives a reload.
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'unrolled');
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
	});

	test('reduced motion from the system shows every key frame and animates nothing', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto('/story/');
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'unrolled');
		await expect(page.locator(`${scrolly} .graphic`)).toBeHidden();
		const frames = page.locator(`${scrolly} .keyframe-graphic svg`);
		for (let i = 0; i < STEP_COUNT; i++) {
			await frames.nth(i).scrollIntoViewIfNeeded();
			await expect(frames.nth(i)).toBeVisible();
			await expect(frames.nth(i)).toHaveAttribute('data-step', String(i));
		}
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		await context.close();
	});

	test('without JavaScript every step and its key frame are in the page', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/story/');
		await expect(page.locator(`${scrolly} .graphic`)).toBeHidden();
		const steps = page.locator(`${scrolly} .step`);
		await expect(steps).toHaveCount(STEP_COUNT);
		for (let i = 0; i < STEP_COUNT; i++) {
			const text = (await steps.nth(i).locator('.step-text > p').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
			for (const paragraph of ptsdSteps[i]!.text.split(/\n\s*\n/)) {
				const words = plainText(paragraph).replace(/\*\*/g, '');
				expect(text.replace(/\[[\d,]+\]/g, '').replace(/\s+([.,])/g, '$1')).toContain(words.trim());
			}
			await expect(steps.nth(i).locator('.keyframe-graphic svg')).toBeVisible();
			await expect(steps.nth(i).locator('figcaption')).toContainText(plainText(ptsdSteps[i]!.alt));
		}
		await context.close();
	});

	test('every step has a text alternative for its diagram', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/');
		const svg = page.locator(stickySvg);
		await expect(svg).toHaveAttribute('role', 'img');
		for (let i = 0; i < STEP_COUNT; i++) {
			await expect(page.locator(`#ptsd-${i + 1} figcaption`)).toContainText(plainText(ptsdSteps[i]!.alt));
		}
		await expect(svg.locator('desc')).toHaveText(plainText(ptsdSteps[0]!.alt));
	});
});

// axe on every page, in both layouts, themes and three widths: a11y-matrix.spec.ts.

// Chapters skip rendering far from the screen (content-visibility: auto); warmAhead.ts lays out
// those below ahead of the reader, a piece at a time, so reaching one later is not a long task.
test.describe('chapters below the screen, laid out ahead', () => {
	/** Each chapter's id, whether its contents are skipped now, its height, and whether it was laid out ahead. */
	const chapters = (page: import('@playwright/test').Page) =>
		page.locator('.chapter').evaluateAll((els) =>
			els.map((el) => ({ id: el.querySelector('h2')!.id, skipped: !el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }), height: el.getBoundingClientRect().height, warm: el.hasAttribute('data-warm') }))
		);

	test('each is laid out while the page is still, with the layers of its figure, then skipped again at its real height, and nothing on screen moves', async ({ page }) => {
		await recordShifts(page);
		await page.goto('/story/');
		await expect(page.locator('.story')).toHaveAttribute('data-warm', '', { timeout: 20_000 });
		await expect(page.locator('[data-waiting], [data-warming]')).toHaveCount(0);
		const after = await chapters(page);
		// All but the chapters at the top (on or near the screen, left to the browser).
		const warm = after.filter((c) => c.warm);
		expect(warm.length).toBeGreaterThanOrEqual(after.length - 2);
		for (const c of warm) expect(c.skipped, `${c.id} is skipped again`).toBe(true);
		// Their figures' layers were made (and laid out) then too, one per step.
		const layers = await page.locator('.chapter[data-warm] .scrolly').evaluateAll((els) =>
			els.map((el) => [el.querySelectorAll('.graphic .layer').length, el.querySelectorAll('.steps > .step').length])
		);
		expect(layers.length).toBeGreaterThanOrEqual(4);
		for (const [made, steps] of layers) expect(made).toBe(steps);
		// A chapter never laid out would hold the stylesheet's 2500 px guess: each skipped one holds
		// the height it has when shown.
		await page.evaluate(() => document.querySelectorAll<HTMLElement>('.chapter').forEach((el) => (el.style.contentVisibility = 'visible')));
		const shown = await chapters(page);
		for (const c of warm) expect(c.height, `${c.id}'s height while skipped`).toBeCloseTo(shown.find((s) => s.id === c.id)!.height, 0);
		expect(await shifts(page)).toEqual([]);
	});

	test('a chapter the reader is at, or has passed, is left to the browser', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/#series-3');
		await expect(page.locator('.story')).toHaveAttribute('data-warm', '', { timeout: 20_000 });
		const all = await chapters(page);
		const at = all.findIndex((c) => c.id === 'series');
		expect(all.slice(0, at + 1).filter((c) => c.warm)).toEqual([]);
		expect(all.slice(at + 2).every((c) => c.warm)).toBe(true);
		await expect(page.locator('[data-scrolly="series"]')).toHaveAttribute('data-active-step', '2');
	});
});

test.describe('the story in print', () => {
	test('every chapter is rendered, with every key frame, however far down', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'print does not depend on the screen');
		await page.goto('/story/');
		await page.emulateMedia({ media: 'print' });
		// On screen, chapters far from view skip rendering (content-visibility); print shows them all.
		const last = page.locator('[data-scrolly="infusion-day"] .step').last().locator('.keyframe-graphic svg');
		const box = await last.boundingBox();
		expect(box && box.width > 100 && box.height > 50, 'last key frame has a size in print').toBe(true);
		expect(await page.locator('.chapter').evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility))).not.toContain('auto');
	});
});
