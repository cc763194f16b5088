import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY } from './common';
import { QUIET_LEVEL, getCalibration, initialState, integrate, stepCoefficients, type RunSetup, type Sink } from './engine';
import { rateTimeline } from './pharmacokinetics';
import { seriesGains } from './plasticity';
import { IC50_MICRO_M } from './receptor';
import { checkSchedule, schedules } from './schedule';

/** The same run with and without the quiet-stretch shortcut, at the given output spacing. */
function both(stepMin: number, days: number, responder = true) {
	const checked = checkSchedule(schedules.withMaintenance(schedules.sixOverTwoWeeks(), 4, 3));
	const run = (quiet: boolean) => {
		const setup: RunSetup = {
			timeline: rateTimeline(checked),
			gains: seriesGains(checked, responder),
			ic50Central: IC50_MICRO_M.central,
			quietScale: quiet ? getCalibration() : undefined
		};
		const count = Math.floor((days * MINUTES_PER_DAY) / stepMin) + 1;
		const sink: Sink = {
			plasmaNgPerMl: new Float32Array(count),
			glutamate: new Float32Array(count),
			bdnf: new Float32Array(count),
			connectivity: new Float32Array(count),
			scale: getCalibration()
		};
		const substeps = Math.max(1, Math.ceil(stepMin));
		const peaks = integrate(setup, initialState(setup, 0), stepCoefficients(stepMin / substeps), substeps, count, sink);
		return { sink, peaks };
	};
	return { exact: run(false), quick: run(true) };
}

const worstDifference = (a: Float32Array, b: Float32Array) => a.reduce((worst, x, i) => Math.max(worst, Math.abs(x - b[i]!)), 0);

describe('engine: the quiet-stretch shortcut changes nothing that is drawn', () => {
	it.each([
		{ stepMin: 1, days: 120, responder: true },
		{ stepMin: 7, days: 120, responder: true },
		{ stepMin: 60, days: 120, responder: false }
	])('$stepMin-min samples over $days days (responder: $responder)', ({ stepMin, days, responder }) => {
		const { exact, quick } = both(stepMin, days, responder);
		for (const key of ['plasmaNgPerMl', 'glutamate', 'bdnf', 'connectivity'] as const) {
			expect(quick.sink[key], key).toHaveLength(exact.sink[key].length);
			// Within one step of single-precision storage (values below 1: at most 6e-8) plus QUIET_LEVEL.
			expect(worstDifference(quick.sink[key], exact.sink[key]), key).toBeLessThan(6e-8 + QUIET_LEVEL);
		}
		expect(quick.peaks).toEqual(exact.peaks);
		// The last sample is written, so the sample cursor ends where it should.
		expect(quick.sink.connectivity.at(-1)).toBeGreaterThan(0);
	});
});
