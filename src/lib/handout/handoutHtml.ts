/**
 * The handout sheet as prerendered HTML (import with `?server-only`, see staticHtml.ts), QR code
 * included: nothing on it changes in the browser except the Print button, which the page wakes up.
 */
import QRCode from 'qrcode';
import { site } from '$content/site';
import { staticHtml } from '$lib/prerender/staticHtml';
import Handout from './Handout.svelte';

const qrUrl = `${site.url}story/`;
const svg = await QRCode.toString(qrUrl, {
	type: 'svg',
	errorCorrectionLevel: 'M',
	margin: 2,
	color: { dark: '#000000', light: '#ffffff' }
});
// Decorative to assistive tech: the wrapper names it, and the URL is printed beside it.
const qrSvg = svg.trim().replace('<svg ', '<svg aria-hidden="true" focusable="false" ');

export default staticHtml(Handout, { qrSvg, qrUrl }, 'handout');
