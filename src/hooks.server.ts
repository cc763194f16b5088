import type { Handle } from '@sveltejs/kit';
import { deferBoot } from '$lib/prerender/deferBoot';

// Every page is prerendered; this runs once per page at build time. See deferBoot.ts.
export const handle: Handle = ({ event, resolve }) => resolve(event, { transformPageChunk: ({ html, done }) => (done ? deferBoot(html) : html) });
