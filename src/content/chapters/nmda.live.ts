/** The NMDA synapse drawn live, with its controls (loaded on demand: islands.ts). */
import NmdaSynapse from '$diagrams/NmdaSynapse.svelte';
import type { LiveFigure } from '$scrolly/types';
import { liveSteps } from '../liveSteps';
import { nmdaSteps } from './nmda.steps';

export default {
	Diagram: NmdaSynapse,
	steps: liveSteps(nmdaSteps)
} satisfies LiveFigure;
