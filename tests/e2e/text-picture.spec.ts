/**
 * Text and picture say the same numbers. For every step of the five mechanism and treatment
 * chapters, each number the step's text (as the story renders it) quotes about something its
 * diagram shows must be among that step's diagram labels, and, where the model computes it, be
 * the model's value as shown. Every other number in the text is listed as not drawn, with why, so
 * a number added to the text has to be placed on one side or the other.
 *
 * The table below is the contract: edit the text's number, the label or the model alone, and the
 * step fails.
 */
import type { Page } from '@playwright/test';
import {
	fractionBlocked,
	IC50_MICRO_M,
	ngPerMlToMicroM,
	plasmaAt,
	schedules,
	STANDARD_DURATION_MIN
} from '../../src/lib/model';
import { expect, test, watchPage } from './fixtures';

interface Quote {
	/** The words in the step text, each number a capture group (digits, or the words in WORDS). */
	text: RegExp;
	/** One diagram label (a whole SVG <text>, tspans joined) showing the same numbers, in the same order. */
	svg: RegExp;
	/** The numbers as the model computes them, rounded as shown, where the model is their source. */
	model?: readonly number[];
}

interface StepCheck {
	quotes: Quote[];
	/** Numbers in the text that the diagram does not show (a dose, a study's size, a half-life). */
	notDrawn?: readonly number[];
}

const atEndMicroM = ngPerMlToMicroM(plasmaAt(schedules.single(), STANDARD_DURATION_MIN));
const per100 = (ic50: number) => Math.round(fractionBlocked(atEndMicroM, ic50) * 100);
/** The gauge's band when the drip ends: least block at the highest IC50, most at the lowest. */
const BLOCK_AT_END = [per100(IC50_MICRO_M.high), per100(IC50_MICRO_M.low)] as const;

const CHECKS: Record<string, StepCheck[]> = {
	nmda: [
		{ quotes: [] },
		{ quotes: [] },
		{ quotes: [] },
		{
			quotes: [
				{ text: /over (\d+) minutes/, svg: /^at (\d+) min$/, model: [STANDARD_DURATION_MIN] },
				{ text: /(\d+) to (\d+) in every 100/, svg: /^Receptors blocked: (\d+)–(\d+)%$/, model: BLOCK_AT_END }
			],
			// The dose per kg; "in every 100" is the unit of the band.
			notDrawn: [0.5, 100]
		},
		// The half-life is in the text only; the gauge shows the block at 6 h.
		{ quotes: [], notDrawn: [2.5, 3] }
	],
	glutamate: [
		{ quotes: [] },
		{ quotes: [] },
		{ quotes: [] },
		// A human scan about 3 hours after the drip: a study's timing, not a point on the chart.
		{ quotes: [], notDrawn: [3] }
	],
	bdnf: [
		{ quotes: [] },
		{ quotes: [] },
		{ quotes: [] },
		{ quotes: [{ text: /more spines (\d+) hours after one dose/, svg: /^(\d+) h after the start$/ }] },
		{ quotes: [{ text: /no average change (\d+) hours after one dose/, svg: /^Synapse scan \(PET\) (\d+) h after$/ }] }
	],
	series: [
		{
			quotes: [{ text: /runs for (\d+) minutes/, svg: /^peak \d+ ng\/mL at (\d+) min$/, model: [STANDARD_DURATION_MIN] }],
			// Symptoms at 24 hours (a trial) is not the chart's "nearly gone by 24 h" (the drug).
			notDrawn: [24]
		},
		{ quotes: [{ text: /had (\w+) infusions over two weeks/i, svg: /^(\d+) equal peaks of \d+ ng\/mL$/ }] },
		{ quotes: [] },
		{ quotes: [] },
		{ quotes: [{ text: /needed (\w+) infusions/, svg: /^after (\d+) infusions: take stock$/ }] },
		{
			quotes: [{ text: /lasted about (\d+) weeks/, svg: /^responders: median ≈(\d+) weeks$/ }],
			// 27.5 days is the same finding as "about 4 weeks", which the bracket shows; the VA trial's size is not drawn.
			notDrawn: [27.5, 158]
		},
		{
			quotes: [{ text: /shows (\w+) top-ups, (\d+) weeks apart/, svg: /^(\d+) top-ups, (\d+) weeks apart$/ }],
			// A depression study's 4 weeks of held gains.
			notDrawn: [4]
		}
	],
	'infusion-day': [
		{ quotes: [] },
		{ quotes: [{ text: /over (\d+) minutes/, svg: /^Drip of (\d+) minutes/, model: [STANDARD_DURATION_MIN] }] },
		{ quotes: [{ text: /within about (\d+) hours/, svg: /gone within about (\d+) hours$/ }] },
		{
			quotes: [
				{ text: /about (\d+) to (\d+) minutes after the start/, svg: /highest at (\d+)–(\d+) min, usual again/ },
				{ text: /within about (an hour) to (an hour and a half)/, svg: /usual again within (\d+)–(\d+½?) h$/ }
			],
			// Average rises of 3 to 7 points (mmHg): the chart is a sketch of timing, with a 10 mmHg guide.
			notDrawn: [3, 7]
		},
		{ quotes: [] },
		// The half-life: the chart shows the level falling, not a number for it.
		{ quotes: [], notDrawn: [3] }
	]
};

const WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	'an hour': 1,
	'an hour and a half': 1.5
};

function toNumber(token: string): number {
	const word = WORDS[token.toLowerCase()];
	if (word !== undefined) return word;
	if (token.endsWith('½')) return Number(token.slice(0, -1)) + 0.5;
	const n = Number(token);
	if (Number.isNaN(n)) throw new Error(`not a number: "${token}"`);
	return n;
}

/** The step's text as a reader sees it: its paragraphs, without citations or glossary pop-ups. */
async function stepText(page: Page, chapter: string, n: number): Promise<string> {
	return page.locator(`#${chapter}-${n} .step-text`).evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('details, sup.cite, .term-pop').forEach((e) => e.remove());
		return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
	});
}

/** Every label the step's own key frame draws, one string per SVG <text>. */
async function diagramLabels(page: Page, chapter: string, n: number): Promise<string[]> {
	const labels = await page.locator(`#${chapter}-${n} .keyframe-graphic svg[role="img"] text`).allTextContents();
	return labels.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

test.describe('Text and picture quote the same numbers', () => {
	// One page for the five chapters, in order in one worker (the story is large to load and lay
	// out); a failing chapter does not skip the others. Text and key frames are prerendered, so the
	// page as built is what is checked, without scripts.
	test.describe.configure({ mode: 'default' });
	test.skip(({ isMobile }) => isMobile, 'the text and the key frames are the same at every size');
	let page: Page;
	let problems: string[];
	test.beforeAll(async ({ browser, baseURL }, info) => {
		if (info.project.name !== 'laptop') return;
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false, serviceWorkers: 'block' });
		page = await context.newPage();
		problems = watchPage(page);
		await page.goto('/story/');
	});
	test.afterAll(async () => {
		if (!page) return;
		expect(problems, 'console errors, uncaught exceptions or external requests').toEqual([]);
		await page.context().close();
	});

	for (const [chapter, steps] of Object.entries(CHECKS)) {
		test(`${chapter}: every number a step quotes about its diagram is on the diagram`, async () => {
			await expect(page.locator(`[data-scrolly="${chapter}"] .step`)).toHaveCount(steps.length);
			for (const [i, check] of steps.entries()) {
				const n = i + 1;
				const where = `${chapter} step ${n}`;
				const text = await stepText(page, chapter, n);
				const labels = await diagramLabels(page, chapter, n);
				const quoted: number[] = [];
				for (const quote of check.quotes) {
					const said = text.match(quote.text);
					expect(said, `${where}: the text no longer says ${quote.text} (update this table with the text)\n${text}`).not.toBeNull();
					const fromText = said!.slice(1).map(toNumber);
					const label = labels.find((l) => quote.svg.test(l));
					expect(label, `${where}: no diagram label matches ${quote.svg}; labels: ${labels.join(' | ')}`).toBeDefined();
					const fromDiagram = label!.match(quote.svg)!.slice(1).map(toNumber);
					expect(fromText, `${where}: the text says "${said![0]}", the diagram "${label}"`).toEqual(fromDiagram);
					if (quote.model) expect(fromDiagram, `${where}: "${label}" is not the model's value`).toEqual([...quote.model]);
					quoted.push(...said!.slice(1).filter((t) => /^\d/.test(t)).map(toNumber));
				}
				// Any other number in the text must be declared as not drawn: a new one needs a decision.
				// Digits inside a name (mTORC1) are not numbers.
				const numbers = (text.match(/(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])/g) ?? []).map(Number);
				const unplaced = numbers.filter((v) => !quoted.includes(v) && !(check.notDrawn ?? []).includes(v));
				expect(unplaced, `${where}: numbers in the text that are neither checked against the diagram nor listed as not drawn\n${text}`).toEqual([]);
			}
		});
	}
});
