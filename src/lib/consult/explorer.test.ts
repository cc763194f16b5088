import { describe, expect, it } from 'vitest';
import { clampWeight, DEFAULT_EXPLORER, explorerFacts } from './explorer';

describe('explorer facts', () => {
	it.each([
		{ choice: DEFAULT_EXPLORER, infusions: 6, mgPerInfusion: 35, totalMg: 210, spanDays: 11 },
		{ choice: { ...DEFAULT_EXPLORER, weightKg: 100 }, infusions: 6, mgPerInfusion: 50, totalMg: 300, spanDays: 11 },
		{ choice: { ...DEFAULT_EXPLORER, base: 'single' as const }, infusions: 1, mgPerInfusion: 35, totalMg: 35, spanDays: 0 },
		{ choice: { ...DEFAULT_EXPLORER, base: 'va' as const }, infusions: 8, mgPerInfusion: 35, totalMg: 280, spanDays: 24 },
		{ choice: { ...DEFAULT_EXPLORER, maintenanceWeeks: 4 }, infusions: 9, mgPerInfusion: 35, totalMg: 315, spanDays: 11 + 3 * 28 }
	])('$choice.base, top-ups $choice.maintenanceWeeks, $choice.weightKg kg', ({ choice, ...expected }) => {
		const facts = explorerFacts(choice);
		expect(facts).toMatchObject(expected);
		// Every spike is the same height: no build-up of the drug.
		expect(facts.peakNgPerMl.max / facts.peakNgPerMl.min - 1).toBeLessThan(0.01);
	});

	it('plasma peaks do not depend on body weight (the dose is per kilogram)', () => {
		const light = explorerFacts({ ...DEFAULT_EXPLORER, weightKg: 50 }).peakNgPerMl.max;
		const heavy = explorerFacts({ ...DEFAULT_EXPLORER, weightKg: 120 }).peakNgPerMl.max;
		expect(light).toBeCloseTo(heavy, 9);
	});

	it.each([
		[70, 70],
		[10, 40],
		[500, 150],
		[70.6, 71],
		[NaN, 70]
	])('clamps weight %s to %s kg', (kg, expected) => expect(clampWeight(kg)).toBe(expected));
});
