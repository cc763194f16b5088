import { describe, expect, it } from 'vitest';
import { plainText, renderInline } from './inline';

const numbers: Record<string, number> = { a: 1, b: 2 };
const numberOf = (id: string) => {
	const n = numbers[id];
	if (n === undefined) throw new Error(`Unknown reference id "${id}"`);
	return n;
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
});

describe('plainText', () => {
	it('drops citations and markup', () => {
		expect(plainText('About **6 to 9** of 100 {cite:a,b}.')).toBe('About 6 to 9 of 100.');
	});
});
