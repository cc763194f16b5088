import { describe, expect, it } from 'vitest';
import { SLIDES } from './deck';
import { DEFAULT_EXPLORER } from './explorer';
import { parseMessage } from './sync';

const good = { type: 'state', state: { slide: 3, progress: 0.5, playing: true, explorer: DEFAULT_EXPLORER } };
const withState = (change: object) => ({ ...good, state: { ...good.state, ...change } });

describe('parseMessage', () => {
	it('accepts well-formed messages', () => {
		expect(parseMessage(good)).toEqual(good);
		expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(parseMessage({ type: 'bye', extra: 1 })).toEqual({ type: 'bye' });
		expect(parseMessage(withState({ explorer: { base: 'va', maintenanceWeeks: 4, weightKg: 90 } }))).not.toBeNull();
	});

	it.each([
		{ name: 'nothing', data: undefined },
		{ name: 'a string', data: 'state' },
		{ name: 'an unknown type', data: { type: 'reload' } },
		{ name: 'no state', data: { type: 'state' } },
		{ name: 'slide past the end', data: withState({ slide: SLIDES.length }) },
		{ name: 'negative slide', data: withState({ slide: -1 }) },
		{ name: 'fractional slide', data: withState({ slide: 1.5 }) },
		{ name: 'progress above 1', data: withState({ progress: 2 }) },
		{ name: 'progress NaN', data: withState({ progress: NaN }) },
		{ name: 'playing not boolean', data: withState({ playing: 'yes' }) },
		{ name: 'unknown schedule', data: withState({ explorer: { base: 'daily', maintenanceWeeks: null, weightKg: 70 } }) },
		{ name: 'bad maintenance', data: withState({ explorer: { base: 'six', maintenanceWeeks: 0, weightKg: 70 } }) },
		{ name: 'weight not a number', data: withState({ explorer: { base: 'six', maintenanceWeeks: null, weightKg: '70' } }) }
	])('ignores $name', ({ data }) => {
		expect(parseMessage(data)).toBeNull();
	});
});
