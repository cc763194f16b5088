/**
 * Clinician ↔ patient screen messages over BroadcastChannel: same origin, same browser, nothing
 * leaves the device. The clinician's window owns the state and announces every change; the
 * patient screen asks for the state when it opens and follows. Either can close at any time.
 */
import { SLIDES } from './deck';
import { BASE_IDS, type ExplorerChoice } from './explorer';
import { CHANNEL_NAME } from './wake';

/** What the patient screen needs to draw exactly what the clinician's window shows. */
export interface ConsultState {
	slide: number;
	/** 0..1 through the current step's animation. */
	progress: number;
	playing: boolean;
	explorer: ExplorerChoice;
}

export type ConsultMessage =
	| { type: 'state'; state: ConsultState }
	/** From a patient screen that has just opened: "what are you showing?" */
	| { type: 'hello' }
	/** From the clinician's window as it closes. */
	| { type: 'bye' };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Accepts only well-formed messages; anything else (another tab's experiments, old versions) is ignored. */
export function parseMessage(data: unknown): ConsultMessage | null {
	if (!isObject(data)) return null;
	if (data.type === 'hello' || data.type === 'bye') return { type: data.type };
	if (data.type !== 'state' || !isObject(data.state)) return null;
	const { slide, progress, playing, explorer } = data.state;
	if (!Number.isInteger(slide) || (slide as number) < 0 || (slide as number) >= SLIDES.length) return null;
	if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) return null;
	if (typeof playing !== 'boolean' || !isObject(explorer)) return null;
	const { base, maintenanceWeeks, weightKg } = explorer;
	if (typeof base !== 'string' || !(BASE_IDS as readonly string[]).includes(base)) return null;
	if (maintenanceWeeks !== null && !(Number.isInteger(maintenanceWeeks) && (maintenanceWeeks as number) > 0)) return null;
	if (typeof weightKg !== 'number' || !Number.isFinite(weightKg)) return null;
	return {
		type: 'state',
		state: {
			slide: slide as number,
			progress,
			playing,
			explorer: { base: base as ExplorerChoice['base'], maintenanceWeeks: maintenanceWeeks as number | null, weightKg }
		}
	};
}

/** Opens the channel if the browser has one; returns null otherwise (old browsers: no patient screen). */
export function openChannel(onMessage: (message: ConsultMessage) => void): { post: (m: ConsultMessage) => void; close: () => void } | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel(CHANNEL_NAME);
	channel.onmessage = (event) => {
		const message = parseMessage(event.data);
		if (message) onMessage(message);
	};
	return {
		post: (m) => channel.postMessage(m),
		close: () => channel.close()
	};
}
