import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termKeys } from '$scrolly/inline';
import { glossary, glossaryEntry } from './glossary';

const CHAPTERS = join(import.meta.dirname, 'chapters');

/** Glossary keys a chapter uses: [[term]] in its step text, <Term id="..."> in its prose. */
function chapterTerms(id: string): string[] {
	const files = readdirSync(CHAPTERS).filter((f) => f === `${id}.md` || f === `${id}.steps.ts`);
	return files.flatMap((f) => {
		const source = readFileSync(join(CHAPTERS, f), 'utf8');
		return f.endsWith('.md')
			? Array.from(source.matchAll(/<Term\s+id="([^"]+)"/g), (m) => m[1]!)
			: termKeys(source);
	});
}

const chapterIds = [...new Set(readdirSync(CHAPTERS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')))];

describe('glossary', () => {
	it.each(glossary.map((e) => ({ ...e })))('$id is plain: at most two short sentences', ({ id, definition }) => {
		expect(id).toMatch(/^[a-z0-9-]+$/);
		const sentences = definition.split(/(?<=[a-z0-9)”][.!?])\s+(?=[A-Z])/).filter(Boolean);
		expect(sentences.length).toBeLessThanOrEqual(2);
		for (const s of sentences) expect(s.split(/\s+/).length).toBeLessThanOrEqual(26);
	});

	it('finds entries by id, term or alias, in any case, and fails loudly otherwise', () => {
		expect(glossaryEntry('NMDA receptors').id).toBe('nmda-receptor');
		expect(glossaryEntry('nmda-receptor').id).toBe('nmda-receptor');
		expect(glossaryEntry('Sertraline').id).toBe('ssri');
		expect(() => glossaryEntry('flux capacitor')).toThrow(/flux capacitor/);
	});

	it.each(chapterIds)('chapter %s defines each term once (its first use) and only known terms', (id) => {
		const ids = chapterTerms(id).map((key) => glossaryEntry(key).id);
		const repeated = ids.filter((x, i) => ids.indexOf(x) !== i);
		expect(repeated, `terms marked more than once in ${id}`).toEqual([]);
	});
});
