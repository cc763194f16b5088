// The story's script (pageEntry.ts): the site's, the reading bar, and the figures.
import { islands } from '$content/chapters/islands';
import { startScrolly } from '$scrolly/scrolly';
import { followReading } from '../readingProgress';
import { startSite } from '../site';
import { warmAhead } from '../warmAhead';

startSite();

const bar = document.querySelector<HTMLElement>('.reading-progress .fill');
if (bar) followReading(bar);

// Each figure's Scrolly is prerendered (storyHtml.ts); this only adds its listeners and observers.
for (const root of document.querySelectorAll<HTMLElement>('[data-island] > .scrolly')) {
	const island = islands[root.dataset.scrolly!];
	if (island) startScrolly(root, island);
}

// The chapters below the screen are laid out ahead, in small pieces while the page is still, so
// none costs a long task when the reader scrolls to it (warmAhead.ts).
const story = document.querySelector<HTMLElement>('.story');
if (story) warmAhead([...story.querySelectorAll<HTMLElement>(':scope > .chapter')], story);
