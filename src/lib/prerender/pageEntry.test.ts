import { describe, expect, it } from 'vitest';
import { entryFiles, entryFor, PAGE_ENTRIES } from './pageEntry';

describe('entryFor', () => {
	it.each([
		['/', 'site'],
		['/glossary', 'site'],
		['/references', 'site'],
		['/handout', 'site'],
		['/changelog', 'site'],
		['/story', 'story'],
		['/consult/[...path]', 'consult'],
		['/consult/screen', 'screen'],
		[null, null]
	] as const)('%s → %s', (route, entry) => {
		expect(entryFor(route)).toBe(entry);
		if (entry) expect(PAGE_ENTRIES).toContain(entry);
	});
});

describe('entryFiles', () => {
	// The shape of Vite's .vite/manifest.json (abridged).
	const manifest = {
		'src/lib/client/entries/story.ts': { file: '_app/immutable/entry/page-story.A.js', imports: ['_B.js', '_C.js'] },
		'_B.js': { file: '_app/immutable/chunks/B.js', imports: ['_D.js'] },
		'_C.js': { file: '_app/immutable/chunks/C.js', imports: ['_D.js'] },
		'_D.js': { file: '_app/immutable/chunks/D.js' }
	};

	it('gives the entry and every chunk it imports, at any depth, once', () => {
		expect(entryFiles(manifest, 'story')).toEqual({
			src: '/_app/immutable/entry/page-story.A.js',
			preload: ['/_app/immutable/chunks/B.js', '/_app/immutable/chunks/D.js', '/_app/immutable/chunks/C.js']
		});
	});

	it('prefixes the base path', () => {
		expect(entryFiles(manifest, 'story', '/explainer').src).toBe('/explainer/_app/immutable/entry/page-story.A.js');
	});

	it('fails the build when an entry or a chunk is missing', () => {
		expect(() => entryFiles(manifest, 'site')).toThrow(/not in the client build/);
		expect(() => entryFiles({ 'src/lib/client/entries/site.ts': { file: 'x.js', imports: ['_gone.js'] } }, 'site')).toThrow(/_gone\.js/);
	});
});
