/**
 * Infusion schedules: what was given, when, and to whom (body weight).
 * Every preset follows a trial protocol in the science brief (§2, §5).
 */
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, ModelInputError, requireFinite, requirePositive } from './common';

/** One infusion: `mgPerKg` of ketamine run at a constant rate over `durationMin`, starting at `startMin`. */
export interface Dose {
	startMin: number;
	mgPerKg: number;
	durationMin: number;
}

/** A list of infusions for one person of `weightKg`. */
export interface Schedule {
	weightKg: number;
	doses: Dose[];
}

/** Options shared by the presets; anything left out takes the standard protocol. */
export interface PresetOptions {
	weightKg?: number;
	mgPerKg?: number;
	durationMin?: number;
	/** Start of the first infusion, in minutes from time 0. */
	startMin?: number;
}

/** Standard antidepressant protocol: 0.5 mg/kg IV over 40 min [12,13]. */
export const STANDARD_DOSE_MG_PER_KG = 0.5;
export const STANDARD_DURATION_MIN = 40;
/** Reference adult of the brief: 0.5 mg/kg ≈ 35 mg for 70 kg [12,13]. */
export const DEFAULT_WEIGHT_KG = 70;

/**
 * Input guard, not a clinical range: 0.05–2 mg/kg spans the trial doses (0.2 and 0.5 mg/kg [41])
 * with room for "what if" sliders, and stays far below anaesthetic dosing, where the model's
 * downstream layers mean nothing (anaesthetic doses lower glutamate outflow [27]).
 */
export const MIN_DOSE_MG_PER_KG = 0.05;
export const MAX_DOSE_MG_PER_KG = 2;

/** Feder 2021: six infusions over two weeks, three a week [13]; drawn as Mon/Wed/Fri, Mon/Wed/Fri. */
export const SIX_OVER_TWO_WEEKS_DAYS: readonly number[] = [0, 2, 4, 7, 9, 11];
/**
 * VA/DoD trial: eight infusions twice weekly [41]. The brief does not give the weekdays;
 * Mon/Thu for four weeks is our assumption.
 */
export const TWICE_WEEKLY_EIGHT_DAYS: readonly number[] = [0, 3, 7, 10, 14, 17, 21, 24];

/** Milligrams actually infused for one dose. */
export function doseMg(dose: Dose, weightKg: number): number {
	return dose.mgPerKg * weightKg;
}

/** Constant infusion rate of a dose, mg/kg per minute. */
export function infusionRate(dose: Dose): number {
	return dose.mgPerKg / dose.durationMin;
}

/**
 * Checks a schedule and returns a copy with the doses sorted by start time.
 * Throws ModelInputError naming the first problem found.
 */
export function checkSchedule(schedule: Schedule): Schedule {
	if (schedule === null || typeof schedule !== 'object') {
		throw new ModelInputError('schedule must be an object with weightKg and doses');
	}
	requirePositive(schedule.weightKg, 'weightKg');
	if (!Array.isArray(schedule.doses) || schedule.doses.length === 0) {
		throw new ModelInputError('schedule.doses must be a non-empty list of doses');
	}
	const doses = schedule.doses.map((dose, i) => checkDose(dose, i));
	doses.sort((a, b) => a.startMin - b.startMin);
	for (let i = 1; i < doses.length; i++) {
		const previous = doses[i - 1]!;
		const current = doses[i]!;
		const previousEnd = previous.startMin + previous.durationMin;
		if (current.startMin < previousEnd) {
			throw new ModelInputError(
				`doses overlap: an infusion starting at ${current.startMin} min begins before the one ` +
					`starting at ${previous.startMin} min ends (${previousEnd} min)`
			);
		}
	}
	return { weightKg: schedule.weightKg, doses };
}

function checkDose(dose: Dose, index: number): Dose {
	if (dose === null || typeof dose !== 'object') {
		throw new ModelInputError(`dose ${index} must be an object with startMin, mgPerKg and durationMin`);
	}
	const what = `dose ${index}`;
	requireFinite(dose.startMin, `${what} startMin`);
	if (dose.startMin < 0) {
		throw new ModelInputError(`${what} startMin must be 0 or later (got ${dose.startMin})`);
	}
	requireFinite(dose.mgPerKg, `${what} mgPerKg`);
	if (dose.mgPerKg < MIN_DOSE_MG_PER_KG || dose.mgPerKg > MAX_DOSE_MG_PER_KG) {
		throw new ModelInputError(
			`${what} mgPerKg must be between ${MIN_DOSE_MG_PER_KG} and ${MAX_DOSE_MG_PER_KG} mg/kg (got ${dose.mgPerKg})`
		);
	}
	requirePositive(dose.durationMin, `${what} durationMin`);
	return { startMin: dose.startMin, mgPerKg: dose.mgPerKg, durationMin: dose.durationMin };
}

function onDays(days: readonly number[], o: PresetOptions = {}): Schedule {
	const start = o.startMin ?? 0;
	const mgPerKg = o.mgPerKg ?? STANDARD_DOSE_MG_PER_KG;
	const durationMin = o.durationMin ?? STANDARD_DURATION_MIN;
	return checkSchedule({
		weightKg: o.weightKg ?? DEFAULT_WEIGHT_KG,
		doses: days.map((day) => ({ startMin: start + day * MINUTES_PER_DAY, mgPerKg, durationMin }))
	});
}

/** Ready-made schedules. Each returns a checked, sorted schedule or throws ModelInputError. */
export const schedules = {
	/** One standard infusion (Feder 2014 [12]). */
	single(o?: PresetOptions): Schedule {
		return onDays([0], o);
	},
	/** Six infusions over two weeks, Mon/Wed/Fri × 2 (Feder 2021 [13]). */
	sixOverTwoWeeks(o?: PresetOptions): Schedule {
		return onDays(SIX_OVER_TWO_WEEKS_DAYS, o);
	},
	/** Eight infusions twice weekly for four weeks (VA/DoD trial [41]; weekdays assumed). */
	twiceWeeklyEight(o?: PresetOptions): Schedule {
		return onDays(TWICE_WEEKLY_EIGHT_DAYS, o);
	},
	/**
	 * `base` followed by `count` maintenance infusions, one every `everyWeeks` weeks after the last
	 * base infusion, each a copy of that last infusion. There are no controlled data on maintenance
	 * for PTSD [50]; this exists so the diagrams can show what the model does, not what works.
	 */
	withMaintenance(base: Schedule, everyWeeks: number, count: number): Schedule {
		const checked = checkSchedule(base);
		requirePositive(everyWeeks, 'everyWeeks');
		requireFinite(count, 'count');
		if (!Number.isInteger(count) || count < 0) {
			throw new ModelInputError(`count must be a whole number of 0 or more (got ${count})`);
		}
		const last = checked.doses[checked.doses.length - 1]!;
		const extra: Dose[] = [];
		for (let k = 1; k <= count; k++) {
			extra.push({ ...last, startMin: last.startMin + k * everyWeeks * MINUTES_PER_WEEK });
		}
		return checkSchedule({ weightKg: checked.weightKg, doses: [...checked.doses, ...extra] });
	},
	/** Any list of doses (checked: no overlaps, doses 0.05–2 mg/kg, positive durations). */
	custom(doses: Dose[], weightKg: number = DEFAULT_WEIGHT_KG): Schedule {
		return checkSchedule({ weightKg, doses });
	}
};
