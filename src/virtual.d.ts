// Build-time modules from vite.config.ts.
declare module 'virtual:chapter-toc' {
	/** Each chapter's id, title and reading minutes, in reading order (no chapter code). */
	const toc: { id: string; title: string; minutes: number }[];
	export default toc;
}

/** See serverOnly() in vite.config.ts: the module's default export on the server, undefined in the browser. */
declare module '*?server-only' {
	const value: string | undefined;
	export default value;
}

declare module '$content/chapters/storyHtml?server-only' {
	const story: Record<string, import('$content/chapters/storyHtml').ChapterHtml> | undefined;
	export default story;
}
declare module '$lib/consult/deckHtml?server-only' {
	const deckHtml: ((path: string) => string) | undefined;
	export default deckHtml;
}
declare module '$lib/handout/handoutHtml?server-only' {
	const html: string | undefined;
	export default html;
}

/** See treeCss() in vite.config.ts: a component's CSS and its children's, as a side-effect import. */
declare module '*?tree-css' {}
