import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, plasmaAt, schedules, simulate } from '$model';
import {
	buildSchedule,
	chart,
	clip,
	CONNECT,
	describeChoice,
	formatPeaks,
	isBaseId,
	MAINTENANCE_COUNT,
	MEDIAN_DAYS_TO_LOSS,
	PLASMA,
	plasmaPoints,
	PLOT,
	runFor,
	SLOW_TAGS,
	splitAt,
	STEP_KEYS,
	topUpsLabel,
	thin,
	viewForStep,
	xDomainDays,
	xScale,
	VIEW,
	xTicks,
	ZOOM_DAYS,
	type Choice
} from './seriesTimeline';

const six: Choice = { base: 'six', maintenanceWeeks: null };

describe('series timeline: schedules', () => {
	it.each([
		{ choice: { base: 'single', maintenanceWeeks: null }, doses: 1, last: 0 },
		{ choice: { base: 'six', maintenanceWeeks: null }, doses: 6, last: 11 },
		{ choice: { base: 'va', maintenanceWeeks: null }, doses: 8, last: 24 },
		{ choice: { base: 'six', maintenanceWeeks: 4 }, doses: 6 + MAINTENANCE_COUNT, last: 11 + 3 * 28 },
		{ choice: { base: 'single', maintenanceWeeks: 1 }, doses: 1 + MAINTENANCE_COUNT, last: 21 },
		{ choice: { base: 'va', maintenanceWeeks: 8 }, doses: 8 + MAINTENANCE_COUNT, last: 24 + 3 * 56 }
	] as { choice: Choice; doses: number; last: number }[])(
		'$choice.base with top-ups every $choice.maintenanceWeeks weeks: $doses infusions, the last on day $last',
		({ choice, doses, last }) => {
			const s = buildSchedule(choice);
			expect(s.doses).toHaveLength(doses);
			expect(s.doses.at(-1)!.startMin / MINUTES_PER_DAY).toBe(last);
			expect(runFor(choice).peaks).toHaveLength(doses);
		}
	);

	it('gives every infusion of a series the same peak, from the model (no build-up)', () => {
		for (const choice of [six, { base: 'va', maintenanceWeeks: 2 }] as Choice[]) {
			const { peaks } = runFor(choice);
			const max = Math.max(...peaks);
			const min = Math.min(...peaks);
			expect((max - min) / max).toBeLessThan(1e-4);
			expect(max).toBeCloseTo(simulate(schedules.single()).summary.peakNgPerMl, 1);
		}
		expect(formatPeaks(runFor(six).peaks)).toBe('177.3,177.3,177.3,177.3,177.3,177.3');
	});

	it.each([
		{ choice: six, text: 'Showing six infusions over two weeks, no top-ups.' },
		{ choice: { base: 'va', maintenanceWeeks: 1 }, text: 'Showing eight infusions, twice a week, then 3 top-up infusions every week.' },
		{ choice: { base: 'single', maintenanceWeeks: 8 }, text: 'Showing one infusion, then 3 top-up infusions every 8 weeks.' }
	] as { choice: Choice; text: string }[])('describes $choice.base in words', ({ choice, text }) => {
		expect(describeChoice(choice)).toBe(text);
	});

	it('accepts only known schedule ids from the control', () => {
		expect(isBaseId('six')).toBe(true);
		expect(isBaseId('weekly')).toBe(false);
	});
});

describe('series timeline: steps', () => {
	it.each([
		{ step: 0, key: 'one', base: 'single', weeks: null, focus: 'plasma', zoom: true, slow: false, nr: false, third: false, outcome: false },
		{ step: 1, key: 'six', base: 'six', weeks: null, focus: 'plasma', zoom: false, slow: false, nr: false, third: false, outcome: false },
		{ step: 2, key: 'slow', base: 'six', weeks: null, focus: 'connectivity', zoom: false, slow: true, nr: false, third: false, outcome: false },
		{ step: 3, key: 'nonresponder', base: 'six', weeks: null, focus: 'connectivity', zoom: false, slow: true, nr: true, third: false, outcome: false },
		{ step: 4, key: 'three', base: 'six', weeks: null, focus: 'connectivity', zoom: false, slow: true, nr: true, third: true, outcome: false },
		{ step: 5, key: 'lasting', base: 'six', weeks: null, focus: 'connectivity', zoom: false, slow: true, nr: true, third: true, outcome: true },
		{ step: 6, key: 'maintenance', base: 'six', weeks: 4, focus: 'connectivity', zoom: false, slow: true, nr: true, third: true, outcome: true }
	])('step $step ($key)', ({ step, key, base, weeks, focus, zoom, slow, nr, third, outcome }) => {
		expect(viewForStep(step)).toEqual({
			key,
			preset: { base, maintenanceWeeks: weeks },
			focus,
			zoom,
			slow,
			nonResponder: nr,
			thirdMarker: third,
			outcome
		});
	});

	it('clamps steps outside the chapter', () => {
		expect(viewForStep(-3).key).toBe('one');
		expect(viewForStep(40).key).toBe('maintenance');
		expect(STEP_KEYS).toHaveLength(7);
	});
});

describe('series timeline: axes', () => {
	it.each([
		{ choice: { base: 'single', maintenanceWeeks: null }, zoom: true, domain: [...ZOOM_DAYS] },
		{ choice: { base: 'single', maintenanceWeeks: null }, zoom: false, domain: [-1, 35] },
		{ choice: six, zoom: false, domain: [-1, 46] },
		{ choice: { base: 'va', maintenanceWeeks: null }, zoom: false, domain: [-1, 59] },
		{ choice: { base: 'six', maintenanceWeeks: 4 }, zoom: false, domain: [-1, 130] }
	] as { choice: Choice; zoom: boolean; domain: number[] }[])(
		'$choice.base (+$choice.maintenanceWeeks w), zoom $zoom: days $domain',
		({ choice, zoom, domain }) => {
			expect(xDomainDays(buildSchedule(choice), zoom)).toEqual(domain);
		}
	);

	it.each([
		{ domain: [...ZOOM_DAYS], unit: 'hours', labels: ['hour 0', '6', '12', '18', '24', '30', '36'] },
		{ domain: [-1, 46], unit: 'days', labels: ['day 0', '7', '14', '21', '28', '35', '42'] },
		{ domain: [-1, 130], unit: 'days', labels: ['day 0', '14', '28', '42', '56', '70', '84', '98', '112', '126'] },
		{ domain: [-1, 227], unit: 'days', labels: ['day 0', '28', '56', '84', '112', '140', '168', '196', '224'] }
	] as { domain: [number, number]; unit: string; labels: string[] }[])('ticks for $domain are in $unit', ({ domain, unit, labels }) => {
		const t = xTicks(domain);
		expect(t.unit).toBe(unit);
		expect(t.ticks.map((k) => k.label)).toEqual(labels);
		for (const k of t.ticks) {
			expect(k.x).toBeGreaterThanOrEqual(PLOT.left);
			expect(k.x).toBeLessThanOrEqual(PLOT.right);
		}
	});
});

describe('series timeline: curves', () => {
	it('samples plasma from the exact closed form, with the infusion end (the peak) as a point', () => {
		const schedule = buildSchedule(six);
		const pts = plasmaPoints(schedule, [-1, 46]);
		for (const dose of schedule.doses) {
			const end = pts.find((p) => Math.abs(p.day * MINUTES_PER_DAY - (dose.startMin + 40)) < 1e-6);
			expect(end!.value).toBeCloseTo(plasmaAt(schedule, dose.startMin + 40), 9);
		}
		// Back to ~0 before each next infusion: no carry-over.
		for (const dose of schedule.doses.slice(1)) {
			const before = pts.find((p) => Math.abs(p.day * MINUTES_PER_DAY - (dose.startMin - 1)) < 1e-6);
			expect(before!.value).toBeLessThan(0.5);
		}
	});

	it('draws one spike top per infusion, each at the model peak', () => {
		const c = chart(six, [-1, 46]);
		expect(c.doses).toHaveLength(6);
		const x = xScale([-1, 46]);
		for (const [i, d] of c.doses.entries()) {
			expect(d.x).toBeCloseTo(x([0, 2, 4, 7, 9, 11][i]!), 1);
			expect(d.peakY).toBeLessThan(PLASMA.bottom);
			expect(d.peakY).toBeGreaterThan(PLASMA.top);
			expect(d.maintenance).toBe(false);
		}
		expect(new Set(c.doses.map((d) => d.peakY)).size).toBe(1);
	});

	it('re-draws when the schedule changes', () => {
		const paths = (['single', 'six', 'va'] as const).map((base) => chart({ base, maintenanceWeeks: null }, [-1, 60]));
		expect(new Set(paths.map((p) => p.plasmaLine)).size).toBe(3);
		expect(new Set(paths.map((p) => p.responderLine)).size).toBe(3);
		const withTopUps = chart({ base: 'six', maintenanceWeeks: 2 }, [-1, 60]);
		expect(withTopUps.doses.filter((d) => d.maintenance)).toHaveLength(MAINTENANCE_COUNT);
		expect(withTopUps.firstTopUpX).not.toBeNull();
	});

	it('keeps the slow layer slow: the series builds it up, the responder above the non-responder', () => {
		const one = runFor({ base: 'single', maintenanceWeeks: null });
		const series = runFor(six);
		const peak = (pts: { value: number }[]) => Math.max(...pts.map((p) => p.value));
		expect(peak(series.responder)).toBeGreaterThan(peak(one.responder) * 1.8);
		expect(peak(series.nonResponder)).toBeLessThan(peak(series.responder) / 4);
		expect(peak(series.responder)).toBeLessThan(CONNECT.max);
		// Fades over weeks after the last infusion, but has not vanished in a day.
		const at = (day: number) => series.responder.find((p) => p.day >= day)!.value;
		expect(at(12)).toBeGreaterThan(at(40) * 3);
		expect(at(13)).toBeGreaterThan(at(12) * 0.9);
	});

	it('places the markers: third infusion, course end and the 27.5-day median', () => {
		const c = chart(six, [-1, 46]);
		const x = xScale([-1, 46]);
		expect(c.third!.x).toBeCloseTo(x(5), 1);
		expect(c.courseEndX).toBeCloseTo(x(11), 1);
		expect(c.durabilityEndX).toBeCloseTo(x(11 + MEDIAN_DAYS_TO_LOSS), 1);
		expect(chart({ base: 'single', maintenanceWeeks: null }, [-1, 35]).third).toBeNull();
		expect(chart({ base: 'va', maintenanceWeeks: null }, [-1, 59]).durabilityEndX).toBeNull();
	});

	it('thins paths to about one point per viewBox unit, keeping the ends', () => {
		const pts = Array.from({ length: 1001 }, (_, i) => ({ day: i / 10, value: Math.sin(i / 50) }));
		const x = xScale([0, 100]);
		const thinned = thin(pts, x);
		expect(thinned.length).toBeLessThanOrEqual(PLOT.right - PLOT.left + 2);
		expect(thinned[0]).toBe(pts[0]);
		expect(thinned.at(-1)).toBe(pts.at(-1));
		for (const { responderLine } of [chart(six, [-1, 46]), chart({ base: 'va', maintenanceWeeks: 8 }, [-1, 227])]) {
			expect(responderLine.split('L').length).toBeLessThan(500);
		}
	});

	it('clips series to the window, keeping one point either side', () => {
		const pts = [0, 1, 2, 3, 4, 5].map((day) => ({ day, value: day }));
		expect(clip(pts, [1.5, 3.5]).map((p) => p.day)).toEqual([1, 2, 3, 4]);
		expect(clip(pts, [9, 10])).toEqual([]);
	});
});

describe('series timeline: what the chart says about its own evidence', () => {
	it('tags the slow-change track as animal studies and an idea not yet shown, on one row inside the chart', () => {
		expect(SLOW_TAGS.map((t) => t.label)).toEqual(['Animal studies', 'Idea not yet shown']);
		for (const [i, tag] of SLOW_TAGS.entries()) {
			// DejaVu Sans Bold, the widest likely system font, sets these at ≈9.6 units a character.
			expect(tag.width).toBeGreaterThanOrEqual(tag.label.length * 9.6 + 8);
			if (i > 0) expect(tag.x).toBeGreaterThan(SLOW_TAGS[i - 1]!.x + SLOW_TAGS[i - 1]!.width);
		}
		expect(SLOW_TAGS.at(-1)!.x + SLOW_TAGS.at(-1)!.width).toBeLessThanOrEqual(VIEW.width - 8);
	});

	it('draws no slow-change sketch before the step that introduces it', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map((s) => viewForStep(s).slow)).toEqual([false, false, true, true, true, true, true]);
	});

	it.each([
		{ choice: { base: 'six', maintenanceWeeks: 4 }, label: '3 top-ups, 4 weeks apart' },
		{ choice: { base: 'va', maintenanceWeeks: 1 }, label: '3 top-ups, 1 week apart' },
		{ choice: six, label: null }
	] as { choice: Choice; label: string | null }[])('labels the top-ups as drawn: $label', ({ choice, label }) => {
		expect(topUpsLabel(choice)).toBe(label);
		if (choice.maintenanceWeeks !== null) expect(buildSchedule(choice).doses).toHaveLength(buildSchedule({ ...choice, maintenanceWeeks: null }).doses.length + MAINTENANCE_COUNT);
	});

	it('after the first top-up, draws the curves as uncertain (no controlled data), and without top-ups not at all', () => {
		const withTopUps: Choice = { base: 'six', maintenanceWeeks: 4 };
		const c = chart(withTopUps, xDomainDays(buildSchedule(withTopUps), false));
		expect(c.responderUncertainLine).not.toBe('');
		expect(c.nonResponderUncertainLine).not.toBe('');
		// The known part ends where the uncertain part starts, just before the first top-up.
		const lastKnownX = Number(c.responderLine.split('L').at(-1)!.split(',')[0]);
		const firstUncertainX = Number(c.responderUncertainLine.slice(1).split(/[L,]/)[0]);
		expect(firstUncertainX).toBe(lastKnownX);
		expect(lastKnownX).toBeLessThanOrEqual(c.firstTopUpX!);
		const without = chart(six, xDomainDays(buildSchedule(six), false));
		expect(without.responderUncertainLine).toBe('');
		expect(without.nonResponderUncertainLine).toBe('');
	});

	it('splits points so the two parts share the last point before the split', () => {
		const pts = [0, 1, 2, 3, 4].map((day) => ({ day, value: day }));
		expect(splitAt(pts, 2.5)).toEqual([pts.slice(0, 3), pts.slice(2)]);
		expect(splitAt(pts, Infinity)).toEqual([pts, []]);
		expect(splitAt(pts, -1)).toEqual([pts.slice(0, 1), pts]);
	});
});
