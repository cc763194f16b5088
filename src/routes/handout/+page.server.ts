// The handout's QR code is drawn here, at prerender, so no QR code library ships to the browser.
import QRCode from 'qrcode';
import { site } from '$content/site';

export const load = async () => {
	const url = `${site.url}story/`;
	const svg = await QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});
	// Decorative to assistive tech: the wrapper names it, and the URL is printed beside it.
	const qrSvg = svg.trim().replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
	return { qrUrl: url, qrSvg };
};
