/**
 * Geometry and state for the "Growing new connections" diagram (SpineGrowth.svelte), as plain
 * data (no DOM). A dendrite segment with spines; one spine sits under a nerve ending that releases
 * glutamate. The amounts drawn at time t (glutamate, BDNF, new-spine size) come from the model's
 * schematic layers for one standard infusion (simulate(schedules.single())), which are ILLUSTRATIVE.
 *
 * viewBox 400 × 320; text is ≥ 16 units (≥ 14 CSS px when the figure is 360 px wide).
 */
import { scaleLinear } from 'd3';
import { MINUTES_PER_HOUR, STANDARD_DURATION_MIN, schedules, simulate, type EvidenceLabel, type Series } from '$model';

export const VIEW = { width: 400, height: 320 } as const;

/* ------------------------------------------------------------------ time and model */

/** Model window: one standard infusion, followed for 48 h at 5-min samples. */
const RUN_END_MIN = 48 * MINUTES_PER_HOUR;
const RUN_STEP_MIN = 5;

interface Run {
	glutamate: Series;
	bdnf: Series;
	/** Connectivity divided by its peak: 0 = no new spines, 1 = the most this infusion makes. */
	growth: Series;
}

let run: Run | undefined;

/** The model run, computed once on first use (a few thousand samples, well under a millisecond). */
function modelRun(): Run {
	if (run) return run;
	const sim = simulate(schedules.single(), { endMin: RUN_END_MIN, stepMin: RUN_STEP_MIN });
	const peak = sim.summary.peaks.connectivity;
	run = {
		glutamate: sim.glutamate,
		bdnf: sim.bdnf,
		growth: sim.connectivity.map((c) => c / peak)
	};
	return run;
}

function sampleAt(series: Series, tMin: number): number {
	const x = Math.min(Math.max(tMin, 0), RUN_END_MIN) / RUN_STEP_MIN;
	const i = Math.floor(x);
	const a = series[i] ?? 0;
	const b = series[i + 1] ?? a;
	return a + (b - a) * (x - i);
}

export interface Signals {
	/** Minutes since the infusion started. */
	tMin: number;
	/** Glutamate burst, 1 = its peak after one infusion (ILLUSTRATIVE). */
	glutamate: number;
	/** BDNF/TrkB/mTORC1 signal, 1 = its peak (ILLUSTRATIVE). */
	bdnf: number;
	/** New-spine growth, 0..1 of what one infusion makes (ILLUSTRATIVE). */
	growth: number;
}

export function signalsAt(tMin: number): Signals {
	const r = modelRun();
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	return {
		tMin,
		glutamate: clamp(sampleAt(r.glutamate, tMin)),
		bdnf: clamp(sampleAt(r.bdnf, tMin)),
		growth: clamp(sampleAt(r.growth, tMin))
	};
}

/** What each step is about; the index is the step. */
export type Stage = 'spines' | 'release' | 'signal' | 'growth' | 'human';
export const STAGES: readonly Stage[] = ['spines', 'release', 'signal', 'growth', 'human'];

export function stageForStep(step: number): Stage {
	return STAGES[Math.min(Math.max(Math.round(step), 0), STAGES.length - 1)]!;
}

/**
 * The time span each step covers; its key progress picks the moment shown (minutes since the infusion
 * started): the burst during the infusion, the signal over the next hour or so, growth over a day.
 */
export const STAGE_TIME_MIN: Record<Stage, readonly [number, number]> = {
	spines: [0, 0],
	release: [10, 45],
	signal: [45, 120],
	growth: [120, 26 * MINUTES_PER_HOUR],
	human: [24 * MINUTES_PER_HOUR, 24 * MINUTES_PER_HOUR]
};

export function timeForStep(step: number, progress: number): number {
	const [a, b] = STAGE_TIME_MIN[stageForStep(step)];
	const p = Math.min(Math.max(Number.isFinite(progress) ? progress : 0, 0), 1);
	return a + (b - a) * p;
}

/** Clock text above the time strip. */
export function clockLabel(tMin: number): string {
	if (tMin <= 0) return 'Before the infusion';
	if (tMin < 119.5) return `${Math.round(tMin)} min after the start`;
	const h = Math.round(tMin / MINUTES_PER_HOUR);
	return `${h} h after the start`;
}

/** Evidence tag in the header: the picture is of animal findings at every step (the last step adds a human card). */
export const PANEL_EVIDENCE = { label: 'ANIMAL', text: 'rats, mice' } as const satisfies { label: EvidenceLabel; text: string };

/* ------------------------------------------------------------------ the dendrite */

export const SHAFT = { top: 176, bottom: 206 } as const;
/** Outline width of every membrane, as in the other diagrams. */
export const STROKE = 2;

export interface Spine {
	id: string;
	x: number;
	/** 1 = grows up from the top of the shaft, −1 = down from the bottom. */
	dir: 1 | -1;
	/** 0..1: 0 = nothing, small = a thin protrusion, 1 = a full mushroom spine. */
	size: number;
	/** Full-size neck length and head radii. */
	length: number;
	headRx: number;
	headRy: number;
}

/** Spines that are there from the start; `active` is the one under the nerve ending. */
const OLD: readonly Omit<Spine, 'size'>[] = [
	{ id: 'old-1', x: 44, dir: 1, length: 48, headRx: 15, headRy: 12 },
	{ id: 'active', x: 175, dir: 1, length: 64, headRx: 20, headRy: 13 },
	{ id: 'old-3', x: 326, dir: 1, length: 52, headRx: 16, headRy: 12 },
	{ id: 'old-4', x: 240, dir: -1, length: 22, headRx: 14, headRy: 10 }
];

/** Places where spines were lost with stress, and where the new ones grow. */
const NEW: readonly Omit<Spine, 'size'>[] = [
	{ id: 'new-1', x: 92, dir: 1, length: 44, headRx: 14, headRy: 11 },
	{ id: 'new-2', x: 280, dir: 1, length: 48, headRx: 14, headRy: 11 },
	{ id: 'new-3', x: 372, dir: 1, length: 42, headRx: 14, headRy: 11 }
];
/** New spines start one after another: each waits for this share of the growth before it shows. */
const NEW_DELAY = [0, 0.15, 0.3];

export function oldSpines(): Spine[] {
	return OLD.map((s) => ({ ...s, size: 1 }));
}

/** New spines at growth g (0..1): all full-size when g = 1. */
export function newSpines(growth: number): Spine[] {
	return NEW.map((s, i) => {
		const d = NEW_DELAY[i]!;
		const size = Math.min(1, Math.max(0, (growth - d) / (1 - d)));
		// Below 8% a spine would be a speck on the membrane: not drawn yet.
		return { ...s, size: size < 0.08 ? 0 : size };
	});
}

/** Full-size outlines of the lost spines (drawn dashed), same places as the new ones. */
export function lostSpines(): Spine[] {
	return NEW.map((s) => ({ ...s, id: s.id.replace('new', 'lost'), size: 1 }));
}

export interface SpineShape {
	/** Neck: a gently curved centre line, drawn as a thick round-capped stroke. */
	neck: string;
	neckWidth: number;
	/** Head ellipse; rx = 0 when the spine is still a thin protrusion. */
	head: { cx: number; cy: number; rx: number; ry: number };
	/** Tip of the spine (top of the head, or of the neck when there is no head). */
	tipY: number;
}

/**
 * A spine grows as a thin protrusion first (the neck reaches full length at size 0.6), then its
 * head swells (from size 0.3 to 1): the way new spines are usually drawn, from thin to mushroom.
 */
export function spineShape(s: Spine): SpineShape {
	const base = s.dir === 1 ? SHAFT.top + 4 : SHAFT.bottom - 4;
	const neckGrowth = Math.min(1, s.size / 0.6);
	const headGrowth = Math.min(1, Math.max(0, (s.size - 0.3) / 0.7));
	const rx = s.headRx * headGrowth;
	const ry = s.headRy * headGrowth;
	const len = (s.length + 4) * neckGrowth;
	const end = base - s.dir * len;
	const bend = s.dir * (s.x % 2 === 0 ? 3 : -3);
	const mid = (base + end) / 2;
	return {
		neck: `M${r(s.x)} ${r(base)}Q${r(s.x + bend)} ${r(mid)} ${r(s.x)} ${r(end)}`,
		neckWidth: 4 + 3 * headGrowth,
		head: { cx: s.x, cy: end - s.dir * ry * 0.6, rx: r(rx), ry: r(ry) },
		tipY: end - s.dir * ry * 1.6
	};
}

function r(v: number): number {
	return Math.round(v * 100) / 100;
}

/** The nerve ending of the sending cell, above the active spine, and its axon (leaving to the top). */
export const BOUTON = { cx: 175, cy: 56, rx: 34, ry: 18 } as const;
export const AXON = 'M190 50C205 34 230 22 262 -4';

/** Vesicles of glutamate inside the nerve ending. */
export const VESICLES: readonly (readonly [number, number])[] = [
	[160, 52], [176, 48], [192, 54], [168, 63], [185, 65], [151, 61], [199, 62]
];

/** AMPA receptors on top of the active spine's head (facing the nerve ending). */
export function ampaReceptors(): { x: number; y: number }[] {
	const head = spineShape(oldSpines().find((s) => s.id === 'active')!).head;
	const top = head.cy - head.ry;
	return [-10, 0, 10].map((dx) => ({ x: head.cx + dx, y: top + (Math.abs(dx) > 0 ? 2.5 : 0) }));
}

export interface Particle {
	x: number;
	y: number;
	/** 0..1; particles fade in one after another as the amount rises. */
	opacity: number;
}

/** Fixed places for particles; the first `amount × n` of them are drawn. */
function fill(places: readonly (readonly [number, number])[], amount: number): Particle[] {
	const n = places.length * Math.min(1, Math.max(0, amount));
	return places
		.map(([x, y], i) => ({ x, y, opacity: r(Math.min(1, Math.max(0, n - i))) }))
		.filter((p) => p.opacity > 0);
}

/** Glutamate in the gap between the nerve ending and the spine head. */
const GLUTAMATE_PLACES = [
	[175, 80], [165, 86], [185, 86], [160, 79], [190, 79], [152, 85], [198, 85], [170, 87],
	[180, 80], [145, 80], [205, 80], [175, 87]
] as const;
export function glutamateParticles(amount: number): Particle[] {
	return fill(GLUTAMATE_PLACES, amount);
}

/** BDNF around the active spine and the shaft near it. */
const BDNF_PLACES = [
	[150, 114], [200, 114], [158, 140], [192, 140], [146, 128], [204, 128], [150, 160], [200, 160],
	[136, 146], [126, 166]
] as const;
export function bdnfParticles(amount: number): Particle[] {
	return fill(BDNF_PLACES, amount);
}

/** TrkB receptors on the active spine's neck and on the shaft nearby: position and outward angle (deg). */
export function trkbReceptors(): { x: number; y: number; angle: number }[] {
	return [
		{ x: 168, y: 150, angle: -90 },
		{ x: 182, y: 150, angle: 90 },
		{ x: 144, y: SHAFT.top, angle: 0 },
		{ x: 206, y: SHAFT.top, angle: 0 }
	];
}

/** mTORC1, inside the shaft under the active spine. */
export const MTOR = { x: 175, y: (SHAFT.top + SHAFT.bottom) / 2, width: 86, height: 22 } as const;

/** Synaptic proteins: small squares travelling inside the shaft from mTORC1 towards the new spines. */
const PROTEIN_PLACES = [
	[140, 187], [210, 195], [120, 195], [236, 187], [100, 188], [262, 195], [320, 190], [352, 195]
] as const;
export function proteinParticles(growth: number): Particle[] {
	// None until growth is under way, all eight once it is half done.
	return fill(PROTEIN_PLACES, Math.min(1, (growth - 0.03) * 2));
}

/* ------------------------------------------------------------------ the time strip */

/** The small clock at the bottom: hours 0–30 after the infusion starts, with the model's curves. */
export const STRIP = { x0: 20, x1: 372, top: 270, bottom: 298, hours: 30 } as const;
export const STRIP_TICKS_H = [0, 6, 12, 18, 24, 30] as const;

export const stripX = scaleLinear()
	.domain([0, STRIP.hours * MINUTES_PER_HOUR])
	.range([STRIP.x0, STRIP.x1])
	.clamp(true);
const stripY = scaleLinear().domain([0, 1]).range([STRIP.bottom, STRIP.top]);

/** Strip curves (ILLUSTRATIVE): the BDNF signal as a line and new-spine growth as an area. */
export function stripPaths(): { bdnf: string; growthLine: string; growthArea: string; infusion: { x: number; width: number } } {
	const r0 = modelRun();
	const end = STRIP.hours * MINUTES_PER_HOUR;
	const bdnf: string[] = [];
	const growth: string[] = [];
	for (let t = 0; t <= end; t += RUN_STEP_MIN) {
		const i = t / RUN_STEP_MIN;
		// Fine samples where the BDNF signal moves (first 6 h), coarser later: same shape, fewer points.
		if (t > 6 * MINUTES_PER_HOUR && t % 30 !== 0) continue;
		const x = r(stripX(t));
		if (t <= 8 * MINUTES_PER_HOUR) bdnf.push(`${x} ${r(stripY(r0.bdnf[i] ?? 0))}`);
		growth.push(`${x} ${r(stripY(r0.growth[i] ?? 0))}`);
	}
	const line = (pts: string[]) => `M${pts.join('L')}`;
	const growthLine = line(growth);
	return {
		bdnf: line(bdnf),
		growthLine,
		growthArea: `${growthLine}L${r(stripX(end))} ${STRIP.bottom}L${STRIP.x0} ${STRIP.bottom}Z`,
		infusion: { x: STRIP.x0, width: r(stripX(STANDARD_DURATION_MIN) - STRIP.x0) }
	};
}

/* ------------------------------------------------------------------ one step's scene */

export interface Scene {
	stage: Stage;
	signals: Signals;
	clock: string;
	/** Which parts are the focus (full strength); the rest is dimmed. */
	focus: {
		spines: boolean;
		release: boolean;
		signal: boolean;
		growth: boolean;
	};
	/** The clock's "now" marker: x on the strip, and y on the new-spine curve. */
	nowX: number;
	nowY: number;
}

export function sceneAt(step: number, progress: number): Scene {
	const stage = stageForStep(step);
	const t = timeForStep(step, progress);
	return sceneForTime(stage, t);
}

export function sceneForTime(stage: Stage, tMin: number): Scene {
	const signals = signalsAt(tMin);
	return {
		stage,
		signals,
		clock: clockLabel(tMin),
		focus: {
			spines: stage === 'spines',
			release: stage === 'release',
			signal: stage === 'signal',
			growth: stage === 'growth'
		},
		nowX: r(stripX(tMin)),
		nowY: r(stripY(signals.growth))
	};
}
