/** Turns a chapter's step text (data, with inline markup) into ready-to-render Scrolly steps. */
import { base } from '$app/paths';
import { plainText, renderInline } from '$scrolly/inline';
import type { ScrollyStep } from '$scrolly/types';
import { referenceNumber } from './references';

export interface StepText {
	/** Patient-level text: short sentences, terms explained. Markup: **bold**, *em*, {cite:id}. */
	text: string;
	/** What the diagram shows at this step, in words. */
	alt: string;
	/** Optional detail for clinicians (numbers, studies), same markup. */
	clinician?: string;
	keyProgress?: number;
}

const paragraphs = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => `<p>${renderInline(p.trim(), referenceNumber, base)}</p>`)
		.join('');

export function prepareSteps(chapter: string, steps: readonly StepText[]): ScrollyStep[] {
	return steps.map((s, i) => ({
		id: `${chapter}-${i + 1}`,
		html: paragraphs(s.text),
		alt: plainText(s.alt),
		clinicianHtml: s.clinician ? paragraphs(s.clinician) : undefined,
		keyProgress: s.keyProgress
	}));
}
