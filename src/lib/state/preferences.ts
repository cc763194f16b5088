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
