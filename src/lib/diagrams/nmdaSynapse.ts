/**
 * Geometry and state for the "NMDA receptor blockade" diagram, as plain data (no DOM), so it can be
 * tested. viewBox 400 × 312; text sizes are in the same units (≥ 16).
 *
 * The state is a pure function of (step, t) and the model: t is minutes since the start of one
 * standard infusion (0.5 mg/kg over 40 min), and every concentration and block fraction comes from
 * $model (plasmaAt + fractionBlocked over the IC50 band), never from numbers written here.
 */
import {
	fractionBlocked,
	IC50_MICRO_M,
	ngPerMlToMicroM,
	plasmaAt,
	schedules,
	STANDARD_DURATION_MIN
} from '$model';

// Only as tall as the gauge's note needs: on a phone the pinned figure is height-bound, and each
// unit more shrinks its text (16 units must stay ≥ 14 CSS px there).
export const VIEW = { width: 400, height: 312 } as const;

/** Steps of the chapter (0-based, as Scrolly counts them). */
export const STEP = { rest: 0, open: 1, ketamine: 2, infusion: 3, after: 4 } as const;
export const STEP_COUNT = 5;

export type Scene = 'synapse' | 'infusion';
export function sceneForStep(step: number): Scene {
	return step >= STEP.infusion ? 'infusion' : 'synapse';
}

/** One standard infusion, as in the trials [12,13]. */
export const SCHEDULE = schedules.single();
export const INFUSION_END_MIN = STANDARD_DURATION_MIN;

/** The time scrubber: the infusion and the six hours after its start, in 5-minute steps. */
export const TIME = { min: 0, max: 360, step: 5 } as const;

/**
 * Time shown at a given step and a progress through it (0..1; the story uses each step's key progress). Step 4 runs through the infusion
 * (0 → 40 min, its key frame at the end of the infusion); step 5 through the hours after (→ 6 h).
 * Earlier steps show the synapse without the drug clock: t = 0.
 */
export function timeForStep(step: number, progress: number): number {
	const p = Math.min(1, Math.max(0, progress));
	if (step === STEP.infusion) return INFUSION_END_MIN * p;
	if (step >= STEP.after) return INFUSION_END_MIN + (TIME.max - INFUSION_END_MIN) * p;
	return 0;
}

export interface Readout {
	t: number;
	ngPerMl: number;
	microM: number;
	/** Fraction of receptors blocked: least (IC50 5 µM), central (1.2 µM), most (0.5 µM). */
	low: number;
	central: number;
	high: number;
}

/** Plasma level and the block band at time t (minutes), straight from the model. */
export function readout(t: number): Readout {
	const time = Math.min(TIME.max, Math.max(TIME.min, t));
	const ngPerMl = plasmaAt(SCHEDULE, time);
	const microM = ngPerMlToMicroM(ngPerMl);
	return {
		t: time,
		ngPerMl,
		microM,
		low: fractionBlocked(microM, IC50_MICRO_M.high),
		central: fractionBlocked(microM, IC50_MICRO_M.central),
		high: fractionBlocked(microM, IC50_MICRO_M.low)
	};
}

/** The plasma peak of one infusion (at its end), for scaling the number of drawn molecules. */
export const PEAK_NG_PER_ML = plasmaAt(SCHEDULE, INFUSION_END_MIN);

// ---------------------------------------------------------------- words for time and numbers

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "25 min", "1 h", "2 h 5 min": short, for the drawing. */
export function shortTime(t: number): string {
	const m = Math.round(t);
	if (m < 60) return `${m} min`;
	const h = Math.floor(m / 60);
	const rest = m % 60;
	return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** "40 minutes", "2 hours 5 minutes": long, for screen readers. */
export function longTime(t: number): string {
	const m = Math.round(t);
	if (m < 60) return plural(m, 'minute');
	const h = Math.floor(m / 60);
	const rest = m % 60;
	return rest ? `${plural(h, 'hour')} ${plural(rest, 'minute')}` : plural(h, 'hour');
}

export function phase(t: number): string {
	const m = Math.round(t);
	if (m <= 0) return 'infusion starting';
	if (m < INFUSION_END_MIN) return 'during the infusion';
	if (m === INFUSION_END_MIN) return 'end of infusion';
	return `${longTime(m - INFUSION_END_MIN)} after the infusion ended`;
}

/** The scrubber's aria-valuetext: "40 minutes after the start, end of infusion". */
export function valueText(t: number): string {
	const m = Math.round(t);
	if (m <= 0) return 'Start, infusion starting';
	return `${longTime(m)} after the start, ${m <= INFUSION_END_MIN ? phase(m) : 'after the infusion'}`;
}

/** The scrubber's short visible readout: "40 min · end of infusion". */
export function shortValueText(t: number): string {
	const m = Math.round(t);
	const when = m <= 0 ? 'start' : m < INFUSION_END_MIN ? 'infusion running' : m === INFUSION_END_MIN ? 'end of infusion' : 'after infusion';
	return `${shortTime(m)} · ${when}`;
}

/** Whole percent, never "0%" for a small but real block. */
export function percent(fraction: number): string {
	const p = fraction * 100;
	if (p > 0 && p < 0.5) return '<1%';
	return `${Math.round(p)}%`;
}

/** ng/mL with sensible precision: 177, 22, 0.4. */
export function ngText(ngPerMl: number): string {
	if (ngPerMl >= 10) return `${Math.round(ngPerMl)}`;
	if (ngPerMl >= 0.05) return ngPerMl.toFixed(1);
	return '0';
}

export function microMText(microM: number): string {
	if (microM >= 0.095) return microM.toFixed(2);
	if (microM >= 0.0005) return microM.toFixed(3);
	return '0';
}

// ---------------------------------------------------------------- the synapse

export const RX = 200; // receptor (pore) centre
export const PORE_Y = 160; // middle of the membrane, where the plug sits
export const MEMBRANE = { outer: 148, inner: 172 } as const;

export interface Point {
	x: number;
	y: number;
}

/** A drawn particle: every list has a fixed length, so particles move and fade rather than pop. */
export interface Particle extends Point {
	on: boolean;
}

export type KetamineWhere = 'cleft' | 'entering' | 'pore';

export interface SynapseState {
	/** Where the Mg²⁺ ion is, and whether it sits in the pore. */
	mg: Particle & { inPore: boolean };
	/** Gate at the inner end of the pore: 0 = shut, 1 = fully open. */
	gateOpen: number;
	/** Glutamate bound to the receptor's two binding sites. */
	glutamateBound: boolean;
	/** Glutamate released into the cleft (4). */
	glutamateFree: Particle[];
	/** The middle vesicle has fused and released its glutamate. */
	released: boolean;
	/** Ca²⁺ ions (4), and whether they are flowing in through the pore. */
	calcium: Particle[];
	calciumFlowing: boolean;
	/** Ketamine: [0] the molecule in or entering the pore, then one per cleft spot (6). */
	ketamine: (Particle & { where: KetamineWhere })[];
	/** The receiving cell is depolarised (drawn with + signs). */
	depolarised: boolean;
	/** The block gauge and its numbers are shown. */
	gauge: boolean;
}

const MG_IN_PORE: Point = { x: RX, y: PORE_Y };
const MG_OUT: Point = { x: 150, y: 92 };
/** Ca²⁺ outside the cell, waiting (first two), and the path in through the open pore (four). */
const CA_WAITING: Point[] = [
	{ x: 258, y: 134 },
	{ x: 280, y: 124 },
	{ x: 236, y: 80 },
	{ x: 300, y: 80 }
];
const CA_FLOWING: Point[] = [
	{ x: RX, y: 126 },
	{ x: RX, y: 196 },
	{ x: 186, y: 228 },
	{ x: 214, y: 254 }
];
const GLUTAMATE_CLEFT: Point[] = [
	{ x: 186, y: 80 },
	{ x: 216, y: 80 },
	{ x: 248, y: 102 },
	{ x: 266, y: 124 }
];
/** Where free glutamate waits before release: inside the middle vesicle. */
const GLUTAMATE_VESICLE: Point = { x: RX, y: 50 };
/** Spots in the cleft for ketamine molecules; the first ones are used first. */
export const KETAMINE_SPOTS: readonly Point[] = [
	{ x: 262, y: 98 },
	{ x: 330, y: 94 },
	{ x: 300, y: 128 },
	{ x: 62, y: 94 },
	{ x: 362, y: 130 },
	{ x: 26, y: 84 }
];
const KETAMINE_ENTRY: Point = { x: RX, y: 82 };
/** Where a cleft molecule comes from and goes back to when the level falls: out of the picture. */
const KETAMINE_OFFSTAGE: Point = { x: 400, y: 110 };

const lerp = (a: number, b: number, f: number) => a + (b - a) * f;
const lerpPoint = (a: Point, b: Point, f: number): Point => ({ x: lerp(a.x, b.x, f), y: lerp(a.y, b.y, f) });
const clamp01 = (f: number) => Math.min(1, Math.max(0, f));

/** How many ketamine molecules to draw in the cleft at time t: 0–6, following plasma. */
export function ketamineCount(t: number): number {
	const r = readout(t);
	return Math.round((KETAMINE_SPOTS.length * r.ngPerMl) / PEAK_NG_PER_ML);
}

function ketamineList(pore: (Point & { where: KetamineWhere }) | null, inCleft: number) {
	return [
		pore ? { ...pore, on: true } : { ...KETAMINE_ENTRY, where: 'entering' as const, on: false },
		...KETAMINE_SPOTS.map((pt, i) =>
			i < inCleft ? { ...pt, where: 'cleft' as const, on: true } : { ...KETAMINE_OFFSTAGE, where: 'cleft' as const, on: false }
		)
	];
}

/**
 * The synapse at a step. `progress` only matters in step 3, where ketamine moves into the open
 * pore (first half) and the gate then closes on it (second half): the "trap". `t` (minutes) only
 * matters in steps 4–5, where the molecules in the cleft follow the plasma level.
 */
export function synapseState(step: number, progress: number, t: number): SynapseState {
	const waiting = CA_WAITING.map((pt, i) => ({ ...pt, on: i < 2 }));
	const base: SynapseState = {
		mg: { ...MG_IN_PORE, on: true, inPore: true },
		gateOpen: 0,
		glutamateBound: false,
		glutamateFree: GLUTAMATE_CLEFT.map(() => ({ ...GLUTAMATE_VESICLE, on: false })),
		released: false,
		calcium: waiting,
		calciumFlowing: false,
		ketamine: ketamineList(null, 0),
		depolarised: false,
		gauge: false
	};
	if (step <= STEP.rest) return base;
	const mgOut = { ...MG_OUT, on: true, inPore: false };
	if (step === STEP.open) {
		return {
			...base,
			mg: mgOut,
			gateOpen: 1,
			glutamateBound: true,
			glutamateFree: GLUTAMATE_CLEFT.map((pt) => ({ ...pt, on: true })),
			released: true,
			calcium: CA_FLOWING.map((pt) => ({ ...pt, on: true })),
			calciumFlowing: true,
			depolarised: true
		};
	}
	if (step === STEP.ketamine) {
		const p = clamp01(progress);
		const enter = clamp01(p / 0.5);
		const close = clamp01((p - 0.55) / 0.35);
		const trapped = close > 0;
		return {
			...base,
			mg: mgOut,
			gateOpen: 1 - close,
			glutamateBound: !trapped,
			calcium: trapped ? waiting : CA_FLOWING.map((pt, i) => ({ ...pt, on: i >= 2 })),
			calciumFlowing: !trapped,
			ketamine: ketamineList(
				{ ...lerpPoint(KETAMINE_ENTRY, MG_IN_PORE, enter), where: enter >= 1 ? 'pore' : 'entering' },
				2
			),
			depolarised: !trapped
		};
	}
	// Steps 4–5: the drug clock runs. Molecules in the cleft follow plasma; while any drug is
	// around, the drawn receptor holds a trapped molecule, otherwise Mg²⁺ is back in the pore.
	const n = ketamineCount(t);
	return {
		...base,
		mg: n > 0 ? mgOut : base.mg,
		calcium: waiting.map((pt) => ({ ...pt, on: false })),
		ketamine: ketamineList(n > 0 ? { ...MG_IN_PORE, where: 'pore' } : null, n),
		gauge: true
	};
}

// ---------------------------------------------------------------- the gauge

export const GAUGE = {
	card: { x: 8, y: 192, width: 384, height: 118 },
	bar: { x: 24, y: 224, width: 352, height: 20 }
} as const;

/**
 * Said on the gauge itself: the band is a sum (plasma level through the Hill relation at lab
 * IC50s, science brief §7 "HUMAN pharmacology plus calculation"), not a reading from a brain.
 */
export const GAUGE_NOTE = 'Calculated from lab tests, not measured';

export interface GaugeGeometry {
	band: { x: number; width: number };
	centralX: number;
	/** Tick marks at 0, 50 and 100%; only the ends are labelled (the middle row holds the estimate). */
	ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	/** Where the middle estimate's label sits: under its mark, kept clear of the end labels. */
	labelX: number;
}

/** Room the end labels ("0%", "100%") and the middle label take on the tick row, in view units.
 * middleHalf is half of "middle 100%" in the bold 16px label, with a margin for wider fonts: at 46
 * the label ran into "0%" early in the infusion (seen at 390 and 1280 px). */
export const TICK_LABEL_ROOM = { start: 28, end: 52, middleHalf: 60 } as const;

export function gaugeGeometry(r: Readout): GaugeGeometry {
	const { x, width } = GAUGE.bar;
	const at = (f: number) => x + width * clamp01(f);
	const lo = at(r.low);
	const hi = at(r.high);
	const c = at(r.central);
	const minX = x + TICK_LABEL_ROOM.start + TICK_LABEL_ROOM.middleHalf;
	const maxX = x + width - TICK_LABEL_ROOM.end - TICK_LABEL_ROOM.middleHalf;
	return {
		band: { x: lo, width: Math.max(0, hi - lo) },
		centralX: c,
		ticks: [
			{ x, label: '0%', anchor: 'start' },
			{ x: x + width / 2, label: '', anchor: 'middle' },
			{ x: x + width, label: '100%', anchor: 'end' }
		],
		labelX: Math.min(maxX, Math.max(minX, c))
	};
}

/** The headline the gauge shows: the band first, the central estimate second. */
export function gaugeText(r: Readout): { band: string; central: string } {
	if (r.high < 0.005) return { band: 'Receptors blocked: none', central: 'no ketamine yet' };
	return {
		band: `Receptors blocked: ${percent(r.low).replace('%', '')}–${percent(r.high)}`,
		central: `middle ${percent(r.central)}`
	};
}
