/**
 * What a consult is showing: the slide, how far through its animation, play/pause, and the
 * explorer's choice. The clinician's window and the patient screen each hold one; the clinician's
 * announces every change (sync.ts) and the patient's applies them. The animation runs locally in
 * both windows from the same start point, so only changes cross the channel, not every frame.
 */
import { chapterOf, neighbour, SLIDES, type Slide } from './deck';
import { DEFAULT_EXPLORER, type ExplorerChoice } from './explorer';
import type { ConsultState } from './sync';

/** One step's animation, start to end. Over 5 s, so it has pause and replay (WCAG 2.2.2). */
export const ANIMATION_MS = 7000;

export class ConsultSession {
	index = $state(0);
	progress = $state(1);
	playing = $state(false);
	explorer = $state<ExplorerChoice>({ ...DEFAULT_EXPLORER });
	/** Reduced motion: each slide shows its key frame and nothing plays by itself. */
	reduced = $state(false);

	/** Called after every change made through this object's methods (not after apply()). */
	onchange: (state: ConsultState) => void = () => {};

	#frame = 0;
	#last = 0;

	get slide(): Slide {
		return SLIDES[this.index]!;
	}

	get animated(): boolean {
		return chapterOf(this.slide.chapter).animated;
	}

	get state(): ConsultState {
		return { slide: this.index, progress: this.progress, playing: this.playing, explorer: { ...this.explorer } };
	}

	/** Shows slide `index`: from the start of its animation, playing, unless motion is reduced. */
	go(index: number): void {
		this.index = neighbour(index, 0).index;
		this.#enter();
		this.onchange(this.state);
	}

	next(): void {
		this.go(this.index + 1);
	}

	previous(): void {
		this.go(this.index - 1);
	}

	play(): void {
		if (!this.animated) return;
		if (this.progress >= 1) this.progress = 0;
		this.#setPlaying(true);
		this.onchange(this.state);
	}

	pause(): void {
		this.#setPlaying(false);
		this.onchange(this.state);
	}

	replay(): void {
		this.progress = 0;
		this.#setPlaying(this.animated);
		this.onchange(this.state);
	}

	scrub(progress: number): void {
		this.progress = Math.min(1, Math.max(0, progress));
		this.#setPlaying(false);
		this.onchange(this.state);
	}

	choose(explorer: ExplorerChoice): void {
		this.explorer = explorer;
		this.onchange(this.state);
	}

	/** Takes the state another window announced. */
	apply(state: ConsultState): void {
		this.index = state.slide;
		this.progress = state.progress;
		this.explorer = state.explorer;
		this.#setPlaying(state.playing);
	}

	stop(): void {
		this.#setPlaying(false);
	}

	#enter(): void {
		const step = chapterOf(this.slide.chapter).steps[this.slide.step];
		if (this.reduced || !this.animated) {
			this.progress = this.animated ? (step?.keyProgress ?? 1) : 1;
			this.#setPlaying(false);
		} else {
			this.progress = 0;
			this.#setPlaying(true);
		}
	}

	#setPlaying(on: boolean): void {
		this.playing = on;
		if (typeof requestAnimationFrame === 'undefined') return;
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		if (!on) return;
		this.#last = performance.now();
		const tick = (now: number) => {
			this.progress = Math.min(1, this.progress + (now - this.#last) / ANIMATION_MS);
			this.#last = now;
			if (this.progress >= 1) {
				// Ends by itself: not a change to announce, the other window ends at the same point.
				this.playing = false;
				this.#frame = 0;
				return;
			}
			this.#frame = requestAnimationFrame(tick);
		};
		this.#frame = requestAnimationFrame(tick);
	}
}
