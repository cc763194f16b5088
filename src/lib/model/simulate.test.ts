import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, MINUTES_PER_HOUR, MINUTES_PER_WEEK, ModelInputError } from './common';
import { plasmaAt } from './pharmacokinetics';
import { schedules, type Schedule } from './schedule';
import { MAX_SAMPLES, QUIET_LEVEL, simulate, type Simulation, type SimulateOptions } from './simulate';

const day = MINUTES_PER_DAY;
const single = schedules.single();
const six = schedules.sixOverTwoWeeks();
const oneRun = simulate(single, { endMin: 5 * day });
const sixRun = simulate(six, { endMin: 11 * day + 10 * MINUTES_PER_WEEK });
const sixNonResponder = simulate(six, { endMin: 11 * day + 10 * MINUTES_PER_WEEK, responder: false });

/** Largest absolute difference between two series of equal length (deep equality is slow on big arrays). */
const maxDifference = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
	if (a.length !== b.length) return Infinity;
	let worst = 0;
	for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
	return worst;
};

/** Value of a series at a time that lies on the sample grid. */
const at = (sim: Simulation, series: ArrayLike<number>, tMin: number): number => {
	const i = Math.round((tMin - sim.settings.startMin) / sim.settings.stepMin);
	const v = series[i];
	if (v === undefined) throw new Error(`no sample at ${tMin} min`);
	return v;
};

describe('simulate: shape of the result', () => {
	it('samples evenly from startMin to endMin', () => {
		const sim = simulate(single, { startMin: 10, endMin: 70, stepMin: 0.5 });
		expect(sim.timeMin).toHaveLength(121);
		expect(sim.timeMin[0]).toBe(10);
		expect(sim.timeMin[120]).toBe(70);
		for (const key of ['plasmaNgPerMl', 'plasmaMicroM', 'blockLow', 'blockCentral', 'blockHigh', 'glutamate', 'bdnf', 'connectivity'] as const) {
			expect(sim[key]).toBeInstanceOf(Float32Array);
			expect(sim[key]).toHaveLength(121);
		}
	});

	it('defaults: 1-min steps from 0 to four weeks after the last infusion, responder', () => {
		expect(oneRun.settings).toMatchObject({ startMin: 0, stepMin: 1, responder: true });
		expect(simulate(single).settings.endMin).toBe(40 + 28 * day);
	});

	it.each([
		{ layer: 'plasma', label: 'HUMAN' },
		{ layer: 'block', label: 'HUMAN' },
		{ layer: 'glutamate', label: 'ILLUSTRATIVE' },
		{ layer: 'bdnf', label: 'ILLUSTRATIVE' },
		{ layer: 'connectivity', label: 'ILLUSTRATIVE' }
	] as const)('labels the $layer layer $label, with sources', ({ layer, label }) => {
		expect(oneRun.layers[layer].label).toBe(label);
		expect(oneRun.layers[layer].sources.length).toBeGreaterThan(0);
	});

	it('is deterministic', () => {
		const again = simulate(single, { endMin: 5 * day });
		expect(maxDifference(again.connectivity, oneRun.connectivity)).toBe(0);
		expect(maxDifference(again.plasmaNgPerMl, oneRun.plasmaNgPerMl)).toBe(0);
	});

	it('plasma in µM uses the base molar mass (237.7 g/mol)', () => {
		expect(at(oneRun, oneRun.plasmaMicroM, 40)).toBeCloseTo(at(oneRun, oneRun.plasmaNgPerMl, 40) / 237.7, 6);
	});
});

describe('simulate: plasma is exact (matches the closed form)', () => {
	it.each([
		{ name: 'one standard infusion, 1-min steps', schedule: single, options: { endMin: 2 * day } },
		{
			name: 'odd doses that start and end between samples',
			schedule: schedules.custom([
				{ startMin: 7.3, mgPerKg: 0.35, durationMin: 33.3 },
				{ startMin: 200.05, mgPerKg: 1.1, durationMin: 0.2 },
				{ startMin: 200.25, mgPerKg: 0.5, durationMin: 100 }
			]),
			options: { endMin: 1000, stepMin: 0.7 }
		},
		{ name: 'the series at 15-min steps', schedule: six, options: { endMin: 14 * day, stepMin: 15 } }
	])('$name', ({ schedule, options }: { schedule: Schedule; options: SimulateOptions }) => {
		const sim = simulate(schedule, options);
		let worst = 0;
		sim.timeMin.forEach((t, i) => {
			const exact = plasmaAt(schedule, t);
			// Exact up to single-precision storage (Series): 2⁻²⁴ ≈ 6e-8 relative, or QUIET_LEVEL.
			worst = Math.max(worst, Math.abs(sim.plasmaNgPerMl[i]! - exact) - 1e-7 * exact - QUIET_LEVEL);
		});
		expect(worst).toBeLessThanOrEqual(0);
	});

	it('finds the exact peak even when it falls between samples', () => {
		const sim = simulate(schedules.single({ startMin: 0.5 }), { endMin: 600, stepMin: 7 });
		expect(sim.summary.peakTimeMin).toBeCloseTo(40.5, 9);
		expect(sim.summary.peakNgPerMl).toBeCloseTo(plasmaAt(schedules.single(), 40), 9);
	});
});

describe('simulate: one standard infusion', () => {
	it('peaks at the end of the infusion at about 177 ng/mL (within 5%), ≈ 0.75 µM', () => {
		expect(oneRun.summary.peakTimeMin).toBe(40);
		expect(Math.abs(oneRun.summary.peakNgPerMl / 177 - 1)).toBeLessThan(0.05);
		expect(oneRun.summary.peakMicroM).toBeCloseTo(0.75, 2);
	});

	it('blocks 10–60% of receptors at the peak across the IC50 band', () => {
		const { low, central, high } = oneRun.summary.blockAtPeak;
		for (const fraction of [low, central, high]) {
			expect(fraction).toBeGreaterThanOrEqual(0.1);
			expect(fraction).toBeLessThanOrEqual(0.6);
		}
		expect(low).toBeLessThan(central);
		expect(central).toBeLessThan(high);
		expect(at(oneRun, oneRun.blockCentral, 40)).toBeCloseTo(central, 6);
	});

	it('block at the central IC50 falls below 10% within a few hours (2–6 h after the infusion)', () => {
		const firstBelow = oneRun.timeMin.find((t, i) => t > 40 && oneRun.blockCentral[i]! < 0.1);
		expect(firstBelow).toBeDefined();
		expect(firstBelow! - 40).toBeGreaterThan(2 * MINUTES_PER_HOUR);
		expect(firstBelow! - 40).toBeLessThan(6 * MINUTES_PER_HOUR);
	});

	it('the block band stays ordered at every sample (low ≤ central ≤ high)', () => {
		const ordered = oneRun.blockCentral.every((c, i) => oneRun.blockLow[i]! <= c && c <= oneRun.blockHigh[i]!);
		expect(ordered).toBe(true);
	});

	it('the glutamate signal rises during the infusion', () => {
		const during = [10, 20, 30, 40].map((t) => at(oneRun, oneRun.glutamate, t));
		for (let i = 1; i < during.length; i++) expect(during[i]!).toBeGreaterThan(during[i - 1]!);
		expect(during[3]!).toBeGreaterThan(0.5);
	});

	it('the glutamate signal is back near baseline within two hours of the infusion', () => {
		expect(oneRun.summary.peaks.glutamate).toBeCloseTo(1, 2);
		expect(at(oneRun, oneRun.glutamate, 40 + 2 * MINUTES_PER_HOUR)).toBeLessThan(0.05);
		expect(at(oneRun, oneRun.glutamate, 40 + 3 * MINUTES_PER_HOUR)).toBeLessThan(0.005);
	});

	it('the BDNF signal follows glutamate (peaks later, lasts hours)', () => {
		const peakTime = (series: Float32Array) => oneRun.timeMin[series.indexOf(Math.max(...series))]!;
		expect(peakTime(oneRun.bdnf)).toBeGreaterThan(peakTime(oneRun.glutamate));
		expect(peakTime(oneRun.bdnf) - 40).toBeLessThan(2 * MINUTES_PER_HOUR);
		expect(at(oneRun, oneRun.bdnf, 40 + 3 * MINUTES_PER_HOUR)).toBeGreaterThan(0.1);
		expect(at(oneRun, oneRun.bdnf, 40 + 12 * MINUTES_PER_HOUR)).toBeLessThan(0.01);
	});

	it('the connectivity index peaks about a day after the dose (18–30 h)', () => {
		expect(oneRun.summary.peaks.connectivityTimeMin).toBeGreaterThan(18 * MINUTES_PER_HOUR);
		expect(oneRun.summary.peaks.connectivityTimeMin).toBeLessThan(30 * MINUTES_PER_HOUR);
		expect(oneRun.summary.peaks.connectivity).toBeCloseTo(1 / 3, 3);
	});

	it.each([
		{ level: 100, from: 'closed form' },
		{ level: 50, from: 'closed form' }
	])('minutesAbove($level) matches the $from', ({ level }) => {
		// Crossing times from the closed form by bisection.
		const cross = (lo: number, hi: number, rising: boolean) => {
			for (let k = 0; k < 60; k++) {
				const mid = (lo + hi) / 2;
				if (plasmaAt(single, mid) > level === rising) hi = mid;
				else lo = mid;
			}
			return (lo + hi) / 2;
		};
		const expected = cross(40, 2000, false) - cross(0, 40, true);
		expect(Math.abs(oneRun.summary.minutesAbove(level) - expected)).toBeLessThan(0.05);
	});
});

describe('simulate: a series and its aftermath', () => {
	it('six infusions have identical plasma peaks (within 1%)', () => {
		const peaks = sixRun.summary.dosePeaksNgPerMl;
		expect(peaks).toHaveLength(6);
		for (const p of peaks) expect(Math.abs(p / peaks[0]! - 1)).toBeLessThan(0.01);
		expect(Math.abs(sixRun.summary.peakNgPerMl / oneRun.summary.peakNgPerMl - 1)).toBeLessThan(0.01);
	});

	it('the connectivity index ends higher after six infusions than after one', () => {
		expect(sixRun.summary.peaks.connectivity).toBeGreaterThan(1.5 * oneRun.summary.peaks.connectivity);
		expect(sixRun.summary.peaks.connectivity).toBeLessThan(1);
	});

	it('after the series the connectivity index declines toward baseline over the following weeks', () => {
		const lastEnd = 11 * day + 40;
		const peak = sixRun.summary.peaks.connectivity;
		expect(sixRun.summary.peaks.connectivityTimeMin).toBeGreaterThan(lastEnd);
		expect(sixRun.summary.peaks.connectivityTimeMin).toBeLessThan(lastEnd + 2 * day);
		const weekly = [1, 2, 4, 6, 8].map((w) => at(sixRun, sixRun.connectivity, lastEnd + w * MINUTES_PER_WEEK));
		for (let i = 1; i < weekly.length; i++) expect(weekly[i]!).toBeLessThan(weekly[i - 1]!);
		expect(weekly[2]!).toBeLessThan(0.6 * peak); // 4 weeks
		expect(weekly[4]!).toBeLessThan(0.1 * peak); // 8 weeks
	});

	it('the non-responder variant stays low', () => {
		expect(sixNonResponder.summary.peaks.connectivity).toBeLessThan(0.15);
		expect(sixNonResponder.summary.peaks.connectivity).toBeLessThan(0.25 * sixRun.summary.peaks.connectivity);
		// Only the plasticity layer differs: the drug and the acute layers are the same.
		expect(maxDifference(sixNonResponder.plasmaNgPerMl, sixRun.plasmaNgPerMl)).toBe(0);
		expect(maxDifference(sixNonResponder.glutamate, sixRun.glutamate)).toBe(0);
	});

	it('a window that starts later carries the history of earlier doses (same numbers as the full run)', () => {
		const full = simulate(six, { startMin: 0, endMin: 20 * day, stepMin: 1 });
		const late = simulate(six, { startMin: 10 * day, endMin: 20 * day, stepMin: 1 });
		const offset = 10 * day;
		for (const key of ['plasmaNgPerMl', 'glutamate', 'bdnf', 'connectivity'] as const) {
			expect(maxDifference(late[key], full[key].subarray(offset)), key).toBeLessThan(1e-7 + QUIET_LEVEL);
		}
	});
});

describe('simulate: resolution', () => {
	const figures = (sim: Simulation) => ({
		peakNgPerMl: sim.summary.peakNgPerMl,
		peakTimeMin: sim.summary.peakTimeMin,
		peakMicroM: sim.summary.peakMicroM,
		minutesAbove100: sim.summary.minutesAbove(100),
		minutesAbove20: sim.summary.minutesAbove(20),
		block: sim.summary.peaks.block,
		glutamate: sim.summary.peaks.glutamate,
		bdnf: sim.summary.peaks.bdnf,
		connectivity: sim.summary.peaks.connectivity,
		connectivityTimeMin: sim.summary.peaks.connectivityTimeMin
	});

	it.each([
		{ name: 'one infusion, 1 → 0.5 min', schedule: single, endMin: 5 * day, coarse: 1 },
		{ name: 'one infusion, 2 → 1 min', schedule: single, endMin: 5 * day, coarse: 2 },
		{ name: 'one infusion, 10 → 5 min', schedule: single, endMin: 5 * day, coarse: 10 },
		{ name: 'series, 1 → 0.5 min', schedule: six, endMin: 30 * day, coarse: 1 },
		{ name: 'series, 30 → 15 min', schedule: six, endMin: 30 * day, coarse: 30 }
	])('doubling the resolution changes no summary figure by more than 1% ($name)', ({ schedule, endMin, coarse }) => {
		const a = figures(simulate(schedule, { endMin, stepMin: coarse }));
		const b = figures(simulate(schedule, { endMin, stepMin: coarse / 2 }));
		for (const key of Object.keys(a) as (keyof typeof a)[]) {
			expect(Math.abs(a[key] - b[key]) / Math.abs(b[key]), key).toBeLessThanOrEqual(0.01);
		}
	});
});

describe('simulate: bad input throws an error naming the problem', () => {
	it.each([
		{ name: 'zero weight', run: () => simulate({ weightKg: 0, doses: single.doses }), message: /weightKg must be greater than 0/ },
		{ name: 'negative weight', run: () => simulate({ weightKg: -1, doses: single.doses }), message: /weightKg must be greater than 0/ },
		{ name: 'dose too small', run: () => simulate({ weightKg: 70, doses: [{ startMin: 0, mgPerKg: 0.01, durationMin: 40 }] }), message: /mgPerKg must be between 0.05 and 2/ },
		{ name: 'dose too large', run: () => simulate({ weightKg: 70, doses: [{ startMin: 0, mgPerKg: 3, durationMin: 40 }] }), message: /mgPerKg must be between 0.05 and 2/ },
		{ name: 'zero duration', run: () => simulate({ weightKg: 70, doses: [{ startMin: 0, mgPerKg: 0.5, durationMin: 0 }] }), message: /durationMin must be greater than 0/ },
		{ name: 'negative duration', run: () => simulate({ weightKg: 70, doses: [{ startMin: 0, mgPerKg: 0.5, durationMin: -1 }] }), message: /durationMin must be greater than 0/ },
		{
			name: 'overlapping doses',
			run: () => simulate({ weightKg: 70, doses: [{ startMin: 0, mgPerKg: 0.5, durationMin: 40 }, { startMin: 39, mgPerKg: 0.5, durationMin: 40 }] }),
			message: /doses overlap/
		},
		{ name: 'NaN dose start', run: () => simulate({ weightKg: 70, doses: [{ startMin: Number.NaN, mgPerKg: 0.5, durationMin: 40 }] }), message: /startMin must be a finite number/ },
		{ name: 'infinite endMin', run: () => simulate(single, { endMin: Infinity }), message: /endMin must be a finite number/ },
		{ name: 'NaN startMin', run: () => simulate(single, { startMin: Number.NaN }), message: /startMin must be a finite number/ },
		{ name: 'zero step', run: () => simulate(single, { stepMin: 0 }), message: /stepMin must be greater than 0/ },
		{ name: 'negative step', run: () => simulate(single, { stepMin: -1 }), message: /stepMin must be greater than 0/ },
		{ name: 'empty window', run: () => simulate(single, { startMin: 100, endMin: 100 }), message: /endMin \(100\) must be later than startMin \(100\)/ },
		{ name: 'too many samples', run: () => simulate(single, { endMin: MAX_SAMPLES, stepMin: 1 }), message: /would produce 2000001 samples; the limit is 2000000/ },
		{ name: 'absurdly fine step', run: () => simulate(single, { endMin: 60, stepMin: 1e-9 }), message: /samples; the limit is/ },
		{ name: 'window too long for the internal steps', run: () => simulate(single, { endMin: 1e7, stepMin: 60 }), message: /window of 10000000 min is too long/ },
		{ name: 'IC50 band out of order', run: () => simulate(single, { ic50MicroM: { low: 1, central: 0.5, high: 5 } }), message: /low ≤ central ≤ high/ },
		{ name: 'responder not a boolean', run: () => simulate(single, { responder: 'no' as unknown as boolean }), message: /responder must be true or false/ }
	])('$name', ({ run, message }) => {
		expect(run).toThrow(ModelInputError);
		expect(run).toThrow(message);
	});

	it('minutesAbove rejects a non-finite level', () => {
		expect(() => oneRun.summary.minutesAbove(Number.NaN)).toThrow(/level \(ng\/mL\) must be a finite number/);
	});
});

describe('simulate: lazily derived series', () => {
	it.each([
		{ name: 'object spread', read: (sim: Simulation) => ({ ...sim }).blockCentral },
		{ name: 'destructuring', read: ({ blockCentral }: Simulation) => blockCentral },
		{ name: 'Object.keys', read: (sim: Simulation) => (Object.keys(sim).includes('blockCentral') ? sim.blockCentral : undefined) }
	])('are visible through $name', ({ read }) => {
		const sim = simulate(single, { endMin: 120 });
		const series = read(sim);
		expect(series).toBeInstanceOf(Float32Array);
		expect(series![40]).toBeCloseTo(oneRun.summary.blockAtPeak.central, 6);
	});

	it('are computed once and then kept', () => {
		const sim = simulate(single, { endMin: 120 });
		expect(sim.timeMin).toBe(sim.timeMin);
		expect(sim.blockHigh).toBe(sim.blockHigh);
	});
});
