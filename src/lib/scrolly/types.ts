/** One text step of a scrollytelling chapter, ready to render (markup already turned into HTML). */
export interface ScrollyStep {
	/** Anchor id, unique on the page: `${chapter}-${n}` so `#ptsd-3` links to a step. */
	id: string;
	html: string;
	/** What the diagram shows at this step, in words: the text alternative for its key frame. */
	alt: string;
	/** Optional detail for clinicians, HTML; opens in place. */
	clinicianHtml?: string;
	/** Where in the step (0..1) its key frame is taken, for print, no-JS and reduced motion. */
	keyProgress?: number;
}

/** What a diagram is told to draw. */
export interface GraphicState {
	step: number;
	/** Where in the step to draw, 0..1: the step's key progress (the story never draws in-between). */
	progress: number;
	/** True when drawn as a static key frame (unrolled mode): no transitions, full labels. */
	keyframe: boolean;
}
