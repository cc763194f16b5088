import type { Locator, Page } from '@playwright/test';
import { bdnfSteps } from '../../src/content/chapters/bdnf.steps';
import { plainText } from '../../src/lib/scrolly/inline';
import { expect, normalizeSvg, test } from './fixtures';

const STEP_COUNT = bdnfSteps.length;
const scrolly = '[data-scrolly="bdnf"]';
const stickySvg = `${scrolly} .graphic .shown svg[role="img"]`;

async function goToStep(page: Page, n: number) {
	await page.goto(`/story/#bdnf-${n}`);
	await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', String(n - 1));
	await expect(page.locator(stickySvg)).toHaveAttribute('data-step', String(n - 1));
}

/** The SVG once it has stopped easing: two reads 300 ms apart agree. */
async function settled(page: Page, svg: Locator): Promise<string> {
	let before = '';
	for (let i = 0; i < 20; i++) {
		const now = normalizeSvg(await svg.evaluate((el) => el.outerHTML));
		if (now === before) return now;
		before = now;
		await page.waitForTimeout(300);
	}
	throw new Error('the diagram never settled');
}

test.describe('Growing new connections: scrollytelling', () => {
	test('each step draws a different diagram, at a time inside that step', async ({ page }) => {
		const ranges = [
			[0, 0],
			[10, 45],
			[45, 120],
			[120, 26 * 60],
			[24 * 60, 24 * 60]
		];
		const svgs = new Set<string>();
		for (let n = 1; n <= STEP_COUNT; n++) {
			await goToStep(page, n);
			const svg = page.locator(stickySvg);
			svgs.add(await settled(page, svg));
			const t = Number(await svg.getAttribute('data-t-min'));
			expect(t).toBeGreaterThanOrEqual(ranges[n - 1]![0]!);
			expect(t).toBeLessThanOrEqual(ranges[n - 1]![1]!);
		}
		expect(svgs.size).toBe(STEP_COUNT);
	});

	test('each step has its own key frame, matching the reviewed snapshot', async ({ page }, info) => {
		test.skip(info.project.name !== 'laptop', 'the SVG markup is the same at every size');
		await page.goto('/story/');
		const frames = page.locator(`${scrolly} .keyframe-graphic svg[role="img"]`);
		await expect(frames).toHaveCount(STEP_COUNT);
		for (let i = 0; i < STEP_COUNT; i++) {
			const svg = normalizeSvg(await frames.nth(i).evaluate((el) => el.outerHTML));
			expect(svg).toMatchSnapshot(`bdnf-step-${i + 1}.svg`);
		}
	});

	test('key frames are fully labelled: the clock, the focus of the step, and the evidence', async ({ page }) => {
		await page.goto('/story/');
		const frame = (n: number) => page.locator(`#bdnf-${n} .keyframe-graphic svg`);
		const labels = [
			['ANIMAL', 'Before the infusion', 'spine', 'lost with stress', 'dendrite'],
			['45 min after the start', 'glutamate', 'AMPA receptors', 'BDNF'],
			['90 min after the start', 'TrkB', 'mTORC1'],
			['synaptic proteins', 'new spines', 'timing: model'],
			['HUMAN', 'no average change', 'HYPOTHESIS', 'Blood BDNF: mixed results']
		];
		for (const [i, words] of labels.entries()) {
			for (const w of words) await expect(frame(i + 1).locator('text', { hasText: w }).first()).toBeAttached();
		}
		// New spines are spines and synapses, never new neurons.
		await expect(page.locator(scrolly)).not.toContainText(/new (brain|nerve) cells grow|regrow/i);
	});

	test('scrolling on into the growth step, by keyboard, grows the new spines', async ({ page }) => {
		await goToStep(page, 3);
		const svg = page.locator(stickySvg);
		const t0 = Number(await svg.getAttribute('data-t-min'));
		const sizes0 = (await svg.getAttribute('data-new-spine-size'))!.split(',').map(Number);
		// Arrow keys scroll the page (focus is on the document after the anchor jump).
		for (let i = 0; i < 60 && (await page.locator(scrolly).getAttribute('data-active-step')) !== '3'; i++) {
			await page.keyboard.press('ArrowDown');
			await page.waitForTimeout(50);
		}
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '3');
		await expect(svg).toHaveAttribute('data-step', '3');
		expect(Number(await svg.getAttribute('data-t-min'))).toBeGreaterThan(t0 + 30);
		const sizes1 = (await svg.getAttribute('data-new-spine-size'))!.split(',').map(Number);
		expect(sizes1.reduce((a, b) => a + b)).toBeGreaterThan(sizes0.reduce((a, b) => a + b));
	});

	test('with reduced motion every key frame shows, at its own time, and nothing animates', async ({ browser }) => {
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
		// Key frames are drawn at their own time, not eased towards it.
		await expect(frames.nth(1)).toHaveAttribute('data-t-min', '45');
		await expect(frames.nth(3)).toHaveAttribute('data-t-min', String(Math.round(120 + (26 * 60 - 120) * bdnfSteps[3]!.keyProgress!)));
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		await context.close();
	});

	test('every step has a text alternative for its diagram', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/');
		for (let i = 0; i < STEP_COUNT; i++) {
			const alt = plainText(bdnfSteps[i]!.alt);
			await expect(page.locator(`#bdnf-${i + 1} figcaption`)).toContainText(alt);
			await expect(page.locator(`#bdnf-${i + 1} .keyframe-graphic svg desc`)).toHaveText(alt);
		}
		const svg = page.locator(stickySvg);
		await expect(svg).toHaveAttribute('role', 'img');
		await expect(svg.locator('desc')).toHaveText(plainText(bdnfSteps[0]!.alt));
	});
});
