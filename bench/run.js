#!/usr/bin/env node
/**
 * Performance benchmark for the built (static) site.  `npm run bench [-- options]`
 *
 * What it measures, and why:
 *  1. First-load bytes per page (phone viewport, until network idle, no interaction): JS, CSS,
 *     HTML and other, raw and gzip -9. JS is what a phone on a slow link must download, parse and
 *     run before the explainer is interactive, so it has a hard budget.
 *  2. Lighthouse 12 (mobile and desktop configs) per page: the four category scores plus FCP,
 *     LCP, TBT, CLS. Readers arrive from a link on a phone; the page must show up fast and not move.
 *  3. Scroll smoothness on every scrollytelling page (HTML contains `data-scrolly`): frame deltas
 *     and long tasks while a synthetic gesture scrolls the whole story on a 4×-throttled CPU, at
 *     phone and laptop sizes. The story is read by scrolling, so dropped frames are the main
 *     thing a reader would feel.
 *
 * It builds the site (`--no-build` to skip), serves build/ with `vite preview`, prints tables with
 * every figure beside its budget, and writes everything to bench/results.json (Lighthouse JSON
 * reports go to bench/lighthouse/). A failed budget does not fail the process: this is a
 * benchmark, not a test. Exit code is non-zero only if the bench itself breaks.
 *
 * Options: --no-build   --port N (default 4173)   --only bytes,lighthouse,scroll   --pages /,/story/
 *          --runs N (scroll runs per size, default 2)   --max-minutes N (watchdog, default 25)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { measureFirstLoad, TYPES } from './lib/bytes.js';
import { chromiumVersion, LAPTOP, launchBrowser, PHONE } from './lib/chromium.js';
import { runLighthouse } from './lib/lighthouse.js';
import { findPages, servedDiffersFromBuild, slug } from './lib/pages.js';
import { Budgets, cls, kB, ms, s, score, table } from './lib/report.js';
import { BASELINE_HTML, CPU_THROTTLE, DROPPED_MS, JANK_MS, measureScroll, SCROLL_SPEED } from './lib/scroll.js';
import { build, serveHtml, startPreview } from './lib/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const BUILD_DIR = join(ROOT, 'build');
const LIGHTHOUSE_DIR = join(ROOT, 'bench', 'lighthouse');
const RESULTS_FILE = join(ROOT, 'bench', 'results.json');

export const BUDGET = {
	firstLoadJsGzipBytes: 45_000, // 45 kB (1 kB = 1000 bytes, as Vite reports sizes)
	lighthouseMobilePerformance: 1, // i.e. 100
	lcpMobileMs: 1200,
	cls: 0,
	tbtMs: 50,
	scrollP95Ms: 17,
	longTasks: 0
};

// ---------------------------------------------------------------------------------------------
// options, cleanup, watchdog

function parseArgs(argv) {
	const opts = { build: true, port: 4173, only: ['bytes', 'lighthouse', 'scroll'], pages: null, runs: 2, maxMinutes: 25 };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = () => inline ?? argv[++i];
		if (flag === '--no-build') opts.build = false;
		else if (flag === '--port') opts.port = Number(value());
		else if (flag === '--only') opts.only = value().split(',');
		else if (flag === '--pages') opts.pages = value().split(',');
		else if (flag === '--runs') opts.runs = Math.max(1, Number(value()));
		else if (flag === '--max-minutes') opts.maxMinutes = Number(value());
		else throw new Error(`unknown option ${argv[i]}`);
	}
	return opts;
}

/** Everything that must die with us (server, browsers): run on Ctrl-C, SIGTERM or watchdog. */
const cleanups = new Set();
const track = (fn) => {
	cleanups.add(fn);
	return () => cleanups.delete(fn);
};
function cleanupNow() {
	for (const fn of cleanups) {
		try {
			fn();
		} catch {
			// best effort: we are exiting anyway
		}
	}
	cleanups.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		console.error(`\n${signal}: stopping server and browsers`);
		cleanupNow();
		process.exit(130);
	});
}

const log = (msg) => console.log(`[bench] ${msg}`);
const elapsed = (since) => ((Date.now() - since) / 1000).toFixed(1) + ' s';

// ---------------------------------------------------------------------------------------------
// measurement phases

let playwrightChromium = null; // version string as Playwright sees it, for results.json

async function withBrowser(fn) {
	const browser = await launchBrowser();
	playwrightChromium = browser.version();
	const untrack = track(() => browser.close());
	try {
		return await fn(browser);
	} finally {
		untrack();
		await browser.close();
	}
}

async function measureBytes(pages, base) {
	return withBrowser(async (browser) => {
		const out = {};
		for (const p of pages) {
			out[p.route] = await measureFirstLoad(browser, base + p.route.slice(1));
			log(`bytes ${p.route}: JS ${kB(out[p.route].totals.js.gzip)} gzip, ${out[p.route].all.count} requests`);
		}
		return out;
	});
}

/** Both Lighthouse configs on one URL; `name` labels the log and the report files. */
async function lighthouseBoth(url, name) {
	const out = {};
	for (const form of ['mobile', 'desktop']) {
		const started = Date.now();
		const file = join(LIGHTHOUSE_DIR, `${name}.${form}.json`);
		try {
			out[form] = { ...(await runLighthouse(url, form, file, track)), report: file };
		} catch (error) {
			// One failed audit should not sink the other figures; its budgets count as failed.
			out[form] = { error: String(error?.message ?? error), scores: {}, metrics: {}, warnings: [] };
		}
		const r = out[form];
		log(`lighthouse ${form} ${name}: perf ${score(r.scores.performance) ?? 'n/a'}, TBT ${ms(r.metrics.tbt) ?? 'n/a'} (${elapsed(started)})`);
		if (r.runtimeError || r.error) log(`  error: ${r.runtimeError ?? r.error}`);
	}
	return out;
}

/**
 * Every page, then a plain page of text (no script, no images) through the same harness: its TBT
 * is what this machine's browser start alone reads, the floor under every page's figure.
 */
async function measureLighthouse(pages, base) {
	mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
	const out = {};
	for (const p of pages) out[p.route] = await lighthouseBoth(base + p.route.slice(1), slug(p.route));
	const baselineServer = await serveHtml(BASELINE_HTML);
	try {
		return { pages: out, baseline: await lighthouseBoth(baselineServer.url, 'baseline') };
	} finally {
		await baselineServer.stop();
	}
}

const DEVICES = [
	['phone', PHONE],
	['laptop', LAPTOP]
];

/** Scroll every scrolly page at both sizes, plus a plain-text baseline page through the same harness. */
async function measureScrolling(pages, base, runs) {
	return withBrowser(async (browser) => {
		const out = { pages: {}, baseline: {} };
		for (const p of pages.filter((pg) => pg.scrolly)) {
			out.pages[p.route] = {};
			for (const [key, profile] of DEVICES) {
				const started = Date.now();
				try {
					const r = await measureScroll(browser, base + p.route.slice(1), profile, runs);
					out.pages[p.route][key] = r;
					log(`scroll ${p.route} ${profile.name}: p95 per run ${r.p95PerRun.join(' / ')} ms (${elapsed(started)})`);
				} catch (error) {
					out.pages[p.route][key] = { profile: profile.name, error: String(error?.message ?? error) };
					log(`scroll ${p.route} ${profile.name}: FAILED ${out.pages[p.route][key].error}`);
				}
			}
		}
		for (const [key, profile] of DEVICES) {
			try {
				out.baseline[key] = await measureScroll(browser, base + '__bench-baseline/', profile, 1, { baseline: true });
				log(`scroll baseline ${profile.name}: p95 ${out.baseline[key].p95PerRun[0]} ms`);
			} catch (error) {
				out.baseline[key] = { profile: profile.name, error: String(error?.message ?? error) };
			}
		}
		return out;
	});
}

// ---------------------------------------------------------------------------------------------
// report

/** A formatted figure (or — when missing) with a * when it breaks its budget. */
const marked = (text, ok) => (text ?? '—') + (ok === false ? ' *' : '');

function printBytes(bytes, budgets) {
	const rows = Object.entries(bytes).map(([route, b]) => {
		const ok = b.totals.js.gzip <= BUDGET.firstLoadJsGzipBytes;
		budgets.add('first-load JS (gzip)', route, kB(b.totals.js.gzip), `≤ ${kB(BUDGET.firstLoadJsGzipBytes)}`, ok);
		return [
			route,
			...TYPES.flatMap((t) => [kB(b.totals[t].raw), marked(kB(b.totals[t].gzip), t === 'js' ? ok : null)]),
			kB(b.all.gzip),
			b.all.count,
			b.external.length
		];
	});
	console.log('\nFirst-load bytes (phone 390×844, until network idle; gzip = gzip -9 of each body)');
	console.log(`JS gzip budget: ≤ ${kB(BUDGET.firstLoadJsGzipBytes)} per page; * = over budget\n`);
	const headers = ['page', ...TYPES.flatMap((t) => [`${t} raw`, `${t} gz`]), 'total gz', 'requests', 'external'];
	console.log(table(headers, rows));
}

function printLighthouse({ pages: lh, baseline }, budgets) {
	const rows = [];
	const row = (route, form, r, checks = {}) => [
		route,
		form,
		marked(score(r.scores.performance), checks.perf),
		score(r.scores.accessibility),
		score(r.scores['best-practices']),
		score(r.scores.seo),
		s(r.metrics.fcp),
		marked(s(r.metrics.lcp), checks.lcp),
		marked(ms(r.metrics.tbt), checks.tbt),
		marked(cls(r.metrics.cls), checks.cls),
		r.benchmarkIndex === null || r.benchmarkIndex === undefined ? null : Math.round(r.benchmarkIndex)
	];
	for (const [route, forms] of Object.entries(lh)) {
		for (const [form, r] of Object.entries(forms)) {
			const m = r.metrics;
			const mobile = form === 'mobile';
			const check = (v, ok) => (v === null || v === undefined ? null : ok(v));
			const perfOk = check(r.scores.performance, (v) => v >= BUDGET.lighthouseMobilePerformance);
			const lcpOk = check(m.lcp, (v) => v <= BUDGET.lcpMobileMs);
			const tbtOk = check(m.tbt, (v) => v <= BUDGET.tbtMs);
			const clsOk = check(m.cls, (v) => v <= BUDGET.cls);
			if (mobile) {
				budgets.add('Lighthouse performance (mobile)', route, score(r.scores.performance), '= 100', perfOk);
				budgets.add('LCP (mobile)', route, s(m.lcp), `≤ ${s(BUDGET.lcpMobileMs)}`, lcpOk);
			}
			budgets.add(`TBT (${form})`, route, ms(m.tbt), `≤ ${ms(BUDGET.tbtMs)}`, tbtOk);
			budgets.add(`CLS (${form})`, route, cls(m.cls), '= 0', clsOk);
			rows.push(row(route, form, r, { perf: mobile ? perfOk : null, lcp: mobile ? lcpOk : null, tbt: tbtOk, cls: clsOk }));
		}
	}
	for (const [form, r] of Object.entries(baseline ?? {})) rows.push(row('baseline', form, r));
	console.log('\nLighthouse 12 (mobile = default config, simulated throttling; desktop = desktop config)');
	console.log('budgets: performance = 100 (mobile), LCP ≤ 1.20 s (mobile), TBT ≤ 50 ms, CLS = 0; * = over budget');
	console.log('CPU index = Lighthouse benchmarkIndex of this machine during the run (lower = busier/slower host)');
	console.log('baseline = a plain page of text, no script or images, same harness, no budget: the machine\'s floor\n');
	console.log(table(['page', 'form', 'perf', 'a11y', 'best-pr', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'CPU index'], rows));
	const warnings = Object.entries({ ...lh, ...(baseline ? { baseline } : {}) }).flatMap(([route, forms]) =>
		Object.entries(forms).flatMap(([form, r]) => [
			...(r.runtimeError ? [`${route} ${form}: runtime error: ${r.runtimeError}`] : []),
			...(r.error ? [`${route} ${form}: Lighthouse failed: ${r.error}`] : []),
			...r.warnings.map((w) => `${route} ${form}: ${w}`)
		])
	);
	if (warnings.length) console.log('\nLighthouse warnings:\n' + warnings.map((w) => '  ' + w).join('\n'));
}

function scrollRow(route, r, checks = {}) {
	const w = r.reported;
	const mark = (ok) => (ok === false ? ' *' : '');
	if (!w) return [route, r.profile, `measurement failed: ${r.error}`];
	return [
		route,
		r.profile,
		w.p50?.toFixed(1),
		w.p95?.toFixed(1) + mark(checks.p95),
		w.p99?.toFixed(1),
		w.pctOver16_7?.toFixed(1) + ' %',
		w.pctDropped?.toFixed(1) + ' %',
		w.frames,
		`${r.worstScrollLongTasks.count} / ${r.worstScrollLongTasks.totalMs} ms` + mark(checks.scrollLt),
		`${r.worstLoadLongTasks.count} / ${r.worstLoadLongTasks.totalMs} ms` + mark(checks.loadLt),
		r.p95PerRun.map((v) => v?.toFixed(1)).join(' / '),
		`${w.source}${w.reachedBottom ? '' : ' (not bottom!)'}`
	];
}

function printScroll(scroll, budgets) {
	const rows = [];
	for (const [route, profiles] of Object.entries(scroll.pages)) {
		for (const r of Object.values(profiles)) {
			if (r.error) {
				for (const what of ['scroll p95 frame', 'long tasks, scroll', 'long tasks, load']) {
					budgets.add(`${what} (${r.profile})`, route, null, what.startsWith('scroll') ? `≤ ${BUDGET.scrollP95Ms} ms` : '= 0', null);
				}
				rows.push(scrollRow(route, r));
				continue;
			}
			const w = r.reported;
			const checks = {
				p95: w.p95 === null ? null : w.p95 <= BUDGET.scrollP95Ms,
				scrollLt: r.worstScrollLongTasks.count <= BUDGET.longTasks,
				loadLt: r.worstLoadLongTasks.count <= BUDGET.longTasks
			};
			budgets.add(`scroll p95 frame (${r.profile})`, route, ms(w.p95), `≤ ${BUDGET.scrollP95Ms} ms`, checks.p95);
			budgets.add(`long tasks, scroll (${r.profile})`, route, String(r.worstScrollLongTasks.count), '= 0', checks.scrollLt);
			budgets.add(`long tasks, load (${r.profile})`, route, String(r.worstLoadLongTasks.count), '= 0', checks.loadLt);
			rows.push(scrollRow(route, r, checks));
		}
	}
	for (const r of Object.values(scroll.baseline)) rows.push(scrollRow('baseline', r));

	console.log(`\nScroll smoothness (CPU throttled ${CPU_THROTTLE}×, whole page top to bottom at ~${SCROLL_SPEED} px/s)`);
	console.log(`frame figures in ms, from the run with the worse p95; long tasks = worst run (count / total ms)`);
	console.log(`"dropped" = frame delta > ${DROPPED_MS} ms (1.5 vsync); "baseline" = a plain text page, same harness, no budget`);
	console.log(`budgets: p95 frame ≤ ${BUDGET.scrollP95Ms} ms, zero long tasks during load and scroll; * = over budget\n`);
	const headers = ['page', 'device', 'p50', 'p95', 'p99', `>${JANK_MS} ms`, 'dropped', 'frames', 'long tasks scroll', 'long tasks load', 'p95 per run', 'input'];
	console.log(table(headers, rows));
}

function printCaveats(load, consistency) {
	console.log(`\nMachine load average (1/5/15 min): ${load.atStart.join(' ')} at start, ${load.atEnd?.join(' ')} at end, ${availableParallelism()} cores`);
	const changed = [...new Set([...consistency.atStart, ...(consistency.atEnd ?? [])])];
	if (changed.length) {
		console.log(`WARNING: served pages differed from build/ during the run (${changed.join(', ')}): rebuilt mid-bench? Re-run.`);
	}
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const watchdog = setTimeout(() => {
		console.error(`[bench] gave up after ${opts.maxMinutes} minutes`);
		cleanupNow();
		process.exit(1);
	}, opts.maxMinutes * 60_000);
	watchdog.unref();

	if (opts.build) {
		log('npm run build …');
		log(`built in ${(await build(ROOT, track)).toFixed(1)} s`);
	}
	const pages = findPages(BUILD_DIR).filter((p) => !opts.pages || opts.pages.includes(p.route));
	log(`pages: ${pages.map((p) => p.route + (p.scrolly ? ' (scrolly)' : '')).join(', ')}`);

	const server = await startPreview({ cwd: ROOT, port: opts.port });
	const untrackServer = track(server.stopNow);
	log(`vite preview on ${server.url} (pid ${server.pid})`);
	const load = { atStart: loadavg().map((v) => Number(v.toFixed(2))), atEnd: null };
	const consistency = { atStart: await servedDiffersFromBuild(pages, server.url), atEnd: null };
	if (load.atStart[0] > availableParallelism()) {
		log(`WARNING: machine is busy (load average ${load.atStart.join(' ')} on ${availableParallelism()} cores); timings will be pessimistic`);
	}
	if (consistency.atStart.length) log(`WARNING: served HTML differs from build/ for ${consistency.atStart.join(', ')}`);

	const results = { bytes: null, lighthouse: null, scroll: null };
	const phases = {};
	try {
		if (opts.only.includes('bytes')) {
			const t = Date.now();
			results.bytes = await measureBytes(pages, server.url);
			phases.bytesSec = (Date.now() - t) / 1000;
		}
		if (opts.only.includes('lighthouse')) {
			const t = Date.now();
			results.lighthouse = await measureLighthouse(pages, server.url);
			phases.lighthouseSec = (Date.now() - t) / 1000;
		}
		if (opts.only.includes('scroll')) {
			const t = Date.now();
			results.scroll = await measureScrolling(pages, server.url, opts.runs);
			phases.scrollSec = (Date.now() - t) / 1000;
		}
		load.atEnd = loadavg().map((v) => Number(v.toFixed(2)));
		consistency.atEnd = await servedDiffersFromBuild(pages, server.url);
	} finally {
		await server.stop();
		untrackServer();
	}

	const budgets = new Budgets();
	if (results.bytes) printBytes(results.bytes, budgets);
	if (results.lighthouse) printLighthouse(results.lighthouse, budgets);
	if (results.scroll) printScroll(results.scroll, budgets);
	printCaveats(load, consistency);
	console.log('\nBudgets\n');
	console.log(budgets.table());

	const durationSec = process.uptime(); // includes module loading (Lighthouse takes a few seconds)
	const cpuList = cpus();
	const record = {
		date: new Date().toISOString(),
		durationSec,
		phases,
		node: process.version,
		chromium: chromiumVersion(),
		playwrightChromium,
		lighthouse: require('lighthouse/package.json').version,
		machine: {
			cores: availableParallelism(),
			cpu: cpuList[0]?.model ?? null,
			platform: `${process.platform} ${process.arch}`,
			loadAverage: load
		},
		servedDiffersFromBuild: consistency,
		scrollBaseline: results.scroll?.baseline ?? null,
		lighthouseBaseline: results.lighthouse?.baseline ?? null,
		budget: BUDGET,
		pages: pages.map((p) => ({
			route: p.route,
			scrolly: p.scrolly,
			bytes: results.bytes?.[p.route] ?? null,
			lighthouse: results.lighthouse?.pages[p.route] ?? null,
			scroll: results.scroll?.pages[p.route] ?? null
		})),
		budgetChecks: budgets.checks,
		summary: { passed: budgets.passed, failed: budgets.failed }
	};
	writeFileSync(RESULTS_FILE, JSON.stringify(record, null, '\t') + '\n');
	console.log(`\nwrote ${RESULTS_FILE} (bench took ${durationSec.toFixed(0)} s)`);
	console.log(`budgets: ${budgets.passed} passed, ${budgets.failed} failed`);
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error('[bench] crashed:', error?.stack ?? error);
		cleanupNow();
		process.exit(1);
	}
);
