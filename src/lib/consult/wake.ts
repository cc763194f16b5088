/**
 * Consult pages arrive as prerendered HTML that already shows the slide, with Next and Previous as
 * real links. Their code (the deck, the diagrams, d3 and the model: ≈70 kB gzip) loads only when
 * someone is there to use it: the first pointer move, touch, key, focus or wheel, or a message from
 * the other consult window. A page nobody touches (a link preview, a tab opened for later, a
 * crawler) costs a phone only the HTML.
 *
 * Until the code is running, what the reader does on the page is held: clicks on buttons and
 * links, the deck's keys, changes to controls, swipes. Then it is replayed on the same elements,
 * which hydration keeps, so nothing is lost, and a Next clicked early steps the deck instead of
 * reloading the page.
 *
 * This file is in the page's first load: keep it small and free of imports.
 */

/** The channel both consult windows share (sync.ts): same origin, same browser, nothing leaves the device. */
export const CHANNEL_NAME = 'ketamine-explainer:consult';

/** Keys the deck acts on (ConsultDeck.svelte's onkeydown). */
const DECK_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Home', 'End', ' ']);
const WAKE_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'] as const;

export interface WakeOptions {
	/** Loads and starts the page's code, on the prerendered nodes. */
	boot: () => Promise<unknown>;
	/** Start at once: there is no prerendered HTML to show (a path only the app can draw). */
	now?: boolean;
	/** Also wake on the reader's first interaction (the clinician's window; not the patient screen). */
	interaction?: boolean;
	/** Wake on these messages from the other consult window. */
	messages?: readonly string[];
	/** Said on the channel at once, e.g. `hello`, so an open consult window answers. */
	greet?: string;
}

/** Arms the page; returns the cleanup for onMount. */
export function wake(root: HTMLElement, { boot, now = false, interaction = true, messages = [], greet }: WakeOptions): () => void {
	let state: 'asleep' | 'waking' | 'awake' = 'asleep';
	const held: (() => void)[] = [];

	const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);

	function stopListening() {
		for (const type of WAKE_EVENTS) window.removeEventListener(type, start, true);
		window.removeEventListener('click', holdClick, true);
		window.removeEventListener('keydown', holdKey, true);
		for (const type of ['input', 'change']) window.removeEventListener(type, holdChange, true);
		for (const type of ['touchstart', 'touchend'] as const) window.removeEventListener(type, holdTouch, true);
		channel?.close();
	}

	function start() {
		if (state !== 'asleep') return;
		state = 'waking';
		for (const type of WAKE_EVENTS) window.removeEventListener(type, start, true);
		channel?.close();
		const awake = () => {
			state = 'awake';
			stopListening();
			for (const replay of held.splice(0)) replay();
		};
		// If the code could not load (offline before it was cached), the page stays a plain page whose
		// links work, and what was held happens the plain way.
		boot().then(awake, awake);
	}

	function holdClick(event: MouseEvent) {
		if (state === 'awake') return;
		const target = event.target instanceof Element ? event.target.closest('a[href], button') : null;
		if (!(target instanceof HTMLElement) || !root.contains(target)) return;
		// Modified clicks open new tabs, which needs no code.
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		held.push(() => target.click());
		start();
	}

	function holdKey(event: KeyboardEvent) {
		if (state === 'awake' || event.altKey || event.ctrlKey || event.metaKey || !DECK_KEYS.has(event.key)) return;
		const target = event.target instanceof Element ? event.target : document.body;
		// Controls keep their own keys, and Space presses a focused button (held as a click).
		if (target.closest('input, select, textarea') && !event.key.startsWith('Page')) return;
		if (event.key === ' ' && target.closest('button, a, summary')) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		const { key, code, shiftKey } = event;
		held.push(() => target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true })));
		start();
	}

	/** A control changed before the code ran: said again, with the value the reader gave it. */
	function holdChange(event: Event) {
		const target = event.target;
		if (state === 'awake' || !(target instanceof HTMLInputElement || target instanceof HTMLSelectElement) || !root.contains(target)) return;
		const { value } = target;
		const checked = target instanceof HTMLInputElement ? target.checked : false;
		held.push(() => {
			target.value = value;
			if (target instanceof HTMLInputElement) target.checked = checked;
			target.dispatchEvent(new Event(event.type, { bubbles: true }));
		});
		start();
	}

	/** A swipe that began before the code ran still counts. */
	function holdTouch(event: TouchEvent) {
		const target = event.target;
		if (state === 'awake' || !(target instanceof Element) || !root.contains(target) || typeof TouchEvent === 'undefined') return;
		const { touches, targetTouches, changedTouches } = event;
		const init = { touches: [...touches], targetTouches: [...targetTouches], changedTouches: [...changedTouches], bubbles: true };
		held.push(() => target.dispatchEvent(new TouchEvent(event.type, init)));
		start();
	}

	window.addEventListener('click', holdClick, true);
	window.addEventListener('keydown', holdKey, true);
	for (const type of ['input', 'change']) window.addEventListener(type, holdChange, true);
	for (const type of ['touchstart', 'touchend'] as const) window.addEventListener(type, holdTouch, { capture: true, passive: true });
	if (interaction) for (const type of WAKE_EVENTS) window.addEventListener(type, start, { capture: true, passive: true });
	if (channel) {
		channel.onmessage = (event: MessageEvent) => {
			const type = (event.data as { type?: unknown } | null)?.type;
			if (typeof type === 'string' && messages.includes(type)) start();
		};
		if (greet) channel.postMessage({ type: greet });
	}
	// Without a channel the patient screen has nothing to wait for: it starts and says so.
	if (now || (!channel && !interaction)) start();

	return () => {
		state = 'awake';
		stopListening();
	};
}
