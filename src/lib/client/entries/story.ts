// The story's script (pageEntry.ts): the site's, the reading bar, and the figures.
import { islands } from '$content/chapters/islands';
import { hydrateLater } from '$lib/prerender/hydrateLater';
import Scrolly from '$scrolly/Scrolly.svelte';
import { idle } from '$scrolly/still';
import { followReading } from '../readingProgress';
import { startSite } from '../site';

startSite();

const bar = document.querySelector<HTMLElement>('.reading-progress .fill');
if (bar) followReading(bar);

// Each figure's Scrolly is prerendered with its hydration markers (storyHtml.ts) and hydrated on
// its own, one per idle period, the linked chapter first, then outwards. Hydrating all six at once
// was one task of ≈90 ms (≈360 ms on a phone) before the page answered input.
const hosts = [...document.querySelectorAll<HTMLElement>('[data-island]')];
// The chapter a link pointed at (no layout read: that would cost a phone ≈40 ms here).
let here: Element | null | undefined = null;
try {
	here = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest('.chapter');
} catch {
	// A malformed hash: start from the top.
}
const at = Math.max(0, hosts.findIndex((host) => host.closest('.chapter') === here));
const queue = hosts.map((host, i) => ({ host, far: Math.abs(i - at) + (i < at ? 0.5 : 0) })).sort((a, b) => a.far - b.far);
const next = () => {
	const item = queue.shift();
	if (!item) return;
	const id = item.host.dataset.island!;
	hydrateLater(item.host, Scrolly, { id, ...islands[id]! });
	if (queue.length > 0) idle(next);
};
idle(next);
