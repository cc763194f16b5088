/**
 * Runs the header's switches (PreferenceToggle.svelte prerenders them, showing "off", since the
 * HTML cannot know the reader's setting): each shows one preference and sets it, and follows it when
 * it changes some other way (the system setting, while the page is open).
 */
import { motion } from '$lib/state/motionPreference';
import { theme } from '$lib/state/themePreference';

interface Preference {
	get(): boolean;
	set(on: boolean): void;
	subscribe(fn: () => void): () => void;
}

const PREFERENCES: Record<string, Preference> = {
	motion: { get: () => motion.reduced, set: (on) => (motion.reduced = on), subscribe: (fn) => motion.subscribe(fn) },
	theme: { get: () => theme.dark, set: (on) => (theme.dark = on), subscribe: (fn) => theme.subscribe(fn) }
};

/** Wires every `button[data-preference]` under `root`. */
export function wireToggles(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-preference]')) {
		const preference = PREFERENCES[button.dataset.preference ?? ''];
		if (!preference) continue;
		const icon = button.querySelector('.icon');
		const [off = '', on = ''] = [...(button.dataset.icons ?? '')];
		const show = () => {
			const pressed = preference.get();
			button.setAttribute('aria-pressed', String(pressed));
			if (icon) icon.textContent = pressed ? on : off;
		};
		show();
		preference.subscribe(show);
		button.addEventListener('click', () => preference.set(!preference.get()));
	}
}
