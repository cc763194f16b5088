import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser here; we drive the system Chromium (see README).
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

// PORT lets several checkouts test side by side; the README's `npm test` uses the default.
const port = Number(process.env.PORT || 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// One reviewed snapshot per figure state, shared by every project and platform.
	snapshotPathTemplate: '{testDir}/__snapshots__/{arg}{ext}',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		trace: 'off',
		// The service worker would precache the whole site in every fresh context, and page.route cannot
		// see requests it answers. offline.spec.ts turns it on where it is the subject.
		serviceWorkers: 'block'
	},
	projects: [
		{ name: 'laptop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
		{
			name: 'phone',
			use: {
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true
			}
		}
	],
	webServer: {
		command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
