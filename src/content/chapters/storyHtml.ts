/**
 * The whole story as prerendered HTML: for each chapter, its prose cut where its figure goes
 * (`prose`: before and after), and the figure's steps and first layer (`figure`). Import with
 * `?server-only`: the browser gets none of this text twice, nor the code that writes it.
 */
import { figureHtml } from '$scrolly/figureHtml';
import type { FigureHtml } from '$scrolly/types';
import { staticParts } from '$lib/prerender/staticHtml';
import { prepareSteps } from '../steps';
import { figures } from './figures';
import { chapters } from './index';

export interface ChapterHtml {
	prose: string[];
	figure?: FigureHtml;
}

const story: Record<string, ChapterHtml> = Object.fromEntries(
	chapters.map((chapter) => {
		const figure = figures[chapter.id];
		return [
			chapter.id,
			{
				prose: staticParts(chapter.component, {}, chapter.id),
				figure: figure && figureHtml(chapter.id, figure.label, figure.diagram, prepareSteps(chapter.id, figure.steps))
			}
		];
	})
);

export default story;
