/**
 * The handout sheet as prerendered HTML (import with `?server-only`, see staticHtml.ts), QR code
 * included: nothing on it changes in the browser except the Print button, which the page wakes up.
 * While the site's URL is a placeholder, the sheet prints no QR code and no address (see
 * isDeployedUrl), and the build says so.
 */
import QRCode from 'qrcode';
import { isDeployedUrl, site } from '$content/site';
import { staticHtml } from '$lib/prerender/staticHtml';
import Handout from './Handout.svelte';

let qrUrl = '';
let qrSvg = '';
if (isDeployedUrl(site.url)) {
	qrUrl = `${site.url}story/`;
	const svg = await QRCode.toString(qrUrl, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});
	// Decorative to assistive tech: the wrapper names it, and the URL is printed beside it.
	qrSvg = svg.trim().replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
} else {
	console.warn(
		`Warning: the site URL (${site.url}) is a placeholder, so the printed handout has no QR code and no address. Set \`url\` in src/content/site.ts to the deployed https origin.`
	);
}

export default staticHtml(Handout, { qrSvg, qrUrl }, 'handout');
