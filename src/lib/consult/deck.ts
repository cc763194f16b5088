/**
 * The consult deck: every step of every diagram chapter as one slide, in story order, then the
 * schedule explorer. Pure data and functions (no DOM): the consult route, the patient screen and
 * the tests all read the same list, and every slide has one URL, `consult/<chapter>/<n>/`.
 */
import type { EvidenceLabel } from '$model';
import { stepEvidence } from '$content/evidence';
import type { StepText } from '$content/steps';
import { bdnfSteps } from '$content/chapters/bdnf.steps';
import { glutamateSteps } from '$content/chapters/glutamate.steps';
import { infusionDaySteps } from '$content/chapters/infusion-day.steps';
import { nmdaSteps } from '$content/chapters/nmda.steps';
import { ptsdSteps } from '$content/chapters/ptsd.steps';
import { seriesSteps } from '$content/chapters/series.steps';

/** Chapters with a diagram, plus the explorer. `explorer` has no story chapter of its own. */
export type DeckChapterId = 'ptsd' | 'nmda' | 'glutamate' | 'bdnf' | 'series' | 'infusion-day' | 'explorer';

export interface DeckChapter {
	id: DeckChapterId;
	steps: readonly StepText[];
	/** The chapter's title, as in its .md frontmatter (deck.test.ts keeps the two in step). */
	title: string;
	/** The diagram moves through each step (its `progress` prop): consult mode shows play/pause/scrub. */
	animated: boolean;
}

export const EXPLORER_TITLE = 'Try another schedule';

const explorerSteps: StepText[] = [
	{
		text: 'Pick a plan and see the same model redraw the chart. The drug level looks the same for any body weight, because the dose is given per kilogram.{cite:feder2021,clements1981} This is a teaching model, not a forecast for any one person.',
		alt: 'The series chart for the schedule picked below it: drug level in the blood above, the model’s slow change below.',
		// The chart is the model's drawing, not a finding; no citation can say so.
		evidence: ['ILLUSTRATIVE']
	}
];

export const DECK: readonly DeckChapter[] = [
	{ id: 'ptsd', title: 'What PTSD is', steps: ptsdSteps, animated: false },
	{ id: 'nmda', title: 'Ketamine blocks NMDA receptors', steps: nmdaSteps, animated: true },
	{ id: 'glutamate', title: 'A brief burst of glutamate', steps: glutamateSteps, animated: true },
	{ id: 'bdnf', title: 'Growing new connections, in animals', steps: bdnfSteps, animated: true },
	{ id: 'series', title: 'Why a series of infusions', steps: seriesSteps, animated: false },
	{ id: 'infusion-day', title: 'What an infusion day is like', steps: infusionDaySteps, animated: true },
	{ id: 'explorer', title: EXPLORER_TITLE, steps: explorerSteps, animated: false }
];

export interface Slide {
	chapter: DeckChapterId;
	/** 0-based step within the chapter. */
	step: number;
	/** 0-based position in the whole deck. */
	index: number;
}

export const SLIDES: readonly Slide[] = DECK.flatMap((c) => c.steps.map((_, step) => ({ chapter: c.id, step })))
	.map((s, index) => ({ ...s, index }));

export function chapterOf(id: DeckChapterId): DeckChapter {
	return DECK.find((c) => c.id === id)!;
}

export function slideIndex(chapter: DeckChapterId, step: number): number {
	return SLIDES.findIndex((s) => s.chapter === chapter && s.step === step);
}

/** The evidence labels a slide shows: those of its step (what the text cites, plus its own extras). */
export function slideEvidence(slide: Pick<Slide, 'chapter' | 'step'>): EvidenceLabel[] {
	return stepEvidence(chapterOf(slide.chapter).steps[slide.step]!);
}

/** The slide's path below the site base, e.g. `consult/nmda/3/` for the third NMDA step. */
export function slidePath(slide: Pick<Slide, 'chapter' | 'step'>): string {
	return `consult/${slide.chapter}/${slide.step + 1}/`;
}

/** Every slide path, for prerendering. */
export function slidePaths(): string[] {
	return SLIDES.map(slidePath);
}

/** The slide `delta` away (±1 for next/previous), held at the ends of the deck. */
export function neighbour(index: number, delta: number): Slide {
	return SLIDES[Math.min(SLIDES.length - 1, Math.max(0, index + delta))]!;
}

export interface Located {
	slide: Slide;
	/** Set when the link asked for something that does not exist: what we showed instead. */
	notice: string | null;
}

const isDeckChapter = (id: string): id is DeckChapterId => DECK.some((c) => c.id === id);

/**
 * Reads the part of a consult URL after `consult/` (e.g. `nmda/3`) and returns the nearest real
 * slide. Never throws: an unknown chapter goes to the first slide, a step number past the end to
 * the chapter's last step, text or a number below 1 to its first step, with a short notice.
 */
export function locate(path: string): Located {
	let parts: string[];
	try {
		parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
	} catch {
		parts = ['?'];
	}
	const first = SLIDES[0]!;
	if (parts.length === 0) return { slide: first, notice: null };
	const [chapterPart, stepPart, ...rest] = parts as [string, string | undefined, ...string[]];
	const chapterId = chapterPart.toLowerCase();
	if (!isDeckChapter(chapterId)) {
		return { slide: first, notice: `There is no part called “${shorten(chapterPart)}”, so this is the first step.` };
	}
	const count = chapterOf(chapterId).steps.length;
	const at = (step: number) => SLIDES[slideIndex(chapterId, step)]!;
	if (stepPart === undefined) return { slide: at(0), notice: null };
	const extra = rest.length > 0 ? ' The end of the link was not understood.' : '';
	if (!/^\d+$/.test(stepPart)) {
		return { slide: at(0), notice: `“${shorten(stepPart)}” is not a step number, so this is step 1.${extra}` };
	}
	const n = Number(stepPart);
	if (n < 1) return { slide: at(0), notice: `Steps start at 1, so this is step 1.${extra}` };
	if (n > count) {
		return { slide: at(count - 1), notice: `This part has ${count} steps, so this is the last one.${extra}` };
	}
	return { slide: at(n - 1), notice: extra ? extra.trim() : null };
}

/** Keeps echoed link text short and free of markup-looking noise in notices. */
function shorten(text: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
	const clean = text.replace(/[\u0000-\u001f<>]/g, '');
	return clean.length > 24 ? `${clean.slice(0, 23)}…` : clean;
}

/**
 * For a consult link that is not a page (e.g. `/consult/nmda/999/`, which the host answers with
 * its 404 page): where to send the reader instead, as a path below the site base with the link
 * they asked for in `?asked=`, so the slide can say what happened. Null for anything else.
 */
export function recoveryPath(pathBelowBase: string): string | null {
	const match = /^\/?consult\/(.*)$/.exec(pathBelowBase);
	if (!match) return null;
	const asked = match[1]!;
	const { slide } = locate(asked);
	return `${slidePath(slide)}?asked=${encodeURIComponent(asked)}`;
}
