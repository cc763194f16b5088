/**
 * The reader's motion preference (motionPreference.ts) for Svelte components: reading `reduced` in
 * an effect, a derived or a template re-runs it when the preference changes.
 */
import { createSubscriber } from 'svelte/reactivity';
import { motion as preference } from './motionPreference';

const track = createSubscriber((update) => preference.subscribe(update));

export const motion = {
	get reduced(): boolean {
		track();
		return preference.reduced;
	}
};
