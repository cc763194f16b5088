import type { HandleClientError } from '@sveltejs/kit';

// An unknown path (the 404.html fallback on a static host) is not a fault of the app: show the
// error page without logging it. Anything else is logged as SvelteKit does by default.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
