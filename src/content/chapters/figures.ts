/** Each scrollytelling chapter's diagram and step text, for prerendering (storyHtml.ts, the tests). */
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

export const figures: Record<string, { diagram: Component<DiagramProps>; steps: readonly StepText[] }> = {
	ptsd: { diagram: PtsdClusters, steps: ptsdSteps },
	nmda: { diagram: NmdaSynapse, steps: nmdaSteps },
	glutamate: { diagram: GlutamateCircuit, steps: glutamateSteps },
	bdnf: { diagram: SpineGrowth, steps: bdnfSteps },
	series: { diagram: SeriesTimeline, steps: seriesSteps },
	'infusion-day': { diagram: InfusionDay, steps: infusionDaySteps }
};
