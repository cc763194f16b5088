/**
 * One entry point: simulate(schedule, options) → evenly sampled series for every layer, plus a
 * summary. Deterministic and pure: the same input always gives the same numbers. The stepping
 * itself lives in engine.ts; halving the step changes nothing that matters (see simulate.test.ts).
 */
import { MINUTES_PER_DAY, ModelInputError, requireFinite } from './common';
import {
	getCalibration,
	initialState,
	integrate,
	stepCoefficients,
	type RunSetup,
	type Sink
} from './engine';
export { QUIET_LEVEL } from './engine';
import { LAYERS, type LayerInfo, type LayerName } from './parameters';
import { seriesGains } from './plasticity';
import { MOLAR_MASS_G_PER_MOL, dosePeaksNgPerMl, rateTimeline } from './pharmacokinetics';
import { IC50_MICRO_M, checkIc50Band, type Ic50Band } from './receptor';
import { checkSchedule, doseMg, type Schedule } from './schedule';

export interface SimulateOptions {
	/** First sample, minutes (default 0). */
	startMin?: number;
	/** Last sample is at or just before this time, minutes (default: end of the last infusion + 28 days). */
	endMin?: number;
	/** Spacing of samples, minutes (default 1). */
	stepMin?: number;
	/** false = non-responder variant: the connectivity layer barely rises (default true). */
	responder?: boolean;
	/** IC50 band in µM (default 0.5 / 1.2 / 5). `low` IC50 → blockHigh, `high` IC50 → blockLow. */
	ic50MicroM?: Ic50Band;
}

export interface SimulationSummary {
	/** Highest plasma level in the window, exact (dose ends are checked as well as samples). */
	peakNgPerMl: number;
	peakTimeMin: number;
	peakMicroM: number;
	/** Fraction blocked at the plasma peak for each IC50 of the band (low = least block). */
	blockAtPeak: { low: number; central: number; high: number };
	/** Minutes in the window with plasma above `ngPerMl` (crossings interpolated between samples). */
	minutesAbove(ngPerMl: number): number;
	/** Each layer's peak in the window; `block` is at the central IC50. */
	peaks: {
		plasma: number;
		block: number;
		glutamate: number;
		bdnf: number;
		connectivity: number;
		connectivityTimeMin: number;
	};
	/** Plasma ng/mL at the end of each infusion of the schedule (the spike tops). */
	dosePeaksNgPerMl: number[];
	/** Number of infusions in the schedule (including any outside the window). */
	doseCount: number;
	/** Total ketamine infused over the schedule, mg, for the schedule's body weight. */
	totalMg: number;
}

/**
 * A plotted series. Single precision is ample for drawing (7 significant digits) and halves the
 * memory a year at one-minute steps takes; every summary figure is computed in double precision.
 */
export type Series = Float32Array;

/**
 * Evenly sampled series (sample i is at startMin + i·stepMin). Treat as read-only.
 * timeMin, plasmaMicroM and the block band are computed on first read, then kept.
 */
export interface Simulation {
	readonly timeMin: Float64Array;
	readonly plasmaNgPerMl: Series;
	readonly plasmaMicroM: Series;
	/** Fraction of NMDA receptors blocked: low = IC50 5 µM, central = 1.2 µM, high = 0.5 µM (defaults). */
	readonly blockLow: Series;
	readonly blockCentral: Series;
	readonly blockHigh: Series;
	/** Schematic (ILLUSTRATIVE): 1.0 = peak after one standard infusion. */
	readonly glutamate: Series;
	/** Schematic (ILLUSTRATIVE): 1.0 = peak after one standard infusion. */
	readonly bdnf: Series;
	/** Schematic (ILLUSTRATIVE) index on 0..1; one standard infusion peaks at 1/3. */
	readonly connectivity: Series;
	readonly layers: Readonly<Record<LayerName, LayerInfo>>;
	readonly summary: SimulationSummary;
	/** The settings actually used, defaults filled in. */
	readonly settings: SimulationSettings;
}

export interface SimulationSettings {
	startMin: number;
	endMin: number;
	stepMin: number;
	responder: boolean;
	ic50MicroM: Ic50Band;
}

/** Default window after the last infusion: four weeks, the median loss of response in Feder 2021 [13]. */
export const DEFAULT_TAIL_MIN = 28 * MINUTES_PER_DAY;
export const DEFAULT_STEP_MIN = 1;
/** Guard: no more than this many output samples (each sample holds nine numbers). */
export const MAX_SAMPLES = 2_000_000;
/** Internal steps are at most one minute, so fast layers are resolved however coarse the output. */
export const MAX_INTERNAL_STEP_MIN = 1;
/** Guard on internal work: about 7.6 years at one-minute steps. */
export const MAX_INTERNAL_STEPS = 4_000_000;

function checkOptions(checked: Schedule, options: SimulateOptions) {
	if (options === null || typeof options !== 'object') throw new ModelInputError('options must be an object');
	const last = checked.doses[checked.doses.length - 1]!;
	const startMin = requireFinite(options.startMin ?? 0, 'startMin');
	const endMin = requireFinite(options.endMin ?? last.startMin + last.durationMin + DEFAULT_TAIL_MIN, 'endMin');
	const stepMin = requireFinite(options.stepMin ?? DEFAULT_STEP_MIN, 'stepMin');
	if (stepMin <= 0) throw new ModelInputError(`stepMin must be greater than 0 (got ${stepMin})`);
	if (endMin <= startMin) {
		throw new ModelInputError(`endMin (${endMin}) must be later than startMin (${startMin})`);
	}
	const intervals = (endMin - startMin) / stepMin;
	if (!(intervals + 1 <= MAX_SAMPLES)) {
		throw new ModelInputError(
			`window and stepMin would produce ${Math.floor(intervals + 1)} samples; the limit is ${MAX_SAMPLES} ` +
				`(shorten the window or use a larger stepMin)`
		);
	}
	const internalSteps = (endMin - startMin) / Math.min(stepMin, MAX_INTERNAL_STEP_MIN);
	if (internalSteps > MAX_INTERNAL_STEPS) {
		throw new ModelInputError(
			`window of ${endMin - startMin} min is too long: it needs ${Math.ceil(internalSteps)} internal steps ` +
				`(limit ${MAX_INTERNAL_STEPS}, i.e. ${MAX_INTERNAL_STEPS * MAX_INTERNAL_STEP_MIN} min)`
		);
	}
	const responder = options.responder ?? true;
	if (typeof responder !== 'boolean') throw new ModelInputError('responder must be true or false');
	const ic50MicroM = checkIc50Band(options.ic50MicroM ?? IC50_MICRO_M);
	// Tiny tolerance so that e.g. 0..60 by 0.1 includes 60 despite rounding.
	const count = Math.floor(intervals + 1e-9) + 1;
	return { startMin, endMin, stepMin, responder, ic50MicroM, count };
}

/**
 * Simulates `schedule` over a window: plasma (ng/mL, µM), receptor block band, and the three
 * schematic downstream layers, evenly sampled at `stepMin`. Throws ModelInputError for bad input.
 */
export function simulate(schedule: Schedule, options: SimulateOptions = {}): Simulation {
	const checked = checkSchedule(schedule);
	const { startMin, endMin, stepMin, responder, ic50MicroM, count } = checkOptions(checked, options);
	const scale = getCalibration();
	const setup: RunSetup = {
		timeline: rateTimeline(checked),
		gains: seriesGains(checked, responder),
		ic50Central: ic50MicroM.central,
		quietScale: scale
	};
	const firstStart = checked.doses[0]!.startMin;

	// Warm-up: if doses came before the window, run the model from the first dose up to startMin so
	// that slow layers (connectivity decays over days) carry their history into the window.
	const state = initialState(setup, Math.min(startMin, firstStart));
	const warmSpan = startMin - firstStart;
	if (warmSpan > 0) {
		const warmSteps = Math.min(Math.ceil(warmSpan / Math.min(stepMin, MAX_INTERNAL_STEP_MIN)), MAX_INTERNAL_STEPS);
		const h = warmSpan / warmSteps;
		integrate(setup, state, stepCoefficients(h), 1, warmSteps + 1, null);
		state.t = startMin; // removes rounding in firstStart + warmSteps·h (≪ 1e-9 min)
	}

	const substeps = Math.max(1, Math.ceil(stepMin / MAX_INTERNAL_STEP_MIN - 1e-9));
	const sink: Sink = {
		plasmaNgPerMl: new Float32Array(count),
		glutamate: new Float32Array(count),
		bdnf: new Float32Array(count),
		connectivity: new Float32Array(count),
		scale
	};
	const raw = integrate(setup, state, stepCoefficients(stepMin / substeps), substeps, count, sink);

	const peakMicroM = raw.plasmaNg / MOLAR_MASS_G_PER_MOL;
	const blockAt = (ic50: number) => peakMicroM / (peakMicroM + ic50);
	const peakSpine = raw.spine * scale.spinePerRaw;
	const summary: SimulationSummary = {
		peakNgPerMl: raw.plasmaNg,
		peakTimeMin: raw.plasmaTime,
		peakMicroM,
		blockAtPeak: { low: blockAt(ic50MicroM.high), central: blockAt(ic50MicroM.central), high: blockAt(ic50MicroM.low) },
		minutesAbove: (ngPerMl: number) => minutesAbove(stepMin, sink.plasmaNgPerMl, ngPerMl),
		peaks: {
			plasma: raw.plasmaNg,
			block: blockAt(ic50MicroM.central),
			glutamate: raw.glutamate * scale.glutamatePerRaw,
			bdnf: raw.bdnf * scale.bdnfPerRaw,
			connectivity: peakSpine / (1 + peakSpine),
			connectivityTimeMin: raw.spineTime
		},
		dosePeaksNgPerMl: dosePeaksNgPerMl(checked),
		doseCount: checked.doses.length,
		totalMg: checked.doses.reduce((sum, dose) => sum + doseMg(dose, checked.weightKg), 0)
	};
	return simulationResult(sink, summary, { startMin, endMin, stepMin, responder, ic50MicroM });
}

/**
 * The result. Series that are simple functions of plasma (time, µM, the block band) are filled
 * on first read and then kept, so a diagram that draws only one layer does not pay for the rest.
 * They are own enumerable getters, so destructuring and object spread still see them.
 */
function simulationResult(sink: Sink, summary: SimulationSummary, settings: SimulationSettings): Simulation {
	const { startMin, stepMin, ic50MicroM } = settings;
	const plasma = sink.plasmaNgPerMl;
	const count = plasma.length;
	// Plain loops, not a mapping callback: a year at one-minute steps is half a million samples.
	const scaled = (factor: number): Series => {
		const out = new Float32Array(count);
		for (let i = 0; i < count; i++) out[i] = plasma[i]! * factor;
		return out;
	};
	const blockFor = (ic50: number): Series => {
		const out = new Float32Array(count);
		const ic50Ng = ic50 * MOLAR_MASS_G_PER_MOL;
		// µM/(µM + IC50) = ng/(ng + IC50·M), so no conversion per sample.
		for (let i = 0; i < count; i++) {
			const ng = plasma[i]!;
			out[i] = ng / (ng + ic50Ng);
		}
		return out;
	};
	let timeMin: Float64Array | undefined;
	let plasmaMicroM: Series | undefined;
	let blockLow: Series | undefined;
	let blockCentral: Series | undefined;
	let blockHigh: Series | undefined;
	return {
		get timeMin() {
			if (!timeMin) {
				timeMin = new Float64Array(count);
				for (let i = 0; i < count; i++) timeMin[i] = startMin + i * stepMin;
			}
			return timeMin;
		},
		plasmaNgPerMl: plasma,
		get plasmaMicroM() {
			return (plasmaMicroM ??= scaled(1 / MOLAR_MASS_G_PER_MOL));
		},
		get blockLow() {
			return (blockLow ??= blockFor(ic50MicroM.high));
		},
		get blockCentral() {
			return (blockCentral ??= blockFor(ic50MicroM.central));
		},
		get blockHigh() {
			return (blockHigh ??= blockFor(ic50MicroM.low));
		},
		glutamate: sink.glutamate,
		bdnf: sink.bdnf,
		connectivity: sink.connectivity,
		layers: LAYERS,
		summary,
		settings
	};
}

/** Minutes an evenly sampled series spends above `level`, with crossings interpolated linearly. */
export function minutesAbove(stepMin: number, values: ArrayLike<number>, level: number): number {
	requireFinite(level, 'level (ng/mL)');
	let total = 0;
	for (let i = 1; i < values.length; i++) {
		const a = values[i - 1]! - level;
		const b = values[i]! - level;
		if (a > 0 && b > 0) total += stepMin;
		else if (a > 0 !== b > 0) total += (stepMin * Math.max(a, b)) / Math.abs(a - b);
	}
	return total;
}
