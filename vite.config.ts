import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { PAGE_ENTRIES } from './src/lib/prerender/pageEntry.ts';

/**
 * `virtual:chapter-toc`: each chapter's id, title and minutes, in reading order, read at build time
 * from src/content/chapters/index.ts and the chapters' frontmatter. For pages that list the chapters
 * but must not ship their code (the 404 page renders in the browser, so it cannot use a server load).
 */
function chapterToc(): Plugin {
	const id = 'virtual:chapter-toc';
	const dir = new URL('./src/content/chapters/', import.meta.url);
	return {
		name: 'chapter-toc',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load(source) {
			if (source !== `\0${id}`) return;
			const index = readFileSync(new URL('index.ts', dir), 'utf8');
			this.addWatchFile(new URL('index.ts', dir).pathname);
			const files = new Map([...index.matchAll(/metadata as (\w+) \} from '\.\/([\w-]+\.md)'/g)].map((m) => [m[1], m[2]]));
			const order = [...index.matchAll(/\{ \.\.\.(\w+), component:/g)].map((m) => m[1]!);
			const toc = order.map((name) => {
				const file = files.get(name);
				if (!file) throw new Error(`chapter-toc: no import for ${name} in chapters/index.ts`);
				this.addWatchFile(new URL(file, dir).pathname);
				const front = readFileSync(new URL(file, dir), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
				const field = (key: string) => front.match(new RegExp(`^${key}:\\s*(.+)$`, 'm'))?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
				const chapter = { id: field('id'), title: field('title'), minutes: Number(field('minutes')) };
				if (!chapter.id || !chapter.title || !chapter.minutes) throw new Error(`chapter-toc: ${file} frontmatter needs id, title, minutes`);
				return chapter;
			});
			if (toc.length === 0) throw new Error('chapter-toc: no chapters found in chapters/index.ts');
			return `export default ${JSON.stringify(toc)};`;
		}
	};
}

/**
 * `import x from './m?server-only'`: the module's default export during server rendering
 * (prerender), and `undefined` in the browser. For static content the page renders once as HTML and
 * never changes: the browser keeps the prerendered nodes ({@html} adopts them on hydration), so
 * the text is not downloaded a second time inside the page's JavaScript.
 */
function serverOnly(): Plugin {
	const suffix = '?server-only';
	const stub = '\0server-only-stub';
	return {
		name: 'server-only',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (!source.endsWith(suffix)) return;
			if (options?.ssr) return this.resolve(source.slice(0, -suffix.length), importer, { ...options, skipSelf: true });
			return stub;
		},
		load: (id) => (id === stub ? 'export default undefined;' : undefined)
	};
}

/**
 * `import 'X.svelte?tree-css'`: the scoped CSS of component X and of every component it imports,
 * transitively, as a plain stylesheet. For components the browser never runs: a page that shows
 * them as prerendered HTML (`?server-only` + {@html}) does not import them on the client, so Vite
 * would drop their CSS with their code (a component's CSS is scoped to its module). The class
 * hashes match the prerendered markup: both come from the same file through vite-plugin-svelte.
 */
function treeCss(): Plugin {
	const suffix = '?tree-css';
	const ext = '.tree.css'; // not `.svelte?…`, which vite-plugin-svelte would compile
	const empty = '\0tree-css-dev';
	return {
		name: 'tree-css',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith(suffix)) return;
			// The dev server cannot list a module's imports (load() below). There SvelteKit puts the CSS
			// of every module the page was rendered with into the page, these components' included.
			if (this.environment?.mode === 'dev') return empty;
			const target = await this.resolve(source.slice(0, -suffix.length), importer, { skipSelf: true });
			return target ? target.id + ext : null;
		},
		async load(id) {
			if (id === empty) return '';
			if (!id.endsWith(ext)) return;
			const seen = new Set<string>();
			const parts: string[] = [];
			const visit = async (file: string) => {
				if (seen.has(file)) return;
				seen.add(file);
				const info = await this.load({ id: file });
				for (const dep of info.importedIds) if (/\.(svelte|md)$/.test(dep)) await visit(dep);
				const css = (info.meta as { svelte?: { css?: { code?: string } } }).svelte?.css?.code;
				if (css) parts.push(css);
			};
			await visit(id.slice(0, -ext.length));
			return parts.join('\n');
		}
	};
}

/**
 * The prerendered pages do not start SvelteKit's client (router, root hydration): each loads one
 * small entry of its own (src/lib/client/entries/), which deferBoot.ts puts in the page. SvelteKit's
 * client build has only SvelteKit's entries; this adds ours to the same build, so they share chunks
 * (Svelte, the diagrams) with the app, and the Vite manifest names their files for the prerender.
 */
function pageEntries(): Plugin {
	return {
		name: 'page-entries',
		options(options) {
			const input = options.input;
			// SvelteKit's client build is the one with its `entry/start`; the server build is left alone.
			if (!input || typeof input !== 'object' || Array.isArray(input) || !('entry/start' in input)) return;
			for (const name of PAGE_ENTRIES) input[`entry/page-${name}`] = fileURLToPath(new URL(`./src/lib/client/entries/${name}.ts`, import.meta.url));
			return options;
		}
	};
}

export default defineConfig({
	plugins: [chapterToc(), serverOnly(), treeCss(), pageEntries(), sveltekit()],
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		// The content checks' rules (scripts/lib) are plain Node modules, tested beside them.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
		environment: 'node'
	}
});
