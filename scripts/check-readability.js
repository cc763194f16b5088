// Readability of the patient-facing text of every chapter: Flesch–Kincaid grade and SMOG.
// Reads each chapter's step `text` (not the clinician notes or alt text) and its .md prose (not
// headings, components, citations or "For clinicians" notes); see lib/content.js. The printable
// handout (/handout/) is held to the same limits: the patient text in src/content/handout.ts and
// the prose of src/lib/handout/Handout.svelte.
// Fails when a chapter is above grade 8 (Flesch–Kincaid) or 9 (SMOG).
//
// Counting: sentences end at . ! ? (or a paragraph break); "U.S." is read as one word. Syllables
// come from the `syllable` package; a token with no letters (a number such as 40 or 0.5) counts as
// 2 syllables, a rough stand-in for how it is read aloud. Polysyllabic words (SMOG) have 3 or more.
//
// Usage: node scripts/check-readability.js [--verbose]
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import {
	chapterIds,
	HANDOUT_COMPONENT,
	HANDOUT_FIELDS,
	HANDOUT_FILE,
	mdFile,
	mdProse,
	plainStepText,
	rel,
	stepsFile,
	stringProperties,
	stringValues
} from './lib/content.js';

export const MAX_FLESCH_KINCAID = 8;
export const MAX_SMOG = 9;
const verbose = process.argv.includes('--verbose');

function sentencesOf(paragraph) {
	return paragraph
		.replace(/\bU\.S\./g, 'US')
		.replace(/\b(e\.g|i\.e|vs|etc)\./g, '$1')
		.split(/(?<=[.!?])["”’)\]]*\s+/)
		.map((s) => s.trim())
		.filter((s) => /[a-z0-9]/i.test(s));
}

const wordsOf = (sentence) =>
	sentence
		.split(/[\s—–]+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
		.filter((w) => /[\p{L}\p{N}]/u.test(w));

const syllablesOf = (word) => (/\p{L}/u.test(word) ? Math.max(1, syllable(word)) : 2);

export function counts(paragraphs) {
	let sentence = 0;
	let word = 0;
	let syl = 0;
	let polysillabicWord = 0;
	const sentences = [];
	for (const p of paragraphs) {
		for (const s of sentencesOf(p)) {
			const words = wordsOf(s);
			if (!words.length) continue;
			const sy = words.map(syllablesOf);
			sentence += 1;
			word += words.length;
			syl += sy.reduce((a, b) => a + b, 0);
			polysillabicWord += sy.filter((n) => n >= 3).length;
			sentences.push({ s, grade: fleschKincaid({ sentence: 1, word: words.length, syllable: sy.reduce((a, b) => a + b, 0) }) });
		}
	}
	return { sentence, word, syllable: syl, polysillabicWord, sentences };
}

/** Patient-facing paragraphs of one chapter. */
export function chapterText(id) {
	const paragraphs = [];
	const steps = stepsFile(id);
	if (steps) {
		for (const { text, line } of stringProperties(steps, 'text')) {
			if (text === null) throw new Error(`${rel(steps)}:${line}: step text must be a string or template literal`);
			paragraphs.push(...plainStepText(text).split(/\n\s*\n/));
		}
	}
	paragraphs.push(...mdProse(mdFile(id)));
	return paragraphs;
}

/** Patient-facing paragraphs of the printable handout: its content (handout.ts) and the sheet's own prose. */
export function handoutText() {
	const paragraphs = [];
	for (const { text, line } of stringValues(HANDOUT_FILE, HANDOUT_FIELDS)) {
		if (text === null) throw new Error(`${rel(HANDOUT_FILE)}:${line}: handout text must be a string or template literal`);
		// A list item or caption is read as a sentence of its own.
		paragraphs.push(...plainStepText(text).split(/\n\s*\n/));
	}
	paragraphs.push(...mdProse(HANDOUT_COMPONENT));
	return paragraphs;
}

const texts = [...chapterIds().map((id) => ({ id, paragraphs: chapterText(id) })), { id: 'handout', paragraphs: handoutText() }];
const rows = texts.map(({ id, paragraphs }) => {
	const c = counts(paragraphs);
	const fk = fleschKincaid(c);
	const smog = smogFormula(c);
	return { id, ...c, fk, smog, ok: c.word === 0 || (fk <= MAX_FLESCH_KINCAID && smog <= MAX_SMOG) };
});

const pad = (v, n) => String(v).padStart(n);
console.log(`Readability of patient-facing text (limits: Flesch–Kincaid ≤ ${MAX_FLESCH_KINCAID}, SMOG ≤ ${MAX_SMOG})\n`);
console.log(`${'chapter'.padEnd(14)} ${pad('words', 6)} ${pad('sent.', 6)} ${pad('FK', 5)} ${pad('SMOG', 5)}  result`);
for (const r of rows) {
	const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
	console.log(`${r.id.padEnd(14)} ${pad(r.word, 6)} ${pad(r.sentence, 6)} ${pad(f(r.fk), 5)} ${pad(f(r.smog), 5)}  ${r.ok ? 'ok' : 'TOO HARD'}`);
}
const all = rows.filter((r) => r.id !== 'handout').reduce(
	(a, r) => ({ sentence: a.sentence + r.sentence, word: a.word + r.word, syllable: a.syllable + r.syllable, polysillabicWord: a.polysillabicWord + r.polysillabicWord }),
	{ sentence: 0, word: 0, syllable: 0, polysillabicWord: 0 }
);
console.log(`${'all chapters'.padEnd(14)} ${pad(all.word, 6)} ${pad(all.sentence, 6)} ${pad(fleschKincaid(all).toFixed(1), 5)} ${pad(smogFormula(all).toFixed(1), 5)}`);

const failing = rows.filter((r) => !r.ok);
for (const r of verbose ? rows : failing) {
	console.log(`\nHardest sentences in ${r.id}:`);
	for (const { s, grade } of [...r.sentences].sort((a, b) => b.grade - a.grade).slice(0, 5)) {
		console.log(`  [${grade.toFixed(1)}] ${s}`);
	}
}
if (failing.length) {
	console.error(`\n${failing.length} chapter(s) read above the limit: ${failing.map((r) => r.id).join(', ')}. Use shorter sentences and plainer words.`);
	process.exit(1);
}
