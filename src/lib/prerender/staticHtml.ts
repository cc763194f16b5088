/**
 * A component rendered once, at prerender, to plain HTML for a page to show with {@html}. Import
 * modules that use it with `?server-only` (vite.config.ts): in the browser they are undefined, and
 * hydration keeps the prerendered nodes, so neither the component's code nor its text ships to the
 * browser. The page must also import the component's CSS with `?tree-css`, since Vite drops the CSS
 * of components that are not in the client bundle.
 *
 * In the browser, give {@html} a single space, not '': an empty string equals {@html}'s starting
 * value, so hydration would step over the prerendered nodes instead of adopting them.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { HYDRATE_ROOT, ISLAND } from './island';

/**
 * Svelte's hydration markers are comments. Static HTML needs none of them, and an empty one
 * (`<!---->`) at the top level would end the {@html} block early when the page hydrates.
 */
export const stripComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

export function staticHtml<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	/** Keeps ids from $props.id() unique when a page holds several renders. */
	idPrefix: string
): string {
	return stripComments(render(component as Component<Record<string, unknown>>, { props, idPrefix }).body);
}

/** Like staticHtml, cut where the component rendered an <Island />: the HTML before and after each one. */
export function staticParts<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, idPrefix: string): string[] {
	return render(component as Component<Record<string, unknown>>, { props, idPrefix }).body.split(ISLAND).map(stripComments);
}

/**
 * A component rendered at prerender with its hydration markers kept, in one element, for the browser
 * to hydrate later with hydrateLater(). Its nodes must stay exactly as rendered until then.
 */
export function hydratableHtml<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, idPrefix: string): string {
	const { body } = render(component as Component<Record<string, unknown>>, { props, idPrefix });
	return `<div class="${HYDRATE_ROOT}">${body}</div>`;
}
