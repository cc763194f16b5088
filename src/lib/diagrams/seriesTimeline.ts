/**
 * Geometry and state for "Why a series of infusions" (SeriesTimeline.svelte), as plain data (no
 * DOM). Two tracks share a time axis: plasma ketamine (ng/mL, the model's human-based PK) above,
 * and the model's slow connectivity index (ILLUSTRATIVE, no units) below, for a responder and a
 * non-responder. Every curve and number is computed by the model ($model) for the chosen schedule.
 *
 * viewBox 400 × 376; text is ≥ 16 units (≥ 14 CSS px when the figure is 360 px wide).
 */
import { line, scaleLinear } from 'd3';
import {
	MINUTES_PER_DAY,
	dosePeaksNgPerMl,
	plasmaAt,
	schedules,
	simulate,
	type Schedule
} from '$model';

export const VIEW = { width: 400, height: 376 } as const;

/** Plot area (x) and the two tracks (y), in viewBox units. */
export const PLOT = { left: 44, right: 388 } as const;
export const PLASMA = { top: 32, bottom: 96, maxNgPerMl: 250, ticks: [0, 100, 200] } as const;
/** The slow-change track sits below its title (y 128) and its evidence tags (`SLOW_TAGS`). */
export const CONNECT = { top: 168, bottom: 268, max: 0.8 } as const;
export const AXIS_Y = CONNECT.bottom;

/**
 * The slow-change track's evidence, on the track itself (science brief §7): the BDNF/spine chain
 * behind it is seen in animals only, and that it explains lasting relief is a hypothesis. Boxes
 * are sized for the widest likely system font: DejaVu Sans Bold sets these mixed-case words at
 * ≈9.6 units a character (measured in Chromium), so 9.8 never clips them.
 */
export const SLOW_TAGS_Y = 138;
export const SLOW_TAGS: readonly { label: string; x: number; width: number }[] = (() => {
	const labels = ['Animal studies', 'Idea not yet shown'];
	const pad = 14;
	let x = 8;
	return labels.map((label) => {
		const width = Math.round(label.length * 9.8 + pad);
		const tag = { label, x, width };
		x += width + 8;
		return tag;
	});
})();

/* ------------------------------------------------------------------ schedules */

export type BaseId = 'single' | 'six' | 'va';

export interface Choice {
	base: BaseId;
	/** Weeks between top-up (maintenance) infusions after the base course, or null for none. */
	maintenanceWeeks: number | null;
}

/** The schedules a reader can pick, with the trial each follows (science brief §5). */
export const BASES: readonly { id: BaseId; label: string }[] = [
	{ id: 'single', label: 'One infusion' },
	{ id: 'six', label: 'Six over two weeks' },
	{ id: 'va', label: 'Eight, twice a week (VA)' }
];

/** Top-up spacing the control offers, in weeks (weeks to months apart; no controlled data for PTSD). */
export const MAINTENANCE_WEEKS = [1, 2, 4, 8] as const;
export const DEFAULT_MAINTENANCE_WEEKS = 4;
/** How many top-ups are drawn after the base course. */
export const MAINTENANCE_COUNT = 3;

export function isBaseId(value: string): value is BaseId {
	return BASES.some((b) => b.id === value);
}

export function buildSchedule(choice: Choice): Schedule {
	const base =
		choice.base === 'single'
			? schedules.single()
			: choice.base === 'six'
				? schedules.sixOverTwoWeeks()
				: schedules.twiceWeeklyEight();
	return choice.maintenanceWeeks === null
		? base
		: schedules.withMaintenance(base, choice.maintenanceWeeks, MAINTENANCE_COUNT);
}

/** Plain words for the chosen schedule (status line for screen readers, tests). */
export function describeChoice(choice: Choice): string {
	const base = { single: 'one infusion', six: 'six infusions over two weeks', va: 'eight infusions, twice a week' }[
		choice.base
	];
	if (choice.maintenanceWeeks === null) return `Showing ${base}, no top-ups.`;
	const every = choice.maintenanceWeeks === 1 ? 'every week' : `every ${choice.maintenanceWeeks} weeks`;
	return `Showing ${base}, then ${MAINTENANCE_COUNT} top-up infusions ${every}.`;
}

/** The top-ups as drawn, in words for the chart ("3 top-ups, 4 weeks apart"), or null for none. */
export function topUpsLabel(choice: Choice): string | null {
	const w = choice.maintenanceWeeks;
	if (w === null) return null;
	return `${MAINTENANCE_COUNT} top-ups, ${w === 1 ? '1 week' : `${w} weeks`} apart`;
}

/* ------------------------------------------------------------------ steps */

export type StepKey = 'one' | 'six' | 'slow' | 'nonresponder' | 'three' | 'lasting' | 'maintenance';
export const STEP_KEYS: readonly StepKey[] = ['one', 'six', 'slow', 'nonresponder', 'three', 'lasting', 'maintenance'];

export interface StepView {
	key: StepKey;
	/** The schedule the step's text is about; the reader can pick another in the live figure. */
	preset: Choice;
	/** The plasma track is the focus (connectivity dimmed), or the other way round. */
	focus: 'plasma' | 'connectivity';
	/** First step only: the first 36 hours, in hours, so one infusion's curve can be read. */
	zoom: boolean;
	/** The slow-change sketch is drawn from the step that introduces it; before, its track is empty. */
	slow: boolean;
	nonResponder: boolean;
	thirdMarker: boolean;
	outcome: boolean;
}

export function viewForStep(step: number): StepView {
	const i = Math.min(Math.max(Math.round(step), 0), STEP_KEYS.length - 1);
	const key = STEP_KEYS[i]!;
	return {
		key,
		preset: {
			base: key === 'one' ? 'single' : 'six',
			maintenanceWeeks: key === 'maintenance' ? DEFAULT_MAINTENANCE_WEEKS : null
		},
		focus: key === 'one' || key === 'six' ? 'plasma' : 'connectivity',
		zoom: key === 'one',
		slow: i >= 2,
		nonResponder: i >= 3,
		thirdMarker: i >= 4,
		outcome: i >= 5
	};
}

/* ------------------------------------------------------------------ time axis */

/** Days shown after the last infusion: past Feder 2021's median 27.5 days to loss of response. */
export const TAIL_DAYS = 35;
/** The zoomed first step: 2 h before to 36 h after the start. */
export const ZOOM_DAYS: readonly [number, number] = [-2 / 24, 36 / 24];

export function lastDoseDay(schedule: Schedule): number {
	return schedule.doses[schedule.doses.length - 1]!.startMin / MINUTES_PER_DAY;
}

/** x domain in days. */
export function xDomainDays(schedule: Schedule, zoom: boolean): [number, number] {
	return zoom ? [ZOOM_DAYS[0], ZOOM_DAYS[1]] : [-1, Math.ceil(lastDoseDay(schedule)) + TAIL_DAYS];
}

export function xScale(domain: readonly [number, number]) {
	return scaleLinear().domain(domain).range([PLOT.left, PLOT.right]);
}

export interface Tick {
	x: number;
	label: string;
}

/** Axis ticks: hours when the window is under three days, else days (a week apart, or wider). The first tick carries the unit. */
export function xTicks(domain: readonly [number, number]): { ticks: Tick[]; unit: 'hours' | 'days' } {
	const x = xScale(domain);
	const span = domain[1] - domain[0];
	if (span < 3) {
		const ticks: Tick[] = [];
		for (let h = 0; h <= domain[1] * 24 + 1e-9; h += 6) ticks.push({ x: r(x(h / 24)), label: h === 0 ? 'hour 0' : String(h) });
		return { ticks, unit: 'hours' };
	}
	const every = span <= 70 ? 7 : span <= 140 ? 14 : 28;
	const ticks: Tick[] = [];
	for (let d = 0; d <= domain[1] + 1e-9; d += every) ticks.push({ x: r(x(d)), label: d === 0 ? 'day 0' : String(d) });
	return { ticks, unit: 'days' };
}

/* ------------------------------------------------------------------ model curves */

export interface Point {
	day: number;
	value: number;
}

/** Minutes after each infusion start at which plasma is evaluated: dense where the curve bends. */
const PLASMA_OFFSETS_MIN = [
	0, 5, 10, 20, 30, 40, 45, 50, 60, 75, 90, 105, 120, 150, 180, 240, 300, 360, 480, 600, 720, 900, 1080, 1440, 1800,
	2160
];

/**
 * Plasma (ng/mL) from the model's exact closed form, sampled around each infusion (the peak is
 * the infusion's end, always a sample) and flat at ~0 between them.
 */
export function plasmaPoints(schedule: Schedule, domain: readonly [number, number]): Point[] {
	const times = new Set<number>([domain[0] * MINUTES_PER_DAY, domain[1] * MINUTES_PER_DAY]);
	for (const dose of schedule.doses) {
		for (const dt of PLASMA_OFFSETS_MIN) times.add(dose.startMin + dt);
		times.add(dose.startMin + dose.durationMin);
		times.add(dose.startMin - 1);
	}
	return [...times]
		.filter((t) => t >= domain[0] * MINUTES_PER_DAY && t <= domain[1] * MINUTES_PER_DAY)
		.sort((a, b) => a - b)
		.map((t) => ({ day: t / MINUTES_PER_DAY, value: t < 0 ? 0 : plasmaAt(schedule, t) }));
}

export interface SeriesRun {
	schedule: Schedule;
	/** Plasma ng/mL at the end of each infusion (the spike tops), exact. */
	peaks: number[];
	/** Connectivity index (0..1, ILLUSTRATIVE), responder and non-responder, sampled in days. */
	responder: Point[];
	nonResponder: Point[];
}

const runs = new Map<string, SeriesRun>();

/** The model run for a choice, cached (a few ms the first time; choices are few). */
export function runFor(choice: Choice): SeriesRun {
	const key = `${choice.base}|${choice.maintenanceWeeks ?? '-'}`;
	const hit = runs.get(key);
	if (hit) return hit;
	const schedule = buildSchedule(choice);
	const endMin = (Math.ceil(lastDoseDay(schedule)) + TAIL_DAYS) * MINUTES_PER_DAY;
	// About 400 samples over the whole window (the model integrates at 1 min inside each), and
	// 10-min samples over the first two days, which the first step shows zoomed in.
	const stepMin = Math.max(30, Math.ceil(endMin / 400 / 30) * 30);
	const fineEndMin = FINE_DAYS * MINUTES_PER_DAY;
	const toPoints = (responder: boolean): Point[] => {
		const fine = simulate(schedule, { endMin: fineEndMin, stepMin: 10, responder });
		const coarse = simulate(schedule, { endMin, stepMin, responder });
		const pts: Point[] = [{ day: -1, value: 0 }];
		for (let i = 0; i < fine.timeMin.length; i++) pts.push({ day: fine.timeMin[i]! / MINUTES_PER_DAY, value: fine.connectivity[i]! });
		for (let i = 0; i < coarse.timeMin.length; i++) {
			if (coarse.timeMin[i]! > fineEndMin) pts.push({ day: coarse.timeMin[i]! / MINUTES_PER_DAY, value: coarse.connectivity[i]! });
		}
		return pts;
	};
	const run: SeriesRun = {
		schedule,
		peaks: dosePeaksNgPerMl(schedule),
		responder: toPoints(true),
		nonResponder: toPoints(false)
	};
	runs.set(key, run);
	return run;
}

/** The days (as plasmaPoints samples them) at which each infusion ends: the spike tops, never thinned away. */
function peakDays(schedule: Schedule): Set<number> {
	return new Set(schedule.doses.map((d) => (d.startMin + d.durationMin) / MINUTES_PER_DAY));
}

/** Days at the start sampled finely (the zoomed first step shows 36 hours). */
const FINE_DAYS = 2;

/**
 * Drops points closer than `minDx` viewBox units to the last one kept (always keeping the last),
 * so a path has at most about one point per unit whatever the window: light pages, same picture.
 * Points whose day is in `keep` (the spike tops) always stay.
 */
export function thin(
	points: readonly Point[],
	x: (day: number) => number,
	minDx = 0.8,
	keep: ReadonlySet<number> = new Set()
): Point[] {
	const out: Point[] = [];
	let lastX = -Infinity;
	for (const [i, p] of points.entries()) {
		const px = x(p.day);
		if (px - lastX >= minDx || i === points.length - 1 || keep.has(p.day)) {
			out.push(p);
			lastX = px;
		}
	}
	return out;
}

/** Points inside the window (plus one either side, so the line reaches the edges). */
export function clip(points: readonly Point[], domain: readonly [number, number]): Point[] {
	let a = points.findIndex((p) => p.day >= domain[0]);
	if (a < 0) return [];
	a = Math.max(0, a - 1);
	let b = points.length - 1;
	while (b > a && points[b - 1]!.day >= domain[1]) b--;
	return points.slice(a, b + 1);
}

/* ------------------------------------------------------------------ the whole chart */

export interface Chart {
	domain: [number, number];
	ticks: Tick[];
	unit: 'hours' | 'days';
	plasmaLine: string;
	plasmaArea: string;
	plasmaTicks: { y: number; label: string }[];
	/** Each infusion: where it starts on the axis (x) and its peak (ng/mL and y). */
	doses: { x: number; peakNgPerMl: number; peakY: number; maintenance: boolean }[];
	/** The responder's curve up to the first top-up (the sketch the text explains) and its area. */
	responderLine: string;
	responderArea: string;
	/** After the first top-up: no controlled data for PTSD, so drawn as uncertain ('' without top-ups). */
	responderUncertainLine: string;
	nonResponderLine: string;
	nonResponderUncertainLine: string;
	/** Where the responder curve peaks, and a spot on its falling side for its label. */
	responderPeak: { x: number; y: number; value: number; day: number };
	responderLabel: { x: number; y: number } | null;
	nonResponderPeak: { x: number; y: number; value: number };
	/** Just after the third infusion (null with fewer than three). */
	third: { x: number } | null;
	/** The end of the base course (before any top-ups), and 27.5 days after it (Feder 2021). */
	courseEndX: number;
	durabilityEndX: number | null;
	/** The model's time of the first top-up, if any. */
	firstTopUpX: number | null;
}

/** Median days to loss of response among ketamine responders after six infusions (Feder 2021). */
export const MEDIAN_DAYS_TO_LOSS = 27.5;

const plasmaY = scaleLinear().domain([0, PLASMA.maxNgPerMl]).range([PLASMA.bottom, PLASMA.top]);
const connectY = scaleLinear().domain([0, CONNECT.max]).range([CONNECT.bottom, CONNECT.top]).clamp(true);

export function chart(choice: Choice, domain: readonly [number, number]): Chart {
	const run = runFor(choice);
	const { schedule } = run;
	const x = xScale(domain);
	const fx = (p: Point) => r1(x(p.day));
	const plasma = thin(plasmaPoints(schedule, domain), x, 0.8, peakDays(schedule));
	const plasmaLine = line<Point>().x(fx).y((p) => r1(plasmaY(p.value))).digits(1);
	const cy = (p: Point) => r1(connectY(p.value));
	const responderAll = thin(clip(run.responder, domain), x, 1.2);
	const nonResponderAll = thin(clip(run.nonResponder, domain), x, 1.2);
	const connectLine = line<Point>().x(fx).y(cy).digits(1);
	// An area is its top line closed along the baseline (d3's area() would repeat every point there).
	const areaUnder = (pts: Point[], d: string, baseline: number) =>
		pts.length ? `${d}L${fx(pts[pts.length - 1]!)},${baseline}L${fx(pts[0]!)},${baseline}Z` : '';
	const plasmaD = plasmaLine(plasma) ?? '';

	const baseCount = buildSchedule({ ...choice, maintenanceWeeks: null }).doses.length;
	const firstTopUp = schedule.doses[baseCount];
	const splitDay = firstTopUp ? firstTopUp.startMin / MINUTES_PER_DAY : Infinity;
	const [responder, responderAfter] = splitAt(responderAll, splitDay);
	const [nonResponder, nonResponderAfter] = splitAt(nonResponderAll, splitDay);
	const responderD = connectLine(responder) ?? '';
	const doses = schedule.doses.map((d, i) => ({
		x: r(x(d.startMin / MINUTES_PER_DAY)),
		peakNgPerMl: run.peaks[i]!,
		peakY: r(plasmaY(run.peaks[i]!)),
		maintenance: i >= baseCount
	}));

	const peakOf = (pts: Point[]) => pts.reduce((best, p) => (p.value > best.value ? p : best), { day: 0, value: 0 });
	const rp = peakOf(responderAll);
	const np = peakOf(nonResponderAll);
	// Label the responder curve on its falling side, a quarter of the plot past its peak.
	const labelDay = rp.day + (domain[1] - domain[0]) / 4;
	const onCurve = responderAll.find((p) => p.day >= labelDay);
	const courseEnd = schedule.doses[baseCount - 1]!.startMin / MINUTES_PER_DAY;

	return {
		domain: [domain[0], domain[1]],
		...xTicks(domain),
		plasmaLine: plasmaD,
		plasmaArea: areaUnder(plasma, plasmaD, PLASMA.bottom),
		plasmaTicks: PLASMA.ticks.map((v) => ({ y: r(plasmaY(v)), label: String(v) })),
		doses,
		responderLine: responderD,
		responderArea: areaUnder(responder, responderD, CONNECT.bottom),
		responderUncertainLine: responderAfter.length > 1 ? (connectLine(responderAfter) ?? '') : '',
		nonResponderLine: connectLine(nonResponder) ?? '',
		nonResponderUncertainLine: nonResponderAfter.length > 1 ? (connectLine(nonResponderAfter) ?? '') : '',
		responderPeak: { x: r(x(rp.day)), y: r(connectY(rp.value)), value: rp.value, day: rp.day },
		responderLabel: onCurve && onCurve.day < domain[1] - 2 ? { x: r(x(onCurve.day)), y: cy(onCurve) } : null,
		nonResponderPeak: { x: r(x(np.day)), y: r(connectY(np.value)), value: np.value },
		third: schedule.doses.length >= 3 && baseCount >= 3 ? { x: r(x(schedule.doses[2]!.startMin / MINUTES_PER_DAY + 1)) } : null,
		courseEndX: r(x(courseEnd)),
		durabilityEndX: choice.base === 'six' ? r(x(courseEnd + MEDIAN_DAYS_TO_LOSS)) : null,
		firstTopUpX: doses.length > baseCount ? doses[baseCount]!.x : null
	};
}

/**
 * Points before `day`, and from the last of those on, so the two lines meet. With no point at or
 * after `day`, everything is "before".
 */
export function splitAt(points: readonly Point[], day: number): [Point[], Point[]] {
	const i = points.findIndex((p) => p.day >= day);
	if (i < 0) return [[...points], []];
	const before = points.slice(0, i);
	// The curve jumps up just after a top-up starts: the known part ends on the last point before it.
	const after = points.slice(Math.max(0, i - 1));
	return [before.length ? before : points.slice(0, 1), after];
}

/** The plasma peaks as shown in the data attribute and label: ng/mL to 0.1. */
export function formatPeaks(peaks: readonly number[]): string {
	return peaks.map((p) => p.toFixed(1)).join(',');
}

function r(v: number): number {
	return Math.round(v * 100) / 100;
}

/** Path coordinates to 0.1 unit: invisible at any screen size, and half the bytes. */
function r1(v: number): number {
	return Math.round(v * 10) / 10;
}
