// The patient screen's script (pageEntry.ts). The screen arrives as prerendered HTML (the first
// step, waiting); its code loads when a consult window answers it (wake.ts).
import { wake } from '$lib/consult/wake';
import { startSite } from '../site';

startSite();

const host = document.querySelector<HTMLElement>('[data-patient-screen]');
if (host) {
	wake(host, {
		boot: async () => {
			const [{ default: PatientScreen }, { hydrateLater }] = await Promise.all([import('$lib/consult/PatientScreen.svelte'), import('$lib/prerender/hydrateLater')]);
			hydrateLater(host, PatientScreen, {});
		},
		interaction: false,
		messages: ['state'],
		greet: 'hello'
	});
}
