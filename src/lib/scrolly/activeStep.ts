/**
 * Which step is active, derived from where the steps are right now — never from a history of
 * enter/exit events, so a fast fling, an anchor jump, a reload half-way down or a resize all
 * give the same answer as a slow scroll would.
 */

export interface Span {
	top: number;
	bottom: number;
}

/**
 * The reading line: the middle of the part of the viewport the sticky graphic does not cover.
 * On a laptop the graphic sits beside the steps, so that is the viewport's middle; on a phone
 * the graphic sits on top, so the line moves down into the visible text area.
 */
export function triggerLine(viewportHeight: number, graphic: Span | null, graphicBesideSteps: boolean): number {
	if (!graphic || graphicBesideSteps) return viewportHeight / 2;
	const coveredTo = Math.min(Math.max(graphic.bottom, 0), viewportHeight);
	return (coveredTo + viewportHeight) / 2;
}

/**
 * The index of the active step (0-based): the last one whose top edge has passed the reading line,
 * 0 before the first is reached. (How far the reader is through it is not asked: the pinned graphic
 * draws each step at its key progress, see scrolly.ts.)
 */
export function activeStep(steps: readonly Span[], line: number): number {
	let index = 0;
	for (let i = 0; i < steps.length; i++) {
		if (steps[i]!.top <= line) index = i;
		else break;
	}
	return index;
}
