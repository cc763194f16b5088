/**
 * Rewrites a prerendered page so its JavaScript starts after the first paint (hooks.server.ts).
 *
 * The text is prerendered and CSS is inlined, so a page can paint from its HTML alone. But
 * SvelteKit's `<link rel="modulepreload">` tags and its inline boot script start ≈15 script
 * requests while the HTML is still being parsed, and on a slow link those compete with the page's
 * own first paint. Here:
 *  - the modulepreload links go into an inert `<template id="kit-preload">`;
 *  - the boot script gets `type="text/x-kit-boot"`, so the parser skips it.
 * app.html's script, after the first frame, appends the template's links (the chunks still load in
 * parallel, not as an import waterfall) and re-inserts the boot script with its text unchanged, so
 * the sha256 in the page's CSP still matches it. Without JavaScript nothing changes: neither ran.
 */
export const BOOT_TYPE = 'text/x-kit-boot';
export const PRELOAD_TEMPLATE_ID = 'kit-preload';

const MODULEPRELOAD = /[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g;
// SvelteKit's boot script is the only inline script that sets `__sveltekit_<hash> = {`.
const BOOT_SCRIPT = /<script>(\s*\{\s*__sveltekit_\w+ = \{)/;

export function deferBoot(html: string): string {
	if (!BOOT_SCRIPT.test(html)) return html;
	const links = html.match(MODULEPRELOAD) ?? [];
	let out = html.replace(MODULEPRELOAD, '');
	if (links.length > 0) {
		const template = `<template id="${PRELOAD_TEMPLATE_ID}">${links.map((l) => l.trim()).join('')}</template>\n`;
		out = out.replace('</head>', `${template}</head>`);
	}
	return out.replace(BOOT_SCRIPT, `<script type="${BOOT_TYPE}">$1`);
}
