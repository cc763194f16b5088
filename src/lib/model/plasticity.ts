/**
 * Downstream layers: glutamate burst → BDNF/mTOR signal → synaptic-connectivity index.
 *
 * These are SCHEMATIC (label: ILLUSTRATIVE, "illustrative, not fitted", brief §7). No human data
 * give time constants for any of them; each constant below names the evidence its order of
 * magnitude comes from. Each layer is a first-order linear filter of the one before,
 *   τ·dy/dt = u(t) − y,
 * integrated exactly for an input that is linear between internal steps (first-order hold), so
 * the sampling resolution barely changes the result.
 */
import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from './common';
import type { Schedule } from './schedule';

/**
 * Interneuron block needed for a glutamate burst (fraction of receptors, central IC50).
 * Disinhibition: blocking NMDA receptors on fast-spiking interneurons cuts their firing, and
 * pyramidal firing rises [26], giving a glutamate burst [27]. The burst is present during the
 * infusion in people [31] and absent ~3 h later [32]; rodent return by ~1–2 h [M]. A threshold
 * confines the burst to the infusion and the following hour or two, while block is highest.
 */
export const GLUTAMATE_BLOCK_THRESHOLD = 0.15;
/** Glutamate follows the block within minutes (human ¹³C-MRS during infusion [31]; rat microdialysis [27]). */
export const GLUTAMATE_TAU_MIN = 10;
/**
 * BDNF translation ~30 min after block (eEF2 dephosphorylation [28]); mTORC1 signalling
 * ~0.5–1 h and transient [33]. A 60-min filter puts the signal at ~30 min to a few hours.
 */
export const BDNF_TAU_MIN = 60;
/**
 * Hidden stage between BDNF/mTOR and new spines: synaptic-protein synthesis over hours [33]
 * (spines appear ~12–24 h [34]). With the decay below, this puts the connectivity peak about
 * 24 h after a dose, when spine density is raised in rodents [33].
 */
export const SPINE_FORMATION_TAU_MIN = 6 * MINUTES_PER_HOUR;
/**
 * Decay of the connectivity index. Rodent spine density stays raised up to 2 weeks after one dose
 * [35]; with τ = 10 days about a quarter of the peak remains at 2 weeks. (Clinically a single
 * dose fades within ~1 week [17,58]; spines are not symptoms, and no human data link them [37].)
 */
export const CONNECTIVITY_DECAY_TAU_DAYS = 10;
export const CONNECTIVITY_DECAY_TAU_MIN = CONNECTIVITY_DECAY_TAU_DAYS * MINUTES_PER_DAY;
/**
 * Modest cumulative gain across a series: each infusion's drive to spine formation grows by 10%
 * for every earlier infusion in the previous 14 days, up to five (the sixth infusion of a series
 * has gain 1.5). Basis: cumulative effects across six infusions in depression [49] and spine
 * formation after repeated doses in mice [36].
 */
export const SERIES_GAIN_STEP = 0.1;
export const SERIES_GAIN_MAX_PRIOR_DOSES = 5;
export const SERIES_PRIMING_WINDOW_DAYS = 14;
/**
 * Non-responder variant: the drive to spine formation is cut to 5%, so the plasticity layer
 * barely rises (5% of the responder drive). About one in three did not respond even in the positive trial (67% vs 20% [13]),
 * and the largest trial was negative [41]. Plasma BDNF rose in responders only [38].
 */
export const NON_RESPONDER_FACTOR = 0.05;
/**
 * Scale of the spine signal S: one standard infusion (0.5 mg/kg over 40 min) raises S to 0.5 at
 * its peak, so the index S/(1 + S) peaks at 1/3. The saturating read-out keeps the index on a
 * 0..1 scale: spine density cannot grow without limit.
 */
export const SPINE_SIGNAL_PER_STANDARD_DOSE = 0.5;

/** Input to the glutamate layer: block above threshold, rescaled to 0..1. */
export function glutamateDrive(blockCentral: number): number {
	const above = blockCentral - GLUTAMATE_BLOCK_THRESHOLD;
	return above > 0 ? above / (1 - GLUTAMATE_BLOCK_THRESHOLD) : 0;
}

/** Connectivity index (0..1) from the spine signal S (≥ 0): S / (1 + S). */
export function connectivityFromSpineSignal(spineSignal: number): number {
	return spineSignal / (1 + spineSignal);
}

/**
 * Exact update of τ·dy/dt = u − y over a step h when u goes linearly from u0 to u1:
 * y1 = decay·y0 + weightNew·u1 + weightOld·u0.
 */
export interface FirstOrderHold {
	decay: number;
	weightNew: number;
	weightOld: number;
}

export function firstOrderHold(tauMin: number, stepMin: number): FirstOrderHold {
	const decay = Math.exp(-stepMin / tauMin);
	// c = τ(1 − e^(−h/τ))/h, written with expm1 so tiny steps keep their precision.
	const c = (-tauMin * Math.expm1(-stepMin / tauMin)) / stepMin;
	return { decay, weightNew: 1 - c, weightOld: c - decay };
}

/**
 * Gain of each dose's drive to spine formation (same order as the checked schedule's doses):
 * 1 + SERIES_GAIN_STEP × (earlier doses started within the priming window, at most
 * SERIES_GAIN_MAX_PRIOR_DOSES), times NON_RESPONDER_FACTOR for a non-responder.
 */
export function seriesGains(checked: Schedule, responder: boolean): Float64Array {
	const windowMin = SERIES_PRIMING_WINDOW_DAYS * MINUTES_PER_DAY;
	const starts = checked.doses.map((d) => d.startMin);
	return Float64Array.from(starts, (start, i) => {
		let prior = 0;
		for (let j = 0; j < i; j++) if (start - starts[j]! <= windowMin) prior++;
		const gain = 1 + SERIES_GAIN_STEP * Math.min(prior, SERIES_GAIN_MAX_PRIOR_DOSES);
		return responder ? gain : gain * NON_RESPONDER_FACTOR;
	});
}
