import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { deferBoot } from '$lib/prerender/deferBoot';
import { entryFiles, entryFor, type EntryFiles, type ManifestChunk } from '$lib/prerender/pageEntry';

// Every page is prerendered; this runs once per page at build time. See deferBoot.ts and pageEntry.ts.
export const handle: Handle = ({ event, resolve }) => {
	const name = entryFor(event.route.id);
	const entry = name && pageScript(name);
	return resolve(event, { transformPageChunk: ({ html, done }) => (done ? deferBoot(html, entry ?? undefined) : html) });
};

let manifest: Record<string, ManifestChunk> | undefined;

function pageScript(name: NonNullable<ReturnType<typeof entryFor>>): EntryFiles {
	// Vite's dev server compiles the source on request.
	if (dev) return { src: `${base}/src/lib/client/entries/${name}.ts`, preload: [] };
	// The prerender runs after the client build, whose manifest names each entry's file.
	manifest ??= JSON.parse(readFileSync(`${process.env.KIT_OUT_DIR || '.svelte-kit'}/output/client/.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;
	return entryFiles(manifest, name, base);
}
