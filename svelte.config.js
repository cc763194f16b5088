import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

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
		// Output folders can be moved by env so parallel builds (e.g. two worktrees' checks) do not clobber each other.
		adapter: adapter({ strict: true, pages: process.env.BUILD_DIR || 'build', assets: process.env.BUILD_DIR || 'build' }),
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		alias: {
			$model: 'src/lib/model',
			$diagrams: 'src/lib/diagrams',
			$scrolly: 'src/lib/scrolly',
			$content: 'src/content'
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
