/**
 * The consult deck for one consult URL, rendered at prerender with its hydration markers: the page
 * shows it at once, and hydrates it when the clinician first moves or presses something (wake.ts).
 * Server only (`?server-only`): in the browser the deck's code comes with the wake-up instead.
 */
import { hydratableHtml } from '$lib/prerender/staticHtml';
import ConsultDeck from './ConsultDeck.svelte';
import { locate } from './deck';

export default function deckHtml(path: string): string {
	return hydratableHtml(ConsultDeck, { located: locate(path) }, 'deck-');
}
