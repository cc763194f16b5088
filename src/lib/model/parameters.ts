/**
 * What the model stands on, as data: every parameter with its value, unit, sources (reference
 * numbers in ../shared/science-brief.md) and evidence label, and what each output layer is.
 * docs/model.md and the site's "about the numbers" table render these.
 */
import type { EvidenceLabel } from './common';
import {
	K10_PER_MIN,
	K12_PER_MIN,
	K21_PER_MIN,
	MOLAR_MASS_G_PER_MOL,
	V1_L_PER_KG
} from './pharmacokinetics';
import {
	BDNF_TAU_MIN,
	CONNECTIVITY_DECAY_TAU_DAYS,
	GLUTAMATE_BLOCK_THRESHOLD,
	GLUTAMATE_TAU_MIN,
	NON_RESPONDER_FACTOR,
	SERIES_GAIN_MAX_PRIOR_DOSES,
	SERIES_GAIN_STEP,
	SERIES_PRIMING_WINDOW_DAYS,
	SPINE_FORMATION_TAU_MIN,
	SPINE_SIGNAL_PER_STANDARD_DOSE
} from './plasticity';
import { HILL_COEFFICIENT, IC50_MICRO_M } from './receptor';
import { DEFAULT_WEIGHT_KG, STANDARD_DOSE_MG_PER_KG, STANDARD_DURATION_MIN } from './schedule';

export interface Parameter {
	/** Stable identifier (also the name of the constant in the code). */
	name: string;
	/** Short description for tables. */
	description: string;
	value: number;
	unit: string;
	sources: number[];
	label: EvidenceLabel;
	note?: string;
}

export const PARAMETERS: readonly Parameter[] = [
	{ name: 'STANDARD_DOSE_MG_PER_KG', description: 'Standard dose', value: STANDARD_DOSE_MG_PER_KG, unit: 'mg/kg', sources: [12, 13], label: 'HUMAN', note: 'Stated as ketamine HCl in the trials; used as given (no salt correction), as in the brief’s simulation.' },
	{ name: 'STANDARD_DURATION_MIN', description: 'Standard infusion time', value: STANDARD_DURATION_MIN, unit: 'min', sources: [12, 13], label: 'HUMAN' },
	{ name: 'DEFAULT_WEIGHT_KG', description: 'Reference body weight', value: DEFAULT_WEIGHT_KG, unit: 'kg', sources: [12], label: 'ILLUSTRATIVE', note: 'The brief’s reference adult (0.5 mg/kg ≈ 35 mg). Concentrations are per kg and do not depend on it.' },
	{ name: 'V1_L_PER_KG', description: 'Central volume (Clements & Nimmo)', value: V1_L_PER_KG, unit: 'L/kg', sources: [19, 20], label: 'HUMAN', note: 'As implemented in opentiva; not yet checked against the 1981 paper [M].' },
	{ name: 'K10_PER_MIN', description: 'Elimination rate constant', value: K10_PER_MIN, unit: '1/min', sources: [19, 20], label: 'HUMAN' },
	{ name: 'K12_PER_MIN', description: 'Central → peripheral rate constant', value: K12_PER_MIN, unit: '1/min', sources: [19, 20], label: 'HUMAN' },
	{ name: 'K21_PER_MIN', description: 'Peripheral → central rate constant', value: K21_PER_MIN, unit: '1/min', sources: [19, 20], label: 'HUMAN' },
	{ name: 'MOLAR_MASS_G_PER_MOL', description: 'Molar mass of ketamine base (ng/mL → µM)', value: MOLAR_MASS_G_PER_MOL, unit: 'g/mol', sources: [14], label: 'HUMAN', note: 'Plasma assays report the base; the HCl salt is ≈274 g/mol. A chemical constant; labelled with the human plasma data it converts.' },
	{ name: 'IC50_LOW_MICRO_M', description: 'IC50 without Mg²⁺ (most block)', value: IC50_MICRO_M.low, unit: 'µM', sources: [24, 18, 25], label: 'HUMAN', note: 'In-vitro; ≈0.3–0.8 µM across GluN2A–D [M]. Gives the upper edge of the block band.' },
	{ name: 'IC50_CENTRAL_MICRO_M', description: 'Central IC50 (GluN2C in 1 mM Mg²⁺)', value: IC50_MICRO_M.central, unit: 'µM', sources: [24], label: 'HUMAN', note: 'In-vitro [M]; the brief’s middle column, ≈39% block at the peak with total plasma concentration.' },
	{ name: 'IC50_HIGH_MICRO_M', description: 'IC50 in 1 mM Mg²⁺, GluN2A/2B (least block)', value: IC50_MICRO_M.high, unit: 'µM', sources: [24], label: 'HUMAN', note: 'In-vitro [M]. Gives the lower edge of the block band.' },
	{ name: 'HILL_COEFFICIENT', description: 'Hill coefficient of block', value: HILL_COEFFICIENT, unit: '', sources: [14], label: 'HUMAN', note: 'As in the brief’s calculated table [C]; applied to total plasma concentration.' },
	{ name: 'GLUTAMATE_BLOCK_THRESHOLD', description: 'Block needed for a glutamate burst', value: GLUTAMATE_BLOCK_THRESHOLD, unit: 'fraction', sources: [26, 27, 31, 32], label: 'ILLUSTRATIVE', note: 'Chosen so the burst lasts through the infusion and fades within ~2 h after it; no data give a threshold.' },
	{ name: 'GLUTAMATE_TAU_MIN', description: 'Glutamate response time', value: GLUTAMATE_TAU_MIN, unit: 'min', sources: [27, 31], label: 'ILLUSTRATIVE', note: 'Minutes: human MRS during the infusion (small studies), rat microdialysis.' },
	{ name: 'BDNF_TAU_MIN', description: 'BDNF/mTOR signal time constant', value: BDNF_TAU_MIN, unit: 'min', sources: [28, 33], label: 'ILLUSTRATIVE', note: 'Animal: BDNF translation ~30 min, mTORC1 ~0.5–1 h.' },
	{ name: 'SPINE_FORMATION_TAU_MIN', description: 'Synaptic-protein / spine-formation stage', value: SPINE_FORMATION_TAU_MIN, unit: 'min', sources: [33, 34], label: 'ILLUSTRATIVE', note: 'Animal: spines appear ~12–24 h; places the connectivity peak ~24 h after a dose.' },
	{ name: 'CONNECTIVITY_DECAY_TAU_DAYS', description: 'Decay of the connectivity index', value: CONNECTIVITY_DECAY_TAU_DAYS, unit: 'days', sources: [35], label: 'ILLUSTRATIVE', note: 'Animal: spine density stays raised up to 2 weeks after one dose. Not a human time constant (none exists).' },
	{ name: 'SERIES_GAIN_STEP', description: 'Extra gain per earlier infusion in a series', value: SERIES_GAIN_STEP, unit: 'per infusion', sources: [36, 49], label: 'ILLUSTRATIVE', note: 'Cumulative effect across infusions in depression (human) and spine formation after repeated doses (mice).' },
	{ name: 'SERIES_GAIN_MAX_PRIOR_DOSES', description: 'Earlier infusions that can add gain', value: SERIES_GAIN_MAX_PRIOR_DOSES, unit: 'infusions', sources: [13, 49], label: 'ILLUSTRATIVE', note: 'Gain grows over infusions 2–6 only (brief §7).' },
	{ name: 'SERIES_PRIMING_WINDOW_DAYS', description: 'Window in which earlier infusions add gain', value: SERIES_PRIMING_WINDOW_DAYS, unit: 'days', sources: [13, 49], label: 'ILLUSTRATIVE', note: 'The span of a six-infusion series.' },
	{ name: 'NON_RESPONDER_FACTOR', description: 'Plasticity drive in the non-responder variant', value: NON_RESPONDER_FACTOR, unit: 'fraction', sources: [13, 38, 41], label: 'ILLUSTRATIVE', note: 'About 1 in 3 did not respond even in the positive trial; the largest trial was negative.' },
	{ name: 'SPINE_SIGNAL_PER_STANDARD_DOSE', description: 'Spine signal after one standard infusion (index S/(1+S) = 1/3)', value: SPINE_SIGNAL_PER_STANDARD_DOSE, unit: '', sources: [], label: 'ILLUSTRATIVE', note: 'Pure scale choice for drawing; no data.' }
];

export type LayerName = 'plasma' | 'block' | 'glutamate' | 'bdnf' | 'connectivity';

export interface LayerInfo {
	/** The label the diagram must show for this layer. */
	label: EvidenceLabel;
	/** The strongest evidence the layer's shape rests on (for schematic layers, what inspired them). */
	basis: EvidenceLabel;
	unit: string;
	sources: number[];
	note: string;
}

export const LAYERS: Readonly<Record<LayerName, LayerInfo>> = Object.freeze({
	plasma: {
		label: 'HUMAN',
		basis: 'HUMAN',
		unit: 'ng/mL',
		sources: [14, 15, 16, 19, 20],
		note: 'Two-compartment Clements & Nimmo model, solved exactly. Peak ≈177 ng/mL after 0.5 mg/kg over 40 min (observed ≈185). No accumulation between infusions.'
	},
	block: {
		label: 'HUMAN',
		basis: 'HUMAN',
		unit: 'fraction of NMDA receptors blocked',
		sources: [18, 21, 22, 23, 24],
		note: 'Hill relation (n = 1) on total plasma concentration, drawn as a band over IC50 0.5–5 µM (central 1.2 µM). Human pharmacology plus calculation; in-vivo occupancy is not well quantified.'
	},
	glutamate: {
		label: 'ILLUSTRATIVE',
		basis: 'HUMAN',
		unit: 'relative (1 = peak after one standard infusion)',
		sources: [26, 27, 31, 32],
		note: 'Schematic glutamate burst from interneuron block (disinhibition, animal). A surge during the infusion is shown in people only in small MRS studies; gone ~3 h later.'
	},
	bdnf: {
		label: 'ILLUSTRATIVE',
		basis: 'ANIMAL',
		unit: 'relative (1 = peak after one standard infusion)',
		sources: [28, 33, 38, 39],
		note: 'Schematic BDNF → TrkB → mTORC1 signal, ~30 min to hours, from rodent studies. Human blood BDNF findings are mixed.'
	},
	connectivity: {
		label: 'ILLUSTRATIVE',
		basis: 'ANIMAL',
		unit: 'index 0–1 (one standard infusion peaks at 1/3)',
		sources: [33, 34, 35, 36, 37, 49],
		note: 'Schematic synaptic-connectivity index: new spines over ~24 h, decaying over days to weeks (rodents). That spines explain sustained relief is a HYPOTHESIS; human PET showed no group change in synaptic density at 24 h.'
	}
});
