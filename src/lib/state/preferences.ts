/**
 * Reading and writing the reader's own preferences. Storage can be full, blocked (private mode)
 * or throw on access: every call is guarded so a preference never breaks the page.
 */
export const MOTION_KEY = 'ketamine-explainer:motion';
export const THEME_KEY = 'ketamine-explainer:theme';

export type MotionChoice = 'reduce' | 'full';
export type ThemeChoice = 'light' | 'dark';

export function readChoice(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

export function writeChoice(key: string, value: string | null): void {
	try {
		if (value === null) globalThis.localStorage?.removeItem(key);
		else globalThis.localStorage?.setItem(key, value);
	} catch {
		// Blocked or full storage: the choice lasts for this page view only.
	}
}

/** Who to tell when a preference changes (the header's switches, and Svelte through motion.svelte.ts). */
export class Listeners {
	#listeners = new Set<() => void>();

	/** Calls `fn` after every change; returns the unsubscribe. */
	subscribe(fn: () => void): () => void {
		this.#listeners.add(fn);
		return () => void this.#listeners.delete(fn);
	}

	notify(): void {
		for (const fn of this.#listeners) fn();
	}
}
