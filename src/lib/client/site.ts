/**
 * What every page starts once its code has loaded (entries/*.ts; on the 404 page, +layout.svelte):
 * the header's switches, the glossary popovers' placement and hover, the update banner, and the
 * handout's print button. Then `data-app="started"` on <html>: app.html gives the switches any
 * press made before this, and from here on a chunk that fails to load no longer unrolls the page.
 */
import { mount } from 'svelte';
import UpdateBanner from '$lib/components/UpdateBanner.svelte';
import { enhanceTerms } from '$lib/glossary/terms';
import { wireToggles } from './toggles.svelte';

export function startSite(): void {
	wireToggles();
	enhanceTerms();
	// Lets tests (and curious readers of the DOM) know hover and placement are active.
	document.documentElement.dataset.terms = 'enhanced';
	// Its CSS is in every page's (`?tree-css` in +layout.svelte). The status region is there from
	// now on, long before any message, so screen readers announce the message when it appears.
	mount(UpdateBanner, { target: document.body });
	printButton();
	document.documentElement.dataset.app = 'started';
}

// Printing needs JavaScript: the handout says how to print without it, and has the button hidden.
function printButton() {
	const button = document.querySelector<HTMLButtonElement>('.handout [data-print]');
	if (!button) return;
	button.addEventListener('click', () => window.print());
	button.hidden = false;
	const instead = document.querySelector<HTMLElement>('.handout [data-no-print]');
	if (instead) instead.hidden = true;
}
