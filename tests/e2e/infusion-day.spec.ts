/** "What an infusion day is like": the stepped timeline. */
import { infusionDaySteps } from '../../src/content/chapters/infusion-day.steps';
import { plainText } from '../../src/lib/scrolly/inline';
import { expect, normalizeSvg, test } from './fixtures';

const STEP_COUNT = infusionDaySteps.length;
const scrolly = '[data-scrolly="infusion-day"]';
const stickySvg = `${scrolly} .graphic .shown svg`;
const PHASES = ['checkin', 'infusion', 'infusion', 'infusion', 'recovery', 'home'];

test.describe('What an infusion day is like', () => {
	test('each step draws a different state of the day', async ({ page }) => {
		await page.goto('/story/');
		const seen = new Set<string>();
		for (let i = 0; i < STEP_COUNT; i++) {
			await page.evaluate((h) => (location.hash = h), `#infusion-day-${i + 1}`);
			await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', String(i));
			await expect(page.locator(stickySvg)).toHaveAttribute('data-step', String(i));
			seen.add(normalizeSvg(await page.locator(stickySvg).evaluate((el) => el.outerHTML)));
		}
		expect(seen.size).toBe(STEP_COUNT);
	});

	test('each key frame matches its reviewed snapshot and shows its part of the day', async ({ page }, info) => {
		test.skip(info.project.name !== 'laptop', 'the SVG markup is the same at every size');
		await page.goto('/story/');
		const frames = page.locator(`${scrolly} .keyframe-graphic svg`);
		await expect(frames).toHaveCount(STEP_COUNT);
		for (let i = 0; i < STEP_COUNT; i++) {
			await expect(frames.nth(i)).toHaveAttribute('data-phase', PHASES[i]!);
			const svg = normalizeSvg(await frames.nth(i).evaluate((el) => el.outerHTML));
			expect(svg).toMatchSnapshot(`infusion-day-step-${i + 1}.svg`);
		}
	});

	test('scrolling on from the first step moves the cursor along the day', async ({ page }) => {
		await page.goto('/story/#infusion-day-1');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '0');
		const cursorX = () =>
			page.locator(`${stickySvg} .cursor`).evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).e);
		const before = await cursorX();
		await page.locator('#infusion-day-2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '1');
		expect(await cursorX()).toBeGreaterThan(before);
	});

	test('with reduced motion every step is a still, labelled key frame', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto('/story/#infusion-day-1');
		await expect(page.locator(`${scrolly} .graphic`)).toBeHidden();
		for (let i = 0; i < STEP_COUNT; i++) {
			const frame = page.locator(`#infusion-day-${i + 1} .keyframe-graphic svg`);
			await frame.scrollIntoViewIfNeeded();
			await expect(frame).toBeVisible();
			await expect(frame.locator('.caption')).not.toBeEmpty();
		}
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		await context.close();
	});

	test('every step has a text alternative for its diagram', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/#infusion-day-1');
		await expect(page.locator(stickySvg)).toHaveAttribute('role', 'img');
		for (let i = 0; i < STEP_COUNT; i++) {
			await expect(page.locator(`#infusion-day-${i + 1} figcaption`)).toContainText(plainText(infusionDaySteps[i]!.alt));
		}
		await expect(page.locator(`${stickySvg} desc`)).toHaveText(plainText(infusionDaySteps[0]!.alt));
	});
});
