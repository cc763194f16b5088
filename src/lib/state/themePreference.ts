/**
 * The reader's colour theme: the system's prefers-color-scheme unless the on-page toggle chose
 * light or dark. A choice is mirrored on <html data-theme> (CSS in app.css forces that theme) and on
 * <meta name="color-scheme">; the inline script in app.html applies a stored choice before first
 * paint, so the page never flashes the other theme. Plain TypeScript: only the header's switch uses it.
 */
import { Listeners, THEME_KEY, readChoice, writeChoice, type ThemeChoice } from './preferences';

class ThemePreference extends Listeners {
	#systemDark = false;
	#choice: ThemeChoice | null = null;

	constructor() {
		super();
		if (typeof window === 'undefined') return;
		const query = window.matchMedia('(prefers-color-scheme: dark)');
		this.#systemDark = query.matches;
		query.addEventListener('change', (e) => {
			this.#systemDark = e.matches;
			this.notify();
		});
		const stored = readChoice(THEME_KEY);
		this.#choice = stored === 'light' || stored === 'dark' ? stored : null;
		this.#mirror();
	}

	get dark(): boolean {
		return this.#choice ? this.#choice === 'dark' : this.#systemDark;
	}

	set dark(value: boolean) {
		// Choosing what the system already says means "follow the system" from now on.
		this.#choice = value === this.#systemDark ? null : value ? 'dark' : 'light';
		writeChoice(THEME_KEY, this.#choice);
		this.#mirror();
		this.notify();
	}

	/** Writes only what changed: app.html's script has set both already when the page starts. */
	#mirror() {
		const root = document.documentElement;
		if ((root.dataset.theme ?? null) !== this.#choice) {
			if (this.#choice) root.dataset.theme = this.#choice;
			else delete root.dataset.theme;
		}
		// Setting the colour scheme, even to its current value, restyles the whole page (Chromium
		// treats it as a platform colour change): ≈13 ms here on the story as its script started.
		const meta = document.querySelector('meta[name="color-scheme"]');
		const scheme = this.#choice ?? 'light dark';
		if (meta && meta.getAttribute('content') !== scheme) meta.setAttribute('content', scheme);
	}
}

export const theme = new ThemePreference();
