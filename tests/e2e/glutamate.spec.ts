import type { Page } from '@playwright/test';
import { glutamateSteps } from '../../src/content/chapters/glutamate.steps';
import { plainText } from '../../src/lib/scrolly/inline';
import { expect, normalizeSvg, test } from './fixtures';

const STEP_COUNT = glutamateSteps.length;
const scrolly = '[data-scrolly="glutamate"]';
const stickySvg = `${scrolly} .graphic .shown svg[role="img"]`;
const controls = `${scrolly} .graphic .shown`;

async function goToStep(page: Page, n: number) {
	await page.goto(`/story/#glutamate-${n}`);
	await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', String(n - 1));
	// The live diagram (with its controls) loads as the chapter nears the screen, then replaces the still layers.
	await expect(page.locator(scrolly)).toHaveAttribute('data-ready', '');
	await expect(page.locator(stickySvg)).toHaveAttribute('data-step', String(n - 1));
}

const visibleCount = (page: Page, selector: string) =>
	page
		.locator(`${stickySvg} ${selector}`)
		.evaluateAll((els) => els.filter((e) => getComputedStyle(e).opacity !== '0').length);

test.describe('Glutamate balance: scrollytelling', () => {
	test('each step draws a different diagram (steps 3–4 at fixed times)', async ({ page }) => {
		const svgs = new Set<string>();
		for (let n = 1; n <= STEP_COUNT; n++) {
			await goToStep(page, n);
			const slider = page.locator(controls).getByRole('slider', { name: 'Time since start' });
			if (n >= 3) {
				await slider.focus();
				await page.keyboard.press(n === 3 ? 'Home' : 'End');
				if (n === 3) for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
				await expect(page.locator(stickySvg)).toHaveAttribute('data-t', n === 3 ? '45' : '240');
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
		await expect(page.locator(`${scrolly} .keyframe-graphic input, ${scrolly} .keyframe-graphic button`)).toHaveCount(0);
		for (let i = 0; i < STEP_COUNT; i++) {
			const svg = normalizeSvg(await frames.nth(i).evaluate((el) => el.outerHTML));
			expect(svg).toMatchSnapshot(`glutamate-step-${i + 1}.svg`);
		}
	});

	test('the time scrubber works by keyboard and moves the circuit and the chart', async ({ page }) => {
		await goToStep(page, 4);
		const svg = page.locator(stickySvg);
		const slider = page.locator(controls).getByRole('slider', { name: 'Time since start' });
		await slider.focus();

		await page.keyboard.press('Home');
		await expect(svg).toHaveAttribute('data-t', '0');
		await expect(slider).toHaveAttribute('aria-valuetext', 'Start of the infusion, glutamate usual level');
		const cursorAt0 = Number(await svg.locator('line.cursor').getAttribute('x1'));
		await expect.poll(() => visibleCount(page, 'path.glu')).toBe(2);
		await expect.poll(() => visibleCount(page, 'circle.gaba')).toBe(5);

		for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
		await expect(svg).toHaveAttribute('data-t', '45');
		await expect(slider).toHaveAttribute('aria-valuetext', /^45 minutes after the start, glutamate burst/);
		const cursorAt45 = Number(await svg.locator('line.cursor').getAttribute('x1'));
		expect(cursorAt45).toBeGreaterThan(cursorAt0);
		await expect.poll(() => visibleCount(page, 'path.glu')).toBeGreaterThan(6);
		await expect.poll(() => visibleCount(page, 'circle.gaba')).toBeLessThan(3);

		await page.keyboard.press('End');
		await expect(svg).toHaveAttribute('data-t', '240');
		await expect(slider).toHaveAttribute('aria-valuetext', '4 hours after the start, glutamate usual level');
		expect(Number(await svg.locator('line.cursor').getAttribute('x1'))).toBeGreaterThan(cursorAt45);
		await expect.poll(() => visibleCount(page, 'path.glu')).toBe(2);
		await expect(page.locator(controls).locator('output')).toHaveText('4 h · usual level');
	});

	test('play animates time, and pause stops it', async ({ page }) => {
		await goToStep(page, 3);
		const svg = page.locator(stickySvg);
		await page.locator(controls).getByRole('slider', { name: 'Time since start' }).focus();
		await page.keyboard.press('Home');
		await page.locator(controls).getByRole('button', { name: 'Play', exact: true }).click();
		const pause = page.locator(controls).getByRole('button', { name: 'Pause' });
		await expect.poll(async () => Number(await svg.getAttribute('data-t'))).toBeGreaterThan(20);
		await pause.click();
		const paused = await svg.getAttribute('data-t');
		await page.waitForTimeout(600);
		expect(await svg.getAttribute('data-t')).toBe(paused);
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
		await expect(frames.nth(3)).toHaveAttribute('data-t', '240');
		await expect(page.locator(`${scrolly} input[type="range"]:visible`)).toHaveCount(0);
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		await context.close();
	});

	test('every step has a text alternative, and the chart says it is illustrative', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/');
		for (let i = 0; i < STEP_COUNT; i++) {
			await expect(page.locator(`#glutamate-${i + 1} figcaption`)).toContainText(plainText(glutamateSteps[i]!.alt));
			await expect(page.locator(`#glutamate-${i + 1} .keyframe-graphic svg desc`)).toHaveText(plainText(glutamateSteps[i]!.alt));
			await expect(page.locator(`#glutamate-${i + 1} .keyframe-graphic svg text`, { hasText: 'ILLUSTRATIVE' })).toHaveCount(1);
		}
		await goToStep(page, 2);
		await expect(page.locator(stickySvg).locator('desc')).toHaveText(plainText(glutamateSteps[1]!.alt));
	});

	test('diagram text stays at least 14 CSS px, with the scrubber shown', async ({ page }) => {
		for (const n of [1, 3, 4]) {
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
