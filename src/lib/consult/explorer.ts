/**
 * The schedule explorer's choice (a schedule and a body weight) and the plain facts shown beside
 * its chart. The chart itself is SeriesTimeline, drawn from the model like everywhere else.
 */
import { DEFAULT_WEIGHT_KG, dosePeaksNgPerMl, doseMg, MINUTES_PER_DAY, type Schedule } from '$model';
import { BASES, buildSchedule, type Choice } from '$diagrams/seriesTimeline';

export interface ExplorerChoice extends Choice {
	weightKg: number;
}

export const BASE_IDS = BASES.map((b) => b.id);
export const WEIGHT_KG = { min: 40, max: 150, step: 1 } as const;

export const DEFAULT_EXPLORER: ExplorerChoice = {
	base: 'six',
	maintenanceWeeks: null,
	weightKg: DEFAULT_WEIGHT_KG
};

/** Body weight held to the control's range, whole kilograms. */
export function clampWeight(kg: number): number {
	if (!Number.isFinite(kg)) return DEFAULT_WEIGHT_KG;
	return Math.min(WEIGHT_KG.max, Math.max(WEIGHT_KG.min, Math.round(kg)));
}

export function explorerSchedule(choice: ExplorerChoice): Schedule {
	return { ...buildSchedule(choice), weightKg: clampWeight(choice.weightKg) };
}

export interface ExplorerFacts {
	infusions: number;
	/** Ketamine per infusion, mg (0.5 mg/kg × weight). */
	mgPerInfusion: number;
	totalMg: number;
	/** Days from the first infusion to the last. */
	spanDays: number;
	/** Highest and lowest spike top, ng/mL: equal, whatever the weight (the dose is per kg). */
	peakNgPerMl: { min: number; max: number };
}

export function explorerFacts(choice: ExplorerChoice): ExplorerFacts {
	const schedule = explorerSchedule(choice);
	const mg = schedule.doses.map((d) => doseMg(d, schedule.weightKg));
	const peaks = dosePeaksNgPerMl(schedule);
	const first = schedule.doses[0]!;
	const last = schedule.doses[schedule.doses.length - 1]!;
	return {
		infusions: schedule.doses.length,
		mgPerInfusion: mg[0]!,
		totalMg: mg.reduce((a, b) => a + b, 0),
		spanDays: (last.startMin - first.startMin) / MINUTES_PER_DAY,
		peakNgPerMl: { min: Math.min(...peaks), max: Math.max(...peaks) }
	};
}
