/** Site-wide facts shown in the chrome: who it is for, when it was last reviewed. */
export const site = {
	title: 'Ketamine for PTSD: how it is thought to work',
	shortTitle: 'Ketamine & PTSD explained',
	/**
	 * The deployed origin, with a trailing slash. Placeholder: set it to the real origin before
	 * deploying, because the printed handout's QR code and link are built from it at prerender.
	 */
	url: 'https://ketamine-ptsd.example/',
	/** ISO date of the last full review against the science brief; keep in step with the changelog. */
	lastReviewed: '2026-11-27',
	lastReviewedText: '27 November 2026',
	audience: 'People with PTSD, their families, and the clinicians who talk with them.'
} as const;

/**
 * Whether `url` is a real, deployed https origin. A placeholder (a reserved example domain, or
 * anything not https) must never reach paper: a printed QR code that leads nowhere cannot be fixed.
 */
export function isDeployedUrl(url: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	const host = parsed.hostname;
	return parsed.protocol === 'https:' && !/(^|\.)(example|test|invalid|localhost)$/.test(host) && !/(^|\.)example\.(com|net|org)$/.test(host);
}
