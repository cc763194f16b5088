/**
 * Rewrites a prerendered page so its JavaScript starts after the first paint (hooks.server.ts).
 *
 * The text is prerendered and CSS is inlined, so a page can paint from its HTML alone. But
 * `<link rel="modulepreload">` tags and a boot script start script requests while the HTML is still
 * being parsed, and on a slow link those compete with the page's own first paint. Here:
 *  - the modulepreload links go into an inert `<template id="boot-preload">`;
 *  - the boot script is held as `<script type="text/x-boot">`, which the parser skips.
 * app.html's script, after the first frame, appends the template's links (the chunks still load in
 * parallel, not as an import waterfall), then starts the held script. Without JavaScript nothing
 * changes: neither ran.
 *
 * With `entry` (pageEntry.ts), the page loads that module instead of starting SvelteKit's client:
 * SvelteKit's links and boot script are dropped, and the held script is `data-src`, the entry's
 * URL. Without it (the 404 page, drawn in the browser), SvelteKit's own boot script is held with its
 * text unchanged, so the sha256 in the page's CSP still matches it.
 */
import type { EntryFiles } from './pageEntry';

export const BOOT_TYPE = 'text/x-boot';
export const PRELOAD_TEMPLATE_ID = 'boot-preload';

const MODULEPRELOAD = /[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g;
// SvelteKit's boot script is the only inline script that sets `__sveltekit_<hash> = {`.
const BOOT_SCRIPT = /<script>(\s*\{\s*__sveltekit_\w+ = \{)/;
const WHOLE_BOOT_SCRIPT = /<script>\s*\{\s*__sveltekit_\w+ = \{[\s\S]*?<\/script>/;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function deferBoot(html: string, entry?: EntryFiles): string {
	if (!BOOT_SCRIPT.test(html)) return html;
	const kitLinks = html.match(MODULEPRELOAD) ?? [];
	const links = entry ? entry.preload.map((href) => `<link href="${attribute(href)}" rel="modulepreload">`) : kitLinks.map((l) => l.trim());
	let out = html.replace(MODULEPRELOAD, '');
	if (links.length > 0) out = out.replace('</head>', `<template id="${PRELOAD_TEMPLATE_ID}">${links.join('')}</template>\n</head>`);
	if (entry) return out.replace(WHOLE_BOOT_SCRIPT, () => `<script type="${BOOT_TYPE}" data-src="${attribute(entry.src)}"></script>`);
	return out.replace(BOOT_SCRIPT, `<script type="${BOOT_TYPE}">$1`);
}
