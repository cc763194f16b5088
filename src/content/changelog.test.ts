import { describe, expect, it } from 'vitest';
import { changelog, longDate } from './changelog';
import { site } from './site';

describe('longDate', () => {
	it.each([
		['2026-11-27', '27 November 2026'],
		['2027-01-05', '5 January 2027'],
		['2026-12-31', '31 December 2026']
	])('%s → %s', (iso, text) => expect(longDate(iso)).toBe(text));

	it('agrees with the site’s own review date text', () => expect(longDate(site.lastReviewed)).toBe(site.lastReviewedText));

	it('every changelog date is a real ISO day', () => {
		for (const { date } of changelog) expect(longDate(date)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
	});
});
