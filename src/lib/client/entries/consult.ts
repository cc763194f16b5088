// A consult slide's script (pageEntry.ts). The deck arrives as prerendered HTML; its code loads on
// the first interaction (wake.ts).
import { resolve } from '$lib/paths';
import { wake } from '$lib/consult/wake';
import { startSite } from '../site';

startSite();

const host = document.querySelector<HTMLElement>('[data-consult-path]');
if (host) {
	const path = host.dataset.consultPath ?? '';
	// /consult/ shows the first slide; its address becomes that slide's, as the deck would make it.
	if (path === '') history.replaceState(history.state, '', resolve('/consult/ptsd/1/'));
	wake(host, {
		boot: async () => {
			const [{ default: ConsultDeck }, { locate }, { hydrateLater }] = await Promise.all([
				import('$lib/consult/ConsultDeck.svelte'),
				import('$lib/consult/deck'),
				import('$lib/prerender/hydrateLater')
			]);
			hydrateLater(host, ConsultDeck, { located: locate(path) });
		},
		// A link that was not a page came here to be told so (deck.ts, recoveryPath).
		now: new URL(location.href).searchParams.has('asked'),
		// A patient screen that opens asks what to show.
		messages: ['hello']
	});
}
