/**
 * A chapter's key frames as prerendered HTML. Import it with `?server-only` (vite.config.ts): in
 * the browser it is undefined.
 *
 * Why: a key frame is a still picture that never changes, shown only in the unrolled layout (no
 * JS, print, reduced motion). Drawn by the Scrolly's snippet, every one of them (about 45 on the
 * story page) was also a live component the browser had to hydrate at load, most of the page's
 * start-up work, for nothing. As HTML they stay exactly as prerendered ({@html} adopts the nodes).
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { ScrollyStep } from './types';

/** The props every diagram takes for a key frame (a diagram ignores `progress` if it has none). */
export interface KeyframeProps {
	step: number;
	progress: number;
	keyframe: true;
	description: string;
}

export default function keyframeHtml(chapter: string, diagram: Component<KeyframeProps>, steps: ScrollyStep[]): string[] {
	return steps.map(
		(s, i) =>
			render(diagram, {
				props: { step: i, progress: s.keyProgress ?? 1, keyframe: true, description: s.alt },
				// Ids from $props.id() must not repeat the page's own (the SVG titles are referenced by id).
				idPrefix: `${chapter}-k${i}`
			}).body
	);
}
