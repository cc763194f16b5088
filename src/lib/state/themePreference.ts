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

	#mirror() {
		const root = document.documentElement;
		if (this.#choice) root.dataset.theme = this.#choice;
		else delete root.dataset.theme;
		document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', this.#choice ?? 'light dark');
	}
}

export const theme = new ThemePreference();
