/** Turns a chapter's step text (data, with inline markup) into ready-to-render Scrolly steps. */
import type { EvidenceLabel } from '$model';
import { base } from '$lib/paths';
import { plainText, renderInline } from '$scrolly/inline';
import type { ScrollyStep } from '$scrolly/types';
import { glossaryEntry } from './glossary';
import { referenceNumber } from './references';

export interface StepText {
	/**
	 * Patient-level text: short sentences, terms explained. Markup: **bold**, *em*, {cite:id}, and
	 * [[term]] or [[term|shown words]] for a glossary term's first use in the chapter.
	 */
	text: string;
	/** What the diagram shows at this step, in words. */
	alt: string;
	/** Optional detail for clinicians (numbers, studies), same markup. */
	clinician?: string;
	keyProgress?: number;
	/**
	 * Labels the text's citations cannot carry: HYPOTHESIS for an idea not yet shown, ILLUSTRATIVE
	 * for a drawing from the model, and the kind of evidence the picture rests on when the text does
	 * not cite it (glutamate's last step draws the animal model while its text cites a human scan).
	 * The rest come from the cited references (evidence.ts: stepEvidence).
	 */
	evidence?: EvidenceLabel[];
}

/** Paragraphs of inline markup; glossary popovers get ids `${idPrefix}-p<paragraph>-<n>`, unique on the page. */
const paragraphs = (text: string, idPrefix: string) =>
	text
		.split(/\n\s*\n/)
		.map(
			(p, i) =>
				`<p>${renderInline(p.trim(), referenceNumber, base, { lookup: glossaryEntry, idPrefix: `${idPrefix}-p${i + 1}` })}</p>`
		)
		.join('');

export function prepareSteps(chapter: string, steps: readonly StepText[]): ScrollyStep[] {
	return steps.map((s, i) => ({
		html: paragraphs(s.text, `term-${chapter}-${i + 1}`),
		alt: plainText(s.alt),
		clinicianHtml: s.clinician ? paragraphs(s.clinician, `term-${chapter}-${i + 1}-c`) : undefined,
		keyProgress: s.keyProgress
	}));
}
