/**
 * The two-week calendar in "The treatment plan": which days of a six-infusion series have an
 * infusion (Feder 2021, Mon/Wed/Fri × 2, from $model), and where the "is it helping?" check falls.
 */
import { SIX_OVER_TWO_WEEKS_DAYS } from '$model';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Judge after about three infusions (median infusions to response in depression: 3 [49]). */
export const CHECK_AFTER_INFUSION = 3;

export interface CalendarDay {
	/** Day 0 is the first infusion, a Monday. */
	day: number;
	week: 1 | 2;
	weekday: (typeof WEEKDAYS)[number];
	/** 1-based number of the infusion given that day, if any. */
	infusion?: number;
	/** True on the day of the infusion after which it is fair to ask whether it helps. */
	check: boolean;
}

export function planCalendar(days: readonly number[] = SIX_OVER_TWO_WEEKS_DAYS): CalendarDay[] {
	return Array.from({ length: 14 }, (_, day) => {
		const index = days.indexOf(day);
		return {
			day,
			week: day < 7 ? 1 : 2,
			weekday: WEEKDAYS[day % 7]!,
			infusion: index >= 0 ? index + 1 : undefined,
			check: index + 1 === CHECK_AFTER_INFUSION
		};
	});
}
