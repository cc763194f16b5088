/**
 * Runs the header's switches (PreferenceToggle.svelte prerenders them, showing "off", since the
 * HTML cannot know the reader's setting): each shows one preference and sets it, and follows it when
 * it changes some other way (the system setting, while the page is open).
 */
import { motion } from '$lib/state/motion.svelte';
import { theme } from '$lib/state/theme.svelte';

interface Preference {
	get(): boolean;
	set(on: boolean): void;
}

const PREFERENCES: Record<string, Preference> = {
	motion: { get: () => motion.reduced, set: (on) => (motion.reduced = on) },
	theme: { get: () => theme.dark, set: (on) => (theme.dark = on) }
};

/** Wires every `button[data-preference]` under `root`; returns the cleanup. */
export function wireToggles(root: ParentNode = document): () => void {
	const listeners: (() => void)[] = [];
	const stop = $effect.root(() => {
		for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-preference]')) {
			const preference = PREFERENCES[button.dataset.preference ?? ''];
			if (!preference) continue;
			const icon = button.querySelector('.icon');
			const [off = '', on = ''] = [...(button.dataset.icons ?? '')];
			$effect(() => {
				const pressed = preference.get();
				button.setAttribute('aria-pressed', String(pressed));
				if (icon) icon.textContent = pressed ? on : off;
			});
			const press = () => preference.set(!preference.get());
			button.addEventListener('click', press);
			listeners.push(() => button.removeEventListener('click', press));
		}
	});
	return () => {
		stop();
		for (const remove of listeners) remove();
	};
}
