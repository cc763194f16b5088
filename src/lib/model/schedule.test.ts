import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, ModelInputError } from './common';
import { checkSchedule, doseMg, schedules, type Dose, type Schedule } from './schedule';

const day = MINUTES_PER_DAY;
const standard = (startMin: number): Dose => ({ startMin, mgPerKg: 0.5, durationMin: 40 });

describe('schedule presets', () => {
	it.each([
		{ name: 'single', schedule: schedules.single(), days: [0] },
		{ name: 'six over two weeks (Mon/Wed/Fri × 2, Feder 2021)', schedule: schedules.sixOverTwoWeeks(), days: [0, 2, 4, 7, 9, 11] },
		{ name: 'eight twice weekly (VA trial)', schedule: schedules.twiceWeeklyEight(), days: [0, 3, 7, 10, 14, 17, 21, 24] }
	])('$name: standard doses on days $days for 70 kg', ({ schedule, days }) => {
		expect(schedule.weightKg).toBe(70);
		expect(schedule.doses).toEqual(days.map((d) => standard(d * day)));
	});

	it.each([
		{ name: 'weight', o: { weightKg: 90 }, check: (s: Schedule) => s.weightKg === 90 },
		{ name: 'dose', o: { mgPerKg: 0.2 }, check: (s: Schedule) => s.doses.every((d) => d.mgPerKg === 0.2) },
		{ name: 'duration', o: { durationMin: 100 }, check: (s: Schedule) => s.doses.every((d) => d.durationMin === 100) },
		{ name: 'start', o: { startMin: 600 }, check: (s: Schedule) => s.doses[0]!.startMin === 600 && s.doses[1]!.startMin === 600 + 2 * day }
	])('options override the $name', ({ o, check }) => {
		expect(check(schedules.sixOverTwoWeeks(o))).toBe(true);
	});

	it('the standard dose is about 35 mg for 70 kg (brief §2)', () => {
		expect(doseMg(standard(0), 70)).toBeCloseTo(35, 10);
	});

	it('adds maintenance infusions every N weeks after the last infusion of the series', () => {
		const s = schedules.withMaintenance(schedules.sixOverTwoWeeks(), 4, 3);
		expect(s.doses).toHaveLength(9);
		const last = 11 * day;
		expect(s.doses.slice(6).map((d) => d.startMin)).toEqual([1, 2, 3].map((k) => last + k * 4 * MINUTES_PER_WEEK));
	});

	it('withMaintenance with count 0 returns the series unchanged', () => {
		expect(schedules.withMaintenance(schedules.single(), 4, 0)).toEqual(schedules.single());
	});

	it('custom sorts doses by start time and does not keep the caller’s array', () => {
		const doses = [standard(2 * day), standard(0)];
		const s = schedules.custom(doses, 60);
		expect(s.doses.map((d) => d.startMin)).toEqual([0, 2 * day]);
		expect(s.weightKg).toBe(60);
		expect(s.doses).not.toBe(doses);
		expect(doses[0]!.startMin).toBe(2 * day);
	});

	it('back-to-back doses (one starts as the other ends) are allowed', () => {
		expect(() => schedules.custom([standard(0), standard(40)])).not.toThrow();
	});
});

describe('bad schedules throw an error naming the problem', () => {
	it.each([
		{ name: 'zero weight', make: () => schedules.single({ weightKg: 0 }), message: /weightKg must be greater than 0/ },
		{ name: 'negative weight', make: () => schedules.custom([standard(0)], -70), message: /weightKg must be greater than 0/ },
		{ name: 'NaN weight', make: () => schedules.single({ weightKg: Number.NaN }), message: /weightKg must be a finite number/ },
		{ name: 'dose below 0.05 mg/kg', make: () => schedules.single({ mgPerKg: 0.04 }), message: /mgPerKg must be between 0.05 and 2/ },
		{ name: 'dose above 2 mg/kg', make: () => schedules.single({ mgPerKg: 2.5 }), message: /mgPerKg must be between 0.05 and 2/ },
		{ name: 'infinite dose', make: () => schedules.single({ mgPerKg: Infinity }), message: /mgPerKg must be a finite number/ },
		{ name: 'zero duration', make: () => schedules.single({ durationMin: 0 }), message: /durationMin must be greater than 0/ },
		{ name: 'negative duration', make: () => schedules.single({ durationMin: -40 }), message: /durationMin must be greater than 0/ },
		{ name: 'NaN start', make: () => schedules.custom([standard(Number.NaN)]), message: /startMin must be a finite number/ },
		{ name: 'negative start', make: () => schedules.custom([standard(-5)]), message: /startMin must be 0 or later/ },
		{ name: 'overlapping doses', make: () => schedules.custom([standard(0), standard(30)]), message: /doses overlap/ },
		{ name: 'overlap in unsorted input', make: () => schedules.custom([standard(100), standard(70)]), message: /doses overlap/ },
		{ name: 'no doses', make: () => schedules.custom([]), message: /non-empty list of doses/ },
		{ name: 'maintenance every 0 weeks', make: () => schedules.withMaintenance(schedules.single(), 0, 2), message: /everyWeeks must be greater than 0/ },
		{ name: 'fractional maintenance count', make: () => schedules.withMaintenance(schedules.single(), 4, 1.5), message: /count must be a whole number/ },
		{ name: 'maintenance so frequent it overlaps', make: () => schedules.withMaintenance(schedules.single(), 0.001, 2), message: /doses overlap/ },
		{ name: 'schedule that is not an object', make: () => checkSchedule(null as unknown as Schedule), message: /schedule must be an object/ }
	])('$name', ({ make, message }) => {
		expect(make).toThrow(ModelInputError);
		expect(make).toThrow(message);
	});
});
