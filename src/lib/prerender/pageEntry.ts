/**
 * Which script a prerendered page loads (deferBoot.ts), and its files in the client build.
 *
 * Prerendered pages do not start SvelteKit's client: its start (route table, router, hydrating the
 * whole layout, a scan of every link) was one 40–90 ms task on this project's test machine, ×4 on
 * a phone, for pages whose text is all in the HTML. Each page loads instead one small entry
 * (src/lib/client/entries/) that starts only what the page has: the header's toggles, the glossary
 * popovers, the update banner, and the page's own figures. Links are plain links (full page loads,
 * served from the offline copy when there is one). Only the host's 404 page, which is drawn in the
 * browser, starts SvelteKit.
 *
 * No imports: vite.config.ts reads PAGE_ENTRIES too.
 */
export const PAGE_ENTRIES = ['site', 'story', 'consult', 'screen'] as const;
export type PageEntryName = (typeof PAGE_ENTRIES)[number];

/** The entry for a route (SvelteKit's route id); null where SvelteKit's own client must run (the 404 fallback). */
export function entryFor(routeId: string | null): PageEntryName | null {
	if (routeId === null) return null;
	if (routeId === '/story') return 'story';
	if (routeId === '/consult/[...path]') return 'consult';
	if (routeId === '/consult/screen') return 'screen';
	return 'site';
}

/** One chunk in the Vite manifest (`.vite/manifest.json` of the client build). */
export interface ManifestChunk {
	file: string;
	imports?: string[];
}

export interface EntryFiles {
	/** The entry's URL. */
	src: string;
	/** The chunks it imports, at any depth, statically: preloaded in parallel rather than found one import at a time. */
	preload: string[];
}

/** The files of entry `name` in a client build's manifest; `base` is the site's base path ('' at the root). */
export function entryFiles(manifest: Record<string, ManifestChunk>, name: PageEntryName, base = ''): EntryFiles {
	const key = `src/lib/client/entries/${name}.ts`;
	const entry = manifest[key];
	if (!entry) throw new Error(`pageEntry: ${key} is not in the client build's manifest (vite.config.ts, pageEntries)`);
	const seen = new Set<string>();
	const preload: string[] = [];
	const visit = (chunk: ManifestChunk) => {
		for (const id of chunk.imports ?? []) {
			if (seen.has(id)) continue;
			seen.add(id);
			const imported = manifest[id];
			if (!imported) throw new Error(`pageEntry: ${id} (imported by ${chunk.file}) is not in the manifest`);
			preload.push(`${base}/${imported.file}`);
			visit(imported);
		}
	};
	visit(entry);
	return { src: `${base}/${entry.file}`, preload };
}
