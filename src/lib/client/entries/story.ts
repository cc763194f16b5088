// The story's script (pageEntry.ts): the site's, the reading bar, and the figures.
import { islands } from '$content/chapters/islands';
import { startScrolly, type Scrolly } from '$scrolly/scrolly';
import { followReading } from '../readingProgress';
import { startSite } from '../site';
import { warmAhead } from '../warmAhead';

startSite();

const bar = document.querySelector<HTMLElement>('.reading-progress .fill');
if (bar) followReading(bar);

// Each figure's Scrolly is prerendered (storyHtml.ts); this only adds its listeners and observers.
const scrollies = new Map<Element | null, Scrolly>();
for (const root of document.querySelectorAll<HTMLElement>('[data-island] > .scrolly')) {
	const island = islands[root.dataset.scrolly!];
	if (island) scrollies.set(root.closest('.chapter'), startScrolly(root, island));
}

// The chapters below the screen are laid out ahead, in small pieces while the page is still, so
// none costs a long task when the reader scrolls to it (warmAhead.ts); so are their figures' layers.
const story = document.querySelector<HTMLElement>('.story');
if (story) warmAhead([...story.querySelectorAll<HTMLElement>(':scope > .chapter')], story, (chapter) => scrollies.get(chapter)?.layOutAhead() ?? []);
