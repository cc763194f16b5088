/**
 * The story's scrollytelling figures, as the browser needs them: the rest of each chapter is
 * prerendered HTML (storyHtml.ts). A figure with controls (a scrubber, the schedule picker) loads its
 * diagram when the chapter comes near the screen; the others run no diagram code at all.
 * islands.test.ts checks the step counts against the step text.
 */
import type { LiveFigure } from '$scrolly/types';

export interface Island {
	label: string;
	count: number;
	graphicHeight?: string;
	live?: () => Promise<{ default: LiveFigure }>;
}

export const islands: Record<string, Island> = {
	ptsd: { label: 'Diagram: what PTSD is, step by step', count: 7 },
	nmda: { label: 'Diagram: how ketamine blocks the NMDA receptor, step by step', count: 5, live: () => import('./nmda.live') },
	glutamate: {
		label: 'Diagram: how blocking a brake may cause a glutamate burst, step by step',
		count: 4,
		live: () => import('./glutamate.live')
	},
	bdnf: { label: 'Diagram: how new connections are thought to grow, step by step', count: 5 },
	series: {
		label: 'Chart: how a series of infusions builds up, step by step',
		count: 7,
		// The chart and its controls need a taller pinned area on phones than the default.
		graphicHeight: '55svh',
		live: () => import('./series.live')
	},
	'infusion-day': { label: 'Diagram: a typical infusion day, step by step', count: 6 }
};
