import { describe, expect, it } from 'vitest';
import { MINUTES_PER_HOUR, schedules, simulate, type Series } from '$model';
import {
	bdnfParticles,
	clockLabel,
	glutamateParticles,
	newSpines,
	oldSpines,
	proteinParticles,
	sceneAt,
	signalsAt,
	spineShape,
	STAGES,
	stageForStep,
	STRIP,
	stripPaths,
	timeForStep,
	VIEW
} from './spineGrowth';

const H = MINUTES_PER_HOUR;

describe('spine growth: steps and time', () => {
	it.each([
		{ step: 0, stage: 'spines', from: 0, to: 0 },
		{ step: 1, stage: 'release', from: 10, to: 45 },
		{ step: 2, stage: 'signal', from: 45, to: 120 },
		{ step: 3, stage: 'growth', from: 120, to: 26 * H },
		{ step: 4, stage: 'human', from: 24 * H, to: 24 * H }
	])('step $step is "$stage" and walks $from → $to min', ({ step, stage, from, to }) => {
		expect(stageForStep(step)).toBe(stage);
		expect(timeForStep(step, 0)).toBe(from);
		expect(timeForStep(step, 1)).toBe(to);
	});

	it('clamps odd steps and progress', () => {
		expect(stageForStep(-1)).toBe('spines');
		expect(stageForStep(99)).toBe('human');
		expect(timeForStep(1, 2)).toBe(45);
		expect(timeForStep(1, Number.NaN)).toBe(10);
		expect(STAGES).toHaveLength(5);
	});

	it.each([
		{ t: 0, text: 'Before the infusion' },
		{ t: 25, text: '25 min after the start' },
		{ t: 89.6, text: '90 min after the start' },
		{ t: 119, text: '119 min after the start' },
		{ t: 120, text: '2 h after the start' },
		{ t: 24 * H, text: '24 h after the start' }
	])('clock at $t min reads "$text"', ({ t, text }) => {
		expect(clockLabel(t)).toBe(text);
	});
});

describe('spine growth: amounts come from the model', () => {
	const sim = simulate(schedules.single(), { endMin: 48 * H, stepMin: 5 });
	const at = (series: Series, t: number) => series[t / 5]!;

	it.each([0, 30, 45, 90, 4 * H, 12 * H, 24 * H])('signals at %i min match simulate(schedules.single())', (t) => {
		const s = signalsAt(t);
		expect(s.glutamate).toBeCloseTo(Math.min(1, at(sim.glutamate, t)), 6);
		expect(s.bdnf).toBeCloseTo(Math.min(1, at(sim.bdnf, t)), 6);
		expect(s.growth).toBeCloseTo(at(sim.connectivity, t) / sim.summary.peaks.connectivity, 6);
	});

	it('orders the cascade in time: glutamate, then BDNF, then spines a day later', () => {
		expect(signalsAt(40).glutamate).toBeGreaterThan(0.8);
		expect(signalsAt(40).growth).toBeLessThan(0.01);
		expect(signalsAt(90).bdnf).toBeGreaterThan(0.9);
		expect(signalsAt(6 * H).bdnf).toBeLessThan(0.05);
		expect(signalsAt(24 * H).growth).toBeGreaterThan(0.98);
		expect(signalsAt(0)).toMatchObject({ glutamate: 0, bdnf: 0, growth: 0 });
	});

	it.each([
		{ step: 0, progress: 0, glutamate: 0, bdnf: 0, proteins: 0, grown: 0 },
		{ step: 1, progress: 1, glutamate: 12, bdnf: 6, proteins: 0, grown: 0 },
		{ step: 2, progress: 0.5, glutamate: 7, bdnf: 10, proteins: 0, grown: 0 },
		{ step: 3, progress: 1, glutamate: 0, bdnf: 0, proteins: 8, grown: 3 }
	])(
		'step $step at progress $progress draws $glutamate glutamate, $bdnf BDNF, $proteins proteins, $grown grown spines',
		({ step, progress, glutamate, bdnf, proteins, grown }) => {
			const s = sceneAt(step, progress).signals;
			expect(glutamateParticles(s.glutamate)).toHaveLength(glutamate);
			expect(bdnfParticles(s.bdnf)).toHaveLength(bdnf);
			expect(proteinParticles(s.growth)).toHaveLength(proteins);
			expect(newSpines(s.growth).filter((sp) => sp.size > 0.99)).toHaveLength(grown);
		}
	);

	it('each step draws a different scene at its key frame', () => {
		const keys = [0, 1, 2, 3, 4].map((step) => JSON.stringify(sceneAt(step, 1)));
		expect(new Set(keys).size).toBe(5);
	});
});

describe('spine growth: the clock draws its curves only up to now', () => {
	it('before the infusion, nothing of either curve is drawn yet: all of it is still to come', () => {
		const s = sceneAt(0, 1);
		expect(s.clock).toBe('Before the infusion');
		expect(s.nowX).toBe(STRIP.x0);
	});

	it.each([1, 2, 3, 4])('step %d draws up to its own time, inside the strip', (step) => {
		const s = sceneAt(step, 1);
		expect(s.nowX).toBeGreaterThan(STRIP.x0);
		expect(s.nowX).toBeLessThan(STRIP.x1);
	});
});

describe('spine growth: geometry', () => {
	it('grows a new spine from nothing to a full mushroom, neck first', () => {
		const [first] = newSpines(0);
		expect(first!.size).toBe(0);
		const thin = spineShape({ ...first!, size: 0.25 });
		expect(thin.head.rx).toBe(0);
		const full = spineShape({ ...first!, size: 1 });
		expect(full.head.rx).toBe(first!.headRx);
		expect(full.tipY).toBeLessThan(thin.tipY);
	});

	it('new spines start one after another', () => {
		const sizes = newSpines(0.4).map((s) => s.size);
		expect(sizes[0]).toBeGreaterThan(sizes[1]!);
		expect(sizes[1]).toBeGreaterThan(sizes[2]!);
		expect(newSpines(1).every((s) => s.size === 1)).toBe(true);
	});

	it('keeps every spine, particle and strip point inside the view box', () => {
		for (const sp of [...oldSpines(), ...newSpines(1)]) {
			const shape = spineShape(sp);
			expect(sp.x - sp.headRx).toBeGreaterThan(0);
			expect(sp.x + sp.headRx).toBeLessThan(VIEW.width);
			expect(shape.tipY).toBeGreaterThan(30);
			expect(shape.tipY).toBeLessThan(STRIP.top - 20);
		}
		for (const p of [...glutamateParticles(1), ...bdnfParticles(1), ...proteinParticles(1)]) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(VIEW.width);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(STRIP.top - 20);
		}
		const { growthLine } = stripPaths();
		for (const [, x, y] of growthLine.matchAll(/([\d.]+) ([\d.]+)/g)) {
			expect(Number(x)).toBeGreaterThanOrEqual(STRIP.x0);
			expect(Number(x)).toBeLessThanOrEqual(STRIP.x1);
			expect(Number(y)).toBeGreaterThanOrEqual(STRIP.top);
			expect(Number(y)).toBeLessThanOrEqual(STRIP.bottom);
		}
	});
});
