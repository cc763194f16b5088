import type { Locator, Page } from '@playwright/test';
import { nmdaSteps } from '../../src/content/chapters/nmda.steps';
import { plainText } from '../../src/lib/scrolly/inline';
import { expect, normalizeSvg, test } from './fixtures';

const STEP_COUNT = nmdaSteps.length;
const scrolly = '[data-scrolly="nmda"]';
const stickySvg = `${scrolly} .graphic .shown svg[role="img"]`;
const controls = `${scrolly} .graphic .shown`;

async function goToStep(page: Page, n: number) {
	await page.goto(`/story/#nmda-${n}`);
	await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', String(n - 1));
	// The live diagram (with its controls) loads as the chapter nears the screen, then replaces the still layers.
	await expect(page.locator(scrolly)).toHaveAttribute('data-ready', '');
	await expect(page.locator(stickySvg)).toHaveAttribute('data-step', String(n - 1));
}

/** The gauge as the reader sees it: the headline text and the band's drawn extent. */
async function gauge(svg: Locator) {
	const band = svg.locator('rect.band');
	return {
		headline: await svg.locator('text.headline').textContent(),
		x: Number(await band.getAttribute('x')),
		width: Number(await band.getAttribute('width'))
	};
}

test.describe('NMDA receptor blockade: scrollytelling', () => {
	test('each step draws a different diagram (steps 4–5 at their key-frame times)', async ({ page }) => {
		const svgs = new Set<string>();
		for (let n = 1; n <= STEP_COUNT; n++) {
			await goToStep(page, n);
			const slider = page.locator(controls).getByRole('slider', { name: 'Time since start' });
			if (n === 4) {
				await slider.focus();
				await page.keyboard.press('Home');
				for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
				await expect(page.locator(stickySvg)).toHaveAttribute('data-t', '40');
			} else if (n === 5) {
				await slider.focus();
				await page.keyboard.press('End');
				await expect(page.locator(stickySvg)).toHaveAttribute('data-t', '360');
			} else {
				await expect(slider).toHaveCount(0);
			}
			svgs.add(normalizeSvg(await page.locator(stickySvg).evaluate((el) => el.outerHTML)));
		}
		expect(svgs.size).toBe(STEP_COUNT);
	});

	test('each step has its own key frame, matching the reviewed snapshot', async ({ page }, info) => {
		test.skip(info.project.name !== 'laptop', 'the SVG markup is the same at every size');
		await page.goto('/story/');
		const frames = page.locator(`${scrolly} .keyframe-graphic svg[role="img"]`);
		await expect(frames).toHaveCount(STEP_COUNT);
		// Key frames draw no controls.
		await expect(page.locator(`${scrolly} .keyframe-graphic input, ${scrolly} .keyframe-graphic button`)).toHaveCount(0);
		for (let i = 0; i < STEP_COUNT; i++) {
			const svg = normalizeSvg(await frames.nth(i).evaluate((el) => el.outerHTML));
			expect(svg).toMatchSnapshot(`nmda-step-${i + 1}.svg`);
		}
	});

	test('the time scrubber works by keyboard and moves the gauge', async ({ page }) => {
		await goToStep(page, 4);
		const svg = page.locator(stickySvg);
		const slider = page.locator(controls).getByRole('slider', { name: 'Time since start' });
		await expect(slider).toBeVisible();
		await slider.focus();

		await page.keyboard.press('Home');
		await expect(svg).toHaveAttribute('data-t', '0');
		await expect(slider).toHaveAttribute('aria-valuetext', 'Start, infusion starting');
		const start = await gauge(svg);
		expect(start.headline).toBe('Receptors blocked: none');
		expect(start.width).toBe(0);

		await page.keyboard.press('ArrowRight');
		await expect(svg).toHaveAttribute('data-t', '5');
		await expect(slider).toHaveAttribute('aria-valuetext', '5 minutes after the start, during the infusion');
		const early = await gauge(svg);
		expect(early.headline).toMatch(/^Receptors blocked: \d+–\d+%$/);
		expect(early.width).toBeGreaterThan(0);

		for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuetext', '40 minutes after the start, end of infusion');
		const peak = await gauge(svg);
		expect(peak.headline).not.toBe(early.headline);
		expect(peak.width).toBeGreaterThan(early.width);
		expect(peak.x).toBeGreaterThan(early.x);
		// The band is honest about uncertainty: roughly 10–60% at the end of the infusion.
		const [low, high] = peak.headline!.match(/\d+/g)!.map(Number);
		expect(low).toBeGreaterThanOrEqual(10);
		expect(high).toBeLessThanOrEqual(65);

		await page.keyboard.press('End');
		await expect(svg).toHaveAttribute('data-t', '360');
		await expect(slider).toHaveAttribute('aria-valuetext', '6 hours after the start, after the infusion');
		const late = await gauge(svg);
		expect(late.headline).not.toBe(peak.headline);
		expect(late.width).toBeLessThan(peak.width);
		// The visible readout follows too.
		await expect(page.locator(controls).locator('output')).toHaveText('6 h · after infusion');
	});

	test('play animates time, and pause stops it; replay starts again', async ({ page }) => {
		await goToStep(page, 4);
		const svg = page.locator(stickySvg);
		const slider = page.locator(controls).getByRole('slider', { name: 'Time since start' });
		await slider.focus();
		await page.keyboard.press('Home');
		await expect(svg).toHaveAttribute('data-t', '0');

		await page.locator(controls).getByRole('button', { name: 'Play', exact: true }).click();
		const pause = page.locator(controls).getByRole('button', { name: 'Pause' });
		await expect(pause).toBeVisible();
		await expect.poll(async () => Number(await svg.getAttribute('data-t'))).toBeGreaterThan(20);
		await pause.click();
		await expect(page.locator(controls).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
		const paused = await svg.getAttribute('data-t');
		await page.waitForTimeout(600);
		expect(await svg.getAttribute('data-t')).toBe(paused);
		expect(Number(await slider.inputValue())).toBe(Number(paused));

		await page.locator(controls).getByRole('button', { name: 'Replay from the start' }).click();
		// Replay jumps back to the start and plays on: poll right away, before time passes `paused` again.
		await expect.poll(async () => Number(await svg.getAttribute('data-t'))).toBeLessThan(Number(paused));
		await expect(pause).toBeVisible();
		await pause.click();
	});

	test('reduced motion shows every key frame, with no controls and no animation', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto('/story/');
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'unrolled');
		await expect(page.locator(`${scrolly} .graphic`)).toBeHidden();
		const frames = page.locator(`${scrolly} .keyframe-graphic svg[role="img"]`);
		for (let i = 0; i < STEP_COUNT; i++) {
			await frames.nth(i).scrollIntoViewIfNeeded();
			await expect(frames.nth(i)).toBeVisible();
			await expect(frames.nth(i)).toHaveAttribute('data-step', String(i));
		}
		// Steps 4 and 5 show the gauge at the end of the infusion and at 6 h.
		await expect(frames.nth(3)).toHaveAttribute('data-t', '40');
		await expect(frames.nth(4)).toHaveAttribute('data-t', '360');
		await expect(page.locator(`${scrolly} input[type="range"]:visible`)).toHaveCount(0);
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		await context.close();
	});

	test('without JavaScript every step and its key frame are in the page', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/story/');
		const steps = page.locator(`${scrolly} .step`);
		await expect(steps).toHaveCount(STEP_COUNT);
		for (let i = 0; i < STEP_COUNT; i++) {
			await expect(steps.nth(i).locator('.keyframe-graphic svg[role="img"]')).toBeVisible();
			await expect(steps.nth(i).locator('figcaption')).toContainText(plainText(nmdaSteps[i]!.alt));
		}
		await context.close();
	});

	test('every step has a text alternative, and the live figure describes the active step', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/');
		for (let i = 0; i < STEP_COUNT; i++) {
			await expect(page.locator(`#nmda-${i + 1} figcaption`)).toContainText(plainText(nmdaSteps[i]!.alt));
			await expect(page.locator(`#nmda-${i + 1} .keyframe-graphic svg desc`)).toHaveText(plainText(nmdaSteps[i]!.alt));
		}
		await goToStep(page, 3);
		const svg = page.locator(stickySvg);
		await expect(svg).toHaveAttribute('role', 'img');
		await expect(svg.locator('desc')).toHaveText(plainText(nmdaSteps[2]!.alt));
	});

	test('only the step the reader stops at is drawn live; the other layers stay copies of key frames', async ({ page }) => {
		const layers = page.locator(`${scrolly} .graphic .layer`);
		const copies = page.locator(`${scrolly} .graphic .layer:has(> .copy)`);
		await goToStep(page, 3);
		await expect(layers).toHaveCount(STEP_COUNT);
		// Layer 1 is prerendered (not a copy, not live), layer 3 live, the other three copies.
		await expect(copies).toHaveCount(STEP_COUNT - 2);
		await expect(page.locator(`${controls} > .copy`)).toHaveCount(0);
		await page.evaluate(() => document.getElementById('nmda-4')!.scrollIntoView());
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '3');
		await expect(page.locator(scrolly)).toHaveAttribute('data-ready', '');
		await expect(copies).toHaveCount(STEP_COUNT - 3);
		await expect(page.locator(controls).getByRole('slider', { name: 'Time since start' })).toBeVisible();
	});

	test('diagram text stays at least 14 CSS px, with the scrubber shown', async ({ page }) => {
		for (const n of [1, 4, 5]) {
			await goToStep(page, n);
			const px = await page.locator(stickySvg).evaluate((el) => {
				const svg = el as SVGSVGElement;
				const scale = svg.getScreenCTM()!.a;
				const sizes = Array.from(svg.querySelectorAll('text'), (t) => parseFloat(getComputedStyle(t).fontSize));
				return Math.min(...sizes) * scale;
			});
			expect(px).toBeGreaterThanOrEqual(14);
		}
	});
});
