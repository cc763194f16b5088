import type { HandleClientError } from '@sveltejs/kit';

// SvelteKit's client runs only on the host's 404 page (src/lib/prerender/pageEntry.ts). An unknown
// path is not a fault of the app: show the error page without logging it. Anything else is logged
// as SvelteKit does by default.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
