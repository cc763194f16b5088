import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelFrame, requestFrame, type FrameJob } from './frame';

// A hand-cranked requestAnimationFrame: frames run only when the test says so.
let callbacks: FrameRequestCallback[] = [];
function nextFrame() {
	const run = callbacks;
	callbacks = [];
	for (const cb of run) cb(0);
}

beforeEach(() => {
	callbacks = [];
	vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
	vi.stubGlobal('cancelAnimationFrame', (id: number) => {
		callbacks[id - 1] = () => {};
	});
});
afterEach(() => vi.unstubAllGlobals());

function recorder(name: string, log: string[]): FrameJob {
	return { measure: () => log.push(`${name}.measure`), apply: () => log.push(`${name}.apply`) };
}

describe('requestFrame', () => {
	it('runs every measure before any apply, in one animation frame', () => {
		const log: string[] = [];
		requestFrame(recorder('a', log));
		requestFrame(recorder('b', log));
		expect(callbacks).toHaveLength(1);
		nextFrame();
		expect(log).toEqual(['a.measure', 'b.measure', 'a.apply', 'b.apply']);
	});

	it('runs a job once per frame however often it is asked for', () => {
		const log: string[] = [];
		const job = recorder('a', log);
		for (let i = 0; i < 5; i++) requestFrame(job);
		nextFrame();
		expect(log).toEqual(['a.measure', 'a.apply']);
		nextFrame();
		expect(log).toHaveLength(2);
	});

	it('a job asked for while a frame runs goes to the next frame', () => {
		const log: string[] = [];
		const again: FrameJob = { measure: () => log.push('again.measure'), apply: () => log.push('again.apply') };
		requestFrame({ measure: () => log.push('a.measure'), apply: () => requestFrame(again) });
		nextFrame();
		expect(log).toEqual(['a.measure']);
		nextFrame();
		expect(log).toEqual(['a.measure', 'again.measure', 'again.apply']);
	});

	it('a cancelled job does not run', () => {
		const log: string[] = [];
		const a = recorder('a', log);
		const b = recorder('b', log);
		requestFrame(a);
		requestFrame(b);
		cancelFrame(a);
		nextFrame();
		expect(log).toEqual(['b.measure', 'b.apply']);
		requestFrame(a);
		cancelFrame(a);
		nextFrame();
		expect(log).toHaveLength(2);
	});
});
