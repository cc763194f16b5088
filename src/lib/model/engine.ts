/**
 * The model's inner loop, shared by simulate() and its one-off calibration. Internal module:
 * not re-exported from index.ts.
 *
 * Every layer is advanced by exact per-step propagators whose constant factors are computed once
 * per step size: plasma with the matrix exponential of the two-compartment model, the schematic
 * layers with first-order-hold updates. A year at one-minute steps is ~half a million steps.
 */
import { MINUTES_PER_DAY } from './common';
import {
	BDNF_TAU_MIN,
	CONNECTIVITY_DECAY_TAU_MIN,
	GLUTAMATE_BLOCK_THRESHOLD,
	GLUTAMATE_TAU_MIN,
	SPINE_FORMATION_TAU_MIN,
	SPINE_SIGNAL_PER_STANDARD_DOSE,
	firstOrderHold,
	type FirstOrderHold
} from './plasticity';
import {
	MOLAR_MASS_G_PER_MOL,
	NG_PER_ML_PER_CENTRAL_MG_PER_KG,
	compartmentPropagator,
	rateTimeline,
	steadyCentral,
	steadyPeripheral,
	type CompartmentPropagator,
	type RateTimeline
} from './pharmacokinetics';
import { IC50_MICRO_M } from './receptor';
import {
	DEFAULT_WEIGHT_KG,
	STANDARD_DOSE_MG_PER_KG,
	STANDARD_DURATION_MIN,
	checkSchedule
} from './schedule';

export interface StepCoefficients {
	h: number;
	pk: CompartmentPropagator;
	glutamate: FirstOrderHold;
	bdnf: FirstOrderHold;
	formation: FirstOrderHold;
	spine: FirstOrderHold;
}

export function stepCoefficients(h: number): StepCoefficients {
	return {
		h,
		pk: compartmentPropagator(h),
		glutamate: firstOrderHold(GLUTAMATE_TAU_MIN, h),
		bdnf: firstOrderHold(BDNF_TAU_MIN, h),
		formation: firstOrderHold(SPINE_FORMATION_TAU_MIN, h),
		spine: firstOrderHold(CONNECTIVITY_DECAY_TAU_MIN, h)
	};
}

/** What does not change during a run. */
export interface RunSetup {
	timeline: RateTimeline;
	/** Drive-to-spine-formation gain of each dose (seriesGains). */
	gains: Float64Array;
	ic50Central: number;
	/**
	 * Scales used to decide when every fast layer has died away (see QUIET_LEVEL). Absent during
	 * calibration, which has no scales yet and so never takes the quiet path.
	 */
	quietScale?: Calibration;
}

/**
 * The model's state between runs of integrate(). Layer values are raw (unscaled). The infusion
 * rate in force is rates[next − 1] (0 before the first change); `gain` is the latest dose's gain.
 */
export interface RunState {
	t: number;
	central: number;
	peripheral: number;
	next: number;
	gain: number;
	drive: number;
	glutamate: number;
	bdnf: number;
	formationInput: number;
	formation: number;
	spine: number;
}

export function initialState(setup: RunSetup, t: number): RunState {
	const state: RunState = {
		t,
		central: 0,
		peripheral: 0,
		next: 0,
		gain: 0,
		drive: 0,
		glutamate: 0,
		bdnf: 0,
		formationInput: 0,
		formation: 0,
		spine: 0
	};
	const times = setup.timeline.times;
	while (state.next < times.length && times[state.next]! <= t) {
		if ((state.next & 1) === 0) state.gain = setup.gains[state.next >> 1]!;
		state.next++;
	}
	return state;
}

/** Where integrate() writes samples, and the calibration scales applied on the way. */
export interface Sink {
	plasmaNgPerMl: Float32Array;
	glutamate: Float32Array;
	bdnf: Float32Array;
	connectivity: Float32Array;
	scale: Calibration;
}

/** Raw peaks seen at the internal resolution, and exact plasma at infusion ends inside steps. */
export interface RawPeaks {
	plasmaNg: number;
	plasmaTime: number;
	glutamate: number;
	bdnf: number;
	spine: number;
	spineTime: number;
}

/** Position in the output: the last sample written, and internal steps left until the next one. */
interface Cursor {
	sample: number;
	untilSample: number;
}

/**
 * Internal steps are done in chunks of this many, in two passes: pharmacokinetics first (plasma
 * and gain of each step into small buffers), then the downstream cascade. Two short loops with few
 * live variables ran about twice as fast in V8 as one loop that carries everything.
 */
const CHUNK_STEPS = 2048;

/**
 * Between infusions, once plasma and every fast layer are below this level (ng/mL for plasma;
 * for the schematic layers, in their plotted units, where one standard infusion peaks at 1), they
 * are set to exactly zero and a chunk advances only the slow connectivity decay, which is all that
 * is left. The values dropped are a millionth of a layer's peak (a thousandth of a pixel on the
 * widest chart) and plasma 1e-6 ng/mL, 10⁸ times below its peak; and a
 * year of monthly maintenance is then about three-quarters quiet, which is what keeps a year at
 * one-minute steps within the bench budget (bench/model.bench.ts).
 */
export const QUIET_LEVEL = 1e-6;

/**
 * Runs the model from state.t (= startMin) over `count − 1` sample intervals of `stepMin`, each
 * split into `substeps` internal steps of c.h, writing sample i (i = 0 is the current state) to
 * `sink` if given. Returns the raw peaks seen.
 */
export function integrate(
	setup: RunSetup,
	state: RunState,
	c: StepCoefficients,
	substeps: number,
	count: number,
	sink: Sink | null
): RawPeaks {
	const startMin = state.t;
	const totalSteps = (count - 1) * substeps;
	const peaks: RawPeaks = {
		plasmaNg: state.central * NG_PER_ML_PER_CENTRAL_MG_PER_KG,
		plasmaTime: startMin,
		glutamate: state.glutamate,
		bdnf: state.bdnf,
		spine: state.spine,
		spineTime: startMin
	};
	if (sink) writeSample(sink, 0, peaks.plasmaNg, state.glutamate, state.bdnf, state.spine);
	const cursor: Cursor = { sample: 0, untilSample: substeps };
	const size = Math.max(1, Math.min(CHUNK_STEPS, totalSteps));
	const plasmaBuffer = new Float64Array(size);
	const gainBuffer = new Float64Array(size);
	for (let done = 0; done < totalSteps; done += CHUNK_STEPS) {
		const n = Math.min(CHUNK_STEPS, totalSteps - done);
		if (isQuiet(setup, state, startMin + (done + n) * c.h)) {
			quietChunk(state, c, startMin, done, n, substeps, cursor, sink);
			continue;
		}
		pharmacokineticsChunk(setup, state, c, startMin, done, n, plasmaBuffer, gainBuffer, peaks);
		cascadeChunk(setup, state, c, startMin, done, n, plasmaBuffer, gainBuffer, substeps, cursor, sink, peaks);
	}
	return peaks;
}

/**
 * True when nothing but the connectivity decay can change before `untilMin`: no infusion running
 * or starting, and plasma and the fast layers below QUIET_LEVEL (then zeroed, exactly).
 */
function isQuiet(setup: RunSetup, state: RunState, untilMin: number): boolean {
	const scale = setup.quietScale;
	if (!scale || (state.next & 1) === 1) return false;
	const times = setup.timeline.times;
	if (state.next < times.length && times[state.next]! <= untilMin) return false;
	const toNg = NG_PER_ML_PER_CENTRAL_MG_PER_KG;
	if (state.central * toNg >= QUIET_LEVEL || state.peripheral * toNg >= QUIET_LEVEL) return false;
	// Zeroed whether or not the rest is quiet yet, so that plasma never depends on the cascade
	// (a responder and a non-responder get the same drug curve, exactly).
	state.central = state.peripheral = 0;
	const quiet =
		state.glutamate * scale.glutamatePerRaw < QUIET_LEVEL &&
		state.bdnf * scale.bdnfPerRaw < QUIET_LEVEL &&
		state.formationInput * scale.spinePerRaw < QUIET_LEVEL &&
		state.formation * scale.spinePerRaw < QUIET_LEVEL;
	if (quiet) state.drive = state.glutamate = state.bdnf = state.formationInput = state.formation = 0;
	return quiet;
}

/**
 * A quiet chunk: with no input, the connectivity signal only decays (so no new peak), and plasma,
 * glutamate and BDNF samples are zero.
 */
function quietChunk(
	state: RunState,
	c: StepCoefficients,
	startMin: number,
	done: number,
	n: number,
	substeps: number,
	cursor: Cursor,
	sink: Sink | null
): void {
	const decay = c.spine.decay;
	let spine = state.spine;
	let { sample, untilSample } = cursor;
	const first = sample + 1;
	const out = sink ? sink.connectivity : new Float32Array(0);
	const spineScale = sink ? sink.scale.spinePerRaw : 1;
	for (let k = 0; k < n; k++) {
		spine *= decay;
		if (--untilSample === 0) {
			untilSample = substeps;
			sample++;
			if (sink) {
				const scaled = spine * spineScale;
				out[sample] = scaled / (1 + scaled);
			}
		}
	}
	if (sink) {
		sink.plasmaNgPerMl.fill(0, first, sample + 1);
		sink.glutamate.fill(0, first, sample + 1);
		sink.bdnf.fill(0, first, sample + 1);
	}
	state.spine = spine;
	state.t = startMin + (done + n) * c.h;
	cursor.sample = sample;
	cursor.untilSample = untilSample;
}

function writeSample(sink: Sink, i: number, ng: number, glutamate: number, bdnf: number, spine: number): void {
	const scaled = spine * sink.scale.spinePerRaw;
	sink.plasmaNgPerMl[i] = ng;
	sink.glutamate[i] = glutamate * sink.scale.glutamatePerRaw;
	sink.bdnf[i] = bdnf * sink.scale.bdnfPerRaw;
	sink.connectivity[i] = scaled / (1 + scaled);
}

function flush(x: number): number {
	return x < 1e-200 ? 0 : x;
}

/**
 * Pass 1 over internal steps done+1 … done+n: plasma (ng/mL) at the end of each step, exact, and
 * the series gain in force. A step that contains a rate change is split there, still exactly.
 */
function pharmacokineticsChunk(
	setup: RunSetup,
	state: RunState,
	c: StepCoefficients,
	startMin: number,
	done: number,
	n: number,
	plasmaOut: Float64Array,
	gainOut: Float64Array,
	peaks: RawPeaks
): void {
	const { times, rates } = setup.timeline;
	const gains = setup.gains;
	const { e11, e12, e21, e22 } = c.pk;
	const h = c.h;
	const toNg = NG_PER_ML_PER_CENTRAL_MG_PER_KG;
	let { t, central, peripheral, next, gain } = state;
	let rate = next > 0 ? rates[next - 1]! : 0;
	let ss1 = steadyCentral(rate);
	let ss2 = steadyPeripheral(rate);
	let nextBreak = next < times.length ? times[next]! : Infinity;
	let peakNg = peaks.plasmaNg;
	let peakTime = peaks.plasmaTime;

	for (let k = 0; k < n; k++) {
		const t1 = startMin + (done + k + 1) * h;
		if (nextBreak > t1) {
			// A(t1) = A_ss + exp(M·h)·(A(t) − A_ss) at a constant rate.
			const d1 = central - ss1;
			const d2 = peripheral - ss2;
			central = ss1 + e11 * d1 + e12 * d2;
			peripheral = ss2 + e21 * d1 + e22 * d2;
		} else {
			// The rate changes inside this step or at its end (rare).
			let tt = t;
			while (nextBreak <= t1) {
				if (nextBreak > tt) {
					const p = compartmentPropagator(nextBreak - tt);
					const d1 = central - ss1;
					const d2 = peripheral - ss2;
					central = ss1 + p.e11 * d1 + p.e12 * d2;
					peripheral = ss2 + p.e21 * d1 + p.e22 * d2;
					tt = nextBreak;
				}
				if ((next & 1) === 1) {
					// An infusion ends here: its exact peak may fall between samples.
					const atEnd = central * toNg;
					if (atEnd > peakNg) {
						peakNg = atEnd;
						peakTime = tt;
					}
				} else {
					gain = gains[next >> 1]!;
				}
				rate = rates[next]!;
				ss1 = steadyCentral(rate);
				ss2 = steadyPeripheral(rate);
				next++;
				nextBreak = next < times.length ? times[next]! : Infinity;
			}
			if (t1 > tt) {
				const p = compartmentPropagator(t1 - tt);
				const d1 = central - ss1;
				const d2 = peripheral - ss2;
				central = ss1 + p.e11 * d1 + p.e12 * d2;
				peripheral = ss2 + p.e21 * d1 + p.e22 * d2;
			}
		}
		t = t1;
		const ng = central * toNg;
		if (ng > peakNg) {
			peakNg = ng;
			peakTime = t1;
		}
		plasmaOut[k] = ng;
		gainOut[k] = gain;
	}
	// Flush to zero far below any meaningful level: see the note on subnormals in cascadeChunk.
	Object.assign(state, { t, central: flush(central), peripheral: flush(peripheral), next, gain });
	peaks.plasmaNg = peakNg;
	peaks.plasmaTime = peakTime;
}

/**
 * Pass 2 over the same steps: receptor block at the central IC50 drives the schematic cascade
 * (plasticity.ts), each layer updated exactly for an input linear across the step. Every
 * `substeps` steps a sample is written.
 */
function cascadeChunk(
	setup: RunSetup,
	state: RunState,
	c: StepCoefficients,
	startMin: number,
	done: number,
	n: number,
	plasmaIn: Float64Array,
	gainIn: Float64Array,
	substeps: number,
	cursor: Cursor,
	sink: Sink | null,
	peaks: RawPeaks
): void {
	const { decay: gD, weightNew: gN, weightOld: gO } = c.glutamate;
	const { decay: bD, weightNew: bN, weightOld: bO } = c.bdnf;
	const { decay: fD, weightNew: fN, weightOld: fO } = c.formation;
	const { decay: sD, weightNew: sN, weightOld: sO } = c.spine;
	const h = c.h;
	const ic50 = setup.ic50Central;
	const threshold = GLUTAMATE_BLOCK_THRESHOLD;
	const driveScale = 1 / (1 - GLUTAMATE_BLOCK_THRESHOLD);
	const toMicroM = 1 / MOLAR_MASS_G_PER_MOL;
	// Block exceeds the threshold exactly when plasma exceeds this level (inverse Hill relation),
	// which spares a division on the many steps with little drug on board.
	const ngAtThreshold = ((ic50 * threshold) / (1 - threshold)) * MOLAR_MASS_G_PER_MOL;
	let { drive, glutamate, bdnf, formationInput, formation, spine } = state;
	let peakGlutamate = peaks.glutamate;
	let peakBdnf = peaks.bdnf;
	let peakSpine = peaks.spine;
	let peakSpineStep = -1;
	let { sample, untilSample } = cursor;
	const write = sink !== null;
	const empty = new Float32Array(0);
	const outPlasma = sink ? sink.plasmaNgPerMl : empty;
	const outGlutamate = sink ? sink.glutamate : empty;
	const outBdnf = sink ? sink.bdnf : empty;
	const outConnectivity = sink ? sink.connectivity : empty;
	const glutamateScale = sink ? sink.scale.glutamatePerRaw : 1;
	const bdnfScale = sink ? sink.scale.bdnfPerRaw : 1;
	const spineScale = sink ? sink.scale.spinePerRaw : 1;

	for (let k = 0; k < n; k++) {
		const ng = plasmaIn[k]!;
		let newDrive = 0;
		if (ng > ngAtThreshold) {
			const microM = ng * toMicroM;
			newDrive = (microM / (microM + ic50) - threshold) * driveScale;
		}
		const newGlutamate = gD * glutamate + gN * newDrive + gO * drive;
		const newBdnf = bD * bdnf + bN * newGlutamate + bO * glutamate;
		const newFormationInput = gainIn[k]! * newBdnf;
		const newFormation = fD * formation + fN * newFormationInput + fO * formationInput;
		spine = sD * spine + sN * newFormation + sO * formation;
		drive = newDrive;
		glutamate = newGlutamate;
		bdnf = newBdnf;
		formationInput = newFormationInput;
		formation = newFormation;

		// Peaks at the internal resolution, not only at the output samples.
		if (glutamate > peakGlutamate) peakGlutamate = glutamate;
		if (bdnf > peakBdnf) peakBdnf = bdnf;
		if (spine > peakSpine) {
			peakSpine = spine;
			peakSpineStep = k;
		}
		if (--untilSample === 0) {
			untilSample = substeps;
			sample++;
			if (write) {
				const scaled = spine * spineScale;
				outPlasma[sample] = ng;
				outGlutamate[sample] = glutamate * glutamateScale;
				outBdnf[sample] = bdnf * bdnfScale;
				outConnectivity[sample] = scaled / (1 + scaled);
			}
		}
	}
	// Once per chunk, flush values below 1e-200 to zero: decaying layers would otherwise end up as
	// subnormal numbers, which stick (x·decay rounds back to x) and make every operation on them
	// slow. With steps of at most one minute, one chunk cannot take a value from above 1e-200 into
	// the subnormal range (below 2e-308), even at the fastest time constant (10 min). This changes
	// nothing visible: 1e-200 is ~200 orders of magnitude below any plotted value.
	Object.assign(state, {
		drive: flush(drive),
		glutamate: flush(glutamate),
		bdnf: flush(bdnf),
		formationInput: flush(formationInput),
		formation: flush(formation),
		spine: flush(spine)
	});
	peaks.glutamate = peakGlutamate;
	peaks.bdnf = peakBdnf;
	if (peakSpineStep >= 0) {
		peaks.spine = peakSpine;
		peaks.spineTime = startMin + (done + peakSpineStep + 1) * h;
	}
	cursor.sample = sample;
	cursor.untilSample = untilSample;
}

export interface Calibration {
	glutamatePerRaw: number;
	bdnfPerRaw: number;
	spinePerRaw: number;
}

let calibration: Calibration | undefined;

/**
 * Scales so that one standard infusion (0.5 mg/kg over 40 min, default IC50s, gain 1) peaks at
 * glutamate 1, BDNF 1 and spine signal SPINE_SIGNAL_PER_STANDARD_DOSE. Computed once, at a fine
 * fixed step, so it does not depend on any caller's resolution.
 */
export function getCalibration(): Calibration {
	if (calibration) return calibration;
	const reference = checkSchedule({
		weightKg: DEFAULT_WEIGHT_KG,
		doses: [{ startMin: 0, mgPerKg: STANDARD_DOSE_MG_PER_KG, durationMin: STANDARD_DURATION_MIN }]
	});
	const setup: RunSetup = {
		timeline: rateTimeline(reference),
		gains: Float64Array.of(1),
		ic50Central: IC50_MICRO_M.central
	};
	const h = 0.1;
	const steps = Math.round((3 * MINUTES_PER_DAY) / h);
	const peaks = integrate(setup, initialState(setup, 0), stepCoefficients(h), 1, steps + 1, null);
	calibration = {
		glutamatePerRaw: 1 / peaks.glutamate,
		bdnfPerRaw: 1 / peaks.bdnf,
		spinePerRaw: SPINE_SIGNAL_PER_STANDARD_DOSE / peaks.spine
	};
	return calibration;
}

