/**
 * Shared vocabulary of the model: evidence labels and the error thrown for bad input.
 * Reference numbers in brackets, e.g. [19], point to the references in ../shared/science-brief.md.
 */

/**
 * How strongly a number or a layer is supported (science brief, "Evidence labels"):
 * - HUMAN: shown in people;
 * - ANIMAL: shown in rodents or cells only;
 * - HYPOTHESIS: proposed and not yet shown directly;
 * - ILLUSTRATIVE: a schematic choice made for the explainer, not fitted to any data.
 */
export type EvidenceLabel = 'HUMAN' | 'ANIMAL' | 'HYPOTHESIS' | 'ILLUSTRATIVE';

/** Thrown for any input the model cannot honestly turn into numbers; the message names the problem. */
export class ModelInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ModelInputError';
	}
}

/** Throws unless `value` is a finite number; `what` names the input in the message. */
export function requireFinite(value: number, what: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new ModelInputError(`${what} must be a finite number (got ${String(value)})`);
	}
	return value;
}

/** Throws unless `value` is a finite number greater than zero. */
export function requirePositive(value: number, what: string): number {
	requireFinite(value, what);
	if (value <= 0) throw new ModelInputError(`${what} must be greater than 0 (got ${value})`);
	return value;
}

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
