/**
 * One animation frame for everything that follows the scroll position (each Scrolly, the reading
 * progress bar). Every job measures first, then every job applies its result.
 *
 * Why: with one requestAnimationFrame per component, the browser runs them one after another and
 * Svelte flushes the DOM writes of each before the next one starts. The next component's
 * getBoundingClientRect then forces a fresh layout of the whole (very tall) story page, once per
 * component per frame. Measured on a 4×-throttled CPU this was most of every scroll frame. Reads
 * together, then writes together: one layout per frame.
 */
export interface FrameJob {
	/** Read layout (rects, scroll position). No DOM or state writes here. */
	measure(): void;
	/** Write what measure() found (state, styles). No layout reads here. */
	apply(): void;
}

const pending = new Set<FrameJob>();
let frame = 0;

function run() {
	frame = 0;
	const jobs = [...pending];
	pending.clear();
	for (const job of jobs) job.measure();
	for (const job of jobs) job.apply();
}

/** Runs `job` in the next frame (once, however often it is asked for before then). */
export function requestFrame(job: FrameJob): void {
	pending.add(job);
	if (!frame) frame = requestAnimationFrame(run);
}

/** Drops a job that has not run yet (a component going away). */
export function cancelFrame(job: FrameJob): void {
	pending.delete(job);
	if (pending.size === 0 && frame) {
		cancelAnimationFrame(frame);
		frame = 0;
	}
}
