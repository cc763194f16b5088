/**
 * The mechanism model ($model): a pure, deterministic TypeScript model that turns a ketamine
 * infusion schedule into plasma, receptor-block and schematic downstream time series.
 * Not a dosing tool; it does not predict any one person's response (see docs/model.md).
 */
export { ModelInputError, MINUTES_PER_DAY, MINUTES_PER_HOUR, MINUTES_PER_WEEK, type EvidenceLabel } from './common';
export {
	schedules,
	checkSchedule,
	doseMg,
	infusionRate,
	STANDARD_DOSE_MG_PER_KG,
	STANDARD_DURATION_MIN,
	DEFAULT_WEIGHT_KG,
	MIN_DOSE_MG_PER_KG,
	MAX_DOSE_MG_PER_KG,
	SIX_OVER_TWO_WEEKS_DAYS,
	TWICE_WEEKLY_EIGHT_DAYS,
	type Dose,
	type Schedule,
	type PresetOptions
} from './schedule';
export {
	plasmaAt,
	dosePeaksNgPerMl,
	ngPerMlToMicroM,
	MOLAR_MASS_G_PER_MOL,
	MOLAR_MASS_HCL_G_PER_MOL,
	V1_L_PER_KG,
	K10_PER_MIN,
	K12_PER_MIN,
	K21_PER_MIN,
	ALPHA_PER_MIN,
	BETA_PER_MIN,
	HALF_LIFE_DISTRIBUTION_MIN,
	HALF_LIFE_TERMINAL_MIN,
	CLEARANCE_L_PER_H_PER_KG,
	VSS_L_PER_KG
} from './pharmacokinetics';
export {
	fractionBlocked,
	concentrationForBlock,
	IC50_MICRO_M,
	HILL_COEFFICIENT,
	CONCENTRATION_BASIS,
	RECEPTOR_FACTS,
	type Ic50Band,
	type ReceptorFact
} from './receptor';
export {
	GLUTAMATE_BLOCK_THRESHOLD,
	GLUTAMATE_TAU_MIN,
	BDNF_TAU_MIN,
	SPINE_FORMATION_TAU_MIN,
	CONNECTIVITY_DECAY_TAU_DAYS,
	SERIES_GAIN_STEP,
	SERIES_GAIN_MAX_PRIOR_DOSES,
	SERIES_PRIMING_WINDOW_DAYS,
	NON_RESPONDER_FACTOR,
	SPINE_SIGNAL_PER_STANDARD_DOSE
} from './plasticity';
export {
	simulate,
	DEFAULT_TAIL_MIN,
	DEFAULT_STEP_MIN,
	MAX_SAMPLES,
	MAX_INTERNAL_STEP_MIN,
	MAX_INTERNAL_STEPS,
	QUIET_LEVEL,
	type SimulateOptions,
	type Simulation,
	type SimulationSummary,
	type SimulationSettings,
	type Series
} from './simulate';
export { PARAMETERS, LAYERS, type Parameter, type LayerInfo, type LayerName } from './parameters';
