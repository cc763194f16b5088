/**
 * Geometry for the "What PTSD is" diagram, as plain data (no DOM), so it can be tested and
 * snapshotted. viewBox is 400 × 300; text sizes are in the same units (≥ 16, which stays
 * ≥ 14 CSS px when the figure is 360 px wide on a phone).
 */

export const VIEW = { width: 400, height: 300 } as const;

export type Scene = 'people' | 'clusters';

/** Steps 0–1 show 100 people; steps 2–6 show the four symptom clusters. */
export function sceneForStep(step: number): Scene {
	return step <= 1 ? 'people' : 'clusters';
}

export type DotKind = 'plain' | 'ptsd' | 'range';

export interface Dot {
	x: number;
	y: number;
	kind: DotKind;
}

/**
 * Observed lifetime PTSD in U.S. adults: 6.1% (NESARC-III) to 8.3% (an online panel), science
 * brief §1. The often-quoted 8.7% ("1 in 11") is a projected risk, not an observed prevalence.
 */
export const PREVALENCE_PER_100 = { low: 6, high: 8 } as const;

/** 100 dots in a 10 × 10 grid; from step 1 the first 6 mean PTSD and the next 3 the survey range. */
export function peopleDots(step: number): Dot[] {
	const gap = 19;
	const x0 = (VIEW.width - 9 * gap) / 2;
	const y0 = 22;
	return Array.from({ length: 100 }, (_, i) => ({
		x: x0 + (i % 10) * gap,
		y: y0 + Math.floor(i / 10) * gap,
		kind:
			step < 1 ? 'plain' : i < PREVALENCE_PER_100.low ? 'ptsd' : i < PREVALENCE_PER_100.high ? 'range' : 'plain'
	}));
}

export type ClusterId = 'intrusion' | 'avoidance' | 'mood' | 'arousal';

export interface ClusterCard {
	id: ClusterId;
	/** The cluster's name and a short hint. */
	lines: [string, string];
	x: number;
	y: number;
	width: number;
	height: number;
	active: boolean;
}

const CLUSTERS: { id: ClusterId; lines: [string, string] }[] = [
	{ id: 'intrusion', lines: ['Intrusion', 'the event comes back'] },
	{ id: 'avoidance', lines: ['Avoidance', 'staying away'] },
	{ id: 'mood', lines: ['Thinking & mood', 'negative changes'] },
	{ id: 'arousal', lines: ['Arousal', 'on edge, startled'] }
];

/** The step that introduces each cluster; the last step (6) shows all four together. */
export const CLUSTER_STEP: Record<ClusterId, number> = { intrusion: 2, avoidance: 3, mood: 4, arousal: 5 };
export const ALL_CLUSTERS_STEP = 6;

export function clusterCards(step: number): ClusterCard[] {
	const pad = 8;
	const width = (VIEW.width - 3 * pad) / 2;
	const height = 108;
	return CLUSTERS.map((c, i) => ({
		...c,
		x: pad + (i % 2) * (width + pad),
		y: pad + Math.floor(i / 2) * (height + pad),
		width,
		height,
		active: step === CLUSTER_STEP[c.id] || step >= ALL_CLUSTERS_STEP
	}));
}
