/**
 * A Scrolly's figure as prerendered HTML (FigureHtml). Import it with `?server-only`: the browser
 * never gets this code, the step text or the 30-odd still pictures, and keeps the prerendered
 * nodes instead (staticHtml.ts).
 */
import type { Component } from 'svelte';
import { staticHtml } from '$lib/prerender/staticHtml';
import { escapeHtml } from './inline';
import StepBody from './StepBody.svelte';
import type { DiagramProps, FigureHtml, ScrollyStep } from './types';

export function figureHtml(chapter: string, label: string, diagram: Component<DiagramProps>, steps: ScrollyStep[]): FigureHtml {
	const draw = (i: number, keyframe: boolean, idPrefix: string) =>
		staticHtml(diagram, { step: i, progress: steps[i]?.keyProgress ?? 1, keyframe, description: steps[i]?.alt ?? '', standIn: !keyframe }, idPrefix);
	return {
		// Hidden: it is only the figure's name (its text stays out of the browser's JavaScript).
		label: `<span id="${chapter}-figure" hidden>${escapeHtml(label)}</span>`,
		// Ids from $props.id() must not repeat across the page's renders (the SVG titles are referenced by id).
		steps: steps.map((step, i) => staticHtml(StepBody, { step, keyframe: draw(i, true, `${chapter}-k${i}`) }, `${chapter}-s${i}`)),
		firstLayer: draw(0, false, `${chapter}-l0`)
	};
}
