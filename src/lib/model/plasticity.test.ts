import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from './common';
import {
	GLUTAMATE_BLOCK_THRESHOLD,
	NON_RESPONDER_FACTOR,
	connectivityFromSpineSignal,
	firstOrderHold,
	glutamateDrive,
	seriesGains
} from './plasticity';
import { schedules } from './schedule';

describe('firstOrderHold: exact update of τ·dy/dt = u − y for a linear input', () => {
	it.each([
		{ tau: 10, h: 1 },
		{ tau: 60, h: 7 },
		{ tau: 360, h: 0.01 },
		{ tau: 14400, h: 60 }
	])('matches the analytic solution for a ramp (τ = $tau, h = $h)', ({ tau, h }) => {
		// u(t) = u0 + s·t has the exact solution y(t) = u(t) − sτ + (y0 − u0 + sτ)·e^(−t/τ).
		const y0 = 0.3;
		const u0 = 0.1;
		const slope = 0.02;
		const exact = u0 + slope * h - slope * tau + (y0 - u0 + slope * tau) * Math.exp(-h / tau);
		const c = firstOrderHold(tau, h);
		const y1 = c.decay * y0 + c.weightNew * (u0 + slope * h) + c.weightOld * u0;
		expect(y1).toBeCloseTo(exact, 12);
	});

	it('a constant input is approached exponentially (weights sum to 1 − decay)', () => {
		const c = firstOrderHold(60, 5);
		expect(c.weightNew + c.weightOld).toBeCloseTo(1 - c.decay, 14);
	});
});

describe('glutamateDrive', () => {
	it.each([
		{ block: 0, drive: 0 },
		{ block: GLUTAMATE_BLOCK_THRESHOLD, drive: 0 },
		{ block: 0.5, drive: (0.5 - GLUTAMATE_BLOCK_THRESHOLD) / (1 - GLUTAMATE_BLOCK_THRESHOLD) },
		{ block: 1, drive: 1 }
	])('block $block → drive $drive', ({ block, drive }) => {
		expect(glutamateDrive(block)).toBeCloseTo(drive, 12);
	});
});

describe('seriesGains: a modest cumulative gain across a series', () => {
	it.each([
		{ name: 'one infusion', schedule: schedules.single(), responder: true, gains: [1] },
		{ name: 'six over two weeks', schedule: schedules.sixOverTwoWeeks(), responder: true, gains: [1, 1.1, 1.2, 1.3, 1.4, 1.5] },
		{
			name: 'eight twice weekly (only doses in the last 14 days count)',
			schedule: schedules.twiceWeeklyEight(),
			responder: true,
			gains: [1, 1.1, 1.2, 1.3, 1.4, 1.4, 1.4, 1.4]
		},
		{
			name: 'monthly maintenance after the series starts afresh',
			schedule: schedules.withMaintenance(schedules.sixOverTwoWeeks(), 4, 2),
			responder: true,
			gains: [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1, 1]
		},
		{
			name: 'non-responder',
			schedule: schedules.sixOverTwoWeeks(),
			responder: false,
			gains: [1, 1.1, 1.2, 1.3, 1.4, 1.5].map((g) => g * NON_RESPONDER_FACTOR)
		}
	])('$name', ({ schedule, responder, gains }) => {
		const result = Array.from(seriesGains(schedule, responder));
		expect(result).toHaveLength(gains.length);
		result.forEach((g, i) => expect(g).toBeCloseTo(gains[i]!, 12));
	});

	it('counts a dose exactly 14 days earlier as part of the series', () => {
		const s = schedules.custom([
			{ startMin: 0, mgPerKg: 0.5, durationMin: 40 },
			{ startMin: 14 * MINUTES_PER_DAY, mgPerKg: 0.5, durationMin: 40 },
			{ startMin: 14 * MINUTES_PER_DAY + MINUTES_PER_WEEK * 2 + 1, mgPerKg: 0.5, durationMin: 40 }
		]);
		expect(Array.from(seriesGains(s, true))).toEqual([1, 1.1, 1]);
	});
});

describe('connectivityFromSpineSignal', () => {
	it.each([
		{ s: 0, index: 0 },
		{ s: 0.5, index: 1 / 3 },
		{ s: 1, index: 0.5 },
		{ s: 1e9, index: 1 }
	])('S = $s → index $index', ({ s, index }) => {
		expect(connectivityFromSpineSignal(s)).toBeCloseTo(index, 8);
	});
});
