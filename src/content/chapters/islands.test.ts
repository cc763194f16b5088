import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bdnfSteps } from './bdnf.steps';
import { glutamateSteps } from './glutamate.steps';
import { infusionDaySteps } from './infusion-day.steps';
import { islands } from './islands';
import { nmdaSteps } from './nmda.steps';
import { ptsdSteps } from './ptsd.steps';
import { seriesSteps } from './series.steps';

// The browser knows a figure only by its island: its step count must match the step text the
// prerender draws from, and each chapter must mark where it goes.
const steps: Record<string, readonly unknown[]> = {
	ptsd: ptsdSteps,
	nmda: nmdaSteps,
	glutamate: glutamateSteps,
	bdnf: bdnfSteps,
	series: seriesSteps,
	'infusion-day': infusionDaySteps
};

describe('islands', () => {
	it.each(Object.keys(steps))('%s: one island with as many steps as the step text', (id) => {
		expect(islands[id]?.count).toBe(steps[id]!.length);
		const source = readFileSync(new URL(`./${id}.md`, import.meta.url), 'utf8');
		expect(source.match(/<Island \/>/g)).toHaveLength(1);
	});

	it('no island without step text', () => {
		expect(Object.keys(islands).sort()).toEqual(Object.keys(steps).sort());
	});

	it('only figures with controls load a live diagram', () => {
		expect(Object.entries(islands).filter(([, island]) => island.live).map(([id]) => id)).toEqual(['nmda', 'glutamate', 'series']);
	});
});
