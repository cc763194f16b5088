// mdsvex chapters: a Svelte component plus the frontmatter as `metadata`.
declare module '*.md' {
	import type { Component } from 'svelte';
	const chapter: Component;
	export default chapter;
	export const metadata: { id: string; title: string; minutes: number };
}
