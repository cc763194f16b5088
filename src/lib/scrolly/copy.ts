/**
 * A copy of a prerendered picture for another place on the same page, its ids renamed so they stay
 * unique: the SVG's title and description (aria-labelledby), clip paths (url(#…)). Diagrams that
 * point at ids any other way (href="#…") would need a line here.
 * The Scrolly's pinned layers are copies of the steps' key frames: cloning nodes is far cheaper
 * than drawing the diagram again, and needs none of its code.
 */
const ID_LISTS = new Set(['aria-labelledby', 'aria-describedby']);

export function copyWithIds(source: Element, suffix: string): DocumentFragment {
	const copy = document.createDocumentFragment();
	for (const child of source.childNodes) copy.append(child.cloneNode(true));
	const renamed = new Map<string, string>();
	for (const el of copy.querySelectorAll('[id]')) {
		renamed.set(el.id, `${el.id}-${suffix}`);
		el.id = `${el.id}-${suffix}`;
	}
	if (renamed.size === 0) return copy;
	const rename = (id: string) => renamed.get(id) ?? id;
	for (const el of copy.querySelectorAll('*')) {
		for (const attr of Array.from(el.attributes)) {
			if (ID_LISTS.has(attr.name)) attr.value = attr.value.split(/\s+/).map(rename).join(' ');
			else if (attr.value.includes('url(#')) attr.value = attr.value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
		}
	}
	return copy;
}
