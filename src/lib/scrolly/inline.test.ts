import { describe, expect, it } from 'vitest';
import { plainText, renderInline, termHtml, termKeys, type TermDefinition } from './inline';

const numbers: Record<string, number> = { a: 1, b: 2 };
const numberOf = (id: string) => {
	const n = numbers[id];
	if (n === undefined) throw new Error(`Unknown reference id "${id}"`);
	return n;
};

const TERMS: Record<string, TermDefinition> = {
	synapse: { id: 'synapse', term: 'Synapse', definition: 'A contact point.' },
	'nmda receptor': { id: 'nmda-receptor', term: 'NMDA receptor', definition: 'A channel <that> opens & "closes".' }
};
const terms = {
	idPrefix: 't',
	lookup: (key: string) => {
		const entry = TERMS[key.toLowerCase()];
		if (!entry) throw new Error(`Unknown glossary term "${key}"`);
		return entry;
	}
};

describe('renderInline', () => {
	it.each([
		{ text: 'plain', html: 'plain' },
		{ text: 'a **bold** word', html: 'a <strong>bold</strong> word' },
		{ text: 'an *em* word', html: 'an <em>em</em> word' },
		{ text: '<script>x</script> & "q"', html: '&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;' },
		{ text: 'fact{cite:a}', html: 'fact<sup class="cite">[<a href="/references/#ref-a">1</a>]</sup>' },
		{
			text: 'fact {cite:a, b}',
			html: 'fact <sup class="cite">[<a href="/references/#ref-a">1</a>,<a href="/references/#ref-b">2</a>]</sup>'
		}
	])('$text', ({ text, html }) => {
		expect(renderInline(text, numberOf)).toBe(html);
	});

	it('fails loudly on an unknown reference', () => {
		expect(() => renderInline('x {cite:nope}', numberOf)).toThrow(/nope/);
	});

	it.each([
		{ text: 'a [[synapse]] here', shown: 'synapse', id: 'synapse', popover: 't-1' },
		{ text: 'many [[synapse|synapses]]', shown: 'synapses', id: 'synapse', popover: 't-1' },
		{ text: 'the [[NMDA receptor]]', shown: 'NMDA receptor', id: 'nmda-receptor', popover: 't-1' }
	])('renders the glossary term in "$text" as a popover button', ({ text, shown, id, popover }) => {
		const html = renderInline(text, numberOf, '/base', terms);
		expect(html).toContain(`<button type="button" class="term-button" popovertarget="${popover}" data-term="${id}">${shown}</button>`);
		expect(html).toContain(`id="${popover}" popover="auto"`);
		expect(html).toContain(`href="/base/glossary/#${id}"`);
		expect(html).not.toContain('[[');
	});

	it('escapes definitions and numbers each popover in a text', () => {
		const html = renderInline('[[synapse]] and [[NMDA receptor|receptors]]', numberOf, '', terms);
		expect(html).toContain('popovertarget="t-1"');
		expect(html).toContain('popovertarget="t-2"');
		expect(html).toContain('A channel &lt;that&gt; opens &amp; &quot;closes&quot;.');
	});

	it('fails loudly on an unknown glossary term, or a term with no glossary', () => {
		expect(() => renderInline('x [[nope]]', numberOf, '', terms)).toThrow(/nope/);
		expect(() => renderInline('x [[synapse]]', numberOf)).toThrow(/synapse/);
	});

	it('termHtml keeps the definition next to its button, so Tab reaches its link', () => {
		const html = termHtml(TERMS.synapse!, 'synapses', 'p-1');
		expect(html.indexOf('<button')).toBeLessThan(html.indexOf('popover="auto"'));
		expect(html).toMatch(/^<span class="term">.*<\/span><\/span>$/);
	});
});

describe('plainText', () => {
	it.each([
		{ text: 'About **6 to 9** of 100 {cite:a,b}.', plain: 'About 6 to 9 of 100.' },
		{ text: 'A [[synapse]] and two [[NMDA receptor|receptors]].', plain: 'A synapse and two receptors.' }
	])('$text', ({ text, plain }) => {
		expect(plainText(text)).toBe(plain);
	});
});

describe('termKeys', () => {
	it('lists the glossary keys used, in order', () => {
		expect(termKeys('[[synapse]], [[NMDA receptor|receptors]] and {cite:a}')).toEqual(['synapse', 'NMDA receptor']);
	});
});
