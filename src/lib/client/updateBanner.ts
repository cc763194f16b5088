/**
 * Registers the service worker (production builds only) and, when a new version of the site has
 * been downloaded and is waiting, offers to reload into it. Reload posts SKIP_WAITING to the waiting
 * worker and reloads once it controls the page. The status region is in the page from the start, so
 * screen readers announce the message politely when it appears. Its CSS is updateBanner.css.
 */
import { resolve } from '$lib/paths';

export function watchForUpdates(): void {
	const region = document.createElement('div');
	region.className = 'update-status';
	region.setAttribute('role', 'status');
	document.body.append(region);
	if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;

	const container = navigator.serviceWorker;
	let waiting: ServiceWorker | null = null;
	let dismissed = false;
	const offer = (worker: ServiceWorker | null) => {
		// No controller yet means this is the first install, not an update.
		if (!worker || !container.controller) return;
		waiting = worker;
		if (dismissed || region.firstChild) return;
		const reload = button('Reload', () => {
			container.addEventListener('controllerchange', () => location.reload(), { once: true });
			waiting?.postMessage({ type: 'SKIP_WAITING' });
		});
		const later = button('Not now', () => {
			dismissed = true;
			region.replaceChildren();
		});
		later.classList.add('later');
		const banner = document.createElement('p');
		banner.className = 'update-banner';
		const text = document.createElement('span');
		text.textContent = 'A new version is available';
		banner.append(text, reload, later);
		region.append(banner);
	};
	const watch = (registration: ServiceWorkerRegistration) => {
		offer(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') offer(worker);
			});
		});
	};
	const register = () => {
		container
			.register(`${resolve('/')}service-worker.js`)
			.then(watch)
			.catch(() => {
				// No offline copy (e.g. private mode); the site works as before.
			});
	};
	// Precaching competes with the page's own loading; wait until it is done.
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}

function button(label: string, onclick: () => void): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = label;
	element.addEventListener('click', onclick);
	return element;
}
