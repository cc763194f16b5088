/**
 * Starts a component on nodes that hydratableHtml() (staticHtml.ts) rendered at prerender, long
 * after the page itself started: the page shows the HTML at once and loads the component's code
 * only when it is needed (consult/wake.ts). A page drawn in the browser without that HTML (a path
 * only the app can draw, from the host's fallback page) gets the component mounted fresh instead.
 */
import { flushSync, hydrate, mount, unmount, type Component } from 'svelte';
import { HYDRATE_ROOT } from './island';

export function hydrateLater<Props extends Record<string, unknown>>(host: HTMLElement, component: Component<Props>, props: Props): () => void {
	const prerendered = host.querySelector<HTMLElement>(`:scope > .${HYDRATE_ROOT}`);
	const app = prerendered ? hydrate(component, { target: prerendered, props }) : mount(component, { target: host, props });
	// Mount effects (key listeners, the channel) run now, so input held while the code loaded can be replayed.
	flushSync();
	return () => void unmount(app);
}
