/**
 * Drives the story's reading bar (ReadingProgress.svelte) where the browser cannot: where CSS
 * scroll-driven animations work, the bar follows the scroll with no script at all.
 */
import { requestFrame, type FrameJob } from '$scrolly/frame';

export function followReading(bar: HTMLElement): void {
	if (CSS.supports('animation-timeline: scroll()')) return;
	let p = 0;
	// In the shared frame (frame.ts): scrollHeight and scrollY force layout when read after another
	// component's writes, so this reads with the other readers and writes after them.
	const job: FrameJob = {
		measure() {
			const max = document.documentElement.scrollHeight - window.innerHeight;
			p = max > 0 ? Math.min(1, Math.max(0, window.scrollY / max)) : 0;
		},
		apply() {
			bar.style.transform = `scaleX(${p.toFixed(4)})`;
		}
	};
	const schedule = () => requestFrame(job);
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule);
	schedule();
}
