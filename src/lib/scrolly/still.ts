/**
 * Work that can wait for the reader to stop scrolling. A figure's live diagrams are whole Svelte
 * renders (tens of milliseconds each on a slow phone) and their module's first evaluation is longer
 * still; done mid-scroll, in idle time or not, each one held up the next frame. The copies of the
 * key frames already show the same pictures, so the live versions can wait until the page has been
 * still for a moment, which is also when a reader reaches for a scrubber.
 */

/** How long the page must be still: longer than the gap between two wheel or touch scroll events. */
export const STILL_MS = 300;

let lastScroll = -Infinity;
let listening = false;

/** Runs `fn` when the browser is idle (soon, where it cannot say). */
export const idle = (fn: () => void) =>
	'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 0);

/** Whether the page has not scrolled for STILL_MS (as far as whenStill() has been listening). */
export const isStill = () => performance.now() - lastScroll >= STILL_MS;

/** Runs `fn` in idle time once the page has not scrolled for STILL_MS. */
export function whenStill(fn: () => void): void {
	if (!listening) {
		listening = true;
		window.addEventListener('scroll', () => (lastScroll = performance.now()), { passive: true, capture: true });
	}
	const check = () => {
		const wait = lastScroll + STILL_MS - performance.now();
		if (wait > 0) window.setTimeout(check, wait);
		// A scroll may start while this waited for idle time: check again then.
		else idle(() => (performance.now() - lastScroll >= STILL_MS ? fn() : check()));
	};
	check();
}
