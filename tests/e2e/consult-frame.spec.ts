/**
 * Consult mode hides the site's header and footer, so each slide and the patient screen carry the
 * safety frame themselves: the slide's evidence labels, "Education, not medical advice" and the
 * crisis line, in view at laptop and phone size, in the prerendered HTML, and on the patient
 * screen following the clinician's slide. The step list and the last slide say when the site was
 * last reviewed.
 */
import type { Page } from '@playwright/test';
import { site } from '../../src/content/site';
import { EVIDENCE_MEANING } from '../../src/lib/components/evidenceMeaning';
import { SLIDES, slideEvidence, slidePath, type Slide } from '../../src/lib/consult/deck';
import { expect, test } from './fixtures';

const SAMPLE = ['/consult/nmda/1/', '/consult/bdnf/5/', '/consult/series/4/', '/consult/explorer/1/'];
const slideAt = (path: string) => SLIDES.find((s) => `/${slidePath(s)}` === path)!;
const meanings = (slide: Slide) => slideEvidence(slide).map((label) => EVIDENCE_MEANING[label]);

/** The frame says everything it must, and all of it is on screen without scrolling. */
async function expectFrame(page: Page, root: string, slide: Slide, { inView = true } = {}) {
	const frame = page.locator(`${root} .frame`);
	await expect(frame.locator('.label')).toHaveText(meanings(slide));
	await expect(frame).toContainText(site.disclaimer);
	const crisis = frame.locator('.crisis');
	await expect(crisis).toContainText(`${site.crisisLine.lead} ${site.crisisLine.before} 988`);
	await expect(crisis).toContainText('Veterans: call 988, then press 1. In an emergency, call 911.');
	const call = crisis.getByRole('link', { name: '988' });
	await expect(call).toHaveAttribute('href', 'tel:988');
	if (inView) {
		for (const part of [frame.locator('.evidence'), frame.locator('.disclaimer'), crisis]) await expect(part).toBeInViewport({ ratio: 1 });
	}
}

test.describe('the safety frame in consult mode', () => {
	for (const path of SAMPLE) {
		test(`${path}: its evidence labels, the disclaimer and the crisis line, in view before and after it wakes`, async ({ page }) => {
			const slide = slideAt(path);
			expect(meanings(slide).length).toBeGreaterThan(0);
			await page.goto(path);
			await expectFrame(page, '.consult', slide);
			// Awake, the same frame (hydrated, not drawn again) in the same place.
			await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
			await page.mouse.move(5, 300);
			await expect(page.locator('.consult .diagram svg[role="img"]').first()).toBeVisible();
			await expectFrame(page, '.consult', slide);
		});
	}

	test('is in the prerendered HTML: without JavaScript every sampled slide and the patient screen show it', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the HTML is the same at every size');
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const path of SAMPLE) {
			await page.goto(path);
			await expectFrame(page, '.consult', slideAt(path));
		}
		await page.goto('/consult/screen/');
		await expectFrame(page, '.screen', SLIDES[0]!);
		await context.close();
	});

	test('the labels follow the slide as the deck steps, and diagram only keeps the frame', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'one size is enough');
		// The first pair of neighbours whose labels differ, so the change is visible.
		const i = SLIDES.findIndex((s, n) => n + 1 < SLIDES.length && meanings(s).join() !== meanings(SLIDES[n + 1]!).join());
		await page.goto(`/${slidePath(SLIDES[i]!)}`);
		await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		await expectFrame(page, '.consult', SLIDES[i]!);
		await page.locator('body').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.consult')).toHaveAttribute('data-slide', String(i + 1));
		await expectFrame(page, '.consult', SLIDES[i + 1]!);
		await page.getByRole('button', { name: 'Diagram only' }).click();
		await expect(page.locator('.consult .text')).toBeHidden();
		await expectFrame(page, '.consult', SLIDES[i + 1]!);
	});

	test('the patient screen shows the frame, and its labels follow the clinician’s slide', async ({ context }, info) => {
		test.skip(info.project.name !== 'laptop', 'two windows: one size is enough');
		const from = SLIDES.findIndex((s) => s.chapter === 'nmda' && s.step === 3);
		// A slide further on whose labels are not the starting slide's.
		const to = SLIDES.findIndex((s, n) => n > from && meanings(s).join() !== meanings(SLIDES[from]!).join());
		const screenPage = await context.newPage();
		await screenPage.goto('/consult/screen/');
		await expectFrame(screenPage, '.screen', SLIDES[0]!);

		const page = await context.newPage();
		await page.goto(`/${slidePath(SLIDES[from - 1]!)}`);
		await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		await page.locator('body').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.consult')).toHaveAttribute('data-slide', String(from));
		const screen = screenPage.locator('.screen');
		// The screen loads its own code on the deck's first message: slow on a busy machine.
		await expect(screen).toHaveAttribute('data-status', 'following', { timeout: 15_000 });
		await expect(screen).toHaveAttribute('data-slide', String(from));
		await expectFrame(screenPage, '.screen', SLIDES[from]!);

		for (let n = from; n < to; n++) await page.keyboard.press('ArrowRight');
		await expect(screen).toHaveAttribute('data-slide', String(to));
		await expectFrame(screenPage, '.screen', SLIDES[to]!);
	});

	test('the step list and the last slide say when the site was last reviewed', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'one size is enough');
		await page.goto('/consult/nmda/4/');
		await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		// Not on every slide: the frame stays short.
		await expect(page.locator('.consult .frame time')).toHaveCount(0);
		await page.getByRole('button', { name: 'All steps' }).click();
		const dialog = page.getByRole('dialog', { name: 'All steps' });
		const date = dialog.locator(`time[datetime="${site.lastReviewed}"]`);
		await expect(date).toHaveText(site.lastReviewedText);
		await date.scrollIntoViewIfNeeded();
		await expect(date).toBeInViewport();
		await expect(dialog).toContainText(`Last reviewed ${site.lastReviewedText}`);

		await page.goto(`/${slidePath(SLIDES.at(-1)!)}`);
		await expect(page.locator(`.consult .frame time[datetime="${site.lastReviewed}"]`)).toHaveText(site.lastReviewedText);
	});
});
