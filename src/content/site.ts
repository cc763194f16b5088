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
	lastReviewed: '2026-12-06',
	lastReviewedText: '6 December 2026',
	audience: 'People with PTSD, their families, and the clinicians who talk with them.',
	/**
	 * Shown wherever the site's header and footer are not (consult slides, the patient screen) as
	 * well as in them, so every screen carries the same words.
	 */
	disclaimer: 'Education, not medical advice.',
	/**
	 * The crisis line, written once: the header, the footer and consult mode read it
	 * (CrisisLine.svelte puts the link on the number).
	 */
	crisisLine: {
		/** Where the header has room for a few words only. */
		short: 'In crisis? Call or text 988',
		lead: 'In crisis now?',
		before: 'In the U.S., call or text',
		number: '988',
		href: 'tel:988',
		after: '(Suicide & Crisis Lifeline). Veterans: call 988, then press 1. In an emergency, call 911.'
	}
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
