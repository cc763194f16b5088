// Consult mode: one prerendered page per slide (`/consult/<chapter>/<n>/`). Any other path under
// /consult/ (served by the host's fallback page) lands on the nearest real slide with a notice.
// Server only, so the deck's list of slides stays out of the page's first load.
import { slidePaths } from '$lib/consult/deck';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => [
	{ path: '' },
	...slidePaths().map((p) => ({ path: p.replace(/^consult\//, '').replace(/\/$/, '') }))
];
