import { describe, expect, it } from 'vitest';
import { checkChips, checkSentences, factWords, parseMd, splitSentences, stepMarkup } from './claims.js';

const kinds = new Map([
	['trial2021', 'HUMAN'],
	['scan2018', 'HUMAN'],
	['mouse2023', 'ANIMAL'],
	['rat2010', 'ANIMAL'],
	['idea2024', 'HYPOTHESIS']
]);

/** One patient paragraph of step text through the same path as the check. */
const step = (text, audience = 'patient') => ({ file: 'x.steps.ts', audience, sentences: splitSentences(stepMarkup(text), 7) });
const run = (text, allowlist = [], audience = 'patient') => checkSentences([step(text, audience)], kinds, allowlist);

describe('claims: sentences that must fail', () => {
	it.each([
		['an uncited number', 'The drip takes 40 minutes.', 'uncited'],
		['an uncited frequency word', 'Staff usually put the tube in your arm.', 'uncited'],
		['an uncited study word', 'One small trial found a clear gain.', 'uncited'],
		['a citation two sentences later', 'About two in three got better. One in five did on the other drug. So some did not.{cite:trial2021}', 'uncited'],
		['a human claim citing only a mouse paper', 'The half-life in people is 2.5 to 3 hours.{cite:mouse2023}', 'kind'],
		['an animal claim citing only human papers', 'In mice, new spines grow within a day.{cite:trial2021,scan2018}', 'kind'],
		['an animal claim carried by the next sentence', 'In rats, spines grow within a day. They last.{cite:trial2021}', 'kind'],
		['an unknown reference', 'The drip takes 40 minutes.{cite:nobody1999}', 'kind']
	])('%s', (_, text, rule) => {
		const { failures } = run(text);
		expect(failures.map((f) => f.rule)).toContain(rule);
		expect(failures[0].line).toBe(7);
	});

	it('a human claim citing only a mouse paper in a clinician note', () => {
		const { failures } = run('Terminal half-life 2.5–3 h in people{cite:mouse2023}.', [], 'clinician');
		expect(failures).toHaveLength(1);
		expect(failures[0].reason).toMatch(/cites only ANIMAL/);
	});

	it('a stale allowlist entry', () => {
		const { allowlistProblems } = run('Tell the staff how you feel.', [{ text: 'Ask your clinic for a leaflet.', reason: 'instruction' }]);
		expect(allowlistProblems).toEqual([expect.objectContaining({ reason: expect.stringMatching(/stale/) })]);
	});

	it('an allowlist entry the sentence no longer needs, or without a reason', () => {
		const text = 'Most of the day is quiet rest.{cite:trial2021}';
		const { allowlistProblems } = run(text, [{ text: 'Most of the day is quiet rest.', reason: '' }]);
		expect(allowlistProblems.map((p) => p.reason)).toEqual(['has no reason', expect.stringMatching(/not needed/)]);
	});

	it('a chapter with an ANIMAL citation but only a HUMAN chip', () => {
		const failures = checkChips(
			{
				file: 'c.md',
				chips: [{ label: 'HUMAN', line: 3 }],
				cited: [
					{ id: 'trial2021', file: 'c.md', line: 9 },
					{ id: 'mouse2023', file: 'c.steps.ts', line: 4 }
				],
				stepLabels: []
			},
			kinds
		);
		expect(failures).toEqual([expect.objectContaining({ line: 3, reason: expect.stringMatching(/no ANIMAL chip.*mouse2023.*c\.steps\.ts:4/) })]);
	});

	it('a HUMAN chip with no human citation, and a step label with no chip', () => {
		const failures = checkChips(
			{
				file: 'c.md',
				chips: [
					{ label: 'HUMAN', line: 3 },
					{ label: 'ANIMAL', line: 4 }
				],
				cited: [{ id: 'rat2010', file: 'c.md', line: 9 }],
				stepLabels: [{ label: 'HYPOTHESIS', file: 'c.steps.ts', line: 12 }]
			},
			kinds
		);
		expect(failures.map((f) => `${f.file}:${f.line}`)).toEqual(['c.steps.ts:12', 'c.md:3']);
	});
});

describe('claims: sentences that must pass', () => {
	it.each([
		['a cited number', 'The drip takes 40 minutes.{cite:trial2021}'],
		['a citation before the full stop', 'The drip takes 40 minutes{cite:trial2021}.'],
		['a question', 'How many infusions do you suggest, and how far apart?'],
		['a claim cited in the next sentence', 'The largest trial had 158 veterans. It found no gain.{cite:trial2021}'],
		['a plain instruction', 'Tell the staff how you feel.'],
		['a human claim with a human source', 'In people, one small brain scan study found signs of more glutamate use.{cite:scan2018}'],
		['an animal claim with an animal source among others', 'In rats and mice spines grow; in people this is not shown.{cite:rat2010,scan2018}'],
		['a people claim citing an idea', 'Some think new links explain why people feel better.{cite:idea2024}'],
		['names with digits are not numbers', 'The PCL-5 form asks about sleep.'],
		['a pronoun "one"', 'The next part walks you through one.'],
		['"one" among others', 'One reason may be growth.']
	])('%s', (_, text) => {
		expect(run(text).failures).toEqual([]);
	});

	it('an allowlisted instruction', () => {
		const allowlist = [{ text: 'Veterans: call 988 and press 1.', reason: 'crisis instruction' }];
		expect(run('Veterans: call 988 and press 1.', allowlist)).toMatchObject({ failures: [], allowlistProblems: [] });
	});

	it('a chapter whose chips match its citations', () => {
		const chapter = {
			file: 'c.md',
			chips: ['HUMAN', 'ANIMAL', 'HYPOTHESIS', 'ILLUSTRATIVE'].map((label, i) => ({ label, line: i + 1 })),
			cited: [
				{ id: 'trial2021', file: 'c.md', line: 9 },
				{ id: 'rat2010', file: 'c.md', line: 9 }
			],
			stepLabels: [{ label: 'ILLUSTRATIVE', file: 'c.steps.ts', line: 12 }]
		};
		expect(checkChips(chapter, kinds)).toEqual([]);
	});
});

describe('claims: reading text', () => {
	it('names the words that make a sentence a fact', () => {
		expect(factWords('Most people feel better within a few hours.')).toEqual(['a few', 'people', 'hours', 'Most', 'better']);
		expect(factWords('Tell the staff how you feel.')).toEqual([]);
		expect(factWords('No one can promise it will help you.')).toEqual([]);
	});

	it('keeps abbreviations and decimals inside a sentence', () => {
		const s = splitSentences('In the U.S., e.g. in clinics, it lasts 2.5 h. Then it is gone.');
		expect(s.map((x) => x.plain)).toEqual(['In the U.S., e.g. in clinics, it lasts 2.5 h.', 'Then it is gone.']);
	});

	it('reads a chapter: prose and notes apart, citations resolved, line numbers kept', () => {
		const source = [
			'---',
			'id: c',
			'---',
			'<script lang="ts">',
			"\tconst citeRest = cite('rat2010', 'mouse2023');",
			"\tconst citeDay = citationHtml(['trial2021'], referenceNumber, base);",
			'</script>',
			'',
			'<h2 id="c">Title</h2>',
			'',
			'<div class="chips"><EvidenceChip label="ANIMAL" /></div>',
			'',
			'In mice, spines grow.{@html citeRest} It takes a <Term id="x" /> day.{@html citeDay}',
			'',
			'<Clinician>',
			'',
			'Half-life 2.5–3 h in people.<Cite id="mouse2023" />',
			'',
			'</Clinician>',
			'',
			'- A list item with 3 points',
			'- Another item.'
		].join('\n');
		const md = parseMd(source, new Map([['x', 'Whole']]));
		expect(md.chips).toEqual([{ label: 'ANIMAL', line: 11 }]);
		const prose = md.prose.flatMap((p) => splitSentences(p.text, p.line));
		expect(prose).toEqual([
			{ plain: 'In mice, spines grow.', cites: ['rat2010', 'mouse2023'], line: 13, question: false },
			{ plain: 'It takes a whole day.', cites: ['trial2021'], line: 13, question: false },
			{ plain: 'A list item with 3 points.', cites: [], line: 21, question: false },
			{ plain: 'Another item.', cites: [], line: 22, question: false }
		]);
		const notes = md.clinician.flatMap((p) => splitSentences(p.text, p.line));
		expect(notes).toEqual([{ plain: 'Half-life 2.5–3 h in people.', cites: ['mouse2023'], line: 17, question: false }]);
	});
});
