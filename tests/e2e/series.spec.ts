import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriesSteps } from '../../src/content/chapters/series.steps';
import { plainText } from '../../src/lib/scrolly/inline';
import { BUILD_DIR } from './built';
import { expect, normalizeSvg, test } from './fixtures';

const STEP_COUNT = seriesSteps.length;
const scrolly = '[data-scrolly="series"]';
const stickySvg = `${scrolly} .graphic .shown svg[role="img"]`;
const graphic = `${scrolly} .graphic .shown`;

async function goToStep(page: Page, n: number) {
	await page.goto(`/story/#series-${n}`);
	await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', String(n - 1));
	// The live diagram (with its controls) loads as the chapter nears the screen, then replaces the still layers.
	await expect(page.locator(scrolly)).toHaveAttribute('data-ready', '');
	await expect(page.locator(stickySvg)).toHaveAttribute('data-step', String(n - 1));
}

/** The SVG once the time axis has stopped easing: two reads 300 ms apart agree. */
async function settled(page: Page, svg: Locator): Promise<string> {
	let before = '';
	for (let i = 0; i < 20; i++) {
		const now = normalizeSvg(await svg.evaluate((el) => el.outerHTML));
		if (now === before) return now;
		before = now;
		await page.waitForTimeout(300);
	}
	throw new Error('the chart never settled');
}

const peaksOf = async (svg: Locator) =>
	(await svg.locator('path.plasma-line').getAttribute('data-peaks'))!.split(',').map(Number);

test.describe('Why a series of infusions: scrollytelling', () => {
	test('each step draws a different chart', async ({ page }) => {
		const svgs = new Set<string>();
		for (let n = 1; n <= STEP_COUNT; n++) {
			await goToStep(page, n);
			svgs.add(await settled(page, page.locator(stickySvg)));
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
			expect(svg).toMatchSnapshot(`series-step-${i + 1}.svg`);
		}
	});

	test('the six-infusion series shows six equal plasma peaks: the drug does not build up', async ({ page }) => {
		await goToStep(page, 2);
		const svg = page.locator(stickySvg);
		await expect(svg).toHaveAttribute('data-schedule', 'six');
		const peaks = await peaksOf(svg);
		expect(peaks).toHaveLength(6);
		for (const p of peaks) expect(p).toBe(peaks[0]);
		expect(peaks[0]).toBeGreaterThan(170);
		expect(peaks[0]).toBeLessThan(190);
		await expect(svg.locator('text', { hasText: `6 equal peaks of ${Math.round(peaks[0]!)} ng/mL` })).toHaveCount(1);
		await expect(svg.locator('path.dose-mark')).toHaveCount(6);
	});

	test('the schedule controls work by keyboard and re-draw the curves from the model', async ({ page }) => {
		await goToStep(page, 4);
		const svg = page.locator(stickySvg);
		const schedule = page.locator(graphic).getByRole('combobox', { name: 'Schedule' });
		const topUps = page.locator(graphic).getByRole('checkbox', { name: 'Top-ups every' });
		const weeks = page.locator(graphic).getByRole('combobox', { name: 'Weeks between top-up infusions' });
		const status = page.locator(graphic).getByText(/^Showing /);
		const drawn = async () => ({
			peaks: (await peaksOf(svg)).length,
			plasma: await svg.locator('path.plasma-line').getAttribute('d'),
			slow: await svg.locator('path.connect-line').getAttribute('d')
		});

		const six = await drawn();
		expect(six.peaks).toBe(6);
		await expect(weeks).toBeDisabled();

		// Keyboard only: arrow keys on the focused select pick the next and previous schedule.
		await schedule.focus();
		await page.keyboard.press('ArrowDown');
		await expect(schedule).toHaveValue('va');
		await expect(svg).toHaveAttribute('data-schedule', 'va');
		const va = await drawn();
		expect(va.peaks).toBe(8);
		expect(va.plasma).not.toBe(six.plasma);
		expect(va.slow).not.toBe(six.slow);
		await expect(status).toHaveText('Showing eight infusions, twice a week, no top-ups.');
		await expect(svg.locator('text', { hasText: '8 equal peaks' })).toHaveCount(0); // that label belongs to step 2

		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(schedule).toHaveValue('single');
		const one = await drawn();
		expect(one.peaks).toBe(1);
		expect(one.plasma).not.toBe(six.plasma);

		// Back to six, then add top-ups with the keyboard.
		await page.keyboard.press('ArrowDown');
		await expect(schedule).toHaveValue('six');
		await page.keyboard.press('Tab');
		await expect(topUps).toBeFocused();
		await page.keyboard.press('Space');
		await expect(topUps).toBeChecked();
		await expect(svg).toHaveAttribute('data-schedule', 'six+4w');
		await expect(weeks).toBeEnabled();
		const withTopUps = await drawn();
		expect(withTopUps.peaks).toBe(9);
		expect(withTopUps.slow).not.toBe(six.slow);
		await expect(svg.locator('path.dose-mark.topup')).toHaveCount(3);

		await page.keyboard.press('Tab');
		await expect(weeks).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(weeks).toHaveValue('2');
		await expect(svg).toHaveAttribute('data-schedule', 'six+2w');
		await expect.poll(async () => (await drawn()).plasma).not.toBe(withTopUps.plasma);
		await expect(status).toHaveText('Showing six infusions over two weeks, then 3 top-up infusions every 2 weeks.');

		// The axis eases to the new window, then settles.
		await settled(page, svg);
		expect((await peaksOf(svg)).every((p, _, all) => p === all[0])).toBe(true);
	});

	test('the reader’s pick lasts until the step changes, then the chart follows the text again', async ({ page }) => {
		await goToStep(page, 3);
		const schedule = page.locator(graphic).getByRole('combobox', { name: 'Schedule' });
		await schedule.selectOption('va');
		await expect(page.locator(stickySvg)).toHaveAttribute('data-schedule', 'va');
		await page.evaluate(() => (location.hash = '#series-7'));
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '6');
		await expect(page.locator(stickySvg)).toHaveAttribute('data-schedule', 'six+4w');
		await expect(schedule).toHaveValue('six');
		await expect(page.locator(graphic).getByRole('checkbox', { name: 'Top-ups every' })).toBeChecked();
	});

	test('until the live chart arrives, its menus are look-alikes in the very same boxes; the page has no <select>', async ({ page }) => {
		// A <select> anywhere in the HTML makes Chromium restyle and lay out the whole page as parsing
		// ends (50–100 ms on a 4×-slowed phone), so the prerendered first layer draws look-alikes.
		expect(readFileSync(join(BUILD_DIR, 'story', 'index.html'), 'utf8')).not.toMatch(/<select/i);
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/chunks/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('Weeks between top-up')) await held; // the live chart's code
			await route.fulfill({ response, body });
		});
		const boxes = () =>
			page.locator(`${graphic} .controls .menu`).evaluateAll((menus) =>
				menus.map((menu) => {
					const r = menu.getBoundingClientRect();
					return [r.x, r.y, r.width, r.height];
				})
			);
		await page.goto('/story/#series-1');
		await expect(page.locator(scrolly)).toHaveAttribute('data-active-step', '0');
		const menus = page.locator(`${graphic} .controls .menu`);
		await expect(menus).toHaveCount(2);
		await expect(menus.locator('.stand-in')).toHaveCount(2);
		await expect(menus.nth(0).locator('.stand-in .chosen')).toHaveText('One infusion');
		await expect(page.locator(graphic).getByRole('combobox')).toHaveCount(0);
		const standIns = await boxes();

		release();
		await expect(page.locator(scrolly)).toHaveAttribute('data-ready', '');
		await expect(page.locator(graphic).getByRole('combobox')).toHaveCount(2);
		await expect(page.locator(graphic).getByRole('combobox', { name: 'Schedule' })).toHaveValue('single');
		const live = await boxes();
		// A <select> rounds its width up to a whole pixel; nothing else may differ.
		for (const [i, box] of live.entries()) {
			for (const [j, v] of box.entries()) expect(Math.abs(v - standIns[i]![j]!), `menu ${i + 1}, [x, y, width, height][${j}]`).toBeLessThan(1);
		}
	});

	test('with reduced motion every key frame shows, with no controls and no animation', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto('/story/');
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'unrolled');
		await expect(page.locator(graphic)).toBeHidden();
		const frames = page.locator(`${scrolly} .keyframe-graphic svg[role="img"]`);
		for (let i = 0; i < STEP_COUNT; i++) {
			await frames.nth(i).scrollIntoViewIfNeeded();
			await expect(frames.nth(i)).toBeVisible();
			await expect(frames.nth(i)).toHaveAttribute('data-step', String(i));
		}
		await expect(page.locator(`${scrolly} .keyframe-graphic select, ${scrolly} .keyframe-graphic input`)).toHaveCount(0);
		await expect(frames.nth(1).locator('path.plasma-line')).toHaveAttribute('data-peak-count', '6');
		await expect(frames.nth(6).locator('path.plasma-line')).toHaveAttribute('data-peak-count', '9');
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		await context.close();
	});

	test('with reduced motion, a live chart after the key frames keeps the schedule picker', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto('/story/');
		// It is drawn once the chapter comes near the screen.
		await page.locator(scrolly).scrollIntoViewIfNeeded();
		const explorer = page.locator('.series-explorer');
		await explorer.scrollIntoViewIfNeeded();
		await expect(explorer).toBeVisible();
		const svg = explorer.locator('svg[role="img"]');
		const schedule = explorer.getByRole('combobox', { name: 'Schedule' });
		await schedule.focus();
		await page.keyboard.press('ArrowUp');
		await expect(schedule).toHaveValue('single');
		await expect(svg.locator('path.plasma-line')).toHaveAttribute('data-peak-count', '4');
		await explorer.getByRole('checkbox', { name: 'Top-ups every' }).press('Space');
		await expect(svg.locator('path.plasma-line')).toHaveAttribute('data-peak-count', '1');
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		await context.close();

		// With motion on, the pinned chart has the controls and this copy is not drawn at all (it
		// would be a hidden chart drawn while the reader scrolls); the motion toggle draws it.
		const motionPage = await browser.newPage();
		await motionPage.goto('/story/');
		await expect(motionPage.locator('html')).toHaveAttribute('data-layout', 'sticky');
		await motionPage.locator(scrolly).scrollIntoViewIfNeeded();
		await expect(motionPage.locator(scrolly)).toHaveAttribute('data-ready', '');
		await expect(motionPage.locator('.series-explorer')).toHaveCount(0);
		await motionPage.getByRole('button', { name: 'Reduce motion' }).click();
		await expect(motionPage.locator('.series-explorer')).toBeVisible();
		await motionPage.close();
	});

	test('every step has a text alternative, and every frame says it is an illustrative model', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/');
		for (let i = 0; i < STEP_COUNT; i++) {
			const alt = plainText(seriesSteps[i]!.alt);
			await expect(page.locator(`#series-${i + 1} figcaption`)).toContainText(alt);
			const frame = page.locator(`#series-${i + 1} .keyframe-graphic svg`);
			await expect(frame.locator('desc')).toHaveText(alt);
			await expect(frame.locator('text', { hasText: 'Illustrative model, not a prediction' })).toHaveCount(1);
			await expect(frame.locator('text', { hasText: 'for any one person' })).toHaveCount(1);
		}
		await expect(page.locator(scrolly)).toContainText(
			'The drug itself is gone within a day; what persists, and why, is still being studied.'
		);
		await expect(page.locator(stickySvg).locator('desc')).toHaveText(plainText(seriesSteps[0]!.alt));
	});
});
