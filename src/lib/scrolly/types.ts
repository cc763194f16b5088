/** One text step of a scrollytelling chapter, ready to render (markup already turned into HTML). */
export interface ScrollyStep {
	html: string;
	/** What the diagram shows at this step, in words: the text alternative for its key frame. */
	alt: string;
	/** Optional detail for clinicians, HTML; opens in place. */
	clinicianHtml?: string;
	/** Where in the step (0..1) its key frame is taken, for print, no-JS and reduced motion. */
	keyProgress?: number;
}

/** The props every diagram takes (a diagram without a clock ignores `progress`). */
export interface DiagramProps {
	step: number;
	/** Where in the step to draw, 0..1: the story draws each step at its key progress only. */
	progress: number;
	/** True for a static key frame (unrolled layout, print): no transitions, no controls. */
	keyframe: boolean;
	/** The step's text alternative, for the SVG's <desc>. */
	description: string;
	/**
	 * True for the story's prerendered first layer, which is never hydrated: its controls do nothing
	 * until the live figure replaces it (once the page is still near it). A diagram may then draw a
	 * control as a look-alike. The series chart does for its menus: a <select> anywhere in the HTML
	 * makes Chromium restyle and lay out the whole page as parsing ends (50–100 ms on a 4×-slowed
	 * phone, measured in traces).
	 */
	standIn?: boolean;
}

/** A Scrolly's prerendered HTML (figureHtml.ts): on the server only; the browser keeps the nodes. */
export interface FigureHtml {
	/** The pinned figure's name, in an element the figure points at (aria-labelledby `${id}-figure`). */
	label: string;
	/** Each step: its key frame, caption, text and clinician note (StepBody.svelte). */
	steps: string[];
	/** The pinned graphic's first layer: step 1 drawn live, controls included (or their stand-ins), at its key progress. */
	firstLayer: string;
}

/**
 * What a Scrolly needs to draw its figure live in the browser, loaded on demand when the chapter
 * comes near the screen: only figures with controls (a scrubber, a schedule picker) have one.
 */
export interface LiveFigure {
	Diagram: import('svelte').Component<DiagramProps>;
	steps: { alt: string; keyProgress?: number }[];
	/** Shown after the steps, e.g. a live chart where the layout shows only still key frames. */
	Extra?: import('svelte').Component;
}
