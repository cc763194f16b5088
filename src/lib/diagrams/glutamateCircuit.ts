/**
 * Geometry and state for the "glutamate balance" diagram, as plain data (no DOM), so it can be
 * tested. viewBox 400 × 300; text sizes are in the same units (≥ 16).
 *
 * A small circuit: a GABA interneuron brakes a pyramidal cell, which passes glutamate on to the
 * next cell's AMPA receptors. The state is a pure function of (step, t) and the model: t is minutes
 * since the start of one standard infusion; the interneuron's NMDA block (central IC50) and the
 * ILLUSTRATIVE glutamate series both come from simulate(), never from numbers written here.
 */
import { line, area, scaleLinear } from 'd3';
import { schedules, simulate, STANDARD_DURATION_MIN } from '$model';

export const VIEW = { width: 400, height: 300 } as const;

/** Steps of the chapter (0-based, as Scrolly counts them). */
export const STEP = { balance: 0, block: 1, burst: 2, recover: 3 } as const;
export const STEP_COUNT = 4;

export const INFUSION_END_MIN = STANDARD_DURATION_MIN;
/** The inset and the scrubber cover the first four hours of one infusion, in 5-minute steps. */
export const TIME = { min: 0, max: 240, step: 5 } as const;

/** One standard infusion (0.5 mg/kg over 40 min [12,13]), one-minute samples over four hours. */
export const SIM = simulate(schedules.single(), { endMin: TIME.max, stepMin: 1 });

function argMax(series: ArrayLike<number>): number {
	let best = 0;
	for (let i = 1; i < series.length; i++) if (series[i]! > series[best]!) best = i;
	return best;
}

/** When the model's glutamate burst peaks (minutes), and the interneuron block's peak. */
export const GLUTAMATE_PEAK_MIN = SIM.timeMin[argMax(SIM.glutamate)]!;
const BLOCK_PEAK = SIM.blockCentral[argMax(SIM.blockCentral)]!;
export const BLOCK_PEAK_MIN = SIM.timeMin[argMax(SIM.blockCentral)]!;

/** A series' value at t minutes, linear between the one-minute samples. */
export function sample(series: ArrayLike<number>, t: number): number {
	const x = Math.min(TIME.max, Math.max(TIME.min, t)) - SIM.timeMin[0]!;
	const i = Math.floor(x);
	const a = series[i] ?? 0;
	const b = series[Math.min(i + 1, series.length - 1)] ?? a;
	return a + (b - a) * (x - i);
}

/**
 * Time shown at a step and a progress through it (0..1; the story uses each step's key progress): step 2 runs 0 → 20 min (block building),
 * step 3 from there to the glutamate peak, step 4 from the peak to 4 h. Step 1 is before the drug.
 */
export const BLOCK_STEP_END_MIN = 20;
export function timeForStep(step: number, progress: number): number {
	const p = Math.min(1, Math.max(0, progress));
	if (step === STEP.block) return BLOCK_STEP_END_MIN * p;
	if (step === STEP.burst) return BLOCK_STEP_END_MIN + (GLUTAMATE_PEAK_MIN - BLOCK_STEP_END_MIN) * p;
	if (step >= STEP.recover) return GLUTAMATE_PEAK_MIN + (TIME.max - GLUTAMATE_PEAK_MIN) * p;
	return 0;
}

// ---------------------------------------------------------------- the circuit

export interface CircuitState {
	t: number;
	/** Share of the interneuron's NMDA receptors blocked (central IC50), 0..1. */
	block: number;
	/** Schematic glutamate release, 1 = the peak after one standard infusion (ILLUSTRATIVE). */
	glutamate: number;
	/** Ketamine is drawn on the interneuron's NMDA receptor. */
	ketamine: boolean;
	/** The receptor's label: blocked (rising, or still over half the peak block), wearing off, or none. */
	receptor: 'blocked' | 'wearing off' | null;
	/** GABA particles at the brake synapse (0–5): fewer when the interneuron is blocked. */
	gabaCount: number;
	/** Glutamate particles at the synapse onto the next cell (2 at rest, up to 8 at the peak). */
	glutamateCount: number;
	/** 0..1: how strongly the pyramidal cell is drawn as firing more than usual. */
	excitement: number;
	/** Which part the step is about; the rest is drawn dimmed. */
	focus: 'circuit' | 'brake' | 'burst' | 'chart';
}

export const GABA_MAX = 5;
export const GLUTAMATE_REST = 2;
export const GLUTAMATE_EXTRA = 6;

/** The circuit at a step and time: every quantity follows the model's block and glutamate series. */
export function circuitState(step: number, t: number): CircuitState {
	const time = step <= STEP.balance ? 0 : t;
	const block = sample(SIM.blockCentral, time);
	const glutamate = Math.max(0, sample(SIM.glutamate, time));
	// The brake weakens with the block: full at rest, down to one particle at the peak block.
	const brake = 1 - (block / BLOCK_PEAK) * ((GABA_MAX - 1) / GABA_MAX);
	const present = step >= STEP.block && block > 0.005;
	// Past its peak and under half of it, the block is mostly gone: hours after the start the text
	// says the brake comes back, so the receptor must not still read "blocked by ketamine".
	const fading = time > BLOCK_PEAK_MIN && block < BLOCK_PEAK / 2;
	return {
		t: time,
		block,
		glutamate,
		ketamine: present && !fading,
		receptor: !present ? null : fading ? 'wearing off' : 'blocked',
		gabaCount: Math.round(GABA_MAX * brake),
		glutamateCount: GLUTAMATE_REST + Math.round(GLUTAMATE_EXTRA * Math.min(1, glutamate)),
		excitement: Math.min(1, glutamate),
		focus: (['circuit', 'brake', 'burst', 'chart'] as const)[Math.min(step, STEP.recover)]!
	};
}

export interface Point {
	x: number;
	y: number;
}

export const INTERNEURON = { x: 78, y: 64, r: 20 } as const;
export const NMDA_SITE = { x: 44, y: 130 } as const;
export const PYRAMID = { x: 214, top: 82, base: 138, half: 30 } as const;
export const TERMINAL = { x: 304, y: 136, r: 9 } as const;
export const NEXT_CELL = { x: 364, y: 136, r: 24 } as const;
export const BRAKE_BOUTON = { x: 168, y: 112, r: 7 } as const;

/** Where GABA particles sit at the brake synapse; the first `gabaCount` are shown. */
export const GABA_SPOTS: readonly Point[] = [
	{ x: 180, y: 110 },
	{ x: 178, y: 120 },
	{ x: 186, y: 102 },
	{ x: 188, y: 115 },
	{ x: 176, y: 101 }
];

/** Glutamate particles between the terminal and the next cell; rest first, the burst spreads wider. */
export const GLUTAMATE_SPOTS: readonly Point[] = [
	{ x: 322, y: 132 },
	{ x: 326, y: 144 },
	{ x: 330, y: 122 },
	{ x: 320, y: 154 },
	{ x: 333, y: 156 },
	{ x: 330, y: 110 },
	{ x: 310, y: 160 },
	{ x: 322, y: 166 }
];

/** Points of the pyramidal cell's triangular body. */
export function pyramidPath(scale = 1): string {
	const { x, top, base, half } = PYRAMID;
	const cy = (top + base) / 2 + 8;
	const p = (px: number, py: number) => `${x + (px - x) * scale} ${cy + (py - cy) * scale}`;
	return `M${p(x, top)}L${p(x + half, base)}Q${p(x, base + 6)} ${p(x - half, base)}Z`;
}

// ---------------------------------------------------------------- the inset chart

export const CHART = {
	card: { x: 8, y: 194, width: 384, height: 104 },
	plot: { left: 40, right: 378, top: 226, bottom: 268 },
	tickY: 288
} as const;

export const chartX = scaleLinear().domain([TIME.min, TIME.max]).range([CHART.plot.left, CHART.plot.right]);
/** y: 0 = the usual level; 1 = the peak after one standard infusion (a little headroom above). */
export const chartY = scaleLinear().domain([0, 1.05]).range([CHART.plot.bottom, CHART.plot.top]);

export interface ChartGeometry {
	line: string;
	infusion: { x: number; width: number };
	ticks: { x: number; label: string }[];
}

type Datum = [number, number];
const curveLine = line<Datum>()
	.x((d) => chartX(d[0]))
	.y((d) => chartY(d[1]));
const curveArea = area<Datum>()
	.x((d) => chartX(d[0]))
	.y0(chartY(0))
	.y1((d) => chartY(d[1]));

/** The glutamate series up to t (every second one-minute sample: smooth, and the drawing stays light). */
function curvePoints(upTo: number = TIME.max): Datum[] {
	const points: Datum[] = [];
	for (let i = 0; i < SIM.timeMin.length; i += 2) {
		const t = SIM.timeMin[i]!;
		if (t >= upTo) break;
		points.push([t, Math.max(0, SIM.glutamate[i]!)]);
	}
	const end = Math.min(TIME.max, Math.max(TIME.min, upTo));
	points.push([end, Math.max(0, sample(SIM.glutamate, end))]);
	return points;
}

/** The whole glutamate curve over the four hours (drawn faint), the infusion band and the hour ticks. */
export function chartGeometry(): ChartGeometry {
	return {
		line: curveLine(curvePoints()) ?? '',
		infusion: { x: chartX(0), width: chartX(INFUSION_END_MIN) - chartX(0) },
		// The 1 h tick is left unlabelled: its label would collide with the infusion's.
		ticks: [60, 120, 180, 240].map((m) => ({ x: chartX(m), label: m === 60 ? '' : `${m / 60} h` }))
	};
}

/** The part of the curve up to time t, drawn solid with the area beneath it. */
export function chartPast(t: number): { line: string; area: string } {
	const points = curvePoints(t);
	return { line: curveLine(points) ?? '', area: curveArea(points) ?? '' };
}

/** The cursor on the chart at time t. */
export function chartCursor(t: number): Point {
	return { x: chartX(t), y: chartY(Math.max(0, sample(SIM.glutamate, t))) };
}

// ---------------------------------------------------------------- words

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function shortTime(t: number): string {
	const m = Math.round(t);
	if (m < 60) return `${m} min`;
	const h = Math.floor(m / 60);
	return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

function longTime(t: number): string {
	const m = Math.round(t);
	if (m < 60) return plural(m, 'minute');
	const h = Math.floor(m / 60);
	return m % 60 ? `${plural(h, 'hour')} ${plural(m % 60, 'minute')}` : plural(h, 'hour');
}

/** Words for how much glutamate is being released, relative to the model's peak. */
export function glutamateWords(g: number): string {
	if (g >= 0.75) return 'burst at its height';
	if (g >= 0.35) return 'burst';
	if (g >= 0.05) return 'a little raised';
	return 'usual level';
}

/** The scrubber's aria-valuetext: "45 minutes after the start, glutamate burst at its height". */
export function valueText(t: number): string {
	const m = Math.round(t);
	const g = Math.max(0, sample(SIM.glutamate, m));
	const when = m <= 0 ? 'Start of the infusion' : `${longTime(m)} after the start${m <= INFUSION_END_MIN ? ', during the infusion' : ''}`;
	return `${when}, glutamate ${glutamateWords(g)}`;
}

/** The scrubber's short visible readout: "45 min · burst at its height". */
export function shortValueText(t: number): string {
	const m = Math.round(t);
	return `${shortTime(m)} · ${glutamateWords(Math.max(0, sample(SIM.glutamate, m)))}`;
}
