/**
 * What every page starts once its code has loaded (entries/*.ts; on the 404 page, +layout.svelte):
 * the header's switches, the glossary popovers' placement and hover, the update banner, and the
 * handout's print button. Then `data-app="started"` on <html>: app.html gives the switches any
 * press made before this, and from here on a chunk that fails to load no longer unrolls the page.
 * No Svelte here: most pages need none, and loading its runtime was ≈10 ms of a phone's ×4.
 */
import { enhanceTerms } from '$lib/glossary/terms';
import { wireToggles } from './toggles';
import { watchForUpdates } from './updateBanner';

export function startSite(): void {
	wireToggles();
	enhanceTerms();
	// Lets tests (and curious readers of the DOM) know hover and placement are active.
	document.documentElement.dataset.terms = 'enhanced';
	watchForUpdates();
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
