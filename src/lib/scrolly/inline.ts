/**
 * A tiny inline markup for step text kept as data (so consult mode and print reuse it):
 *   **strong**, *emphasis*, citations {cite:id1,id2} that link to the references page, and
 *   glossary terms [[term]] or [[term|shown words]] that open a definition in place.
 * Everything else is escaped, so step text can never inject HTML.
 */

export type ReferenceNumber = (id: string) => number;

/** What the renderer needs to know about a glossary term. */
export interface TermDefinition {
	/** Anchor on the glossary page: /glossary/#<id>. */
	id: string;
	term: string;
	definition: string;
}

/** Looks a term up by id, term or alias; must throw for an unknown term. */
export type TermLookup = (key: string) => TermDefinition;

export const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function citationHtml(ids: string[], numberOf: ReferenceNumber, base = ''): string {
	const links = ids
		.map((id) => id.trim())
		.map((id) => `<a href="${base}/references/#ref-${escapeHtml(id)}">${numberOf(id)}</a>`)
		.join(',');
	// The bracketed form reads as "[2,3]" to screen readers and in print, not as a bare number.
	return `<sup class="cite">[${links}]</sup>`;
}

/**
 * A glossary term as a native popover: the button opens and closes the definition (Enter, Space,
 * click; Esc closes and focus stays on the button), and it works without JavaScript in browsers
 * with the popover attribute. The definition also links to the glossary page, which is where a
 * browser without popovers, print, or a reader who wants more goes. `shown` is already escaped.
 * src/lib/glossary/terms.ts adds hover and placement when JavaScript runs.
 */
export function termHtml(entry: TermDefinition, shown: string, popoverId: string, base = ''): string {
	const id = escapeHtml(popoverId);
	return (
		`<span class="term">` +
		`<button type="button" class="term-button" popovertarget="${id}" data-term="${escapeHtml(entry.id)}">${shown}</button>` +
		`<span class="term-pop" id="${id}" popover="auto" role="note" aria-label="${escapeHtml(entry.term)}">` +
		`<strong class="term-name">${escapeHtml(entry.term)}</strong> ${escapeHtml(entry.definition)} ` +
		`<a class="term-more" href="${base}/glossary/#${escapeHtml(entry.id)}">Glossary</a>` +
		`</span></span>`
	);
}

export interface InlineTerms {
	lookup: TermLookup;
	/** Popover ids are `${idPrefix}-${n}`: give each rendered text its own prefix (e.g. the step id). */
	idPrefix: string;
}

export function renderInline(text: string, numberOf: ReferenceNumber, base = '', terms?: InlineTerms): string {
	let n = 0;
	return escapeHtml(text)
		.replace(/\{cite:([^}]+)\}/g, (_, ids: string) => citationHtml(ids.split(','), numberOf, base))
		.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_, key: string, shown: string | undefined) => {
			if (!terms) throw new Error(`Glossary term "[[${key}]]" used where no glossary is available`);
			// The key was escaped with the rest of the text; look it up by its plain form.
			const entry = terms.lookup(key.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
			n += 1;
			return termHtml(entry, (shown ?? key).trim(), `${terms.idPrefix}-${n}`, base);
		})
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/** The same text with markup, glossary brackets and citations removed: for SVG titles, alt text and readability checks. */
export function plainText(text: string): string {
	return text
		.replace(/\s*\{cite:[^}]+\}/g, '')
		.replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
		.replace(/\[\[([^\]]+)\]\]/g, '$1')
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/\*([^*]+)\*/g, '$1');
}

/** Glossary keys used in a text, in order: for checks. */
export function termKeys(text: string): string[] {
	return Array.from(text.matchAll(/\[\[([^\]|]+)(?:\|[^\]]+)?\]\]/g), (m) => m[1]!.trim());
}
