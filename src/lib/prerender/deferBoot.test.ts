import { describe, expect, it } from 'vitest';
import { BOOT_TYPE, deferBoot, PRELOAD_TEMPLATE_ID } from './deferBoot';

// The shape SvelteKit 2 prerenders (abridged).
const page = `<!doctype html><html><head>
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/B.js" rel="modulepreload">
		<style>p{}</style>
	</head><body><div style="display: contents"><main>Text</main>
			<script>
				{
					__sveltekit_12l2ql1 = {
						base: ""
					};
					const element = document.currentScript.parentElement;
				}
			</script></div></body></html>`;

describe('deferBoot', () => {
	const out = deferBoot(page);

	it('moves every modulepreload link into an inert template in <head>', () => {
		expect(out).not.toMatch(/<link[^>]*rel="modulepreload"[^>]*>\s*<style>/);
		const template = out.match(new RegExp(`<template id="${PRELOAD_TEMPLATE_ID}">(.*?)</template>`))?.[1];
		expect(template).toBe('<link href="/_app/immutable/entry/start.A.js" rel="modulepreload"><link href="/_app/immutable/chunks/B.js" rel="modulepreload">');
		expect(out.indexOf('<template')).toBeLessThan(out.indexOf('</head>'));
	});

	it('holds the boot script with its text unchanged, so its CSP hash still matches', () => {
		const text = (html: string, open: string) => html.slice(html.indexOf(open) + open.length, html.indexOf('</script>'));
		expect(out).toContain(`<script type="${BOOT_TYPE}">`);
		expect(text(out, `<script type="${BOOT_TYPE}">`)).toBe(text(page, '<script>'));
	});

	it('leaves the page text and other scripts alone', () => {
		expect(out).toContain('<main>Text</main>');
		const other = '<html><head><script>var a = 1;</script></head><body></body></html>';
		expect(deferBoot(other)).toBe(other);
	});

	it("with an entry, drops SvelteKit's links and boot script and holds the entry instead", () => {
		const entry = { src: '/_app/immutable/entry/page-site.X.js', preload: ['/_app/immutable/chunks/C.js', '/_app/immutable/chunks/D.js'] };
		const light = deferBoot(page, entry);
		expect(light).not.toContain('start.A.js');
		expect(light).not.toContain('__sveltekit_');
		expect(light).toContain(`<template id="${PRELOAD_TEMPLATE_ID}"><link href="/_app/immutable/chunks/C.js" rel="modulepreload"><link href="/_app/immutable/chunks/D.js" rel="modulepreload"></template>`);
		expect(light).toContain(`<script type="${BOOT_TYPE}" data-src="/_app/immutable/entry/page-site.X.js"></script></div>`);
		expect(light).toContain('<main>Text</main>');
	});
});
