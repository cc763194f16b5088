/**
 * The site's base path ('' at a domain's root), for code that runs in the browser. Not `$app/paths`:
 * it imports SvelteKit's client router, and the pages do not load that (pageEntry.ts). Vite's
 * BASE_URL is SvelteKit's `paths.base` plus '/', since svelte.config.js sets `paths.relative: false`
 * and no `paths.assets`.
 */
export const base: string = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A path on this site, e.g. `resolve('/story/')`. */
export const resolve = (path: `/${string}`): string => base + path;
