import { describe, expect, it } from 'vitest';
import { plasmaAt, schedules } from '$model';
import {
	BP_BACK_MIN,
	BP_MEAN_PEAK_RISE_MMHG,
	BP_PEAK_MIN,
	bpBand,
	bpShape,
	cursorAt,
	dissociation,
	DISSOCIATION_GONE_MIN,
	INFUSION_MIN,
	markPoint,
	phaseAt,
	phaseLabels,
	PHASES,
	plasma,
	plasmaPoints,
	SAMPLE_TIMES,
	SCENES,
	STEP_COUNT,
	TRACKS,
	VIEW,
	x
} from './infusionDay';

describe('infusion day timeline', () => {
	it('draws the model’s plasma curve, peaking at the end of the 40-minute drip', () => {
		const single = schedules.single();
		for (const t of [10, 40, 100, 160]) expect(plasma(t)).toBeCloseTo(plasmaAt(single, t), 9);
		expect(plasma(-10)).toBe(0);
		expect(INFUSION_MIN).toBe(40);
		const peak = Math.max(...SAMPLE_TIMES.map(plasma));
		expect(plasma(INFUSION_MIN)).toBe(peak);
		// Brief §2: ≈177 ng/mL at 40 min, 68 at +1 h.
		expect(plasma(40)).toBeGreaterThan(170);
		expect(plasma(40)).toBeLessThan(185);
		expect(plasma(100)).toBeCloseTo(68, -1);
	});

	it.each([
		{ t: -10, d: 0 },
		{ t: 0, d: 0 },
		{ t: INFUSION_MIN, d: 1 },
		{ t: DISSOCIATION_GONE_MIN, d: 0 },
		{ t: 170, d: 0 }
	])('detached feeling at $t min is $d (strongest at the end of the drip, gone by 2 h)', ({ t, d }) => {
		expect(dissociation(t)).toBeCloseTo(d, 6);
	});

	it('detached feeling rises during the drip and falls after it', () => {
		expect(dissociation(30)).toBeGreaterThan(dissociation(20));
		expect(dissociation(60)).toBeLessThan(dissociation(40));
		expect(dissociation(100)).toBeLessThan(dissociation(60));
	});

	it.each([
		{ t: 0, shape: 0 },
		{ t: BP_PEAK_MIN, shape: 1 },
		{ t: BP_BACK_MIN, shape: 0 },
		{ t: 120, shape: 0 }
	])('blood-pressure rise at $t min has shape $shape (peak at 30–40 min, back within 1–1.5 h)', ({ t, shape }) => {
		expect(bpShape(t)).toBeCloseTo(shape, 6);
	});

	it('keeps the blood-pressure peak at 30–40 min and back to baseline within 1–1.5 h (brief §6)', () => {
		expect(BP_PEAK_MIN).toBeGreaterThanOrEqual(30);
		expect(BP_PEAK_MIN).toBeLessThanOrEqual(40);
		expect(BP_BACK_MIN).toBeGreaterThanOrEqual(60);
		expect(BP_BACK_MIN).toBeLessThanOrEqual(90);
		const { upper, lower } = bpBand();
		for (let i = 0; i < upper.length; i++) expect(upper[i]!.y).toBeLessThanOrEqual(lower[i]!.y);
		expect(BP_MEAN_PEAK_RISE_MMHG).toEqual({ low: 3.3, high: 7.4 });
	});

	it.each([
		{ step: 0, progress: 0.5, t: -15, phase: 'checkin' },
		{ step: 1, progress: 0, t: 0, phase: 'infusion' },
		{ step: 1, progress: 1, t: 40, phase: 'infusion' },
		{ step: 2, progress: 0.5, t: 40, phase: 'infusion' },
		{ step: 3, progress: 0.5, t: 40, phase: 'infusion' },
		{ step: 4, progress: 0.8, t: 120, phase: 'recovery' },
		{ step: 5, progress: 0, t: 165, phase: 'home' }
	])('step $step at progress $progress puts the cursor at $t min ($phase)', ({ step, progress, t, phase }) => {
		expect(cursorAt(step, progress)).toBeCloseTo(t, 6);
		expect(phaseAt(cursorAt(step, progress))).toBe(phase);
	});

	it('gives every step a different scene, and one idea each', () => {
		expect(STEP_COUNT).toBe(6);
		const keys = SCENES.map((s, i) => JSON.stringify({ ...s, t: cursorAt(i, 1) }));
		expect(new Set(keys).size).toBe(STEP_COUNT);
		for (const s of SCENES) for (const line of s.caption) expect(line.length).toBeLessThanOrEqual(44);
	});

	it('keeps everything inside the view box, and the tracks apart', () => {
		expect(x(-30)).toBeGreaterThanOrEqual(0);
		expect(x(180)).toBeLessThanOrEqual(VIEW.width);
		for (const p of plasmaPoints()) {
			expect(p.y).toBeGreaterThanOrEqual(TRACKS.plasma.top);
			expect(p.y).toBeLessThanOrEqual(TRACKS.plasma.bottom);
		}
		const tracks = Object.values(TRACKS).sort((a, b) => a.top - b.top);
		for (let i = 1; i < tracks.length; i++) expect(tracks[i]!.top).toBeGreaterThan(tracks[i - 1]!.bottom);
		const mark = markPoint('bp', BP_PEAK_MIN);
		expect(mark.y).toBeGreaterThan(TRACKS.bp.top);
		expect(mark.y).toBeLessThan(TRACKS.bp.bottom);
	});

	it('phases cover the day in order without gaps, and labels on one row do not overlap', () => {
		for (let i = 1; i < PHASES.length; i++) expect(PHASES[i]!.from).toBe(PHASES[i - 1]!.to);
		// ~9 units per character at 16 px: same-row labels need that much room between their centres.
		const labels = phaseLabels();
		for (const row of [18, 38]) {
			const onRow = labels.filter((l) => l.y === row);
			for (let i = 1; i < onRow.length; i++) {
				const a = onRow[i - 1]!;
				const b = onRow[i]!;
				const aRight = a.anchor === 'start' ? a.x + a.label.length * 9 : a.x + (a.label.length * 9) / 2;
				const bLeft = b.anchor === 'end' ? b.x - b.label.length * 9 : b.x - (b.label.length * 9) / 2;
				expect(bLeft).toBeGreaterThan(aRight);
			}
		}
	});
});
