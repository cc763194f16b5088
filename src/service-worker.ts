/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline reading. At install, precache every prerendered page and every built and static file;
 * serve those from the cache first. Anything else on this origin goes to the network; other
 * origins are not touched (the site makes no third-party requests anyway). A new version waits
 * until the reader accepts it (src/lib/client/updateBanner.ts posts SKIP_WAITING), then old caches are deleted.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `ketamine-explainer-${version}`;
// _headers is read by the host, not served; caching a 404 would fail the install.
const ASSETS = [...new Set([...build, ...files.filter((f) => !f.endsWith('/_headers')), ...prerendered])];
const PRECACHED = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !PRECACHED.has(url.pathname)) return; // the network, as usual
	event.respondWith(
		(async () => {
			const cached = await (await caches.open(CACHE)).match(url.pathname);
			return cached ?? fetch(request);
		})()
	);
});
