/**
 * After adapter-static: put the Content-Security-Policy into <out>/_headers (Netlify / Cloudflare
 * Pages format) so hosts send it as a real header, which can also carry frame-ancestors (a <meta>
 * policy cannot) and covers the inline script in app.html that runs before the <meta> is parsed.
 *
 * The policy is the one SvelteKit wrote into each page's <meta http-equiv="content-security-policy">,
 * with script-src and style-src-elem holding every page's hashes for its inline scripts and inlined
 * CSS (one rule for /* also covers 404.html), plus
 * frame-ancestors 'none'. static/_headers holds the other headers; this appends the CSP to its /* rule.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Directives that carry per-page hashes (inline scripts; inlined page CSS), merged over all pages. */
const HASHED = new Set(['script-src', 'style-src-elem']);

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

/** @param {string} policy @returns {Map<string, string[]>} */
function parse(policy) {
	const map = new Map();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) map.set(name, values);
	}
	return map;
}

/** @param {string} out the adapter's output folder */
export function writeHeaders(out) {
	/** @type {Map<string, string[]> | undefined} */
	let merged;
	for (const file of htmlFiles(out)) {
		const html = readFileSync(file, 'utf8');
		const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
		if (!content) throw new Error(`${file}: no content-security-policy <meta>`);
		const policy = parse(content.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
		if (!merged) {
			merged = policy;
			continue;
		}
		for (const [name, values] of policy) {
			const have = merged.get(name) ?? [];
			if (!HASHED.has(name) && have.join(' ') !== values.join(' ')) {
				throw new Error(`${file}: CSP ${name} differs from other pages`);
			}
			merged.set(name, [...new Set([...have, ...values])]);
		}
	}
	if (!merged) throw new Error(`${out}: no pages`);
	merged.set('frame-ancestors', ["'none'"]);
	const csp = [...merged].map(([name, values]) => [name, ...values].join(' ')).join('; ');

	const file = join(out, '_headers');
	const headers = readFileSync(file, 'utf8');
	const lines = headers.trimEnd().split('\n');
	const all = lines.lastIndexOf('/*');
	if (all === -1 || lines.slice(all + 1).some((l) => !/^\s/.test(l))) {
		throw new Error('static/_headers must end with its /* rule, so the build can add the CSP to it');
	}
	writeFileSync(file, `${lines.join('\n')}\n  Content-Security-Policy: ${csp}\n`);
}
