/**
 * The story as a patient meets it: the crisis line and the disclaimer on every page, the landing
 * page's first screen and table of contents, glossary popovers (keyboard, Esc, hover, no-JS), the
 * reading-progress bar, and axe on the pages this spec adds.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const PAGES = ['/', '/story/', '/glossary/', '/changelog/', '/references/'];
const CHAPTERS = ['ptsd', 'ketamine', 'nmda', 'glutamate', 'bdnf', 'series', 'plan', 'infusion-day', 'safety', 'evidence', 'questions'];

test.describe('on every page', () => {
	for (const path of PAGES) {
		test(`${path} shows the crisis line and says it is education, not medical advice`, async ({ page }) => {
			await page.goto(path);
			// In the header, without scrolling…
			const headerCrisis = page.locator('header').getByRole('link', { name: /crisis\? call or text 988/i });
			await expect(headerCrisis).toBeInViewport();
			await expect(headerCrisis).toHaveAttribute('href', 'tel:988');
			// …and in full in the footer.
			const crisis = page.locator('footer .crisis');
			await expect(crisis).toContainText('call or text 988');
			await expect(crisis).toContainText('Veterans: call 988, then press 1');
			const disclaimer = page.locator('footer .disclaimer');
			await expect(disclaimer).toContainText('Education, not medical advice.');
			await expect(page.locator('footer')).toContainText('Last reviewed');
			await expect(page.locator('footer').getByRole('link', { name: 'Changelog' })).toBeVisible();
		});
	}
});

test.describe('landing page', () => {
	test('the first screen says what this is, for whom, and how long it takes', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		await expect(page.getByText(/^For people with PTSD and their families/)).toBeInViewport();
		await expect(page.getByText(/minutes to read/)).toBeInViewport();
		await expect(page.getByText(/Education, not medical advice\./).first()).toBeInViewport();
		await expect(page.getByRole('link', { name: 'Start reading' })).toBeInViewport();
	});

	test('the contents list every chapter in story order, with reading times', async ({ page }) => {
		await page.goto('/');
		const items = page.locator('.toc li');
		await expect(items).toHaveCount(CHAPTERS.length);
		const hrefs = await page.locator('.toc a').evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).hash));
		expect(hrefs).toEqual(CHAPTERS.map((id) => `#${id}`));
		for (let i = 0; i < CHAPTERS.length; i++) await expect(items.nth(i)).toContainText(/\d+ min/);
	});

	test('each contents link lands on its chapter', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		test.setTimeout(120_000);
		for (const id of CHAPTERS) {
			await page.goto('/');
			await page.locator(`.toc a[href$="#${id}"]`).click();
			await expect(page).toHaveURL(new RegExp(`/story/#${id}$`), { timeout: 15_000 });
			await expect(page.locator(`h2#${id}`), id).toBeInViewport();
			// The chapter's own section, not a neighbour's, is what the reader sees.
			await expect(page.locator(`section[aria-labelledby="${id}"]`), id).toBeInViewport();
		}
	});
});

test.describe('glossary terms', () => {
	const first = 'section[aria-labelledby="ketamine"] .term-button';

	test('open with Enter or Space, close with Esc, and give focus back', async ({ page }) => {
		await page.goto('/story/#ketamine');
		await expect(page.locator('html')).toHaveAttribute('data-terms', 'enhanced', { timeout: 15_000 });
		const button = page.locator(first).first();
		const pop = page.locator(`#${await button.getAttribute('popovertarget')}`);
		await button.focus();
		await expect(pop).toBeHidden();
		await page.keyboard.press('Enter');
		await expect(pop).toBeVisible();
		await expect(pop).toContainText(/Anesthetic/);
		await expect(pop.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', /glossary\/#anesthetic$/);
		// The definition sits under its word, not in the middle of the screen.
		const b = (await button.boundingBox())!;
		const p = (await pop.boundingBox())!;
		expect(Math.abs(p.y - (b.y + b.height))).toBeLessThan(20);
		await page.keyboard.press('Escape');
		await expect(pop).toBeHidden();
		await expect(button).toBeFocused();

		await page.keyboard.press('Space');
		await expect(pop).toBeVisible();
		// Tab goes into the definition (its glossary link), and Esc from there returns to the word.
		await page.keyboard.press('Tab');
		await expect(pop.getByRole('link', { name: 'Glossary' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(pop).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('open on hover and stay open while the pointer is on the definition', async ({ page }, info) => {
		test.skip(info.project.name === 'phone', 'no hover on a touch screen');
		await page.goto('/story/#ketamine');
		await expect(page.locator('html')).toHaveAttribute('data-terms', 'enhanced', { timeout: 15_000 });
		const button = page.locator(first).first();
		const pop = page.locator(`#${await button.getAttribute('popovertarget')}`);
		await button.hover();
		await expect(pop).toBeVisible();
		const box = (await pop.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
		await page.waitForTimeout(600);
		await expect(pop).toBeVisible();
		await page.mouse.move(5, 5, { steps: 5 });
		await expect(pop).toBeHidden();
		// A click on a word pins its definition open.
		await button.click();
		await expect(pop).toBeVisible();
		await page.mouse.move(5, 5, { steps: 5 });
		await page.waitForTimeout(600);
		await expect(pop).toBeVisible();
	});

	test('a tap opens and a tap elsewhere closes', async ({ page }) => {
		await page.goto('/story/#safety');
		const button = page.locator('section[aria-labelledby="safety"] .term-button').first();
		const pop = page.locator(`#${await button.getAttribute('popovertarget')}`);
		await button.click();
		await expect(pop).toBeVisible();
		await page.locator('section[aria-labelledby="safety"] h3').first().click();
		await expect(pop).toBeHidden();
	});

	test('work without JavaScript, and the glossary page has every term', async ({ browser }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/story/');
		const button = page.locator('section[aria-labelledby="plan"] .term-button').first();
		const pop = page.locator(`#${await button.getAttribute('popovertarget')}`);
		await button.click();
		await expect(pop).toBeVisible();
		const glossaryLink = pop.getByRole('link', { name: 'Glossary' });
		const target = new URL((await glossaryLink.getAttribute('href'))!, page.url());
		await page.goto(target.href);
		await expect(page.locator(target.hash)).toBeVisible();
		await context.close();
	});

	test('every term on the story page has its glossary entry', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'the same at every size: checked on the laptop');
		await page.goto('/story/');
		const terms = await page.locator('.term-button').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-term')))]);
		expect(terms.length).toBeGreaterThan(20);
		await page.goto('/glossary/');
		for (const id of terms) await expect(page.locator(`#${id}`)).toHaveCount(1);
	});
});

test.describe('reference list', () => {
	// The list is in the prerendered HTML only (referenceList.ts, `?server-only`); the layout makes
	// every way in and out a full page load, so the browser never renders the page empty.
	test('is complete however the reader arrives: nav link, back, forward, a citation', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'navigation is the same at every size');
		const items = page.locator('.refs ol > li');
		const started = () => expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		await page.goto('/');
		await started();
		const total = await (async () => {
			await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'References' }).click();
			await page.waitForURL('**/references/');
			await started();
			return items.count();
		})();
		expect(total).toBeGreaterThan(40);
		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
		await page.waitForURL('**/glossary/');
		await started();
		await page.goBack();
		await expect(items).toHaveCount(total);
		await page.goForward();
		await page.waitForURL('**/glossary/');
		await page.goBack();
		await expect(items).toHaveCount(total);
		await page.goto('/story/');
		await started();
		const cite = page.locator('.step-text a[href*="/references/#ref-"]').first();
		const id = (await cite.getAttribute('href'))!.split('#')[1]!;
		await cite.evaluate((a: HTMLAnchorElement) => a.click());
		await page.waitForURL(`**/references/#${id}`);
		await expect(items).toHaveCount(total);
		await expect(page.locator(`#${id}`)).toBeInViewport();
	});
});

test.describe('glossary page', () => {
	// Prerendered-only like the reference list (glossaryList.ts).
	test('is complete however the reader arrives: nav link, back, a definition\'s Glossary link', async ({ page }) => {
		test.skip(test.info().project.name !== 'laptop', 'navigation is the same at every size');
		const entries = page.locator('.page dl > .entry');
		const site = page.getByRole('navigation', { name: 'Site' });
		const started = () => expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		await page.goto('/');
		await started();
		await site.getByRole('link', { name: 'Glossary' }).click();
		await page.waitForURL('**/glossary/');
		await started();
		const total = await entries.count();
		expect(total).toBeGreaterThan(20);
		await site.getByRole('link', { name: 'Story' }).click();
		await page.waitForURL('**/story/');
		await started();
		await page.goBack();
		await expect(entries).toHaveCount(total);
		await page.goto('/story/#ketamine');
		await started();
		const button = page.locator('section[aria-labelledby="ketamine"] .term-button').first();
		await button.click();
		const pop = page.locator(`#${await button.getAttribute('popovertarget')}`);
		await pop.getByRole('link', { name: 'Glossary' }).click();
		await page.waitForURL('**/glossary/#anesthetic');
		await expect(entries).toHaveCount(total);
		await expect(page.locator('#anesthetic')).toBeInViewport();
	});
});

test.describe('reading progress', () => {
	test('a decorative bar fills as the story scrolls, and only on the story', async ({ page }) => {
		await page.goto('/story/');
		const fill = page.locator('.reading-progress .fill');
		await expect(page.locator('.reading-progress')).toHaveAttribute('aria-hidden', 'true');
		const scale = async () =>
			Number((await fill.evaluate((el) => getComputedStyle(el).transform)).match(/matrix\(([^,]+)/)?.[1] ?? 0);
		expect(await scale()).toBeLessThan(0.02);
		await page.locator('#evidence').scrollIntoViewIfNeeded();
		await expect.poll(scale).toBeGreaterThan(0.5);
		await page.goto('/');
		await expect(page.locator('.reading-progress')).toHaveCount(0);
	});
});

test.describe('accessibility', () => {
	// Every page as it loads: a11y-matrix.spec.ts. Here, states the matrix does not open.
	test('axe finds no violations with a glossary definition open', async ({ page }) => {
		await page.goto('/story/#plan');
		const button = page.locator('section[aria-labelledby="plan"] .term-button').first();
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator(`#${await button.getAttribute('popovertarget')}`)).toBeVisible();
		const results = await new AxeBuilder({ page })
			.include('section[aria-labelledby="plan"]')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
	});
});
