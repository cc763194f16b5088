/**
 * One place for how the bench starts Chromium: the system browser (Playwright cannot download
 * its own here), the same flags everywhere, and the two device profiles we measure.
 */
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Phone: an iPhone-12/13/14-sized viewport. */
export const PHONE = {
	name: 'phone 390×844',
	context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
};

/** Laptop: plain desktop viewport, no touch, no mobile emulation. */
export const LAPTOP = {
	name: 'laptop 1280×800',
	context: { viewport: { width: 1280, height: 800 } }
};

export function launchBrowser() {
	return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** "Chromium 156.0.…" straight from the binary, for results.json (works even if Playwright fails). */
export function chromiumVersion() {
	try {
		return execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return 'unknown';
	}
}
