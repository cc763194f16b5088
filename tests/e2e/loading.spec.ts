/**
 * Loading order (src/lib/prerender/deferBoot.ts): a page paints from its HTML first, and only then
 * requests its code, which still arrives in parallel (the modulepreload links, not an import
 * waterfall) and starts the app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, builtPages, distinctPages } from './built';
import { expect, test } from './fixtures';

test.skip(({ isMobile }) => isMobile, 'not size-dependent: run in the laptop project');

test('every built page holds its boot script and its code links until after the first paint', () => {
	for (const path of builtPages()) {
		const html = readFileSync(join(BUILD_DIR, path, 'index.html'), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const held = /<template id="kit-preload">(<link href="\/_app\/immutable\/[^"]+\.js" rel="modulepreload">)+<\/template>/;
		expect(head, path).toMatch(held);
		expect(head.replace(held, ''), `${path}: a live modulepreload link`).not.toContain('modulepreload');
		expect(html, path).toContain('<script type="text/x-kit-boot">');
	}
});

test('each kind of page paints, then loads its code, then starts', async ({ page }) => {
	for (const path of distinctPages()) {
		await page.goto(path);
		await expect(page.locator('html'), path).toHaveAttribute('data-app', 'started');
		const order = await page.evaluate(() => {
			const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
			const code = performance
				.getEntriesByType('resource')
				.filter((entry) => new URL(entry.name).pathname.startsWith('/_app/immutable/') && entry.name.endsWith('.js'))
				.map((entry) => entry.startTime);
			return { paint, firstCode: Math.min(...code), scripts: code.length };
		});
		expect(order.scripts, path).toBeGreaterThan(5);
		expect(order.paint, `${path}: first paint before the first code request`).toBeLessThan(order.firstCode);
		// The boot script ran once, from its re-inserted copy; every code link is live.
		await expect(page.locator('script[type="text/x-kit-boot"]'), path).toHaveCount(0);
		expect(await page.locator('#kit-preload').evaluate((t: HTMLTemplateElement) => t.content.childElementCount), path).toBe(0);
	}
});
