/**
 * The reader's motion preference, seeded from the system's prefers-reduced-motion and
 * overridable with the on-page toggle. It is mirrored on <html data-motion data-layout> so CSS
 * agrees with it; the inline script in app.html sets the same attributes before first paint,
 * so a reduced-motion reader never sees the animated layout flash by. Plain TypeScript, so the
 * header's switch runs without Svelte; components read it through motion.svelte.ts.
 */
import { Listeners, MOTION_KEY, readChoice, writeChoice, type MotionChoice } from './preferences';

class MotionPreference extends Listeners {
	#system = false;
	#choice: MotionChoice | null = null;

	constructor() {
		super();
		if (typeof window === 'undefined') return;
		const query = window.matchMedia('(prefers-reduced-motion: reduce)');
		this.#system = query.matches;
		query.addEventListener('change', (e) => {
			this.#system = e.matches;
			this.#changed();
		});
		const stored = readChoice(MOTION_KEY);
		this.#choice = stored === 'reduce' || stored === 'full' ? stored : null;
		this.#mirror();
	}

	get reduced(): boolean {
		return this.#choice ? this.#choice === 'reduce' : this.#system;
	}

	set reduced(value: boolean) {
		this.#choice = value ? 'reduce' : 'full';
		// Choosing what the system already says means "follow the system" from now on.
		writeChoice(MOTION_KEY, value === this.#system ? null : this.#choice);
		this.#changed();
	}

	#changed() {
		this.#mirror();
		this.notify();
	}

	#mirror() {
		const root = document.documentElement;
		// Only what changed: app.html's script has set both already when the page starts (and see
		// themePreference.ts for what an unchanged write can cost).
		const motion = this.reduced ? 'reduce' : 'full';
		const layout = this.reduced ? 'unrolled' : 'sticky';
		if (root.dataset.motion !== motion) root.dataset.motion = motion;
		if (root.dataset.layout !== layout) root.dataset.layout = layout;
	}
}

export const motion = new MotionPreference();
