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

export interface ActiveStep {
	/** Index of the active step, 0-based; 0 before the first step is reached. */
	index: number;
	/** How far the reading line has moved through the active step, 0..1. */
	progress: number;
}

/** The active step is the last one whose top edge has passed the reading line. */
export function activeStep(steps: readonly Span[], line: number): ActiveStep {
	if (steps.length === 0) return { index: 0, progress: 0 };
	let index = 0;
	for (let i = 0; i < steps.length; i++) {
		const step = steps[i]!;
		if (step.top <= line) index = i;
		else break;
	}
	const step = steps[index]!;
	const height = step.bottom - step.top;
	const progress = height > 0 ? clamp01((line - step.top) / height) : 0;
	return { index, progress };
}

export function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : x;
}
