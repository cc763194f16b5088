import { describe, expect, it } from 'vitest';
import { isDeployedUrl, site } from './site';

describe('isDeployedUrl: only a real https origin may be printed on the handout', () => {
	it.each([
		['https://ketamine-ptsd.example/', false],
		['https://example.com/', false],
		['https://www.example.org/', false],
		['https://explainer.test/', false],
		['http://clinic.org/', false],
		['not a url', false],
		['', false],
		['https://explainer.clinic.org/', true],
		['https://www.example-clinic.com/ptsd/', true]
	])('%s → %s', (url, expected) => {
		expect(isDeployedUrl(url)).toBe(expected);
	});

	it('the neutral build still has a placeholder, so its handout has no QR code', () => {
		expect(isDeployedUrl(site.url)).toBe(false);
	});
});
