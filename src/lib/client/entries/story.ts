// The story's script (pageEntry.ts): the site's, the reading bar, and the figures.
import { islands } from '$content/chapters/islands';
import { startScrolly } from '$scrolly/scrolly';
import { followReading } from '../readingProgress';
import { startSite } from '../site';

startSite();

const bar = document.querySelector<HTMLElement>('.reading-progress .fill');
if (bar) followReading(bar);

// Each figure's Scrolly is prerendered (storyHtml.ts); this only adds its listeners and observers.
for (const root of document.querySelectorAll<HTMLElement>('[data-island] > .scrolly')) {
	const island = islands[root.dataset.scrolly!];
	if (island) startScrolly(root, island);
}
