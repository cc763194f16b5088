// Citation check: every citation on the site resolves to an entry in src/content/references.ts,
// and every reference is cited at least once. (Broken internal links and anchors are caught by the
// prerender, which fails on them: see svelte.config.js.)
//
// Citations are found in every source file under src/: {cite:a,b} in step text, <Cite id="a,b" />
// in prose, cite('a', 'b') / citationHtml(['a', 'b'], ...) in components, and cite: ['a'] in glossary entries.
//
// Usage: node scripts/check-citations.js [--uncited=warn]
//   --uncited=warn  report references nobody cites as a warning instead of failing (interim only,
//                   while chapters are being written).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rel, ROOT, sourceFiles } from './lib/content.js';

const warnUncited = process.argv.includes('--uncited=warn');

const refSource = readFileSync(join(ROOT, 'src/content/references.ts'), 'utf8');
const refIds = Array.from(refSource.matchAll(/\{\s*id: '([^']+)',\s*brief: (\d+)/g), (m) => ({ id: m[1], brief: Number(m[2]) }));
const known = new Set(refIds.map((r) => r.id));

const quoted = (s) => Array.from(s.matchAll(/['"]([^'"]+)['"]/g), (m) => m[1]);
const PATTERNS = [
	{ re: /\{cite:([^}]+)\}/g, ids: (m) => m[1].split(',') },
	{ re: /<Cite\s+id="([^"]+)"/g, ids: (m) => m[1].split(',') },
	{ re: /\bcite\(([^)]*)\)/g, ids: (m) => quoted(m[1]) },
	{ re: /citationHtml\(\s*\[([^\]]*)\]/g, ids: (m) => quoted(m[1]) },
	// A glossary entry's sources: cite: ['a', 'b'].
	{ re: /\bcite:\s*\[([^\]]*)\]/g, ids: (m) => quoted(m[1]) }
];

const uses = new Map(); // id -> [file:line]
const unknown = [];
for (const file of sourceFiles()) {
	if (file.endsWith('src/content/references.ts') || file.endsWith('src/lib/scrolly/inline.ts')) continue;
	// Comments describe the markup; they are not citations. Blanking them keeps line numbers right.
	const blank = (c) => c.replace(/[^\n]/g, ' ');
	const text = readFileSync(file, 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/^\s*\/\/.*$/gm, blank);
	for (const { re, ids } of PATTERNS) {
		for (const m of text.matchAll(re)) {
			const line = text.slice(0, m.index).split('\n').length;
			for (const raw of ids(m)) {
				const id = raw.trim();
				if (!id) continue;
				const where = `${rel(file)}:${line}`;
				if (!known.has(id)) unknown.push(`${where}: unknown reference id "${id}"`);
				uses.set(id, [...(uses.get(id) ?? []), where]);
			}
		}
	}
}

const uncited = refIds.filter((r) => !uses.has(r.id));
const citedCount = refIds.length - uncited.length;
console.log(`References: ${refIds.length}; cited: ${citedCount}; citations found: ${[...uses.values()].flat().length}.`);

let failed = false;
if (unknown.length) {
	failed = true;
	console.error(`\n${unknown.length} citation(s) do not resolve to src/content/references.ts:`);
	for (const u of unknown) console.error(`  ${u}`);
}
if (uncited.length) {
	const list = uncited.map((r) => `  ${r.id} (science brief ref. ${r.brief})`).join('\n');
	if (warnUncited) {
		console.warn(`\nWarning: ${uncited.length} reference(s) are not cited anywhere yet (interim mode, --uncited=warn):\n${list}`);
	} else {
		failed = true;
		console.error(`\n${uncited.length} reference(s) are not cited anywhere: cite them or remove them.\n${list}`);
	}
}
if (failed) process.exit(1);
console.log(warnUncited && uncited.length ? 'Citations resolve (uncited references reported above).' : 'Every citation resolves and every reference is cited.');
