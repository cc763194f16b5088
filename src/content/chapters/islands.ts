/**
 * The story's scrollytelling figures, as the browser needs them: the rest of each chapter is
 * prerendered HTML (storyHtml.ts), the figures' names included (figures.ts). A figure with controls (a scrubber, the schedule picker) loads its
 * diagram when the chapter comes near the screen; the others run no diagram code at all.
 * islands.test.ts checks the step counts against the step text.
 */
import type { LiveFigure } from '$scrolly/types';

export interface Island {
	count: number;
	live?: () => Promise<LiveFigure>;
}

const live = (id: 'nmda' | 'glutamate' | 'series') => () => import('./live').then((m) => m[id]);

export const islands: Record<string, Island> = {
	ptsd: { count: 7 },
	nmda: { count: 5, live: live('nmda') },
	glutamate: { count: 4, live: live('glutamate') },
	bdnf: { count: 5 },
	series: { count: 7, live: live('series') },
	'infusion-day': { count: 6 }
};
