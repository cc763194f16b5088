import { describe, expect, it } from 'vitest';
import { schedules, simulate } from '$model';
import {
	BLOCK_PEAK_MIN,
	BLOCK_STEP_END_MIN,
	CHART,
	chartCursor,
	chartGeometry,
	chartPast,
	chartX,
	chartY,
	circuitState,
	GABA_MAX,
	GABA_SPOTS,
	GLUTAMATE_EXTRA,
	GLUTAMATE_PEAK_MIN,
	GLUTAMATE_REST,
	GLUTAMATE_SPOTS,
	glutamateWords,
	INFUSION_END_MIN,
	sample,
	shortValueText,
	SIM,
	STEP,
	STEP_COUNT,
	TIME,
	timeForStep,
	valueText,
	VIEW
} from './glutamateCircuit';

describe('glutamate circuit: time and model', () => {
	it('reads the model: one standard infusion, sampled every minute over four hours', () => {
		const reference = simulate(schedules.single(), { endMin: TIME.max, stepMin: 1 });
		expect(SIM.glutamate.length).toBe(TIME.max + 1);
		expect(Array.from(SIM.glutamate)).toEqual(Array.from(reference.glutamate));
		expect(Array.from(SIM.blockCentral)).toEqual(Array.from(reference.blockCentral));
	});

	it('finds the burst peaking just after the 40-minute infusion, as the brief describes', () => {
		expect(GLUTAMATE_PEAK_MIN).toBeGreaterThan(INFUSION_END_MIN);
		expect(GLUTAMATE_PEAK_MIN).toBeLessThan(INFUSION_END_MIN + 30);
	});

	it.each([
		{ step: STEP.balance, progress: 1, t: 0 },
		{ step: STEP.block, progress: 0, t: 0 },
		{ step: STEP.block, progress: 1, t: BLOCK_STEP_END_MIN },
		{ step: STEP.burst, progress: 0, t: BLOCK_STEP_END_MIN },
		{ step: STEP.burst, progress: 1, t: GLUTAMATE_PEAK_MIN },
		{ step: STEP.recover, progress: 1, t: TIME.max }
	])('step $step at progress $progress shows t = $t min', ({ step, progress, t }) => {
		expect(timeForStep(step, progress)).toBeCloseTo(t, 9);
	});

	it.each([
		{ t: 0, i: 0 },
		{ t: 47, i: 47 },
		{ t: 240, i: 240 }
	])('sample() at whole minutes is the model sample ($t min)', ({ t, i }) => {
		expect(sample(SIM.glutamate, t)).toBe(SIM.glutamate[i]);
	});

	it('sample() interpolates between minutes and clamps outside the window', () => {
		const mid = sample(SIM.blockCentral, 10.5);
		expect(mid).toBeCloseTo((SIM.blockCentral[10]! + SIM.blockCentral[11]!) / 2, 12);
		expect(sample(SIM.glutamate, -5)).toBe(SIM.glutamate[0]);
		expect(sample(SIM.glutamate, 999)).toBe(SIM.glutamate[TIME.max]);
	});
});

describe('glutamate circuit: state per step', () => {
	const at = (step: number) => circuitState(step, timeForStep(step, 1));

	it.each([
		{ step: STEP.balance, ketamine: false, receptor: null, gaba: GABA_MAX, glutamate: GLUTAMATE_REST, focus: 'circuit' },
		{ step: STEP.block, ketamine: true, receptor: 'blocked', gaba: 2, glutamate: GLUTAMATE_REST + 2, focus: 'brake' },
		{ step: STEP.burst, ketamine: true, receptor: 'blocked', gaba: 1, glutamate: GLUTAMATE_REST + GLUTAMATE_EXTRA, focus: 'burst' },
		// 4 h: the text says the brake comes back, so the receptor is no longer drawn blocked.
		{ step: STEP.recover, ketamine: false, receptor: 'wearing off', gaba: 4, glutamate: GLUTAMATE_REST, focus: 'chart' }
	])('step $step: ketamine $ketamine (receptor $receptor), $gaba GABA and $glutamate glutamate particles, focus $focus', (c) => {
		const s = at(c.step);
		expect(s.ketamine).toBe(c.ketamine);
		expect(s.receptor).toBe(c.receptor);
		expect(s.gabaCount).toBe(c.gaba);
		expect(s.glutamateCount).toBe(c.glutamate);
		expect(s.focus).toBe(c.focus);
	});

	it('follows the model: the brake is weakest when the block is highest, the burst comes after', () => {
		const series = Array.from({ length: TIME.max + 1 }, (_, t) => circuitState(STEP.recover, t));
		const weakest = series.reduce((a, b) => (b.gabaCount < a.gabaCount ? b : a));
		const strongest = series.reduce((a, b) => (b.glutamate > a.glutamate ? b : a));
		expect(weakest.t).toBeLessThanOrEqual(INFUSION_END_MIN);
		expect(strongest.t).toBe(GLUTAMATE_PEAK_MIN);
		expect(series.at(-1)!.glutamateCount).toBe(GLUTAMATE_REST);
	});

	it('labels the receptor blocked while the block rises or stays over half its peak, then wearing off', () => {
		const series = Array.from({ length: TIME.max + 1 }, (_, t) => circuitState(STEP.recover, t));
		const peak = Math.max(...series.map((s) => s.block));
		const peakT = BLOCK_PEAK_MIN;
		for (const s of series) {
			if (s.block <= 0.005) expect(s.receptor).toBeNull();
			else if (s.t <= peakT || s.block >= peak / 2) expect(s.receptor).toBe('blocked');
			else expect(s.receptor).toBe('wearing off');
			expect(s.ketamine).toBe(s.receptor === 'blocked');
		}
		// Once wearing off, it does not come back within the four hours.
		const first = series.findIndex((s) => s.receptor === 'wearing off');
		expect(first).toBeGreaterThan(peakT);
		expect(series.slice(first).every((s) => s.receptor === 'wearing off')).toBe(true);
	});

	it('each step draws a different state', () => {
		const states = Array.from({ length: STEP_COUNT }, (_, step) => JSON.stringify(at(step)));
		expect(new Set(states).size).toBe(STEP_COUNT);
	});

	it('has a spot for every particle it can draw, inside the view box', () => {
		expect(GABA_SPOTS).toHaveLength(GABA_MAX);
		expect(GLUTAMATE_SPOTS).toHaveLength(GLUTAMATE_REST + GLUTAMATE_EXTRA);
		for (const p of [...GABA_SPOTS, ...GLUTAMATE_SPOTS]) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(VIEW.width);
			expect(p.y).toBeLessThan(CHART.card.y);
		}
	});
});

describe('glutamate circuit: the inset chart', () => {
	it('maps 0–4 h onto the plot and the model peak to the top', () => {
		expect(chartX(TIME.min)).toBe(CHART.plot.left);
		expect(chartX(TIME.max)).toBe(CHART.plot.right);
		expect(chartY(0)).toBe(CHART.plot.bottom);
		expect(chartY(1)).toBeGreaterThan(CHART.plot.top);
		expect(CHART.card.y + CHART.card.height).toBeLessThanOrEqual(VIEW.height);
	});

	it('draws the curve, the infusion band and hour ticks', () => {
		const g = chartGeometry();
		expect(g.line.startsWith(`M${CHART.plot.left},${CHART.plot.bottom}`)).toBe(true);
		expect(g.infusion.x).toBe(CHART.plot.left);
		expect(g.infusion.width).toBeCloseTo(chartX(INFUSION_END_MIN) - CHART.plot.left, 9);
		expect(g.ticks.map((t) => t.label)).toEqual(['', '2 h', '3 h', '4 h']);
	});

	it.each([20, 47, 121, 240])('draws the solid curve up to the cursor at %d min', (t) => {
		const past = chartPast(t);
		const end = chartCursor(t);
		const [x, y] = past.line.split(/[ML]/).at(-1)!.split(',').map(Number);
		expect(x).toBeCloseTo(end.x, 2);
		expect(y).toBeCloseTo(end.y, 2);
		expect(past.area.startsWith(`M${CHART.plot.left},`)).toBe(true);
		if (t === 240) expect(past.line).toBe(chartGeometry().line);
	});

	it.each([0, 20, 47, 120, 240])('puts the cursor on the curve at %d min', (t) => {
		const c = chartCursor(t);
		expect(c.x).toBeCloseTo(chartX(t), 9);
		expect(c.y).toBeCloseTo(chartY(Math.max(0, sample(SIM.glutamate, t))), 9);
	});
});

describe('glutamate circuit: words', () => {
	it.each([
		{ g: 0, w: 'usual level' },
		{ g: 0.1, w: 'a little raised' },
		{ g: 0.5, w: 'burst' },
		{ g: 1, w: 'burst at its height' }
	])('glutamate $g reads "$w"', ({ g, w }) => {
		expect(glutamateWords(g)).toBe(w);
	});

	it.each([
		{ t: 0, text: 'Start of the infusion, glutamate usual level', short: '0 min · usual level' },
		{ t: 240, text: '4 hours after the start, glutamate usual level', short: '4 h · usual level' }
	])('t = $t min reads "$text"', ({ t, text, short }) => {
		expect(valueText(t)).toBe(text);
		expect(shortValueText(t)).toBe(short);
	});

	it('says "during the infusion" and names the burst at its peak', () => {
		expect(valueText(30)).toMatch(/^30 minutes after the start, during the infusion, glutamate /);
		expect(valueText(GLUTAMATE_PEAK_MIN)).toMatch(/burst at its height$/);
	});
});
