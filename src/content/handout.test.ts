import { describe, expect, it } from 'vitest';
import { handoutFigures, handoutHtml, handoutPoints, handoutReferences, planInBrief, safety } from './handout';
import { referenceNumber } from './references';

describe('handout content', () => {
	it('sums up each chapter once, each point with a citation', () => {
		const chapters = handoutPoints.map((p) => p.chapter);
		expect(new Set(chapters).size).toBe(chapters.length);
		for (const p of handoutPoints) expect(p.text, p.chapter).toMatch(/\{cite:[^}]+\}/);
	});

	it('renders citations as links to the references page, and no raw markup', () => {
		for (const p of handoutPoints) {
			const html = handoutHtml(p.text);
			expect(html).toMatch(/<sup class="cite">\[<a href="[^"]*\/references\/#ref-/);
			expect(html).not.toMatch(/\{cite:|\*\*/);
		}
	});

	it('draws a key frame of each mechanism diagram, with its step’s text alternative', () => {
		const diagrams = handoutFigures.map((f) => f.diagram);
		for (const d of ['nmda', 'glutamate', 'bdnf', 'series']) expect(diagrams).toContain(d);
		for (const f of handoutFigures) {
			expect(f.alt.length, f.diagram).toBeGreaterThan(40);
			expect(f.progress).toBeGreaterThan(0);
		}
	});

	it('lists every cited reference once, numbered as on /references/', () => {
		const refs = handoutReferences();
		const numbers = refs.map((r) => r.number);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		for (const { number, ref } of refs) expect(referenceNumber(ref.id)).toBe(number);
		const ids = new Set(refs.map((r) => r.ref.id));
		for (const text of [...handoutPoints.map((p) => p.text), ...planInBrief.items, safety.text, safety.sideEffects]) {
			for (const m of text.matchAll(/[{]cite:([^}]+)[}]/g)) for (const id of m[1]!.split(',')) expect(ids.has(id.trim()), id).toBe(true);
		}
	});

	it('never promises a cure or a success rate', () => {
		const all = JSON.stringify({ handoutPoints, planInBrief, safety });
		expect(all).not.toMatch(/\bwill (cure|heal|fix)\b|success rate|guarantee/i);
	});
});
