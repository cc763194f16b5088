/**
 * Loading order (src/lib/prerender/deferBoot.ts): a page paints from its HTML first, and only then
 * requests its code, which still arrives in parallel (the modulepreload links, not an import
 * waterfall) and starts. Each prerendered page loads its own entry (pageEntry.ts), never
 * SvelteKit's client; only the host's 404 page does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, builtPages, distinctPages } from './built';
import { expect, test } from './fixtures';
import { inTwoParts, recordShifts, shifts } from './partial';

test.skip(({ isMobile }) => isMobile, 'not size-dependent: run in the laptop project');

test('every built page holds its boot script and its code links until after the first paint', () => {
	for (const path of builtPages()) {
		const html = readFileSync(join(BUILD_DIR, path, 'index.html'), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const held = /<template id="boot-preload">(<link href="\/_app\/immutable\/[^"]+\.js" rel="modulepreload">)+<\/template>/;
		expect(head, path).toMatch(held);
		expect(head.replace(held, ''), `${path}: a live modulepreload link`).not.toContain('modulepreload');
		expect(html, path).toMatch(/<script type="text\/x-boot" data-src="\/_app\/immutable\/entry\/page-(site|story|consult|screen)\.[\w-]+\.js"><\/script>/);
		expect(html, `${path}: SvelteKit's boot script`).not.toContain('__sveltekit_');
		// Nor any chunk of SvelteKit's client router (`$app/paths` imports it: src/lib/paths.ts).
		expect(heldCode(html).filter(startsKit), `${path}: loads SvelteKit's client`).toEqual([]);
		// No page starts Svelte at load: the story's figures (scrolly.ts) and the consult deck (wake.ts)
		// load it with their live diagrams, if ever.
		expect(heldCode(html).filter(startsSvelte), `${path}: loads Svelte at first`).toEqual([]);
	}
	// The 404 page is drawn in the browser by SvelteKit, whose boot script it holds as is (and so
	// both checks above can fail).
	const notFound = readFileSync(join(BUILD_DIR, '404.html'), 'utf8');
	expect(notFound).toMatch(/<script type="text\/x-boot">\s*\{\s*__sveltekit_\w+ = \{/);
	expect(heldCode(notFound).filter(startsKit).length).toBeGreaterThan(0);
	expect(heldCode(notFound).filter(startsSvelte).length).toBeGreaterThan(0);
});

/** The files a page's held links and entry name, as paths under the build. */
const heldCode = (html: string) => [...html.matchAll(/<link href="\/([^"]+)" rel="modulepreload">|data-src="\/([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
/** SvelteKit's client (its router writes this key). */
const startsKit = (file: string) => readFileSync(join(BUILD_DIR, file), 'utf8').includes('sveltekit:snapshot');
/** Svelte's client runtime (it registers its version on `window.__svelte`). */
const startsSvelte = (file: string) => readFileSync(join(BUILD_DIR, file), 'utf8').includes('__svelte');

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
			const kit = code.length === 0 ? [] : performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/entry\/(start|app)\./.test(name));
			return { paint, firstCode: Math.min(...code), scripts: code.length, kit };
		});
		expect(order.scripts, path).toBeGreaterThan(1);
		expect(order.kit, `${path}: loaded SvelteKit's client`).toEqual([]);
		expect(order.paint, `${path}: first paint before the first code request`).toBeLessThan(order.firstCode);
		// The held script ran once, as a module; every code link is live.
		await expect(page.locator('script[type="text/x-boot"]'), path).toHaveCount(0);
		expect(await page.locator('#boot-preload').evaluate((t: HTMLTemplateElement) => t.content.childElementCount), path).toBe(0);
	}
});

test('a page whose HTML pauses inside its header or mid-word paints nothing that moves when the rest arrives', async ({ page }) => {
	// A slow link can pause the HTML anywhere, and the browser paints what it has. Painted inside the
	// header (the glossary's head is 13 kB, about one first round trip), the header's row grew when
	// its toggles arrived; painted mid-word, a line of text re-wrapped. +layout.svelte holds every
	// page's first paint until <main> is parsed, and all but the story's until their main content is.
	await recordShifts(page);
	const cases: [string, number, (html: string) => number][] = [
		['/glossary/', 1280, (html) => html.indexOf('<nav aria-label="Site"') + 60],
		['/references/', 412, (html) => html.indexOf('<strong>ANIMAL') + 11]
	];
	for (const [path, width, cutAt] of cases) {
		await page.setViewportSize({ width, height: 823 });
		await inTwoParts(path, cutAt, async (url) => {
			await page.goto(url);
			await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
			expect(await shifts(page), path).toEqual([]);
		});
	}
});
