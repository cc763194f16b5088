// Screenshots of every story step at phone and laptop size, for looking at with our own eyes.
// Usage: node scripts/screenshots.js [outDir]   (needs a running `npm run preview` on :4173)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] || 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const sizes = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } };
for (const [name, viewport] of Object.entries(sizes)) {
	const page = await browser.newPage({ viewport });
	for (const path of ['/', '/references/']) {
		await page.goto(`http://localhost:4173${path}`);
		await page.screenshot({ path: `${out}/${name}-${path.replace(/\//g, '') || 'home'}.png` });
	}
	await page.goto('http://localhost:4173/story/');
	const ids = await page.locator('.step').evaluateAll((els) => els.map((e) => e.id));
	await page.screenshot({ path: `${out}/${name}-story-top.png` });
	for (const id of ids) {
		await page.evaluate((h) => (location.hash = h), `#${id}`);
		await page.waitForTimeout(900);
		await page.screenshot({ path: `${out}/${name}-${id}.png` });
	}
	await page.close();
}
await browser.close();
