import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status, message }) => {
	// Hydration failed (typically a code chunk that did not arrive on a flaky network). SvelteKit would
	// now clear the prerendered page and show an error instead; that page is complete and correct
	// without JavaScript (app.html has switched it to the unrolled layout), so keep it. Throwing here
	// stops SvelteKit before it clears the page; the error still reaches the console.
	const started = document.documentElement.dataset.app === 'started';
	const prerendered = document.getElementById('main') !== null; // not the empty 404.html shell
	if (!started && prerendered) throw error;
	// An unknown path (the 404.html fallback on a static host) is not a fault of the app: show the
	// error page without logging it. Anything else is logged as SvelteKit does by default.
	if (status !== 404) console.error(error);
	return { message };
};
