/**
 * Plasma ketamine from an infusion schedule: the two-compartment Clements & Nimmo model [19]
 * with the per-kg parameter set the brief recommends (as implemented in opentiva [20]; brief §2).
 *
 * Amounts are mg per kg of body weight, so body weight cancels out of concentrations:
 *   dA1/dt = R(t) − (k10 + k12)·A1 + k21·A2      (central, plasma)
 *   dA2/dt = k12·A1 − k21·A2                      (peripheral)
 *   C = A1 / V1
 * R(t) is piecewise constant (each infusion runs at a constant rate), so the system is solved
 * exactly with matrix exponentials between rate changes — there are no Euler steps anywhere.
 */
import { requireFinite } from './common';
import { checkSchedule, infusionRate, type Dose, type Schedule } from './schedule';

/** Central volume, L/kg [19,20]. */
export const V1_L_PER_KG = 1.7522;
/** Elimination rate constant from the central compartment, per minute [19,20]. */
export const K10_PER_MIN = 0.0109;
/** Central → peripheral transfer, per minute [19,20]. */
export const K12_PER_MIN = 0.0186;
/** Peripheral → central transfer, per minute [19,20]. */
export const K21_PER_MIN = 0.0137;

/**
 * Molar mass used to turn ng/mL into µM: ketamine base, 237.7 g/mol (brief §2). Plasma assays
 * report the base, and the brief's µM figures (185 ng/mL = 0.78 µM [14]) use it. The HCl salt
 * (≈274 g/mol) is the form in the vial, and trial doses are stated as the salt [12]; like the
 * brief's own simulation [C], the model takes the nominal mg/kg as given, without a salt correction.
 */
export const MOLAR_MASS_G_PER_MOL = 237.7;
/** Ketamine hydrochloride, for reference only (brief §2; not used in any calculation). */
export const MOLAR_MASS_HCL_G_PER_MOL = 274;

const SUM = K10_PER_MIN + K12_PER_MIN + K21_PER_MIN;
const ROOT = Math.sqrt(SUM * SUM - 4 * K10_PER_MIN * K21_PER_MIN);
/** Fast (distribution) and slow (elimination) exponents of the model, per minute. */
export const ALPHA_PER_MIN = (SUM + ROOT) / 2;
export const BETA_PER_MIN = (SUM - ROOT) / 2;
/** Derived half-lives [C]: the brief gives 17.6 min and 183 min (3.0 h). */
export const HALF_LIFE_DISTRIBUTION_MIN = Math.LN2 / ALPHA_PER_MIN;
export const HALF_LIFE_TERMINAL_MIN = Math.LN2 / BETA_PER_MIN;
/** Derived clearance and steady-state volume [C]: the brief gives 1.15 L/h/kg and 4.13 L/kg. */
export const CLEARANCE_L_PER_H_PER_KG = K10_PER_MIN * V1_L_PER_KG * 60;
export const VSS_L_PER_KG = V1_L_PER_KG * (1 + K12_PER_MIN / K21_PER_MIN);

// Central-compartment response to a unit bolus: a·e^(−αt) + b·e^(−βt), with a + b = 1.
const COEF_ALPHA = (ALPHA_PER_MIN - K21_PER_MIN) / (ALPHA_PER_MIN - BETA_PER_MIN);
const COEF_BETA = (K21_PER_MIN - BETA_PER_MIN) / (ALPHA_PER_MIN - BETA_PER_MIN);

/** mg/kg in the central compartment → plasma ng/mL (mg/L × 1000). */
export const NG_PER_ML_PER_CENTRAL_MG_PER_KG = 1000 / V1_L_PER_KG;

/** ng/mL (= µg/L) → µmol/L, using the base molar mass. */
export function ngPerMlToMicroM(ngPerMl: number): number {
	return ngPerMl / MOLAR_MASS_G_PER_MOL;
}

/** Drug amounts in the two compartments, mg/kg. */
export interface CompartmentState {
	central: number;
	peripheral: number;
}

/** exp(M·dt) for the compartment matrix M: advances the drug-free part of the state by dt. */
export interface CompartmentPropagator {
	dtMin: number;
	e11: number;
	e12: number;
	e21: number;
	e22: number;
}

/** Exact propagator over `dtMin` (Sylvester's formula with the eigenvalues −α and −β). */
export function compartmentPropagator(dtMin: number): CompartmentPropagator {
	const ea = Math.exp(-ALPHA_PER_MIN * dtMin);
	const eb = Math.exp(-BETA_PER_MIN * dtMin);
	const d = BETA_PER_MIN - ALPHA_PER_MIN;
	const m11 = -(K10_PER_MIN + K12_PER_MIN);
	const m22 = -K21_PER_MIN;
	return {
		dtMin,
		e11: ((m11 + BETA_PER_MIN) * ea - (m11 + ALPHA_PER_MIN) * eb) / d,
		e12: (K21_PER_MIN * (ea - eb)) / d,
		e21: (K12_PER_MIN * (ea - eb)) / d,
		e22: ((m22 + BETA_PER_MIN) * ea - (m22 + ALPHA_PER_MIN) * eb) / d
	};
}

/** Amounts the state tends to under a constant rate (mg/kg/min): A1 = R/k10, A2 = A1·k12/k21. */
export function steadyCentral(rate: number): number {
	return rate / K10_PER_MIN;
}
export function steadyPeripheral(rate: number): number {
	return (rate / K10_PER_MIN) * (K12_PER_MIN / K21_PER_MIN);
}

/**
 * Advances `state` in place over `p.dtMin` at a constant infusion rate (mg/kg/min), exactly:
 * A(t + dt) = A_ss + exp(M·dt)·(A(t) − A_ss).
 */
export function advanceCompartments(state: CompartmentState, rate: number, p: CompartmentPropagator): void {
	const ss1 = steadyCentral(rate);
	const ss2 = steadyPeripheral(rate);
	const d1 = state.central - ss1;
	const d2 = state.peripheral - ss2;
	state.central = ss1 + p.e11 * d1 + p.e12 * d2;
	state.peripheral = ss2 + p.e21 * d1 + p.e22 * d2;
}

/** Central amount (mg/kg) at `tMin` due to one dose, by the closed-form infusion solution. */
function centralAmountFromDose(dose: Dose, tMin: number): number {
	const since = tMin - dose.startMin;
	if (since <= 0) return 0;
	const rate = infusionRate(dose);
	const a = COEF_ALPHA / ALPHA_PER_MIN;
	const b = COEF_BETA / BETA_PER_MIN;
	if (since <= dose.durationMin) {
		return rate * (a * -Math.expm1(-ALPHA_PER_MIN * since) + b * -Math.expm1(-BETA_PER_MIN * since));
	}
	const after = since - dose.durationMin;
	return (
		rate *
		(a * -Math.expm1(-ALPHA_PER_MIN * dose.durationMin) * Math.exp(-ALPHA_PER_MIN * after) +
			b * -Math.expm1(-BETA_PER_MIN * dose.durationMin) * Math.exp(-BETA_PER_MIN * after))
	);
}

/**
 * Plasma ketamine (ng/mL) at `tMin`, exact closed form: the model is linear, so the doses add.
 * Cheap enough to call per pixel; throws ModelInputError for a bad schedule or time.
 */
export function plasmaAt(schedule: Schedule, tMin: number): number {
	const checked = checkSchedule(schedule);
	requireFinite(tMin, 'tMin');
	let central = 0;
	for (const dose of checked.doses) central += centralAmountFromDose(dose, tMin);
	return central * NG_PER_ML_PER_CENTRAL_MG_PER_KG;
}

/** Plasma ketamine (ng/mL) at the end of each infusion: the peaks of the spikes (brief §2, §7). */
export function dosePeaksNgPerMl(schedule: Schedule): number[] {
	const checked = checkSchedule(schedule);
	return checked.doses.map((dose) => {
		let central = 0;
		const end = dose.startMin + dose.durationMin;
		for (const other of checked.doses) central += centralAmountFromDose(other, end);
		return central * NG_PER_ML_PER_CENTRAL_MG_PER_KG;
	});
}

/**
 * The infusion rate as a step function: rate `rates[i]` (mg/kg/min) holds from `times[i]` until
 * `times[i + 1]`; before `times[0]` the rate is 0.
 */
export interface RateTimeline {
	times: Float64Array;
	rates: Float64Array;
}

/** Rate changes of a checked (sorted, non-overlapping) schedule. */
export function rateTimeline(checked: Schedule): RateTimeline {
	const n = checked.doses.length;
	const times = new Float64Array(2 * n);
	const rates = new Float64Array(2 * n);
	checked.doses.forEach((dose, i) => {
		times[2 * i] = dose.startMin;
		rates[2 * i] = infusionRate(dose);
		times[2 * i + 1] = dose.startMin + dose.durationMin;
		rates[2 * i + 1] = 0;
	});
	return { times, rates };
}
