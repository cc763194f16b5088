/**
 * Scroll smoothness: does reading the story, top to bottom, stay at 60 fps on a slow phone?
 *
 * CPU is throttled 4× through CDP (a mid-range phone on this machine, roughly). An init script
 * records the delta between consecutive requestAnimationFrame callbacks and every long task
 * (> 50 ms) from the very start of the page. After load settles we reset the recorders and
 * scroll the whole page with a synthetic touch (or wheel) gesture at ~1200 px/s, then read back
 * frame deltas and long tasks that fell inside the gesture.
 */
import { percentile, round, sum } from './stats.js';

export const CPU_THROTTLE = 4;
export const SCROLL_SPEED = 1200; // px/s
export const JANK_MS = 16.7;
/** rAF timestamps jitter by ~0.1 ms around 16.67, so "> 16.7" also counts on-time frames. A frame
 * that really missed vsync shows up as ≥ 2 intervals (33 ms); 25 ms (1.5 intervals) separates them. */
export const DROPPED_MS = 25;

/** Runs in the page before any of its scripts. Must be self-contained (it is serialized). */
function installRecorders() {
	const bench = { frames: [], longtasks: [], last: null, observing: false };
	window.__bench = bench;
	const tick = (t) => {
		if (bench.last !== null) bench.frames.push([t, t - bench.last]);
		bench.last = t;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
		bench.observing = true;
	} catch {
		// 'longtask' unsupported: reported as observing=false
	}
}

const withTimeout = (promise, ms, what) =>
	Promise.race([
		promise,
		new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms).unref())
	]);

const scrollState = (page) =>
	page.evaluate(() => ({
		y: window.scrollY,
		max: document.scrollingElement.scrollHeight - window.innerHeight,
		width: window.innerWidth,
		height: window.innerHeight
	}));

/**
 * Pick the gesture source before measuring: a short synthetic touch swipe, then back to the top.
 * Some headless builds accept touch gestures without scrolling anything; then we use 'mouse'
 * (wheel). Done outside the measured window so a dud gesture does not pad it with idle frames.
 */
async function pickGestureSource(cdp, page) {
	const s = await scrollState(page);
	if (s.max < 50) return 'mouse';
	let source = 'mouse';
	try {
		const probe = { x: Math.round(s.width / 2), y: Math.round(s.height / 2), yDistance: -150, speed: SCROLL_SPEED, gestureSourceType: 'touch' };
		await withTimeout(cdp.send('Input.synthesizeScrollGesture', probe), 15_000, 'touch probe');
		if ((await scrollState(page)).y > s.y) source = 'touch';
	} catch {
		// touch refused: mouse it is
	}
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	return source;
}

/** Scroll to the bottom; repeats (max 4 gestures) if the page grew or a gesture fell short. */
async function scrollToBottom(cdp, page, source) {
	let gestures = 0;
	for (; gestures < 4; gestures++) {
		const s = await scrollState(page);
		const remaining = s.max - s.y;
		if (remaining <= 2) break;
		const params = { x: Math.round(s.width / 2), y: Math.round(s.height / 2), yDistance: -remaining, speed: SCROLL_SPEED, gestureSourceType: source };
		const timeout = (remaining / SCROLL_SPEED) * 1000 * 4 + 30_000;
		await withTimeout(cdp.send('Input.synthesizeScrollGesture', params), timeout, 'scroll gesture');
	}
	const end = await scrollState(page);
	return { source, gestures, reachedBottom: end.max - end.y <= 2, scrolledTo: end.y, maxScroll: end.max };
}

const pctOver = (deltas, limit) =>
	deltas.length ? round((100 * deltas.filter((d) => d > limit).length) / deltas.length, 1) : null;

function frameStats(deltas) {
	return {
		frames: deltas.length,
		p50: round(percentile(deltas, 50), 2),
		p95: round(percentile(deltas, 95), 2),
		p99: round(percentile(deltas, 99), 2),
		max: round(deltas.length ? Math.max(...deltas) : null, 2),
		pctOver16_7: pctOver(deltas, JANK_MS),
		pctDropped: pctOver(deltas, DROPPED_MS)
	};
}

const longTaskStats = (tasks) => ({ count: tasks.length, totalMs: round(sum(tasks.map(([, d]) => d)), 0) });

/** A plain page of text, no script, no images: what this machine and headless Chromium manage at best. */
export const BASELINE_HTML =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
	'<title>baseline</title><style>body{font:18px/1.6 sans-serif;margin:0 auto;max-width:40rem;padding:1rem}</style></head><body>' +
	Array.from({ length: 60 }, (_, i) => `<h2>Section ${i + 1}</h2><p>${'Plain text for the scroll baseline. '.repeat(8)}</p>`).join('') +
	'</body></html>';

/**
 * One measurement: fresh context, load, settle, probe input, reset, scroll, collect.
 * `baseline: true` serves BASELINE_HTML at `url` instead of the real page (same harness, no site).
 */
export async function measureScrollOnce(browser, url, profile, { baseline = false } = {}) {
	const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
	try {
		if (baseline) await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: BASELINE_HTML }));
		const page = await context.newPage();
		await page.addInitScript(installRecorders);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
		await page.goto(url, { waitUntil: 'networkidle', timeout: 90_000 });
		await page.waitForTimeout(1000);
		// "load" = page start → network idle + 1 s
		const { loadTasks, observing } = await page.evaluate(() => ({
			loadTasks: window.__bench.longtasks.slice(),
			observing: window.__bench.observing
		}));

		const source = await pickGestureSource(cdp, page);
		await page.waitForTimeout(1000); // let the probe (and any work it caused) settle
		const start = await page.evaluate(() => {
			const b = window.__bench;
			b.longtasks = [];
			b.frames = [];
			b.last = null;
			return performance.now();
		});
		const gesture = await scrollToBottom(cdp, page, source);
		const end = await page.evaluate(() => performance.now());
		await page.waitForTimeout(500); // long-task entries are delivered asynchronously
		const recorded = await page.evaluate(() => ({ frames: window.__bench.frames, tasks: window.__bench.longtasks }));

		const deltas = recorded.frames.filter(([t]) => t >= start && t <= end).map(([, d]) => d);
		const scrollTasks = recorded.tasks.filter(([t]) => t >= start && t <= end);
		return {
			...frameStats(deltas),
			durationMs: round(end - start, 0),
			scrollLongTasks: longTaskStats(scrollTasks),
			loadLongTasks: longTaskStats(loadTasks),
			longTaskObserver: observing,
			...gesture
		};
	} finally {
		await context.close();
	}
}

/**
 * Measure `runs` times and report the run with the worse p95; long tasks are the worst of any run.
 */
export async function measureScroll(browser, url, profile, runs = 2, options = {}) {
	const all = [];
	for (let i = 0; i < runs; i++) all.push(await measureScrollOnce(browser, url, profile, options));
	const worst = all.reduce((a, b) => ((b.p95 ?? Infinity) > (a.p95 ?? Infinity) ? b : a));
	return {
		profile: profile.name,
		cpuThrottle: CPU_THROTTLE,
		baseline: Boolean(options.baseline),
		speedPxPerS: SCROLL_SPEED,
		reported: { ...worst, runIndex: all.indexOf(worst) },
		p95PerRun: all.map((r) => r.p95),
		worstLoadLongTasks: all.reduce((a, r) => (r.loadLongTasks.count > a.count ? r.loadLongTasks : a), all[0].loadLongTasks),
		worstScrollLongTasks: all.reduce((a, r) => (r.scrollLongTasks.count > a.count ? r.scrollLongTasks : a), all[0].scrollLongTasks),
		runs: all
	};
}
