/**
 * A tiny inline markup for step text kept as data (so consult mode and print reuse it):
 *   **strong**, *emphasis*, and citations {cite:id1,id2} that link to the references page.
 * Everything else is escaped, so step text can never inject HTML.
 */

export type ReferenceNumber = (id: string) => number;

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function citationHtml(ids: string[], numberOf: ReferenceNumber, base = ''): string {
	const links = ids
		.map((id) => id.trim())
		.map((id) => `<a href="${base}/references/#ref-${escapeHtml(id)}">${numberOf(id)}</a>`)
		.join(',');
	// The bracketed form reads as "[2,3]" to screen readers and in print, not as a bare number.
	return `<sup class="cite">[${links}]</sup>`;
}

export function renderInline(text: string, numberOf: ReferenceNumber, base = ''): string {
	return escapeHtml(text)
		.replace(/\{cite:([^}]+)\}/g, (_, ids: string) => citationHtml(ids.split(','), numberOf, base))
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/** The same text with markup and citations removed: for SVG titles, alt text and readability checks. */
export function plainText(text: string): string {
	return text
		.replace(/\s*\{cite:[^}]+\}/g, '')
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/\*([^*]+)\*/g, '$1');
}
