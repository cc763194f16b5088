/**
 * The glossary as HTML, for /glossary/. Imported with `?server-only` (see referenceList.ts): the
 * page is static, so the browser keeps the prerendered list instead of downloading the text again.
 */
import { escapeHtml } from '../lib/scrolly/inline';
import { glossaryByTerm } from './glossary';

export default glossaryByTerm
	.map((entry) => `<div class="entry" id="${escapeHtml(entry.id)}"><dt>${escapeHtml(entry.term)}</dt><dd>${escapeHtml(entry.definition)}</dd></div>`)
	.join('');
