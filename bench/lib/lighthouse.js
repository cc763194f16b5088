/**
 * Lighthouse 12 through its Node API, one fresh Chromium (and fresh profile) per run so runs do
 * not share caches. Mobile = Lighthouse's default config (simulated slow 4G, 4× CPU slowdown,
 * Moto G Power screen); desktop = its desktop config.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift'
};

function summarize(lhr) {
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null])
	);
	return {
		scores, // 0–1, null if the category could not be scored
		metrics, // fcp/lcp/tbt in ms, cls unitless
		runtimeError: lhr.runtimeError?.message ?? null,
		warnings: lhr.runWarnings ?? [],
		benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
		throttlingMethod: lhr.configSettings?.throttlingMethod ?? null,
		lighthouseVersion: lhr.lighthouseVersion
	};
}

/**
 * Run one Lighthouse audit. `track` receives a cleanup function while Chrome is up, so a
 * Ctrl-C can kill it. Saves the full JSON report to `reportFile`.
 */
export async function runLighthouse(url, formFactor, reportFile, track = () => () => {}) {
	const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
	const chrome = await chromeLauncher
		.launch({
			chromePath: CHROME_PATH,
			chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
			userDataDir,
			handleSIGINT: false, // run.js owns Ctrl-C (it also has a server to stop)
			logLevel: 'silent'
		})
		.catch((error) => {
			removeProfile();
			throw error;
		});
	const untrack = track(() => {
		chrome.kill();
		removeProfile();
	});
	try {
		const flags = { port: chrome.port, output: 'json', logLevel: 'error' };
		const config = formFactor === 'desktop' ? desktopConfig : undefined;
		const result = await lighthouse(url, flags, config);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		writeFileSync(reportFile, /** @type {string} */ (result.report));
		return summarize(result.lhr);
	} finally {
		chrome.kill();
		untrack();
		removeProfile();
	}
}
