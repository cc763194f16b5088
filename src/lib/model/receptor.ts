/**
 * NMDA receptor block from plasma ketamine (brief §3): the Hill relation with n = 1,
 * fraction = C / (C + IC50), drawn as a band because the IC50 depends on Mg²⁺ and subunit.
 */
import { ModelInputError, requireFinite, requirePositive, type EvidenceLabel } from './common';

/** IC50 values in µM. `low` IC50 gives the most block, `high` IC50 the least. */
export interface Ic50Band {
	low: number;
	central: number;
	high: number;
}

/**
 * IC50 band (brief §3; values [M], Kotermanski & Johnson 2009 [24]; binding Ki [18,25]):
 * - low 0.5 µM: no Mg²⁺ (≈0.3–0.8 µM across GluN2A–D), the upper edge of the block band;
 * - central 1.2 µM: GluN2C in 1 mM Mg²⁺, the brief's middle column (≈39% block at the peak);
 * - high 5 µM: GluN2A/2B in 1 mM Mg²⁺ (at rest Mg²⁺ plugs the pore), the lower edge.
 */
export const IC50_MICRO_M: Readonly<Ic50Band> = Object.freeze({ low: 0.5, central: 1.2, high: 5 });

/** Hill coefficient: one ketamine molecule per channel pore, as in the brief's table [C]. */
export const HILL_COEFFICIENT = 1;

/**
 * Which concentration drives the block: total plasma ketamine, as in the first row of the brief's
 * table (0.78 µM → 61% / 39% / 13%). Brain free concentration is assumed to equal plasma free
 * concentration, and the free fraction is lower (≈0.5 µM at the peak), which would give
 * 50% / 29% / 9% — still inside the drawn band. In-vivo human occupancy is not well quantified.
 */
export const CONCENTRATION_BASIS = 'total plasma ketamine (base)';

/** Fraction (0..1) of NMDA receptors blocked at `microM`, for a given IC50 (Hill, n = 1). */
export function fractionBlocked(microM: number, ic50MicroM: number): number {
	requireFinite(microM, 'concentration (µM)');
	if (microM < 0) throw new ModelInputError(`concentration (µM) must be 0 or more (got ${microM})`);
	requirePositive(ic50MicroM, 'IC50 (µM)');
	return microM / (microM + ic50MicroM);
}

/** Concentration (µM) at which `fraction` of receptors are blocked: the inverse of fractionBlocked. */
export function concentrationForBlock(fraction: number, ic50MicroM: number): number {
	requireFinite(fraction, 'fraction blocked');
	if (fraction < 0 || fraction >= 1) {
		throw new ModelInputError(`fraction blocked must be at least 0 and below 1 (got ${fraction})`);
	}
	requirePositive(ic50MicroM, 'IC50 (µM)');
	return (ic50MicroM * fraction) / (1 - fraction);
}

/** Checks an IC50 band: three positive finite numbers with low ≤ central ≤ high. */
export function checkIc50Band(band: Ic50Band): Ic50Band {
	if (band === null || typeof band !== 'object') {
		throw new ModelInputError('ic50MicroM must be an object with low, central and high');
	}
	requirePositive(band.low, 'ic50MicroM.low');
	requirePositive(band.central, 'ic50MicroM.central');
	requirePositive(band.high, 'ic50MicroM.high');
	if (!(band.low <= band.central && band.central <= band.high)) {
		throw new ModelInputError(
			`ic50MicroM must satisfy low ≤ central ≤ high (got ${band.low}, ${band.central}, ${band.high})`
		);
	}
	return { low: band.low, central: band.central, high: band.high };
}

/** A fact the receptor diagram states, with its evidence label and sources. */
export interface ReceptorFact {
	id: 'open-channel' | 'trapping' | 'magnesium' | 'use-dependence' | 'allosteric' | 'occupancy';
	text: string;
	label: EvidenceLabel;
	sources: number[];
}

export const RECEPTOR_FACTS: readonly ReceptorFact[] = [
	{
		id: 'open-channel',
		text: 'Ketamine binds the PCP site deep in the pore, so it can enter only when the channel is open.',
		label: 'HUMAN',
		sources: [21, 22]
	},
	{
		id: 'trapping',
		text: 'It is a "trapping" blocker: it can stay trapped in the pore after the channel closes.',
		label: 'HUMAN',
		sources: [21, 22]
	},
	{
		id: 'magnesium',
		text: 'At resting potential Mg²⁺ (~1 mM) plugs the pore; depolarisation expels it. In Mg²⁺ the IC50 rises from ≈0.3–0.8 µM to ≈1.2–5 µM.',
		label: 'HUMAN',
		sources: [24]
	},
	{
		id: 'use-dependence',
		text: 'Block is use-dependent: more active synapses are blocked more.',
		label: 'HUMAN',
		sources: [21, 22, 23]
	},
	{
		id: 'allosteric',
		text: 'Additional nanomolar allosteric sites have been proposed.',
		label: 'HYPOTHESIS',
		sources: [21]
	},
	{
		id: 'occupancy',
		text: 'Roughly 10–60% of receptors are blocked at the peak, falling to low levels within hours; in-vivo human occupancy at this dose is not well quantified.',
		label: 'HUMAN',
		sources: [14, 18, 24]
	}
];
