/**
 * Lays out the story's chapters ahead of the reader, a piece at a time, while the page is still.
 *
 * Each chapter has `content-visibility: auto`, so the browser styles and lays out a chapter only
 * when it comes near the screen, all of it in one frame: 40–85 ms on a slow phone (4× CPU), a long
 * task in the middle of a scroll. A chapter laid out once keeps its layout when it is skipped
 * again, and showing it later costs little more than its paint. So this lays out each chapter
 * below the screen beforehand while the page is still, in small low-priority tasks of a piece or
 * a few (a piece is a block of prose, the pinned figure or one step: 5–25 ms each at 4×). After
 * the pinned figure come its figure's own jobs (`figureJobs`): each of its steps' layers laid out
 * once, which a hidden layer keeps too.
 *
 * How one chapter is done: its pieces get `data-waiting` and the chapter `data-warming`, which
 * the story's stylesheet (screen only) turns into `content-visibility: auto` for each piece and
 * `visible` for the chapter: the browser lays out only the chapter's outline, since the pieces are
 * far below the screen. Then each piece in turn loses `data-waiting` and is laid out. Last, the
 * chapter loses `data-warming`, back to its own `auto`. All of this happens well below the screen,
 * so nothing the reader sees moves. A chapter the reader reaches first is left to the browser; its
 * pieces not yet done keep waiting (each is then shown on its own as it comes near).
 */
import { isStill, whenStill } from '$scrolly/still';

/** Only chapters whose top is this many screen heights below the screen's top are laid out ahead. */
export const AHEAD_SCREENS = 2;

/**
 * A task starts no new piece after this long. Small, because a piece that takes a few
 * milliseconds here is four times that on a slow phone (and in Lighthouse's simulated one).
 */
const TASK_MS = 4;

/** The chapter's blocks, with its figure split into the pinned graphic and one piece per step. */
export function chapterPieces(chapter: HTMLElement): HTMLElement[] {
	const pieces: HTMLElement[] = [];
	for (const child of chapter.children) {
		if (!(child instanceof HTMLElement)) continue;
		if (!child.matches('[data-island]')) {
			pieces.push(child);
			continue;
		}
		for (const part of child.children) {
			if (!(part instanceof HTMLElement)) continue;
			if (part.matches('.scrolly')) pieces.push(...part.querySelectorAll<HTMLElement>(':scope > .graphic, :scope > .steps > .step'));
			else pieces.push(part);
		}
	}
	return pieces;
}

const farBelow = (chapter: HTMLElement) => chapter.getBoundingClientRect().top > AHEAD_SCREENS * window.innerHeight;

/**
 * Start laying out `chapters` (in page order) ahead of the reader. Each finished chapter gets
 * `data-warm` (for tests); so does `done` once every chapter has been seen to. `figureJobs` gives
 * a chapter's figure's jobs (Scrolly's `layOutAhead()`), run one at a time like the pieces.
 */
export function warmAhead(chapters: HTMLElement[], done: HTMLElement, figureJobs: (chapter: HTMLElement) => (() => void)[] = () => []): void {
	const queue = chapters.slice();
	let chapter: HTMLElement | null = null;
	/** The chapter's pieces, and once its figure's graphic is laid out, that figure's own jobs. */
	let pieces: (HTMLElement | (() => void))[] = [];

	let settling = false;
	const finish = (warm: boolean) => {
		delete chapter!.dataset.warming;
		if (warm) chapter!.dataset.warm = '';
		chapter = null;
		settling = false;
	};

	// While the page stays still the next task follows at once, at the lowest priority (rendering
	// and input go first): one idle period per task took ≈50 ms each at rest, seconds in all.
	const soon = (fn: () => void) => {
		const scheduler = (window as unknown as { scheduler?: { postTask(fn: () => void, o: { priority: string }): Promise<void> } }).scheduler;
		if (scheduler) void scheduler.postTask(fn, { priority: 'background' });
		else window.setTimeout(fn, 0);
	};
	const later = () => (isStill() ? soon(tick) : whenStill(tick));

	/** One unit of work; false to stop for now (`settling`) or for good. */
	const step = (): boolean => {
		if (settling) return false;
		if (!chapter) {
			// The next chapter still far below; those above it the reader has reached, or will soon.
			while (queue[0] && !farBelow(queue[0])) queue.shift();
			const next = queue.shift();
			if (!next) {
				done.dataset.warm = '';
				return false;
			}
			chapter = next;
			const blocks = chapterPieces(chapter);
			for (const piece of blocks) piece.dataset.waiting = '';
			pieces = blocks;
			chapter.dataset.warming = '';
			void chapter.offsetHeight; // its outline, in this task rather than the next frame's
		} else if (!farBelow(chapter)) {
			// The reader got here first: the browser shows the rest, each piece as it comes near.
			finish(false);
		} else {
			const piece = pieces.shift();
			if (typeof piece === 'function') piece();
			else if (piece) {
				delete piece.dataset.waiting;
				void piece.offsetHeight;
				if (piece.matches('.graphic')) pieces.unshift(...figureJobs(chapter));
			}
			if (!pieces.length) {
				// The browser records the size a skipped chapter keeps (contain-intrinsic-size: auto)
				// only when it draws a frame: let one pass with the whole chapter laid out.
				settling = true;
				requestAnimationFrame(() => requestAnimationFrame(() => {
					finish(true);
					later();
				}));
				return false;
			}
		}
		return true;
	};

	// Small pieces share a task; a new one starts only early in the task, so that no task
	// comes near 50 ms (the largest piece, a figure, is ≈25 ms at 4×).
	const tick = () => {
		const start = performance.now();
		while (step()) {
			if (performance.now() - start > TASK_MS) return later();
		}
		// step() said stop: for good, or until the chapter has settled (which restarts this).
	};
	whenStill(tick);
}
