import { describe, expect, it } from 'vitest';
import { activeStep, triggerLine, type Span } from './activeStep';

// Three 400 px steps, 100 px apart, laid out from `offset` (the page's scroll moves them up).
const stepsAt = (offset: number): Span[] =>
	[0, 500, 1000].map((top) => ({ top: top + offset, bottom: top + offset + 400 }));

describe('activeStep', () => {
	it.each([
		{ name: 'before the first step', offset: 600, line: 400, index: 0 },
		{ name: 'first step just reached', offset: 400, line: 400, index: 0 },
		{ name: 'half-way through the first step', offset: 200, line: 400, index: 0 },
		{ name: 'in the gap after step one', offset: -50, line: 400, index: 0 },
		{ name: 'second step reached', offset: -100, line: 400, index: 1 },
		{ name: 'fast fling straight to the last step', offset: -900, line: 400, index: 2 },
		{ name: 'far below the last step', offset: -5000, line: 400, index: 2 }
	])('$name → step $index', ({ offset, line, index }) => {
		expect(activeStep(stepsAt(offset), line)).toBe(index);
	});

	it('gives step 0 for no steps rather than failing', () => {
		expect(activeStep([], 100)).toBe(0);
	});
});

describe('triggerLine', () => {
	it.each([
		{ name: 'graphic beside the steps (laptop)', vh: 800, graphic: { top: 0, bottom: 800 }, beside: true, line: 400 },
		{ name: 'no graphic', vh: 800, graphic: null, beside: false, line: 400 },
		{ name: 'graphic on top covering 300 px (phone)', vh: 844, graphic: { top: 0, bottom: 300 }, beside: false, line: 572 },
		{ name: 'graphic scrolled away above', vh: 844, graphic: { top: -400, bottom: -100 }, beside: false, line: 422 },
		{ name: 'graphic taller than the viewport', vh: 600, graphic: { top: 0, bottom: 900 }, beside: false, line: 600 }
	])('$name', ({ vh, graphic, beside, line }) => {
		expect(triggerLine(vh, graphic, beside)).toBe(line);
	});
});
