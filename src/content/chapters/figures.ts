/** Each scrollytelling chapter's figure name, diagram and step text, for prerendering (storyHtml.ts). */
import type { Component } from 'svelte';
import GlutamateCircuit from '$diagrams/GlutamateCircuit.svelte';
import InfusionDay from '$diagrams/InfusionDay.svelte';
import NmdaSynapse from '$diagrams/NmdaSynapse.svelte';
import PtsdClusters from '$diagrams/PtsdClusters.svelte';
import SeriesTimeline from '$diagrams/SeriesTimeline.svelte';
import SpineGrowth from '$diagrams/SpineGrowth.svelte';
import type { DiagramProps } from '$scrolly/types';
import type { StepText } from '../steps';
import { bdnfSteps } from './bdnf.steps';
import { glutamateSteps } from './glutamate.steps';
import { infusionDaySteps } from './infusion-day.steps';
import { nmdaSteps } from './nmda.steps';
import { ptsdSteps } from './ptsd.steps';
import { seriesSteps } from './series.steps';

interface Figure {
	/** The pinned figure's accessible name. */
	label: string;
	diagram: Component<DiagramProps>;
	steps: readonly StepText[];
}

export const figures: Record<string, Figure> = {
	ptsd: { label: 'Diagram: what PTSD is, step by step', diagram: PtsdClusters, steps: ptsdSteps },
	nmda: { label: 'Diagram: how ketamine blocks the NMDA receptor, step by step', diagram: NmdaSynapse, steps: nmdaSteps },
	glutamate: {
		label: 'Diagram: how blocking a brake may cause a glutamate burst, step by step',
		diagram: GlutamateCircuit,
		steps: glutamateSteps
	},
	bdnf: { label: 'Diagram: how new connections grow in animals, step by step', diagram: SpineGrowth, steps: bdnfSteps },
	// Named for what it shows: the drug comes and goes with each infusion; only the sketched slow change might build.
	series: {
		label: 'Chart: a series of infusions, step by step: the drug level comes and goes; a sketch of slower change',
		diagram: SeriesTimeline,
		steps: seriesSteps
	},
	'infusion-day': { label: 'Diagram: a typical infusion day, step by step', diagram: InfusionDay, steps: infusionDaySteps }
};
