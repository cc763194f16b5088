import { describe, expect, it } from 'vitest';
import { CHECK_AFTER_INFUSION, planCalendar } from './planCalendar';

describe('plan calendar', () => {
	const days = planCalendar();

	it('has two weeks, Monday first', () => {
		expect(days).toHaveLength(14);
		expect(days[0]!.weekday).toBe('Mon');
		expect(days[13]!.weekday).toBe('Sun');
		expect(days.filter((d) => d.week === 2)).toHaveLength(7);
	});

	it.each([
		{ day: 0, infusion: 1 },
		{ day: 2, infusion: 2 },
		{ day: 4, infusion: 3 },
		{ day: 7, infusion: 4 },
		{ day: 9, infusion: 5 },
		{ day: 11, infusion: 6 },
		{ day: 1, infusion: undefined },
		{ day: 13, infusion: undefined }
	])('day $day: infusion $infusion (Mon/Wed/Fri, twice)', ({ day, infusion }) => {
		expect(days[day]!.infusion).toBe(infusion);
	});

	it('marks the check after the third infusion only', () => {
		expect(days.filter((d) => d.check).map((d) => d.infusion)).toEqual([CHECK_AFTER_INFUSION]);
	});
});
