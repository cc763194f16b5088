/** The series chart drawn live, with its controls (loaded on demand: islands.ts). */
import SeriesTimeline from '$diagrams/SeriesTimeline.svelte';
import type { LiveFigure } from '$scrolly/types';
import { liveSteps } from '../liveSteps';
import { seriesSteps } from './series.steps';
import SeriesExplorer from './SeriesExplorer.svelte';

export default {
	Diagram: SeriesTimeline,
	steps: liveSteps(seriesSteps),
	Extra: SeriesExplorer
} satisfies LiveFigure;
