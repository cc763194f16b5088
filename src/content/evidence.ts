/**
 * The evidence labels a piece of text rests on, derived from what it cites: every reference in
 * references.ts carries the kind of evidence it supports, so a step, a slide or a chapter that
 * cites animal work cannot show "shown in people" alone. Labels that no citation can carry (an
 * idea not yet shown, a drawing from the model) are added by the author through `extra`.
 */
import type { EvidenceLabel } from '$model';
import { references } from './references';
import type { StepText } from './steps';

/** Display order of the labels, strongest claim first. */
export const EVIDENCE_ORDER: readonly EvidenceLabel[] = ['HUMAN', 'ANIMAL', 'HYPOTHESIS', 'ILLUSTRATIVE'];

const kindById = new Map(references.map((r) => [r.id, r.evidence]));

/** Reference ids cited in inline markup ({cite:a,b}), in order of first use. */
export function citedIds(text: string): string[] {
	// [{] rather than an escaped brace, so scripts/check-citations.js does not read the pattern as a citation.
	const ids = Array.from(text.matchAll(/[{]cite:([^}]+)[}]/g), (m) => m[1]!.split(',').map((id) => id.trim())).flat();
	return [...new Set(ids.filter(Boolean))];
}

/** The labels of every reference `text` cites, plus `extra`, in display order. */
export function evidenceOf(text: string, extra: readonly EvidenceLabel[] = []): EvidenceLabel[] {
	const found = new Set<EvidenceLabel>(extra);
	for (const id of citedIds(text)) {
		const kind = kindById.get(id);
		if (!kind) throw new Error(`Unknown reference id "${id}"`);
		found.add(kind);
	}
	return EVIDENCE_ORDER.filter((l) => found.has(l));
}

/** What a step (and its consult slide) rests on: its patient text's citations and its own extra labels. */
export function stepEvidence(step: Pick<StepText, 'text' | 'evidence'>): EvidenceLabel[] {
	return evidenceOf(step.text, step.evidence);
}
