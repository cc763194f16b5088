import { describe, expect, it } from 'vitest';
import { ALL_CLUSTERS_STEP, clusterCards, peopleDots, sceneForStep, VIEW } from './ptsdClusters';

describe('PTSD clusters diagram geometry', () => {
	it.each([
		{ step: 0, scene: 'people', ptsd: 0, range: 0 },
		{ step: 1, scene: 'people', ptsd: 6, range: 2 }
	])('step $step shows $ptsd PTSD dots and $range range dots', ({ step, scene, ptsd, range }) => {
		expect(sceneForStep(step)).toBe(scene);
		const dots = peopleDots(step);
		expect(dots).toHaveLength(100);
		expect(dots.filter((d) => d.kind === 'ptsd')).toHaveLength(ptsd);
		expect(dots.filter((d) => d.kind === 'range')).toHaveLength(range);
	});

	it.each([
		{ step: 2, active: ['intrusion'] },
		{ step: 3, active: ['avoidance'] },
		{ step: 4, active: ['mood'] },
		{ step: 5, active: ['arousal'] },
		{ step: ALL_CLUSTERS_STEP, active: ['intrusion', 'avoidance', 'mood', 'arousal'] }
	])('step $step highlights $active', ({ step, active }) => {
		expect(sceneForStep(step)).toBe('clusters');
		expect(clusterCards(step).filter((c) => c.active).map((c) => c.id)).toEqual(active);
	});

	it('keeps every dot and card inside the view box', () => {
		for (const d of peopleDots(1)) {
			expect(d.x).toBeGreaterThan(0);
			expect(d.x).toBeLessThan(VIEW.width);
			expect(d.y).toBeLessThan(VIEW.height);
		}
		for (const c of clusterCards(6)) {
			expect(c.x + c.width).toBeLessThanOrEqual(VIEW.width);
			expect(c.y + c.height).toBeLessThanOrEqual(VIEW.height);
		}
	});
});
