// The rules of scripts/check-claims.js, as pure functions over text, so they can be tested on
// made-up sentences. Reading the content files is left to check-claims.js.
//
// What counts as a fact. A patient-facing sentence states a fact when it has one of:
//   - a number: digits that are not part of a name (PCL-5, mTORC1 and GluN2B are names, not
//     numbers), or a number word (NUMBER_WORDS). "one" is left out where it is a pronoun or an
//     idiom ("no one", "one at a time", "the main one": ONE_IDIOMS).
//   - a word for evidence or for who was studied (EVIDENCE_WORDS): trial, study, research,
//     people, patients, veterans, mice, scan, experts…
//   - a unit of time or amount (UNIT_WORDS): minutes, hours, a day, weeks, mg, kg, ng/mL…
//     Bare "points" is not one: "contact points" is a picture, and "10 points" already has a number.
//   - a word for how often or how many (FREQUENCY_WORDS): usually, often, typical, most, many,
//     rarely, common, on average…
//   - a comparison (COMPARISON_WORDS): more, less, fewer, better, higher, longer, than…
// Questions (ending in "?") are not claims. A fact is covered by a citation in the same sentence, or
// in the next sentence of the same paragraph (one claim told in two sentences), never further.
//
// Who a sentence speaks of, for the evidence-kind rule:
//   - animals (ANIMAL_WORDS): animals, mice, rats, rodents, "in the lab", "lab tests", "in cells",
//     "cells in a dish", "in vitro". Bare "cells" is not one: "nerve cells pass messages" describes
//     the body, not where the evidence comes from.
//   - people (PEOPLE_WORDS): people, person, patients, adults, veterans, humans, men, women, you,
//     your, trial.
// A sentence that speaks of animals must cite at least one ANIMAL reference (a contrast such as
// "in mice…, in people not yet" must still cite the animal work). One that speaks of people and not
// of animals must cite at least one reference that is not ANIMAL: a mouse paper cannot carry a claim
// about people. The citations judged are the sentence's own or, when it has none, those of the next
// sentence that covers it. HYPOTHESIS references count as "not ANIMAL"; whether an idea is labelled
// as unproven is the chips' job.

const CITE_OPEN = '\uE000';
const CITE_CLOSE = '\uE001';
const DOT = '\uE002';
const TOKEN = /\uE000([^\uE001]*)\uE001/g;

export const EVIDENCE_KINDS = ['HUMAN', 'ANIMAL', 'HYPOTHESIS'];
export const CHIP_LABELS = ['HUMAN', 'ANIMAL', 'HYPOTHESIS', 'ILLUSTRATIVE'];

const words = (list) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

export const NUMBER_WORDS = [
	'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
	'twenty', 'thirty', 'forty', 'fifty', 'hundreds?', 'thousands?', 'millions?',
	'half', 'dozens?', 'a few', 'a couple', 'twice', 'once (?:a|an|every|per)', 'double', 'triple'
];
export const ONE_IDIOMS = [
	'no one', 'any ?one', 'every ?one', 'some ?one', 'one another', 'one of (?:these|those|them|us)',
	'one (?:step )?at a time', '(?:this|that|the|a) (?:\\w+ )?one(?= *[.,;:!?]| and| but| or)',
	// "One reason…", "one idea…": one among others, not a count.
	'one (?:reason|idea|way)',
	// "…walks you through one." A bare "one" ending a sentence stands for a thing named before.
	'one(?= *[.!?])'
];
export const EVIDENCE_WORDS = [
	'trials?', 'study', 'studies', 'studied', 'research(?:ers?)?', 'evidence', 'data', 'proof', 'proven', 'shown',
	'found', 'tested', 'measured', 'reported', 'people', 'persons?', 'patients?', 'adults?', 'veterans?',
	'children', 'men', 'women', 'participants?', 'volunteers?', 'animals?', 'mice', 'mouse', 'rats?', 'rodents?',
	'scans?', 'experts?', 'surveys?', 'placebos?', 'meta-analys[ie]s'
];
export const UNIT_WORDS = [
	'seconds', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?', 'mg', 'kg', 'kilograms?',
	'ng/mL', 'µM', 'mM', 'mmHg', 'percent'
];
export const FREQUENCY_WORDS = [
	'usually', 'often', 'typical(?:ly)?', 'most(?:ly)?', 'many', 'rarely', 'rare', 'seldom', 'always', 'never',
	'sometimes', 'common(?:ly)?', 'frequent(?:ly)?', 'generally', 'occasionally', 'on average', 'average',
	'few', 'several'
];
export const COMPARISON_WORDS = [
	'more', 'less', 'fewer', 'better', 'worse', 'higher', 'lower', 'bigger', 'smaller', 'larger', 'greater',
	'longer', 'shorter', 'faster', 'slower', 'stronger', 'weaker', 'than', 'least'
];
export const ANIMAL_WORDS = [
	'animals?', 'mice', 'mouse', 'rats?', 'rodents?', 'in the lab', 'lab tests?', 'lab stud(?:y|ies)',
	'in cells', 'cell stud(?:y|ies)', 'cells in a dish', 'in a dish', 'in[ -]vitro', 'test tubes?'
];
export const PEOPLE_WORDS = [
	'people', 'persons?', 'patients?', 'adults?', 'veterans?', 'humans?', 'men', 'women', 'children',
	'participants?', 'volunteers?', 'you', 'your', 'trials?'
];

const FACT_RULES = [
	['number', words(NUMBER_WORDS)],
	['evidence', words(EVIDENCE_WORDS)],
	['unit', words(UNIT_WORDS)],
	['frequency', words(FREQUENCY_WORDS)],
	['comparison', words(COMPARISON_WORDS)]
];
const ONE_IDIOM_RE = words(ONE_IDIOMS);
// Digits glued to a letter (mTORC1) or to a letter and a hyphen (PCL-5) are part of a name.
const DIGITS = /(?<!\p{L}-?)\d(?:[\d.,–-]*\d)?%?/gu;
const ANIMAL_RE = words(ANIMAL_WORDS);
const PEOPLE_RE = words(PEOPLE_WORDS);

const first = (re, text) => {
	re.lastIndex = 0;
	const m = re.exec(text);
	return m ? m[0] : null;
};

/** Why a sentence states a fact: the words that make it one (empty when it states none). */
export function factWords(plain) {
	const found = [];
	const digits = plain.match(DIGITS);
	if (digits) found.push(digits[0]);
	const text = plain.replace(ONE_IDIOM_RE, ' ');
	for (const [, re] of FACT_RULES) {
		const w = first(re, text);
		// "a few" is a number and "few" a frequency word; name it once.
		if (w && !found.some((f) => f.toLowerCase().includes(w.toLowerCase()))) found.push(w);
	}
	return found;
}

export const isQuestion = (plain) => /\?["”’)\]]*$/.test(plain);

/** Whether a sentence speaks of animals or of people: the first word found, or null. */
export function speaksOf(plain) {
	return { animal: first(ANIMAL_RE, plain), people: first(PEOPLE_RE, plain) };
}

export const splitIds = (ids) => ids.split(',').map((id) => id.trim()).filter(Boolean);
export const citeToken = (ids) => `${CITE_OPEN}${ids.join(',')}${CITE_CLOSE}`;

/** Step-text markup ({cite:a,b}, [[term|words]], **bold**, *em*) → text with citation tokens. */
export function stepMarkup(text) {
	return text
		.replace(/\{cite:([^}]+)\}/g, (_, ids) => citeToken(splitIds(ids)))
		.replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
		.replace(/\[\[([^\]]+)\]\]/g, '$1')
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/\*([^*]+)\*/g, '$1');
}

const ABBREVIATIONS = /\b(e\.g|i\.e|vs|etc|et al|approx|cf|Dr|St)\./g;

/**
 * The sentences of one paragraph (text with citation tokens; it may span lines, counted from
 * `line`). Each: { plain, cites, line, question }.
 */
export function splitSentences(text, line = 1) {
	let t = text.replace(/\bU\.S\./g, `U${DOT}S${DOT}`).replace(ABBREVIATIONS, `$1${DOT}`);
	// A citation after the full stop belongs to the sentence before it.
	t = t.replace(/([.!?]+)(["”’)\]]*)((?:[ \t]*\uE000[^\uE001]*\uE001)+)/g, (_, p, q, c) => c.replace(/[ \t]+/g, '') + p + q);
	const out = [];
	const boundary = /(?<=[.!?]["”’)\]]*)\s+/g;
	let start = 0;
	const push = (end) => {
		const raw = t.slice(start, end);
		const cites = Array.from(raw.matchAll(TOKEN), (m) => splitIds(m[1])).flat();
		const plain = raw
			.replace(TOKEN, '')
			.replaceAll(DOT, '.')
			.replace(/\s+/g, ' ')
			.replace(/ ([,.;:!?])/g, '$1') // a space left where an inline tag was
			.trim();
		const lead = raw.length - raw.trimStart().length;
		const at = line + (t.slice(0, start + lead).match(/\n/g)?.length ?? 0);
		if (/[\p{L}\p{N}]/u.test(plain)) out.push({ plain, cites, line: at, question: isQuestion(plain) });
	};
	for (const m of t.matchAll(boundary)) {
		push(m.index);
		start = m.index + m[0].length;
	}
	push(t.length);
	return out;
}

const blank = (s) => s.replace(/[^\n]/g, ' ');
/** Replaces a match, keeping its line breaks so later lines keep their numbers. */
const keepLines = (replacement) => (m) => replacement + '\n'.repeat(m.split('\n').length - 1);
const quoted = (s) => Array.from(s.matchAll(/['"]([^'"]+)['"]/g), (m) => m[1]);
const lineAt = (s, index) => s.slice(0, index).split('\n').length;

const CLINICIAN_BLOCK = /<Clinician[\s\S]*?<\/Clinician>|<details class="clinician[\s\S]*?<\/details>/g;

/** Prose with citation tokens → paragraphs { text, line }, markup stripped, line numbers kept. */
function proseParagraphs(s, terms) {
	s = s.replace(/\{[^{}]*\}/g, keepLines('')); // Svelte expressions
	s = s.replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g, blank);
	s = s.replace(/^#{1,6} .*$/gm, blank);
	s = s.replace(/<Term\s+id="([^"]+)"\s*\/>/g, (_, id) => (terms.get(id) ?? id).toLowerCase());
	s = s.replace(/<Term\s+id="[^"]+"\s*>([\s\S]*?)<\/Term>/g, '$1');
	s = s.replace(/<[A-Z][\w.]*[^>]*\/>/g, keepLines('')); // other components: chips, diagrams, islands
	s = s.replace(/<\/?[a-zA-Z][^>]*>/g, keepLines(' ')); // HTML tags: keep their text
	s = s.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
	s = s.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1').replace(/`([^`]+)`/g, '$1');
	s = s.replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
	// A list item is a sentence of its own.
	s = s.replace(/^[ \t]*(?:[-*]|\d+\.)[ \t]+(.*)$/gm, (_, item) => {
		const bare = item.replace(TOKEN, '').trim();
		return /[.!?:]$/.test(bare) ? item : `${bare}.${item.match(TOKEN)?.join('') ?? ''}`;
	});
	const paragraphs = [];
	let current = null;
	s.split('\n').forEach((text, i) => {
		if (!text.trim()) {
			current = null;
			return;
		}
		if (!current) paragraphs.push((current = { text, line: i + 1 }));
		else current.text += `\n${text}`;
	});
	return paragraphs.filter((p) => /\p{L}/u.test(p.text.replace(TOKEN, '')));
}

/**
 * A chapter's .md source → its patient prose and "For clinicians" notes as paragraphs (citation
 * tokens in place of <Cite id="…" /> and {@html citeX}), its evidence chips, and any {@html citeX}
 * the script block does not define. `terms`: glossary id → term, for <Term id="…" />.
 */
export function parseMd(source, terms = new Map()) {
	let s = source.replace(/^---\n[\s\S]*?\n---\n/, blank);
	// `const citeX = cite('a', 'b')` (or `citationHtml(['a', 'b'], …)`) in the script block names the
	// citations of {@html citeX}.
	const vars = new Map();
	for (const script of s.matchAll(/<script[\s\S]*?<\/script>/g)) {
		for (const v of script[0].matchAll(/const\s+(\w+)\s*=\s*(?:cite\(([^)]*)\)|citationHtml\(\s*\[([^\]]*)\])/g)) {
			vars.set(v[1], quoted(v[2] ?? v[3]));
		}
	}
	s = s.replace(/<script[\s\S]*?<\/script>/g, blank).replace(/<style[\s\S]*?<\/style>/g, blank);
	s = s.replace(/<!--[\s\S]*?-->/g, blank);
	s = s.replace(/<Scrolly[\s\S]*?<\/Scrolly>/g, blank);
	const chips = Array.from(s.matchAll(/<EvidenceChip\s+label="([^"]*)"/g), (m) => ({ label: m[1], line: lineAt(s, m.index) }));
	const unresolved = [];
	s = s.replace(/<Cite\s+id="([^"]*)"\s*\/>/g, (_, ids) => citeToken(splitIds(ids)));
	s = s.replace(/\{@html\s+(\w+)\s*\}/g, (m, name, index) => {
		if (vars.has(name)) return citeToken(vars.get(name));
		if (/^cite/i.test(name)) unresolved.push({ name, line: lineAt(s, index) });
		return m;
	});
	const notes = [];
	const patient = s.replace(CLINICIAN_BLOCK, (m, index) => {
		// The opening and closing tags are not prose; the Markdown between them is.
		const inner = m.replace(/^<[^>]*>/, blank).replace(/<\/[^>]*>$/, blank);
		notes.push({ index, inner });
		return blank(m);
	});
	let clinician = blank(s);
	for (const { index, inner } of notes) clinician = clinician.slice(0, index) + inner + clinician.slice(index + inner.length);
	return { prose: proseParagraphs(patient, terms), clinician: proseParagraphs(clinician, terms), chips, unresolved };
}

const citeList = (ids) => ids.join(', ');

/**
 * Rules 1 and 3 over paragraphs of sentences. `paragraphs`: [{ file, audience: 'patient' |
 * 'clinician', sentences }]; `kinds`: reference id → evidence kind; `allowlist`: [{ text, reason }].
 * Returns the failures and, per allowlist entry, whether a sentence matched it and needed it.
 */
export function checkSentences(paragraphs, kinds, allowlist = []) {
	const allowed = new Set(allowlist.map((a) => a.text));
	const seen = new Set();
	const needed = new Set();
	const failures = [];
	let checked = 0;
	for (const { file, audience, sentences } of paragraphs) {
		sentences.forEach((s, i) => {
			const next = sentences[i + 1];
			const at = { file, line: s.line, sentence: s.plain };
			let cites = s.cites;
			let borrowed = false;
			if (audience === 'patient') {
				checked += 1;
				seen.add(s.plain);
				const facts = s.question ? [] : factWords(s.plain);
				if (facts.length && !s.cites.length) {
					if (next?.cites.length) {
						cites = next.cites;
						borrowed = true;
					} else if (allowed.has(s.plain)) {
						needed.add(s.plain);
					} else {
						failures.push({ ...at, rule: 'uncited', reason: `states a fact (${facts.join(', ')}) but cites nothing` });
					}
				}
			}
			if (!cites.length) return;
			const unknown = cites.filter((id) => !kinds.has(id));
			if (unknown.length) {
				failures.push({ ...at, rule: 'kind', reason: `cites unknown reference(s) ${citeList(unknown)}` });
				return;
			}
			const { animal, people } = speaksOf(s.plain);
			const of = (kind) => cites.filter((id) => kinds.get(id) === kind);
			const where = borrowed ? ' (citation in the next sentence)' : '';
			if (animal && !of('ANIMAL').length) {
				failures.push({
					...at,
					rule: 'kind',
					reason: `speaks of animals ("${animal}") but cites no ANIMAL reference: ${describe(cites, kinds)}${where}`
				});
			} else if (!animal && people && of('ANIMAL').length === cites.length) {
				failures.push({
					...at,
					rule: 'kind',
					reason: `speaks of people ("${people}") but cites only ANIMAL references: ${describe(cites, kinds)}${where}`
				});
			}
		});
	}
	const problems = [];
	const count = new Map();
	for (const entry of allowlist) count.set(entry.text, (count.get(entry.text) ?? 0) + 1);
	for (const entry of allowlist) {
		if (!entry.reason || !String(entry.reason).trim()) problems.push({ text: entry.text, reason: 'has no reason' });
		if (count.get(entry.text) > 1) problems.push({ text: entry.text, reason: 'is listed twice' });
		if (!seen.has(entry.text)) problems.push({ text: entry.text, reason: 'is stale: no patient-facing sentence reads exactly so' });
		else if (!needed.has(entry.text)) problems.push({ text: entry.text, reason: 'is not needed: the sentence is cited or states no fact' });
	}
	return { failures, allowlistProblems: problems, checked };
}

function describe(ids, kinds) {
	return ids.map((id) => `${id} (${kinds.get(id)})`).join(', ');
}

/**
 * Rule 4 for one chapter. `chips`: [{ label, line }] of its .md; `cited`: [{ id, file, line }] in its
 * patient text (step text and prose); `stepLabels`: [{ label, file, line }] from its steps'
 * `evidence`. Every kind cited and every step label must be shown as a chip; a HUMAN or ANIMAL chip
 * needs a reference of that kind cited in the chapter's patient text.
 */
export function checkChips({ file, chips, cited, stepLabels }, kinds) {
	const failures = [];
	const shown = new Set(chips.map((c) => c.label));
	const chipLine = chips[0]?.line ?? 1;
	for (const c of chips) {
		if (!CHIP_LABELS.includes(c.label)) failures.push({ file, line: c.line, rule: 'chip', reason: `unknown evidence chip "${c.label}"` });
	}
	const byKind = new Map();
	for (const c of cited) {
		const kind = kinds.get(c.id);
		if (!kind) continue;
		if (!byKind.has(kind)) byKind.set(kind, []);
		byKind.get(kind).push(c);
	}
	for (const [kind, uses] of byKind) {
		if (shown.has(kind)) continue;
		const ids = [...new Set(uses.map((u) => u.id))];
		const firstUse = uses[0];
		failures.push({
			file,
			line: chipLine,
			rule: 'chip',
			reason: `no ${kind} chip, but the chapter cites ${kind} reference(s) ${citeList(ids)} (first at ${firstUse.file}:${firstUse.line})`
		});
	}
	for (const s of stepLabels) {
		if (!shown.has(s.label)) {
			failures.push({ file: s.file, line: s.line, rule: 'chip', reason: `step is labelled ${s.label}, but ${file} shows no ${s.label} chip` });
		}
	}
	for (const c of chips) {
		if ((c.label === 'HUMAN' || c.label === 'ANIMAL') && !byKind.has(c.label)) {
			failures.push({ file, line: c.line, rule: 'chip', reason: `${c.label} chip, but the chapter's patient text cites no ${c.label} reference` });
		}
	}
	return failures;
}
