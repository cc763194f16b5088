// Claims check: every fact a patient reads is cited, and with a source of the right kind.
//
// 1. Every patient-facing sentence that states a fact carries a citation, or the next sentence of
//    its paragraph does. Patient-facing: step `text` (chapters' *.steps.ts and the consult deck's
//    explorer step), chapter prose (*.md, outside "For clinicians" notes, headings and the Scrolly),
//    the handout's patient strings, and glossary definitions. What "states a fact" means, word by
//    word, is documented in lib/claims.js. Plain instructions and signposts that trip the word
//    lists are listed, each with a reason, in claims-allowlist.js; an entry no sentence needs fails.
// 2. A cited sentence (patient text and clinician notes) that speaks of animals cites ANIMAL work;
//    one that speaks only of people does not rest on ANIMAL work alone (lib/claims.js).
// 3. Each chapter's evidence chips agree with what its patient text cites and with its steps'
//    `evidence` labels; a HUMAN or ANIMAL chip needs a citation of that kind.
//
// Glossary definitions have no inline citations (they render as plain text). An entry may carry
// `cite: ['id', …]`, which counts as a citation of its last sentence.
//
// Usage: node scripts/check-claims.js
import { readFileSync } from 'node:fs';
import { ALLOWLIST } from './claims-allowlist.js';
import { checkChips, checkSentences, parseMd, splitSentences, stepMarkup } from './lib/claims.js';
import {
	chapterIds,
	DECK_FILE,
	GLOSSARY_FILE,
	glossaryTerms,
	HANDOUT_FIELDS,
	HANDOUT_FILE,
	mdFile,
	objectLiterals,
	referenceKinds,
	rel,
	stepsFile,
	stringValues
} from './lib/content.js';

const kinds = referenceKinds();
const terms = glossaryTerms();
const paragraphs = [];
const chipFailures = [];
const parseFailures = [];

/** Step text (inline markup) → paragraphs of sentences, all at the line of its property. */
function stepParagraphs(file, audience, { value, line }) {
	if (typeof value !== 'string') {
		parseFailures.push({ file: rel(file), line, rule: 'parse', reason: 'text is not a plain string or template, so it cannot be checked', sentence: '' });
		return [];
	}
	return stepMarkup(value)
		.split(/\n\s*\n/)
		.map((p) => ({ file: rel(file), audience, sentences: splitSentences(p, line).map((s) => ({ ...s, line })) }));
}

const mdParagraphs = (file, audience, list) =>
	list.map((p) => ({ file: rel(file), audience, sentences: splitSentences(p.text, p.line) }));

for (const id of chapterIds()) {
	const md = mdFile(id);
	const parsed = parseMd(readFileSync(md, 'utf8'), terms);
	for (const u of parsed.unresolved) {
		parseFailures.push({ file: rel(md), line: u.line, rule: 'parse', reason: `{@html ${u.name}} is not defined as cite(…) in the script block`, sentence: '' });
	}
	const chapter = [...mdParagraphs(md, 'patient', parsed.prose), ...mdParagraphs(md, 'clinician', parsed.clinician)];
	const stepLabels = [];
	const steps = stepsFile(id);
	if (steps) {
		for (const o of objectLiterals(steps).filter((o) => o.props.text && o.props.alt)) {
			chapter.unshift(...stepParagraphs(steps, 'patient', o.props.text));
			if (o.props.clinician) chapter.push(...stepParagraphs(steps, 'clinician', o.props.clinician));
			const labels = o.props.evidence;
			if (labels && Array.isArray(labels.value)) {
				for (const label of labels.value) stepLabels.push({ label, file: rel(steps), line: labels.line });
			}
		}
	}
	paragraphs.push(...chapter);
	const cited = chapter
		.filter((p) => p.audience === 'patient')
		.flatMap((p) => p.sentences.flatMap((s) => s.cites.map((cid) => ({ id: cid, file: p.file, line: s.line }))));
	chipFailures.push(...checkChips({ file: rel(md), chips: parsed.chips, cited, stepLabels }, kinds).map((f) => ({ ...f, sentence: '' })));
}

// The explorer's step lives in the deck, not in a chapter.
for (const o of objectLiterals(DECK_FILE).filter((o) => o.props.text && o.props.alt)) {
	paragraphs.push(...stepParagraphs(DECK_FILE, 'patient', o.props.text));
}

for (const { text, line } of stringValues(HANDOUT_FILE, HANDOUT_FIELDS)) {
	paragraphs.push(...stepParagraphs(HANDOUT_FILE, 'patient', { value: text, line }));
}

for (const o of objectLiterals(GLOSSARY_FILE).filter((o) => o.props.definition)) {
	const { value, line } = o.props.definition;
	if (typeof value !== 'string') continue;
	const sentences = splitSentences(value, line).map((s) => ({ ...s, line }));
	const cite = o.props.cite?.value;
	const ids = Array.isArray(cite) ? cite : typeof cite === 'string' ? [cite] : [];
	if (ids.length && sentences.length) sentences[sentences.length - 1].cites.push(...ids);
	paragraphs.push({ file: rel(GLOSSARY_FILE), audience: 'patient', glossary: o.props.id?.value, sentences });
}

const { failures, allowlistProblems, checked } = checkSentences(paragraphs, kinds, ALLOWLIST);
// A glossary definition is named by its entry, for whoever decides between a citation and the allowlist.
const glossaryAt = new Map(paragraphs.filter((p) => p.glossary).map((p) => [p.sentences[0]?.line, p.glossary]));
for (const f of failures) {
	if (f.file === rel(GLOSSARY_FILE) && glossaryAt.has(f.line)) f.reason = `[${glossaryAt.get(f.line)}] ${f.reason}`;
}
const all = [...parseFailures, ...failures, ...chipFailures];

const byFile = new Map();
for (const f of all) {
	if (!byFile.has(f.file)) byFile.set(f.file, []);
	byFile.get(f.file).push(f);
}
const quote = (s) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);
for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
	console.log(`\n${file}`);
	for (const f of list.sort((a, b) => a.line - b.line)) {
		console.log(`  ${file}:${f.line}  ${f.reason}`);
		if (f.sentence) console.log(`      “${quote(f.sentence)}”`);
	}
}
if (allowlistProblems.length) {
	console.log('\nscripts/claims-allowlist.js');
	for (const p of allowlistProblems) console.log(`  “${quote(p.text)}” ${p.reason}`);
}

const count = (rule) => all.filter((f) => f.rule === rule).length;
const summary =
	`${checked} patient-facing sentences checked: ${count('uncited')} uncited fact(s), ` +
	`${count('kind')} evidence-kind mismatch(es), ${count('chip')} chip problem(s), ` +
	`${allowlistProblems.length} allowlist problem(s)` +
	(count('parse') ? `, ${count('parse')} unreadable text(s)` : '') +
	'.';
if (all.length || allowlistProblems.length) {
	console.error(`\n${summary}`);
	console.error('Cite the fact (or the next sentence), fix the reference or chip, or, for a plain instruction, add it to scripts/claims-allowlist.js with a reason.');
	process.exit(1);
}
console.log(summary);
