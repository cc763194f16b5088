import { describe, expect, it } from 'vitest';
import { ModelInputError } from './common';
import { IC50_MICRO_M, checkIc50Band, concentrationForBlock, fractionBlocked } from './receptor';

describe('fraction of NMDA receptors blocked (Hill, n = 1)', () => {
	// The brief's calculated table (§3), percent, rounded there to whole numbers.
	it.each([
		{ microM: 0.78, ic50: 0.5, percent: 61 },
		{ microM: 0.78, ic50: 1.2, percent: 39 },
		{ microM: 0.78, ic50: 5, percent: 13 },
		{ microM: 0.5, ic50: 0.5, percent: 50 },
		{ microM: 0.5, ic50: 1.2, percent: 29 },
		{ microM: 0.5, ic50: 5, percent: 9 },
		{ microM: 0.2, ic50: 0.5, percent: 29 },
		{ microM: 0.2, ic50: 1.2, percent: 14 },
		{ microM: 0.2, ic50: 5, percent: 4 }
	])('$microM µM at IC50 $ic50 µM → $percent%', ({ microM, ic50, percent }) => {
		expect(Math.abs(fractionBlocked(microM, ic50) * 100 - percent)).toBeLessThan(0.5);
	});

	it.each([
		{ microM: 0, expected: 0 },
		{ microM: 1.2, expected: 0.5 }
	])('$microM µM at the central IC50 → $expected', ({ microM, expected }) => {
		expect(fractionBlocked(microM, IC50_MICRO_M.central)).toBeCloseTo(expected, 12);
	});

	it.each([0.05, 0.1, 0.39, 0.6])('concentrationForBlock inverts fractionBlocked (%s)', (fraction) => {
		expect(fractionBlocked(concentrationForBlock(fraction, 1.2), 1.2)).toBeCloseTo(fraction, 12);
	});

	it('the default band is 0.5 / 1.2 / 5 µM', () => {
		expect(IC50_MICRO_M).toEqual({ low: 0.5, central: 1.2, high: 5 });
	});
});

describe('bad receptor inputs throw an error naming the problem', () => {
	it.each([
		{ name: 'negative concentration', run: () => fractionBlocked(-1, 1.2), message: /concentration \(µM\) must be 0 or more/ },
		{ name: 'NaN concentration', run: () => fractionBlocked(Number.NaN, 1.2), message: /concentration \(µM\) must be a finite number/ },
		{ name: 'zero IC50', run: () => fractionBlocked(1, 0), message: /IC50 \(µM\) must be greater than 0/ },
		{ name: 'block fraction of 1', run: () => concentrationForBlock(1, 1.2), message: /fraction blocked must be at least 0 and below 1/ },
		{ name: 'band out of order', run: () => checkIc50Band({ low: 5, central: 1.2, high: 0.5 }), message: /low ≤ central ≤ high/ },
		{ name: 'band with a negative value', run: () => checkIc50Band({ low: -1, central: 1.2, high: 5 }), message: /ic50MicroM.low must be greater than 0/ }
	])('$name', ({ run, message }) => {
		expect(run).toThrow(ModelInputError);
		expect(run).toThrow(message);
	});
});
