/**
 * The glossary as HTML, for /glossary/. Imported with `?server-only` (see referenceList.ts): the
 * page is static, so the browser keeps the prerendered list instead of downloading the text again.
 * A definition that states a fact shows its sources after it, as the chapters do.
 */
import { base } from '$lib/paths';
import { citationHtml, escapeHtml } from '../lib/scrolly/inline';
import { glossaryByTerm } from './glossary';
import { referenceNumber } from './references';

export default glossaryByTerm
	.map((entry) => {
		const cite = entry.cite?.length ? citationHtml(entry.cite, referenceNumber, base) : '';
		return `<div class="entry" id="${escapeHtml(entry.id)}"><dt>${escapeHtml(entry.term)}</dt><dd>${escapeHtml(entry.definition)}${cite}</dd></div>`;
	})
	.join('');
