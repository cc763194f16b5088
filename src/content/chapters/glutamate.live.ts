/** The glutamate circuit drawn live, with its controls (loaded on demand: islands.ts). */
import GlutamateCircuit from '$diagrams/GlutamateCircuit.svelte';
import type { LiveFigure } from '$scrolly/types';
import { liveSteps } from '../liveSteps';
import { glutamateSteps } from './glutamate.steps';

export default {
	Diagram: GlutamateCircuit,
	steps: liveSteps(glutamateSteps)
} satisfies LiveFigure;
