import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECK, locate, recoveryPath, neighbour, SLIDES, slideEvidence, slideIndex, slidePath, slidePaths } from './deck';

const nmdaCount = DECK.find((c) => c.id === 'nmda')!.steps.length;

describe('deck', () => {
	it('has every step of every diagram chapter, in story order, then the explorer', () => {
		expect(DECK.map((c) => c.id)).toEqual(['ptsd', 'nmda', 'glutamate', 'bdnf', 'series', 'infusion-day', 'explorer']);
		expect(SLIDES).toHaveLength(DECK.reduce((n, c) => n + c.steps.length, 0));
		SLIDES.forEach((s, i) => expect(s.index).toBe(i));
		expect(SLIDES.at(-1)).toMatchObject({ chapter: 'explorer', step: 0 });
	});

	it('uses the same chapter titles as the story', () => {
		for (const chapter of DECK.filter((c) => c.id !== 'explorer')) {
			const md = readFileSync(`src/content/chapters/${chapter.id}.md`, 'utf8');
			const title = /^title:\s*'?(.*?)'?\s*$/m.exec(md)?.[1];
			expect(chapter.title, chapter.id).toBe(title);
		}
	});

	it('gives each slide one unique path, 1-based', () => {
		expect(slidePath({ chapter: 'nmda', step: 2 })).toBe('consult/nmda/3/');
		expect(new Set(slidePaths()).size).toBe(SLIDES.length);
	});

	it('gives every slide at least one evidence label, and the explorer says it is a model', () => {
		for (const slide of SLIDES) expect(slideEvidence(slide).length, slidePath(slide)).toBeGreaterThan(0);
		expect(slideEvidence({ chapter: 'explorer', step: 0 })).toContain('ILLUSTRATIVE');
	});

	it('steps to neighbours and holds at the ends', () => {
		expect(neighbour(0, -1).index).toBe(0);
		expect(neighbour(0, 1).index).toBe(1);
		expect(neighbour(SLIDES.length - 1, 1).index).toBe(SLIDES.length - 1);
		expect(neighbour(slideIndex('nmda', nmdaCount - 1), 1)).toMatchObject({ chapter: 'glutamate', step: 0 });
	});
});

describe('locate: every link lands on a real slide', () => {
	it.each([
		{ path: '', chapter: 'ptsd', step: 0, notice: false },
		{ path: 'nmda/3', chapter: 'nmda', step: 2, notice: false },
		{ path: 'nmda/3/', chapter: 'nmda', step: 2, notice: false },
		{ path: 'NMDA/1', chapter: 'nmda', step: 0, notice: false },
		{ path: 'nmda', chapter: 'nmda', step: 0, notice: false },
		{ path: 'nmda/999', chapter: 'nmda', step: nmdaCount - 1, notice: true },
		{ path: 'nmda/0', chapter: 'nmda', step: 0, notice: true },
		{ path: 'nmda/-2', chapter: 'nmda', step: 0, notice: true },
		{ path: 'nmda/abc', chapter: 'nmda', step: 0, notice: true },
		{ path: 'nmda/2.5', chapter: 'nmda', step: 0, notice: true },
		{ path: 'nmda/2/extra/bits', chapter: 'nmda', step: 1, notice: true },
		{ path: 'unicorns/2', chapter: 'ptsd', step: 0, notice: true },
		{ path: '%E0%A4%A', chapter: 'ptsd', step: 0, notice: true },
		{ path: 'explorer/1', chapter: 'explorer', step: 0, notice: false }
	])('“$path” → $chapter step $step', ({ path, chapter, step, notice }) => {
		const found = locate(path);
		expect(found.slide).toMatchObject({ chapter, step });
		expect(found.notice !== null).toBe(notice);
	});

	it('keeps echoed link text short and without markup', () => {
		const { notice } = locate(`${'<script>'.repeat(10)}/1`);
		expect(notice).not.toMatch(/[<>]/);
		expect(notice!.length).toBeLessThan(100);
	});
});

describe('recoveryPath', () => {
	it.each([
		{ path: '/consult/nmda/999/', expected: `consult/nmda/${nmdaCount}/?asked=nmda%2F999%2F` },
		{ path: '/consult/unicorns/', expected: 'consult/ptsd/1/?asked=unicorns%2F' },
		{ path: '/story/', expected: null },
		{ path: '/consultancy/', expected: null }
	])('$path → $expected', ({ path, expected }) => expect(recoveryPath(path)).toBe(expected));
});
