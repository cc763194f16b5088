import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from './common';
import {
	CLEARANCE_L_PER_H_PER_KG,
	HALF_LIFE_DISTRIBUTION_MIN,
	HALF_LIFE_TERMINAL_MIN,
	VSS_L_PER_KG,
	advanceCompartments,
	compartmentPropagator,
	dosePeaksNgPerMl,
	ngPerMlToMicroM,
	plasmaAt,
	type CompartmentState
} from './pharmacokinetics';
import { schedules } from './schedule';

const single = schedules.single();

describe('Clements & Nimmo parameter set (brief §2, derived values [C])', () => {
	it.each([
		{ name: 'distribution half-life 17.6 min', value: HALF_LIFE_DISTRIBUTION_MIN, expected: 17.6, tolerance: 0.05 },
		{ name: 'terminal half-life 183 min', value: HALF_LIFE_TERMINAL_MIN, expected: 183, tolerance: 0.5 },
		{ name: 'clearance 1.15 L/h/kg', value: CLEARANCE_L_PER_H_PER_KG, expected: 1.15, tolerance: 0.005 },
		{ name: 'Vss 4.13 L/kg', value: VSS_L_PER_KG, expected: 4.13, tolerance: 0.005 }
	])('$name', ({ value, expected, tolerance }) => {
		expect(Math.abs(value - expected)).toBeLessThanOrEqual(tolerance);
	});
});

describe('one standard infusion (0.5 mg/kg over 40 min)', () => {
	it('peaks at the end of the infusion', () => {
		const at40 = plasmaAt(single, 40);
		for (const t of [39, 39.9, 40.1, 41, 60]) expect(plasmaAt(single, t)).toBeLessThan(at40);
	});

	it('peaks at about 177 ng/mL (within 5%), ≈ 0.75 µM', () => {
		const peak = plasmaAt(single, 40);
		expect(Math.abs(peak / 177 - 1)).toBeLessThan(0.05);
		expect(ngPerMlToMicroM(peak)).toBeCloseTo(0.75, 2);
	});

	// Brief §2 [C]: 68 ng/mL at +1 h, 48 at +2 h, 30 at +4 h after the end of the infusion.
	it.each([
		{ afterEndMin: 60, expected: 68 },
		{ afterEndMin: 120, expected: 48 },
		{ afterEndMin: 240, expected: 30 }
	])('is about $expected ng/mL $afterEndMin min after the infusion (within 5%)', ({ afterEndMin, expected }) => {
		expect(Math.abs(plasmaAt(single, 40 + afterEndMin) / expected - 1)).toBeLessThan(0.05);
	});

	it('has a terminal half-life of about 3 h (within 10%)', () => {
		const t1 = 12 * MINUTES_PER_HOUR;
		const t2 = 24 * MINUTES_PER_HOUR;
		const halfLife = (Math.LN2 * (t2 - t1)) / Math.log(plasmaAt(single, t1) / plasmaAt(single, t2));
		expect(Math.abs(halfLife / 180 - 1)).toBeLessThan(0.1);
	});

	it('is below 0.01 ng/mL 48 h after the infusion', () => {
		expect(plasmaAt(single, 40 + 48 * MINUTES_PER_HOUR)).toBeLessThan(0.01);
	});

	it.each([
		{ t: -10, expected: 0 },
		{ t: 0, expected: 0 }
	])('is $expected before the infusion starts (t = $t)', ({ t, expected }) => {
		expect(plasmaAt(single, t)).toBe(expected);
	});
});

describe('no pharmacokinetic accumulation across a series', () => {
	it('six infusions over two weeks have identical peaks (within 1%)', () => {
		const peaks = dosePeaksNgPerMl(schedules.sixOverTwoWeeks());
		expect(peaks).toHaveLength(6);
		const first = peaks[0]!;
		for (const p of peaks) expect(Math.abs(p / first - 1)).toBeLessThan(0.01);
	});

	it('plasma left over when the next infusion starts (48 h or more later) is below 0.01 ng/mL', () => {
		const series = schedules.sixOverTwoWeeks();
		for (const dose of series.doses.slice(1)) expect(plasmaAt(series, dose.startMin)).toBeLessThan(0.01);
		expect(plasmaAt(series, 13 * MINUTES_PER_DAY + 40)).toBeLessThan(0.01);
	});
});

describe('model properties', () => {
	it.each([{ weightKg: 40 }, { weightKg: 120 }])('concentration does not depend on body weight ($weightKg kg)', ({ weightKg }) => {
		expect(plasmaAt(schedules.single({ weightKg }), 40)).toBeCloseTo(plasmaAt(single, 40), 10);
	});

	it.each([{ factor: 0.4 }, { factor: 2 }, { factor: 3 }])('is linear in dose (× $factor)', ({ factor }) => {
		const scaled = schedules.single({ mgPerKg: 0.5 * factor });
		expect(plasmaAt(scaled, 90) / plasmaAt(single, 90)).toBeCloseTo(factor, 10);
	});

	it.each([
		{ a: 1, b: 1 },
		{ a: 0.25, b: 7.75 },
		{ a: 30, b: 600 }
	])('propagators compose: P($a)·P($b) = P(a + b)', ({ a, b }) => {
		const twoSteps: CompartmentState = { central: 0.3, peripheral: 0.1 };
		advanceCompartments(twoSteps, 0.0125, compartmentPropagator(a));
		advanceCompartments(twoSteps, 0.0125, compartmentPropagator(b));
		const oneStep: CompartmentState = { central: 0.3, peripheral: 0.1 };
		advanceCompartments(oneStep, 0.0125, compartmentPropagator(a + b));
		expect(twoSteps.central).toBeCloseTo(oneStep.central, 12);
		expect(twoSteps.peripheral).toBeCloseTo(oneStep.peripheral, 12);
	});

	it('stepping the compartments matches the closed form', () => {
		const state: CompartmentState = { central: 0, peripheral: 0 };
		const p = compartmentPropagator(0.5);
		for (let i = 0; i < 80; i++) advanceCompartments(state, 0.5 / 40, p); // 40 min infusion
		expect(state.central * (1000 / 1.7522)).toBeCloseTo(plasmaAt(single, 40), 9);
	});

	it.each([
		{ name: 'NaN time', t: Number.NaN },
		{ name: 'infinite time', t: Infinity }
	])('plasmaAt rejects $name', ({ t }) => {
		expect(() => plasmaAt(single, t)).toThrow(/tMin must be a finite number/);
	});
});
