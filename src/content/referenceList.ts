/**
 * The reference list as HTML, for /references/. Imported with `?server-only`: the page is static,
 * so the browser keeps the prerendered list and never needs this text in its JavaScript.
 */
import { references } from './references';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const html = references
	.map((ref) => {
		const doi = ref.doi ? ` <a href="https://doi.org/${escape(ref.doi)}" rel="noreferrer">doi:${escape(ref.doi)}</a>` : '';
		const pmid = ref.pmid ? ` PMID ${escape(ref.pmid)}.` : '';
		return `<li id="ref-${escape(ref.id)}">${escape(ref.text)}${doi}${pmid} <span class="evidence">[${ref.evidence}]</span></li>`;
	})
	.join('');

export default html;
