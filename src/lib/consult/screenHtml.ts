/**
 * The patient screen, rendered at prerender with its hydration markers: it shows the first step and
 * waits. It hydrates when a consult window answers it (wake.ts). Server only (`?server-only`).
 */
import { hydratableHtml } from '$lib/prerender/staticHtml';
import PatientScreen from './PatientScreen.svelte';

export default hydratableHtml(PatientScreen, {}, 'screen-');
