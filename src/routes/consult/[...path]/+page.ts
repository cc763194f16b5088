// Consult mode: one prerendered page per slide (`/consult/<chapter>/<n>/`). Any other path under
// /consult/ (served by the host's fallback page) lands on the nearest real slide with a notice.
import { locate, slidePaths } from '$lib/consult/deck';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => [
	{ path: '' },
	...slidePaths().map((p) => ({ path: p.replace(/^consult\//, '').replace(/\/$/, '') }))
];

export const load: PageLoad = ({ params }) => ({ located: locate(params.path) });
