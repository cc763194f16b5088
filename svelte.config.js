import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { writeHeaders } from './scripts/headers.js';

// The inline script in app.html (theme and layout before first paint) is ours, not SvelteKit's, so
// kit.csp does not hash it. Hash its exact text here, at config load, so the hash cannot drift.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
if (inlineScripts.length !== 1) throw new Error(`src/app.html: expected one inline <script>, found ${inlineScripts.length}`);
/** @type {`sha256-${string}`[]} */
const appScriptHashes = inlineScripts.map((text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);

// Output folders can be moved by env so parallel builds (e.g. two worktrees' checks) do not clobber each other.
const out = process.env.BUILD_DIR || 'build';
// 404.html is the page static hosts serve for an unknown path; it boots the app, which shows +error.svelte.
const staticAdapter = adapter({ strict: true, pages: out, assets: out, fallback: '404.html' });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	onwarn: (warning, handler) => {
		// mdsvex emits <script context="module"> for frontmatter; Svelte 5 flags it. Only for .md files.
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.md')) return;
		handler(warning);
	},
	kit: {
		// adapter-static, then the host headers (CSP with every page's script hashes) into <out>/_headers.
		adapter: {
			name: 'adapter-static+headers',
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				writeHeaders(out);
			}
		},
		// UpdateBanner registers src/service-worker.ts itself, in production builds only, and watches for updates.
		serviceWorker: { register: false },
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		// Root-relative asset URLs: consult mode rewrites its address to a deeper path (replaceState),
		// and a page-relative favicon or asset URL would then point at the wrong folder.
		paths: { relative: false },
		alias: {
			$model: 'src/lib/model',
			$diagrams: 'src/lib/diagrams',
			$scrolly: 'src/lib/scrolly',
			$content: 'src/content'
		},
		// Inline each page's CSS into its <head>: on a slow phone link a separate stylesheet is one more
		// round trip before anything can paint. CSP allows the <style> by hash (style-src-elem). The
		// limit is per file; a page whose diagrams are prerendered HTML (`?tree-css`) gets one file of
		// ≈20–30 kB (≈4–5 kB gzip).
		inlineStyleThreshold: 40_000,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Each prerendered page gets a <meta http-equiv="content-security-policy"> with these directives
		// plus the sha256 of SvelteKit's own inline bootstrap script. See docs/ARCHITECTURE.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appScriptHashes],
				// Svelte's style: directives are prerendered as style="…" attributes (the diagrams' key
				// frames), which CSP blocks without 'unsafe-inline'. <style> elements stay forbidden.
				'style-src': ['self', 'unsafe-inline'],
				'style-src-elem': ['self'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
