/**
 * What each evidence label means, in the words readers see: the story's chips and consult mode's
 * slides say the same thing.
 */
import type { EvidenceLabel } from '$model';

export const EVIDENCE_MEANING: Record<EvidenceLabel, string> = {
	HUMAN: 'Shown in people',
	ANIMAL: 'Shown in animals or cells only',
	HYPOTHESIS: 'An idea not yet shown directly',
	ILLUSTRATIVE: 'Illustrative model, not a prediction for any one person'
};
