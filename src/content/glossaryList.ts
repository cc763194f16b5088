/**
 * The glossary as HTML, for /glossary/. Imported with `?server-only` (see referenceList.ts): the
 * page is static, so the browser keeps the prerendered list instead of downloading the text again.
 */
import { glossaryByTerm } from './glossary';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export default glossaryByTerm
	.map((entry) => `<div class="entry" id="${escape(entry.id)}"><dt>${escape(entry.term)}</dt><dd>${escape(entry.definition)}</dd></div>`)
	.join('');
