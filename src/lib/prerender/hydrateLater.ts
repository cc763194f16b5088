/**
 * Starts a component on nodes that hydratableHtml() (staticHtml.ts) rendered at prerender, long
 * after the page itself started: the page shows the HTML at once and loads the component's code
 * only when it is needed (consult/wake.ts, the story's figures). It lives as long as the page.
 */
import { flushSync, hydrate, type Component } from 'svelte';
import { HYDRATE_ROOT } from './island';

export function hydrateLater<Props extends Record<string, unknown>>(host: HTMLElement, component: Component<Props>, props: Props): void {
	const prerendered = host.querySelector<HTMLElement>(`:scope > .${HYDRATE_ROOT}`);
	if (!prerendered) throw new Error(`hydrateLater: no .${HYDRATE_ROOT} in the host; was the page prerendered with hydratableHtml()?`);
	hydrate(component, { target: prerendered, props });
	// Mount effects (key listeners, the channel) run now, so input held while the code loaded can be replayed.
	flushSync();
}
