/**
 * The reference list as HTML, for /references/. Imported with `?server-only`: the page is static,
 * so the browser keeps the prerendered list and never needs this text in its JavaScript.
 */
import { escapeHtml } from '../lib/scrolly/inline';
import { references } from './references';

const html = references
	.map((ref) => {
		const doi = ref.doi ? ` <a href="https://doi.org/${escapeHtml(ref.doi)}" rel="noreferrer">doi:${escapeHtml(ref.doi)}</a>` : '';
		const pmid = ref.pmid ? ` PMID ${escapeHtml(ref.pmid)}.` : '';
		return `<li id="ref-${escapeHtml(ref.id)}">${escapeHtml(ref.text)}${doi}${pmid} <span class="evidence">[${ref.evidence}]</span></li>`;
	})
	.join('');

export default html;
