/**
 * What makes a prerendered Scrolly (Scrolly.svelte) follow the reader. Plain DOM, no Svelte: the
 * story starts its six figures without hydrating anything. Hydrating them was six tasks of 14–26 ms
 * on this machine (×4 on a phone), plus Svelte's runtime, all in the page's first seconds. Svelte
 * loads only with a figure's live diagram, when the page is still (see `loadLive`).
 *
 * The active step is derived from where the steps are on screen each frame the page moves (see
 * activeStep.ts), never from enter/exit events.
 *
 * The pinned graphic shows each step at its key progress, like the step's key frame: how far the
 * reader is through a step never re-draws the figure. Every scroll frame that re-drew an SVG missed
 * its deadline on a throttled phone; time within a step is the scrubbers' job.
 *
 * One layer per step; a step change only swaps which layer shows. The new one fades in over the old
 * on the compositor (an opacity transition on an HTML element), so the frame that changes the step
 * does no drawing on the main thread. Only the first layer is in the prerendered HTML. The others
 * are copies of their steps' key frames, made in idle time, one per idle period, once the chapter is
 * near the screen (or at once, if the reader gets there first). A figure with controls also loads
 * its diagram then, and redraws the shown layer live, with its controls, once the page is still
 * (still.ts): a reader reaches for a scrubber when stopped. A layer's step never changes, so the
 * diagrams' own transitions and tweens run only when the reader uses a control, never while the
 * page scrolls.
 *
 * It lives as long as the page.
 */
import type { mount as svelteMount } from 'svelte';
import { activeStep, triggerLine } from './activeStep';
import { copyWithIds } from './copy';
import { requestFrame, type FrameJob } from './frame';
import { idle, whenStill } from './still';
import type { LiveFigure } from './types';

/** Long enough to read as a change, short enough that fast scrolling never stacks them up. */
export const FADE_MS = 450;

export interface ScrollyOptions {
	/** How many steps. */
	count: number;
	/** Loads the figure's live diagram (figures with controls only). */
	live?: () => Promise<LiveFigure>;
}

interface Live {
	figure: LiveFigure;
	mount: typeof svelteMount;
}

export interface Scrolly {
	/**
	 * Jobs that each make one step's layer, if not made yet, and lay it out once, for a page that
	 * lays its chapters out ahead of the reader (the story's warmAhead.ts, while it has this figure's
	 * chapter laid out). A hidden layer keeps its layout under `content-visibility: hidden`, so the
	 * step change that shows it later only paints it; shown for the first time, a layer was a style
	 * and layout of 70–140 elements in a scroll frame, 45–55 ms at 4× CPU on the laptop profile.
	 * None in the unrolled layout, which shows no layers.
	 */
	layOutAhead(): (() => void)[];
}

export function startScrolly(root: HTMLElement, { count, live }: ScrollyOptions): Scrolly {
	const graphicEl = root.querySelector<HTMLElement>(':scope > .graphic')!;
	const figureEl = graphicEl.querySelector('figure')!;
	const stepsEl = root.querySelector<HTMLElement>(':scope > .steps')!;
	const steps = Array.from(stepsEl.children) as HTMLElement[];
	const indices = Array.from({ length: count }, (_, i) => i);
	/** Each step's layer, once drawn (the first is prerendered). */
	const layers: (HTMLElement | undefined)[] = indices.map((i) => (i === 0 ? (figureEl.querySelector<HTMLElement>('.layer') ?? undefined) : undefined));
	/** Drawn live (figures with controls). */
	const upgraded = indices.map(() => false);
	let index = 0;
	let liveFigure: Live | null = null;

	const sticky = () => document.documentElement.dataset.layout === 'sticky';

	/**
	 * `data-ready` (for tests): every layer drawn, and where the figure has controls and the layout
	 * shows them, the shown layer drawn live. It goes again when the step changes, until that one is.
	 */
	function markReady() {
		const ready = indices.every((i) => layers[i]) && (!live || !sticky() || upgraded[index]);
		if (ready !== root.hasAttribute('data-ready')) root.toggleAttribute('data-ready', ready);
	}

	/**
	 * Step `i`'s layer, made now if idle time has not made it yet: a copy of its key frame, or empty
	 * for drawLive() to fill (`empty`: no copy that is replaced at once).
	 */
	function layer(i: number, empty = false): HTMLElement {
		const existing = layers[i];
		if (existing) return existing;
		const el = document.createElement('div');
		el.className = 'layer';
		el.setAttribute('aria-hidden', 'true');
		if (!empty) {
			const source = steps[i]?.querySelector('.keyframe-graphic');
			const copy = document.createElement('div');
			copy.className = 'copy';
			if (source) copy.append(copyWithIds(source, `layer${i}`));
			el.append(copy);
		}
		// In step order, like the prerendered first layer.
		figureEl.insertBefore(el, layers.slice(i + 1).find(Boolean) ?? null);
		layers[i] = el;
		return el;
	}

	function drawLive(el: HTMLElement, i: number) {
		if (!liveFigure || upgraded[i]) return;
		const { figure, mount } = liveFigure;
		el.replaceChildren();
		mount(figure.Diagram, {
			target: el,
			props: { step: i, progress: figure.steps[i]?.keyProgress ?? 1, keyframe: false, description: figure.steps[i]?.alt ?? '' }
		});
		upgraded[i] = true;
	}

	// The layer of the step just left stays rendered beneath the new one while that fades in.
	let leaving = -1;
	let left = 0;
	function show(next: number) {
		const previous = index;
		layers[leaving]?.classList.remove('leaving');
		leaving = previous;
		clearTimeout(left);
		left = window.setTimeout(() => {
			layers[leaving]?.classList.remove('leaving');
			leaving = -1;
		}, FADE_MS);
		index = next;
		root.dataset.activeStep = String(next);

		const old = layers[previous];
		if (old) {
			old.classList.remove('shown');
			old.classList.add('leaving');
			old.setAttribute('aria-hidden', 'true');
		}
		// A layer drawn the moment it is shown has no earlier style to fade from: it appears at once.
		const shown = layer(next);
		shown.classList.remove('leaving');
		shown.classList.add('shown');
		shown.removeAttribute('aria-hidden');
		markReady();

		steps[previous]?.classList.remove('active');
		steps[previous]?.removeAttribute('aria-current');
		steps[next]?.classList.add('active');
		steps[next]?.setAttribute('aria-current', 'step');
		drawAhead();
	}

	let drawing = false;
	/**
	 * Does one piece of missing work. Once the live figure is here, the shown layer is drawn live
	 * (its controls with it) when the page is still; only that one: drawing every layer live cost a
	 * task of 55–105 ms each at 4× CPU in each pause, for layers whose copies already show the same
	 * picture. Otherwise a missing copy per idle period, nearest the active step first.
	 */
	function drawAhead() {
		if (drawing) return;
		const wantsLive = () => liveFigure !== null && sticky() && nearViewport && !upgraded[index];
		const missing = () => indices.filter((i) => !layers[i]);
		if (!wantsLive() && missing().length === 0) return;
		drawing = true;
		(wantsLive() ? whenStill : idle)(() => {
			drawing = false;
			if (wantsLive()) drawLive(layer(index, true), index);
			else {
				const nearest = missing().sort((a, b) => Math.abs(a - index) - Math.abs(b - index))[0];
				if (nearest !== undefined) layer(nearest);
			}
			markReady();
			drawAhead();
		});
	}

	let loading = false;
	const failed = () => (loading = false);
	/**
	 * Loads Svelte, then the figure's module, each when the page is still and the chapter still near
	 * the screen. Evaluated together they were one task of 100–220 ms at 4× CPU; apart, Svelte's is
	 * ≈20 ms and the figures' 70–130 ms. Without the check that the chapter is still near, a reader
	 * who scrolled past every figure without stopping got all three loaded, and drawn, in the first
	 * pause far below them.
	 */
	function loadLive() {
		if (!live || loading || liveFigure) return;
		// Offline before the chunk was cached: the key frames and their copies still tell the story.
		if (!navigator.onLine) return void window.addEventListener('online', loadLive, { once: true });
		loading = true;
		// A failed load, or one whose moment came after the reader had scrolled past the chapter
		// without stopping, is tried again the next time the chapter comes near the screen.
		const near = (load: () => void) => whenStill(() => (nearViewport ? load() : failed()));
		near(() =>
			import('svelte').then(
				({ mount }) =>
					near(() =>
						live().then((figure) => {
							liveFigure = { figure, mount };
							mountExtra();
							drawAhead();
						}, failed)
					),
				failed
			)
		);
	}

	let extraMounted = false;
	/**
	 * The figure's extra (the series explorer) shows only in the unrolled layout, so it is drawn
	 * only there, in a still moment of its own: in the sticky layout it was a whole hidden chart
	 * drawn in the same task as the module's start.
	 */
	function mountExtra() {
		const Extra = liveFigure?.figure.Extra;
		if (!Extra || extraMounted || document.documentElement.dataset.layout !== 'unrolled') return;
		extraMounted = true;
		whenStill(() => liveFigure!.mount(Extra, { target: root }));
	}

	// Far from the screen a Scrolly measures nothing: reading its steps' positions would force the
	// browser to lay out chapters it skips (content-visibility on the story's chapters).
	let nearViewport = false;

	// Measured in the shared frame (frame.ts): every Scrolly and the progress bar read layout first,
	// then all of them write, so a frame lays the page out once.
	let next: number | null = null;
	const job: FrameJob = {
		measure() {
			next = null;
			if (document.documentElement.dataset.layout === 'unrolled') return;
			const g = graphicEl.getBoundingClientRect();
			const s = stepsEl.getBoundingClientRect();
			const beside = g.right <= s.left + 1 || g.left >= s.right - 1;
			const spans = steps.map((el) => el.getBoundingClientRect());
			next = activeStep(spans, triggerLine(window.innerHeight, g, beside));
		},
		apply() {
			if (next !== null && next !== index) show(next);
		}
	};
	const schedule = () => {
		if (nearViewport) requestFrame(job);
	};

	new IntersectionObserver(
		(entries) => {
			nearViewport = entries.some((e) => e.isIntersecting);
			if (!nearViewport) return;
			schedule();
			drawAhead();
			loadLive();
		},
		{ rootMargin: '50% 0px' }
	).observe(root);
	// Catches resize, zoom, font swaps and details opening: anything that moves the steps.
	new ResizeObserver(schedule).observe(root);
	// The layout attribute flips when the motion toggle is used.
	new MutationObserver(() => {
		schedule();
		mountExtra();
		markReady();
		drawAhead();
	}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-layout'] });
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule);

	// On phones the pinned graphic covers the top of the screen, and the browser happily scrolls a
	// focused link or button to just under it (WCAG 2.4.11). Move it into the free part instead.
	stepsEl.addEventListener('focusin', (event) => {
		if (document.documentElement.dataset.layout !== 'sticky') return;
		const target = event.target as HTMLElement;
		const g = graphicEl.getBoundingClientRect();
		const r = target.getBoundingClientRect();
		const coversTop = g.top <= 1 && g.bottom > r.top && g.left < r.right && g.right > r.left;
		if (coversTop) window.scrollBy({ top: r.top - g.bottom - 16, behavior: 'instant' });
	});

	return {
		layOutAhead: () =>
			sticky()
				? indices.slice(1).map((i) => () => {
						const el = layer(i);
						markReady();
						if (!sticky() || el.classList.contains('shown') || el.classList.contains('leaving')) return;
						el.style.contentVisibility = 'visible';
						void el.offsetHeight;
						el.style.contentVisibility = '';
					})
				: []
	};
}
