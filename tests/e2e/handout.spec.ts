/**
 * The printable handout (/handout/): every section is there, its citations resolve, it passes axe,
 * and it prints as a clean 2–4 page document on both Letter and A4 with no diagram cut across a page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// Nothing here depends on the screen size: the laptop project runs it (CI time).
test.skip(({ isMobile }) => isMobile, 'not size-dependent: run in the laptop project');

const CHAPTERS = ['ptsd', 'ketamine', 'nmda', 'glutamate', 'bdnf', 'series', 'plan', 'infusion-day', 'safety', 'evidence'];
/** A label drawn inside each diagram's key frame, to find the diagram's page in the PDF's text. */
const DIAGRAM_LABELS = ['Intrusion', 'Receptors blocked', 'Glutamate release', 'synaptic proteins', 'Slow change in connections'];

/** Pages in a PDF that Chromium wrote: one `/Type /Page` dictionary per page (not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

function hasPdftotext() {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

test.describe('handout on screen', () => {
	test('has the title, disclaimer, review date, crisis line, every key point, plan, safety and questions', async ({ page }) => {
		await page.goto('/handout/');
		const sheet = page.locator('article.handout');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ketamine for PTSD/);
		await expect(sheet).toContainText('Education, not medical advice.');
		await expect(sheet.locator('.reviewed time')).toHaveText(/\d{1,2} \w+ \d{4}/);

		const crisis = sheet.locator('.crisis');
		await expect(crisis).toContainText('call or text 988');
		await expect(crisis).toContainText('Veterans: call 988, then press 1');
		await expect(crisis).toContainText('call 911');
		await expect(crisis.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');

		// One key point per chapter, in story order, each linking to its chapter and citing a source.
		const points = sheet.locator('.points > li');
		await expect(points).toHaveCount(CHAPTERS.length);
		const hrefs = await points.locator('h3 a').evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).hash));
		expect(hrefs).toEqual(CHAPTERS.map((id) => `#${id}`));
		for (let i = 0; i < CHAPTERS.length; i++) await expect(points.nth(i).locator('sup.cite a').first()).toBeAttached();

		for (const name of ['The treatment plan in brief', 'Who should wait or not take it', 'Questions to ask', 'References']) {
			await expect(sheet.getByRole('heading', { level: 2, name })).toBeVisible();
		}
		await expect(sheet.locator('section[aria-labelledby="handout-safety"] li')).toHaveCount(5);
		expect(await sheet.locator('.questions li').count()).toBeGreaterThanOrEqual(4);
	});

	test('shows still diagrams with titles and descriptions, and the plan calendar', async ({ page }) => {
		await page.goto('/handout/');
		const svgs = page.locator('.handout-figure svg[role="img"]');
		expect(await svgs.count()).toBeGreaterThanOrEqual(4);
		for (const svg of await svgs.all()) {
			await expect(svg).toBeVisible();
			expect((await svg.locator('title').textContent())?.trim()).toBeTruthy();
			expect((await svg.locator('desc').textContent())?.trim().length).toBeGreaterThan(20);
			// Key frames: no scrubbers or schedule pickers in a still picture.
		}
		await expect(page.locator('.handout-figure').locator('input, button, select')).toHaveCount(0);
		await expect(page.locator('.handout .plan figcaption')).toContainText('6 infusions');
	});

	test('while the site URL is a placeholder, it prints no QR code and no address, and says where to ask', async ({ page }) => {
		await page.goto('/handout/');
		await expect(page.locator('.qr-code')).toHaveCount(0);
		await expect(page.locator('.qr-missing')).toContainText('Ask the clinic that gave you this sheet for its web address');
		expect(await page.content()).not.toMatch(/\.example\b/);
	});

	test('every citation resolves, and the reference list numbers match /references/', async ({ page }) => {
		await page.goto('/handout/');
		const cited = await page.locator('.handout sup.cite a').evaluateAll((els) =>
			els.map((a) => ({ n: Number(a.textContent), hash: new URL((a as HTMLAnchorElement).href).hash, path: new URL((a as HTMLAnchorElement).href).pathname }))
		);
		expect(cited.length).toBeGreaterThan(10);
		const listed = await page.locator('.refs li').evaluateAll((els) => els.map((li) => Number(li.getAttribute('value'))));
		expect(new Set(listed)).toEqual(new Set(cited.map((c) => c.n)));

		await page.goto('/references/');
		for (const { n, hash, path } of cited) {
			expect(path).toMatch(/\/references\/$/);
			const item = page.locator(hash);
			await expect(item, hash).toHaveCount(1);
			// The number shown on the handout is the item's place in the numbered list.
			expect(await item.evaluate((li) => Array.from(li.parentElement!.children).indexOf(li) + 1), hash).toBe(n);
		}
	});

	test('the story and the footer link to it', async ({ page }) => {
		await page.goto('/story/');
		await expect(page.locator('section[aria-labelledby="questions"] a[href$="/handout/"]')).toHaveCount(1);
		await expect(page.locator('footer').getByRole('link', { name: 'Printable handout' })).toHaveAttribute('href', /\/handout\/$/);
	});

	test('a Print handout button calls print; without JavaScript the sheet is all there', async ({ page, browser }) => {
		await page.goto('/handout/');
		await expect(page.getByText('use your browser’s Print command')).toBeHidden();
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void ((window as unknown as { printed: number }).printed += 1);
		});
		await page.getByRole('button', { name: 'Print handout' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

		const context = await browser.newContext({ javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto('/handout/');
		await expect(noJs.locator('.points > li')).toHaveCount(CHAPTERS.length);
		expect(await noJs.locator('.handout-figure svg[role="img"]').count()).toBeGreaterThanOrEqual(4);
		await expect(noJs.locator('.qr-missing')).toBeVisible();
		await expect(noJs.getByText('use your browser’s Print command')).toBeVisible();
		await context.close();
	});

	test('arriving by link, back or forward, the whole sheet is there', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'navigation is the same at every size');
		// The sheet is in the prerendered HTML only (handoutHtml.ts); the layout makes every way in a full page load.
		const points = page.locator('.handout .points > li');
		await page.goto('/glossary/');
		await page.locator('footer').getByRole('link', { name: 'Printable handout' }).click();
		await page.waitForURL('**/handout/');
		await expect(points).toHaveCount(CHAPTERS.length);
		// Out to a page the client router renders (/changelog/; consult mode rewrites its own address).
		await page.locator('footer').getByRole('link', { name: 'Changelog' }).click();
		await page.waitForURL('**/changelog/');
		await page.goBack();
		await expect(points).toHaveCount(CHAPTERS.length);
		await page.goForward();
		await page.waitForURL('**/changelog/');
		await page.goBack();
		await expect(points).toHaveCount(CHAPTERS.length);
	});
	// axe on /handout/ at three widths, both themes: a11y-matrix.spec.ts.
});

test.describe('handout in print', () => {
	// One project is enough: the printed page does not depend on the screen the test runs on.
	test.skip(({ isMobile }) => isMobile, 'print is checked in the laptop project only');

	test('no site chrome or print button; every diagram is drawn', async ({ page }) => {
		await page.goto('/handout/');
		await page.emulateMedia({ media: 'print' });
		for (const sel of ['.site-header', '.site-footer', '.skip-link', '.print-bar']) await expect(page.locator(sel)).toBeHidden();
		await expect(page.locator('.handout .crisis')).toBeVisible();
		for (const svg of await page.locator('.handout-figure svg[role="img"]').all()) {
			const box = await svg.boundingBox();
			expect(box && box.width > 100 && box.height > 80, 'diagram has a size in print').toBe(true);
		}
	});

	for (const format of ['Letter', 'A4'] as const) {
		test(`prints on ${format} as 2–4 pages, with no diagram cut across a page`, async ({ page }, info) => {
			await page.goto('/handout/');
			await page.emulateMedia({ media: 'print' });
			const path = info.outputPath(`handout-${format}.pdf`);
			const pdf = await page.pdf({ path, format });
			const pages = pageCount(pdf);
			expect(pages).toBeGreaterThanOrEqual(2);
			expect(pages).toBeLessThanOrEqual(4);
			expect(pdf.equals(readFileSync(path))).toBe(true);

			// Each figure's caption and a label drawn inside its diagram are on one and the same page.
			test.skip(!hasPdftotext(), 'pdftotext (poppler-utils) is not installed');
			const text = Array.from({ length: pages }, (_, i) =>
				execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' })
			);
			expect(text.every((t) => t.trim().length > 0), 'no empty page').toBe(true);
			DIAGRAM_LABELS.forEach((label, i) => {
				const captionPages = text.flatMap((t, p) => (t.includes(`Figure ${i + 1}.`) ? [p] : []));
				const labelPages = text.flatMap((t, p) => (t.includes(label) ? [p] : []));
				expect(captionPages, `Figure ${i + 1} caption`).toHaveLength(1);
				expect(labelPages, `"${label}" in figure ${i + 1}`).toEqual(captionPages);
			});
			// The crisis line is on the first page.
			expect(text[0]).toContain('988');
		});
	}
});
