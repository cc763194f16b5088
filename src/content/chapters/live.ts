/**
 * The story's figures with controls, drawn live (loaded on demand: islands.ts). One module for the
 * three: they share d3 and the model, and come close together in the story.
 */
import GlutamateCircuit from '$diagrams/GlutamateCircuit.svelte';
import NmdaSynapse from '$diagrams/NmdaSynapse.svelte';
import SeriesTimeline from '$diagrams/SeriesTimeline.svelte';
import type { LiveFigure } from '$scrolly/types';
import { liveSteps } from '../liveSteps';
import { glutamateSteps } from './glutamate.steps';
import { nmdaSteps } from './nmda.steps';
import { seriesSteps } from './series.steps';
import SeriesExplorer from './SeriesExplorer.svelte';

export const nmda: LiveFigure = { Diagram: NmdaSynapse, steps: liveSteps(nmdaSteps) };
export const glutamate: LiveFigure = { Diagram: GlutamateCircuit, steps: liveSteps(glutamateSteps) };
// The series chart also draws live below the key frames where the layout is unrolled.
export const series: LiveFigure = { Diagram: SeriesTimeline, steps: liveSteps(seriesSteps), Extra: SeriesExplorer };
