/**
 * Geometry and state for the "What an infusion day is like" timeline, as plain data (no DOM).
 *
 * One time axis, in minutes from the start of the drip (check-in before 0), with three tracks:
 *  - ketamine in the blood: the model's plasma curve for one standard infusion ($model, HUMAN);
 *  - feeling detached (dissociation): a sketch that follows the drug level, strongest at the end of
 *    the infusion and gone within about 2 h (science brief §6, §7 [41]);
 *  - blood pressure: a sketch of the small average rise, highest at 30–40 min and back to the usual
 *    level within about 1–1.5 h, drawn as a band between the means of two cohorts (brief §6 [51,52]).
 * viewBox 400 × 344; text is ≥ 16 units, so ≥ 14 CSS px when the figure is 360 px wide.
 */
import { plasmaAt, schedules, STANDARD_DURATION_MIN } from '$model';

export const VIEW = { width: 400, height: 344 } as const;

/** The part of the day drawn: 30 min of check-in before the drip, to 3 h after it starts. */
export const DOMAIN_MIN = [-30, 180] as const;
const PLOT = { left: 12, right: 388 } as const;

export const INFUSION_MIN = STANDARD_DURATION_MIN;

/** Blood pressure, brief §6: mean peak rises +3.3/+3.2 mmHg (684 infusions [51]) and +7.4/+6.0 mmHg (741 [52]). */
export const BP_MEAN_PEAK_RISE_MMHG = { low: 3.3, high: 7.4 } as const;
/** Rises peak at 30–40 min and return to baseline within ~1–1.5 h [51,52,53]; drawn peaking at 35 and back by 85. */
export const BP_PEAK_MIN = 35;
export const BP_BACK_MIN = 85;
/** Dissociation peaks at the end of the infusion and resolves within 2 h [41]. */
export const DISSOCIATION_GONE_MIN = 120;

/** Track scales: plasma 0–200 ng/mL (peak ≈177); blood-pressure change 0 to +15 mmHg (a +10 guide gives the scale). */
export const PLASMA_MAX_NG_PER_ML = 200;
export const BP_SCALE_MMHG = 15;

export type PhaseId = 'checkin' | 'infusion' | 'monitoring' | 'recovery' | 'home';
export interface Phase {
	id: PhaseId;
	label: string;
	from: number;
	to: number;
	/** Which of the two label rows above the bar (they alternate so long words do not collide). */
	row: 0 | 1;
}

export const PHASES: readonly Phase[] = [
	{ id: 'checkin', label: 'Check-in', from: -30, to: 0, row: 0 },
	{ id: 'infusion', label: 'Infusion', from: 0, to: INFUSION_MIN, row: 1 },
	{ id: 'monitoring', label: 'Monitoring', from: INFUSION_MIN, to: 90, row: 0 },
	{ id: 'recovery', label: 'Recovery', from: 90, to: 150, row: 1 },
	{ id: 'home', label: 'Ride home', from: 150, to: 180, row: 0 }
];

export type TrackId = 'plasma' | 'dissociation' | 'bp';
export interface Track {
	id: TrackId;
	label: string;
	top: number;
	bottom: number;
}

export const TRACKS: Readonly<Record<TrackId, Track>> = {
	plasma: { id: 'plasma', label: 'Ketamine in the blood', top: 68, bottom: 128 },
	dissociation: { id: 'dissociation', label: 'Feeling detached (sketch)', top: 140, bottom: 190 },
	bp: { id: 'bp', label: 'Blood pressure (sketch)', top: 202, bottom: 260 }
};

export const BAR = { top: 46, bottom: 56 } as const;
export const AXIS_Y = 268;

export const x = (tMin: number) =>
	PLOT.left + ((tMin - DOMAIN_MIN[0]) / (DOMAIN_MIN[1] - DOMAIN_MIN[0])) * (PLOT.right - PLOT.left);

const single = schedules.single();

/** Plasma ketamine (ng/mL) t minutes after the drip starts; 0 before it. From the model. */
export const plasma = (tMin: number) => (tMin <= 0 ? 0 : plasmaAt(single, tMin));

const PEAK = plasma(INFUSION_MIN);
const AT_GONE = plasma(DISSOCIATION_GONE_MIN);

/**
 * Dissociation, 0–1 (schematic): follows the drug level, 1 at the end of the infusion, 0 from 2 h
 * on. Illustrative, not fitted: it says when, not how strong for any one person.
 */
export function dissociation(tMin: number): number {
	if (tMin <= 0 || tMin >= DISSOCIATION_GONE_MIN) return 0;
	return Math.min(1, Math.max(0, (plasma(tMin) - AT_GONE) / (PEAK - AT_GONE)));
}

/** Shape of the blood-pressure rise, 0–1: smooth rise to its top at 35 min, back to 0 by 85 min. */
export function bpShape(tMin: number): number {
	if (tMin <= 0 || tMin >= BP_BACK_MIN) return 0;
	const half = tMin <= BP_PEAK_MIN ? tMin / BP_PEAK_MIN : 1 - (tMin - BP_PEAK_MIN) / (BP_BACK_MIN - BP_PEAK_MIN);
	return Math.sin((Math.PI / 2) * half) ** 2;
}

const yIn = (track: Track, fraction: number) => track.bottom - fraction * (track.bottom - track.top - 16);

/** Sample times: every 2 minutes over the whole axis (plus the exact peak and end points). */
export const SAMPLE_TIMES: readonly number[] = (() => {
	const ts: number[] = [];
	for (let t = DOMAIN_MIN[0]; t <= DOMAIN_MIN[1]; t += 2) ts.push(t);
	for (const t of [INFUSION_MIN, BP_PEAK_MIN]) if (!ts.includes(t)) ts.push(t);
	return ts.sort((a, b) => a - b);
})();

export interface Point {
	x: number;
	y: number;
}

const toPath = (pts: Point[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');

export function plasmaPoints(): Point[] {
	const t = TRACKS.plasma;
	return SAMPLE_TIMES.map((m) => ({ x: x(m), y: yIn(t, plasma(m) / PLASMA_MAX_NG_PER_ML) }));
}

export function dissociationPoints(): Point[] {
	const t = TRACKS.dissociation;
	return SAMPLE_TIMES.map((m) => ({ x: x(m), y: yIn(t, dissociation(m)) }));
}

/** Upper and lower edge of the blood-pressure band (the two cohorts' mean peak rises). */
export function bpBand(): { upper: Point[]; lower: Point[] } {
	const t = TRACKS.bp;
	const at = (m: number, rise: number) => ({ x: x(m), y: yIn(t, (rise * bpShape(m)) / BP_SCALE_MMHG) });
	return {
		upper: SAMPLE_TIMES.map((m) => at(m, BP_MEAN_PEAK_RISE_MMHG.high)),
		lower: SAMPLE_TIMES.map((m) => at(m, BP_MEAN_PEAK_RISE_MMHG.low))
	};
}

export const paths = {
	plasma: () => toPath(plasmaPoints()),
	plasmaArea: () => {
		const pts = plasmaPoints();
		return `${toPath(pts)}L${pts.at(-1)!.x.toFixed(1)} ${TRACKS.plasma.bottom}L${pts[0]!.x.toFixed(1)} ${TRACKS.plasma.bottom}Z`;
	},
	dissociation: () => toPath(dissociationPoints()),
	dissociationArea: () => {
		const pts = dissociationPoints();
		return `${toPath(pts)}L${pts.at(-1)!.x.toFixed(1)} ${TRACKS.dissociation.bottom}L${pts[0]!.x.toFixed(1)} ${TRACKS.dissociation.bottom}Z`;
	},
	bpBand: () => {
		const { upper, lower } = bpBand();
		return `${toPath(upper)}${toPath([...lower].reverse()).replace(/^M/, 'L')}Z`;
	},
	/** The band's upper edge alone: the faint "still to come" outline. */
	bpUpper: () => toPath(bpBand().upper)
};

/** A horizontal guide inside a track: 100 ng/mL for plasma, +10 mmHg for blood pressure. */
export const guides = {
	plasma: { y: yIn(TRACKS.plasma, 100 / PLASMA_MAX_NG_PER_ML), label: '100 ng/mL' },
	bp: { y: yIn(TRACKS.bp, 10 / BP_SCALE_MMHG), label: '+10 mmHg' },
	bpBaseline: { y: yIn(TRACKS.bp, 0), label: 'your usual level' }
};

export const TICKS: readonly { t: number; label: string }[] = [
	{ t: 0, label: 'start' },
	{ t: 60, label: '1 h' },
	{ t: 120, label: '2 h' },
	{ t: 180, label: '3 h' }
];

/** What each step of the chapter shows. */
export interface StepScene {
	/** Cursor time at the start and end of the step (progress 0 → 1), minutes from the start of the drip. */
	from: number;
	to: number;
	/** Tracks drawn emphasised; the others are dimmed, not removed. */
	emphasis: TrackId[];
	/** A point to mark on a track at this step. */
	mark?: { track: TrackId; t: number };
	/** The step's one-line (or two-line) caption under the axis. */
	caption: [string] | [string, string];
}

const hours = (min: number) => `${min / 60}`.replace('1.5', '1½');

export const SCENES: readonly StepScene[] = [
	{ from: -15, to: -15, emphasis: ['bp'], caption: ['Before the drip: your usual blood pressure'] },
	{
		from: 0,
		to: INFUSION_MIN,
		emphasis: ['plasma'],
		mark: { track: 'plasma', t: INFUSION_MIN },
		caption: [`Drip of ${INFUSION_MIN} minutes: the drug level is`, 'highest at the end of the drip']
	},
	{
		from: INFUSION_MIN,
		to: INFUSION_MIN,
		emphasis: ['dissociation'],
		mark: { track: 'dissociation', t: INFUSION_MIN },
		caption: ['Feeling detached: strongest at the end,', `gone within about ${DISSOCIATION_GONE_MIN / 60} hours`]
	},
	{
		from: INFUSION_MIN,
		to: INFUSION_MIN,
		emphasis: ['bp'],
		mark: { track: 'bp', t: BP_PEAK_MIN },
		caption: ['Blood pressure: a small rise, highest at', `30–40 min, usual again within 1–${hours(90)} h`]
	},
	{
		from: INFUSION_MIN,
		to: 140,
		emphasis: ['plasma', 'dissociation', 'bp'],
		caption: ['You rest while the effects fade']
	},
	{
		from: 165,
		to: 165,
		emphasis: ['plasma'],
		caption: ['Someone else drives you home. The drug', 'keeps leaving your body over the day']
	}
];

export const STEP_COUNT = SCENES.length;

const clamp01 = (p: number) => Math.min(1, Math.max(0, p));

/** The cursor time for a step and how far through it the reader is. */
export function cursorAt(step: number, progress: number): number {
	const s = SCENES[Math.min(Math.max(0, step), SCENES.length - 1)]!;
	return s.from + (s.to - s.from) * clamp01(progress);
}

/** The phase of the day at time t: the infusion owns both its first and its last minute. */
export function phaseAt(tMin: number): PhaseId {
	if (tMin >= 0 && tMin <= INFUSION_MIN) return 'infusion';
	const p = PHASES.find((ph) => tMin >= ph.from && tMin < ph.to) ?? (tMin < 0 ? PHASES[0]! : PHASES.at(-1)!);
	return p.id;
}

/** Where a track's marked point sits. */
export function markPoint(track: TrackId, tMin: number): Point {
	const t = TRACKS[track];
	const fraction =
		track === 'plasma'
			? plasma(tMin) / PLASMA_MAX_NG_PER_ML
			: track === 'dissociation'
				? dissociation(tMin)
				: (BP_MEAN_PEAK_RISE_MMHG.high * bpShape(tMin)) / BP_SCALE_MMHG;
	return { x: x(tMin), y: yIn(t, fraction) };
}

/** Label positions for the phases: centred on their segment, kept inside the view. */
export function phaseLabels(): { id: PhaseId; label: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] {
	return PHASES.map((ph) => {
		const mid = x((ph.from + ph.to) / 2);
		const anchor = ph.from <= DOMAIN_MIN[0] ? 'start' : ph.to >= DOMAIN_MIN[1] ? 'end' : 'middle';
		return {
			id: ph.id,
			label: ph.label,
			x: anchor === 'start' ? x(ph.from) : anchor === 'end' ? x(ph.to) : mid,
			y: ph.row === 0 ? 18 : 38,
			anchor
		};
	});
}
