// Reads the story's content as text, without building it: the chapter list (index.ts), each
// chapter's step text (*.steps.ts, via the TypeScript parser) and its prose (*.md). Used by
// check-readability.js, check-citations.js and check-claims.js.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHAPTERS_DIR = join(ROOT, 'src/content/chapters');

/** Chapter ids in reading order, from the imports in chapters/index.ts. */
export function chapterIds() {
	const index = readFileSync(join(CHAPTERS_DIR, 'index.ts'), 'utf8');
	return Array.from(index.matchAll(/from '\.\/([a-z0-9-]+)\.md'/g), (m) => m[1]);
}

/** Stand-in for a `${...}` substitution in step text: a short number, as most of them are. */
const SUBSTITUTION = '10';

function literalText(node) {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
	if (ts.isTemplateExpression(node)) {
		return node.head.text + node.templateSpans.map((span) => SUBSTITUTION + span.literal.text).join('');
	}
	if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
		const left = literalText(node.left);
		const right = literalText(node.right);
		return left === null || right === null ? null : left + right;
	}
	if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
	return null;
}

/**
 * The string values of properties named `field` in a TypeScript file (e.g. every step's `text`),
 * in source order. A value that is not a plain string or template is reported as null.
 */
export function stringProperties(file, field) {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const found = [];
	const visit = (node) => {
		if (ts.isPropertyAssignment(node) && node.name.getText(source) === field) {
			found.push({ text: literalText(node.initializer), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/**
 * Patient-facing strings in a TypeScript file: the values of properties named in `fields`, where a
 * value may be a string, a template or an array of them (e.g. a list's `items`), in source order.
 */
export function stringValues(file, fields) {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const found = [];
	const push = (node) => found.push({ text: literalText(node), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
	const visit = (node) => {
		if (ts.isPropertyAssignment(node) && fields.includes(node.name.getText(source))) {
			if (ts.isArrayLiteralExpression(node.initializer)) node.initializer.elements.forEach(push);
			else push(node.initializer);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

export const HANDOUT_FILE = join(ROOT, 'src/content/handout.ts');
export const HANDOUT_COMPONENT = join(ROOT, 'src/lib/handout/Handout.svelte');
/** The fields of src/content/handout.ts a patient reads (titles are headings, and are left out as in chapters). */
export const HANDOUT_FIELDS = ['text', 'caption', 'items', 'sideEffects'];

export function stepsFile(id) {
	const file = join(CHAPTERS_DIR, `${id}.steps.ts`);
	return existsSync(file) ? file : null;
}

export function mdFile(id) {
	return join(CHAPTERS_DIR, `${id}.md`);
}

/** Glossary id → term, read from glossary.ts, for <Term id="..." /> with no words of its own. */
export function glossaryTerms() {
	const src = readFileSync(join(ROOT, 'src/content/glossary.ts'), 'utf8');
	return new Map(Array.from(src.matchAll(/id: '([^']+)',\s*term: '([^']+)'/g), (m) => [m[1], m[2]]));
}

/** Step-text markup → plain words (same rules as plainText in src/lib/scrolly/inline.ts). */
export function plainStepText(text) {
	return text
		.replace(/\s*\{cite:[^}]+\}/g, '')
		.replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
		.replace(/\[\[([^\]]+)\]\]/g, '$1')
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/\*([^*]+)\*/g, '$1');
}

/**
 * The patient-facing prose of a chapter's .md file, as paragraphs: without frontmatter, script and
 * style, headings, the Scrolly (its steps are read from *.steps.ts), "For clinicians" notes,
 * evidence chips and citations. Glossary terms keep their words; list items become sentences.
 */
export function mdProse(file, terms = glossaryTerms()) {
	let s = readFileSync(file, 'utf8');
	s = s.replace(/^---\n[\s\S]*?\n---\n/, '');
	s = s.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
	s = s.replace(/<!--[\s\S]*?-->/g, ''); // HTML comments
	s = s.replace(/<Clinician[\s\S]*?<\/Clinician>/g, '').replace(/<details class="clinician[\s\S]*?<\/details>/g, '');
	s = s.replace(/<Scrolly[\s\S]*?<\/Scrolly>/g, '');
	s = s.replace(/\{[^{}]*\}/g, ''); // Svelte expressions, e.g. {@html cite}
	s = s.replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g, '');
	s = s.replace(/^#{1,6} .*$/gm, '');
	s = s.replace(/<Term\s+id="([^"]+)"\s*\/>/g, (_, id) => (terms.get(id) ?? id).toLowerCase());
	s = s.replace(/<Term\s+id="[^"]+"\s*>([\s\S]*?)<\/Term>/g, '$1');
	s = s.replace(/<[A-Z][\w.]*[^>]*\/>/g, ''); // other components: Cite, EvidenceChip, diagrams
	s = s.replace(/<\/?[a-zA-Z][^>]*>/g, ' '); // remaining HTML tags: keep their text
	s = s.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'); // Markdown links
	s = s.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1').replace(/`([^`]+)`/g, '$1');
	s = s.replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
	// A list item is read as a sentence of its own.
	s = s.replace(/^\s*(?:[-*]|\d+\.)\s+(.*)$/gm, (_, item) => `${/[.!?:]$/.test(item.trim()) ? item : `${item}.`}\n`);
	return s
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter((p) => /[a-z]/i.test(p));
}

/** All source files under src/ that can hold citations. */
export function sourceFiles(dir = join(ROOT, 'src')) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(p);
		return /\.(ts|js|svelte|md)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
	});
}

export const rel = (file) => relative(ROOT, file);

function literalValue(node) {
	if (ts.isArrayLiteralExpression(node)) return node.elements.map(literalText);
	return literalText(node);
}

/**
 * Every object literal in a TypeScript file, as its properties: name → { value, line }, where a
 * value is a string, an array of strings, or null when it is neither. Lets a check read whole
 * records (a step with its text, clinician note and labels; a reference with its evidence kind).
 */
export function objectLiterals(file) {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const lineOf = (node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
	const found = [];
	const visit = (node) => {
		if (ts.isObjectLiteralExpression(node)) {
			const props = {};
			for (const p of node.properties) {
				if (ts.isPropertyAssignment(p)) props[p.name.getText(source)] = { value: literalValue(p.initializer), line: lineOf(p) };
			}
			found.push({ line: lineOf(node), props });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

export const REFERENCES_FILE = join(ROOT, 'src/content/references.ts');
export const GLOSSARY_FILE = join(ROOT, 'src/content/glossary.ts');
export const DECK_FILE = join(ROOT, 'src/lib/consult/deck.ts');

/** Reference id → its evidence kind (HUMAN, ANIMAL or HYPOTHESIS), from references.ts. */
export function referenceKinds() {
	return new Map(
		objectLiterals(REFERENCES_FILE)
			.filter((o) => o.props.id && o.props.evidence)
			.map((o) => [o.props.id.value, o.props.evidence.value])
	);
}
