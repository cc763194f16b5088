/**
 * The whole story as prerendered HTML: for each chapter, its prose cut where its figure goes
 * (`prose`: before and after), and the figure's Scrolly (`scrolly`: its steps and first layer,
 * which scrolly.ts brings to life in the browser). Import with `?server-only`: the browser
 * gets none of this text twice, nor the code that writes it.
 */
import { figureHtml } from '$scrolly/figureHtml';
import Scrolly from '$scrolly/Scrolly.svelte';
import { staticHtml, staticParts } from '$lib/prerender/staticHtml';
import { prepareSteps } from '../steps';
import { figures } from './figures';
import { chapters } from './index';
import { islands } from './islands';

export interface ChapterHtml {
	prose: string[];
	scrolly?: string;
}

const story: Record<string, ChapterHtml> = Object.fromEntries(
	chapters.map((chapter) => {
		const figure = figures[chapter.id];
		const island = islands[chapter.id];
		const html = figure && figureHtml(chapter.id, figure.label, figure.diagram, prepareSteps(chapter.id, figure.steps));
		return [
			chapter.id,
			{
				prose: staticParts(chapter.component, {}, chapter.id),
				scrolly: island && html && staticHtml(Scrolly, { id: chapter.id, count: island.count, html }, `${chapter.id}-scrolly`)
			}
		];
	})
);

export default story;
