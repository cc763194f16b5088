import { describe, expect, it } from 'vitest';
import { fractionBlocked, IC50_MICRO_M, ngPerMlToMicroM, plasmaAt, schedules } from '$model';
import {
	GAUGE,
	GAUGE_NOTE,
	gaugeGeometry,
	gaugeText,
	INFUSION_END_MIN,
	KETAMINE_SPOTS,
	ketamineCount,
	percent,
	readout,
	sceneForStep,
	shortTime,
	shortValueText,
	STEP,
	STEP_COUNT,
	synapseState,
	TICK_LABEL_ROOM,
	TIME,
	timeForStep,
	valueText,
	VIEW
} from './nmdaSynapse';

describe('NMDA synapse: time and model readout', () => {
	it.each([
		{ step: STEP.rest, progress: 1, t: 0 },
		{ step: STEP.ketamine, progress: 0.5, t: 0 },
		{ step: STEP.infusion, progress: 0, t: 0 },
		{ step: STEP.infusion, progress: 0.5, t: 20 },
		{ step: STEP.infusion, progress: 1, t: INFUSION_END_MIN },
		{ step: STEP.after, progress: 0, t: INFUSION_END_MIN },
		{ step: STEP.after, progress: 1, t: TIME.max },
		{ step: STEP.after, progress: 7, t: TIME.max }
	])('step $step at progress $progress shows t = $t min', ({ step, progress, t }) => {
		expect(timeForStep(step, progress)).toBeCloseTo(t, 9);
	});

	it.each([0, 5, 40, 100, 360])('at %d min the readout is exactly the model (plasmaAt + fractionBlocked)', (t) => {
		const r = readout(t);
		const ng = plasmaAt(schedules.single(), t);
		const microM = ngPerMlToMicroM(ng);
		expect(r.ngPerMl).toBe(ng);
		expect(r.microM).toBe(microM);
		expect(r.low).toBe(fractionBlocked(microM, IC50_MICRO_M.high));
		expect(r.central).toBe(fractionBlocked(microM, IC50_MICRO_M.central));
		expect(r.high).toBe(fractionBlocked(microM, IC50_MICRO_M.low));
		expect(r.low).toBeLessThanOrEqual(r.central);
		expect(r.central).toBeLessThanOrEqual(r.high);
	});

	it('at the end of the infusion the band is roughly 10–60% (brief §3), and low again by 6 h', () => {
		const peak = readout(INFUSION_END_MIN);
		expect(peak.low).toBeGreaterThan(0.1);
		expect(peak.low).toBeLessThan(0.2);
		expect(peak.high).toBeGreaterThan(0.5);
		expect(peak.high).toBeLessThan(0.65);
		const later = readout(TIME.max);
		expect(later.central).toBeLessThan(0.1);
		expect(later.high).toBeLessThan(peak.low * 2);
	});
});

describe('NMDA synapse: state per step', () => {
	it.each([
		{ step: STEP.rest, plug: true, gate: 0, glutamate: false, calcium: false, inPore: null, gauge: false },
		{ step: STEP.open, plug: false, gate: 1, glutamate: true, calcium: true, inPore: null, gauge: false },
		{ step: STEP.infusion, plug: false, gate: 0, glutamate: false, calcium: false, inPore: 'pore', gauge: true }
	])('step $step: plug $plug, gate $gate, Ca²⁺ flowing $calcium, gauge $gauge', (c) => {
		const s = synapseState(c.step, 1, timeForStep(c.step, 1));
		expect(s.mg.inPore).toBe(c.plug);
		expect(s.gateOpen).toBe(c.gate);
		expect(s.glutamateBound).toBe(c.glutamate);
		expect(s.calciumFlowing).toBe(c.calcium);
		expect(s.ketamine[0]!.on ? s.ketamine[0]!.where : null).toBe(c.inPore);
		expect(s.gauge).toBe(c.gauge);
	});

	it.each([
		{ progress: 0, where: 'entering', gate: 1, trapped: false },
		{ progress: 0.5, where: 'pore', gate: 1, trapped: false },
		{ progress: 1, where: 'pore', gate: 0, trapped: true }
	])('step 3 at progress $progress: ketamine $where, gate $gate (trapped: $trapped)', ({ progress, where, gate, trapped }) => {
		const s = synapseState(STEP.ketamine, progress, 0);
		expect(s.ketamine[0]!.on).toBe(true);
		expect(s.ketamine[0]!.where).toBe(where);
		expect(s.gateOpen).toBeCloseTo(gate, 9);
		expect(s.calciumFlowing).toBe(!trapped);
		expect(s.mg.inPore).toBe(false);
	});

	it('keeps every particle list the same length, so particles move and fade instead of popping', () => {
		const lengths = Array.from({ length: STEP_COUNT }, (_, step) => {
			const s = synapseState(step, 1, timeForStep(step, 1));
			return [s.glutamateFree.length, s.calcium.length, s.ketamine.length];
		});
		for (const l of lengths) expect(l).toEqual(lengths[0]);
	});

	it.each([
		{ t: 0, n: 0 },
		{ t: INFUSION_END_MIN, n: KETAMINE_SPOTS.length },
		{ t: TIME.max, n: 1 }
	])('at $t min, $n ketamine molecules are drawn in the cleft', ({ t, n }) => {
		expect(ketamineCount(t)).toBe(n);
		const s = synapseState(STEP.after, 1, t);
		expect(s.ketamine.slice(1).filter((k) => k.on)).toHaveLength(n);
		expect(s.mg.inPore).toBe(n === 0);
	});

	it('each step draws a different state', () => {
		const states = Array.from({ length: STEP_COUNT }, (_, step) =>
			JSON.stringify([synapseState(step, 1, timeForStep(step, 1)), gaugeText(readout(timeForStep(step, 1)))])
		);
		expect(new Set(states).size).toBe(STEP_COUNT);
	});

	it('keeps every particle inside the view box', () => {
		for (let step = 0; step < STEP_COUNT; step++) {
			const s = synapseState(step, 1, timeForStep(step, 1));
			for (const p of [s.mg, ...s.calcium, ...s.glutamateFree, ...s.ketamine.filter((k) => k.on)]) {
				expect(p.x).toBeGreaterThanOrEqual(0);
				expect(p.x).toBeLessThanOrEqual(VIEW.width);
				expect(p.y).toBeGreaterThanOrEqual(0);
				expect(p.y).toBeLessThanOrEqual(VIEW.height);
			}
		}
	});
});

describe('NMDA synapse: the gauge', () => {
	const { x, width } = GAUGE.bar;

	it.each([0, 10, 40, 120, 360])('at %d min the band spans blockLow..blockHigh on the bar', (t) => {
		const r = readout(t);
		const g = gaugeGeometry(r);
		expect(g.band.x).toBeCloseTo(x + width * r.low, 9);
		expect(g.band.x + g.band.width).toBeCloseTo(x + width * r.high, 9);
		expect(g.centralX).toBeCloseTo(x + width * r.central, 9);
		expect(g.centralX).toBeGreaterThanOrEqual(g.band.x);
		expect(g.centralX).toBeLessThanOrEqual(g.band.x + g.band.width);
	});

	it.each([0, 5, 40, 360])('at %d min the middle label sits under its mark, clear of the 0%% and 100%% labels', (t) => {
		const g = gaugeGeometry(readout(t));
		const min = x + TICK_LABEL_ROOM.start + TICK_LABEL_ROOM.middleHalf;
		const max = x + width - TICK_LABEL_ROOM.end - TICK_LABEL_ROOM.middleHalf;
		expect(g.labelX).toBeGreaterThanOrEqual(min);
		expect(g.labelX).toBeLessThanOrEqual(max);
		if (g.centralX >= min && g.centralX <= max) expect(g.labelX).toBe(g.centralX);
		expect(g.ticks.map((tick) => tick.label)).toEqual(['0%', '', '100%']);
	});

	it('stays inside its card', () => {
		expect(GAUGE.bar.x).toBeGreaterThan(GAUGE.card.x);
		expect(GAUGE.bar.x + GAUGE.bar.width).toBeLessThan(GAUGE.card.x + GAUGE.card.width);
		expect(GAUGE.card.y + GAUGE.card.height).toBeLessThanOrEqual(VIEW.height);
	});

	it('says on itself that it is a calculation, and the note fits on one line of the card', () => {
		expect(GAUGE_NOTE).toBe('Calculated from lab tests, not measured');
		// Regular 16px DejaVu Sans italic is ≈8.3 units a character (measured in Chromium: 323 for this note).
		expect(GAUGE_NOTE.length * 8.6).toBeLessThanOrEqual(GAUGE.bar.width);
	});

	it('shows the band the text quotes: whole numbers out of 100, from the model at the end of the drip', () => {
		const microM = ngPerMlToMicroM(plasmaAt(schedules.single(), INFUSION_END_MIN));
		const low = Math.round(fractionBlocked(microM, IC50_MICRO_M.high) * 100);
		const high = Math.round(fractionBlocked(microM, IC50_MICRO_M.low) * 100);
		expect(gaugeText(readout(INFUSION_END_MIN)).band).toBe(`Receptors blocked: ${low}–${high}%`);
		expect([low, high]).toEqual([13, 60]);
	});

	it.each([
		{ t: 0, band: 'Receptors blocked: none' },
		{ t: INFUSION_END_MIN, band: `Receptors blocked: ${Math.round(readout(40).low * 100)}–${Math.round(readout(40).high * 100)}%` }
	])('at $t min the headline reads "$band"', ({ t, band }) => {
		expect(gaugeText(readout(t)).band).toBe(band);
	});
});

describe('NMDA synapse: words', () => {
	it.each([
		{ t: 0, short: '0 min', text: 'Start, infusion starting', readout: '0 min · start' },
		{ t: 25, short: '25 min', text: '25 minutes after the start, during the infusion', readout: '25 min · infusion running' },
		{ t: 40, short: '40 min', text: '40 minutes after the start, end of infusion', readout: '40 min · end of infusion' },
		{ t: 60, short: '1 h', text: '1 hour after the start, after the infusion', readout: '1 h · after infusion' },
		{ t: 125, short: '2 h 5 min', text: '2 hours 5 minutes after the start, after the infusion', readout: '2 h 5 min · after infusion' }
	])('t = $t min reads "$text"', ({ t, short, text, readout: r }) => {
		expect(shortTime(t)).toBe(short);
		expect(valueText(t)).toBe(text);
		expect(shortValueText(t)).toBe(r);
	});

	it.each([
		{ f: 0, s: '0%' },
		{ f: 0.003, s: '<1%' },
		{ f: 0.384, s: '38%' },
		{ f: 1, s: '100%' }
	])('percent($f) = $s', ({ f, s }) => {
		expect(percent(f)).toBe(s);
	});

	it('puts steps 1–3 in the synapse scene and 4–5 in the infusion scene', () => {
		expect([0, 1, 2, 3, 4].map(sceneForStep)).toEqual(['synapse', 'synapse', 'synapse', 'infusion', 'infusion']);
	});
});
