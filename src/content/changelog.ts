/** The public changelog: what changed in the content, newest first. Dates are ISO (YYYY-MM-DD). */
export interface ChangelogEntry {
	date: string;
	changes: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * '2026-11-27' → '27 November 2026'. By hand, not with toLocaleDateString: the first Intl date
 * format in a page loads locale data, which took 75 ms of a phone's main thread on /changelog/.
 */
export function longDate(iso: string): string {
	const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

export const changelog: readonly ChangelogEntry[] = [
	{
		date: '2026-12-06',
		changes: [
			'A sentence-by-sentence review of every page: each fact now carries a source of the right kind, and a check keeps it so.',
			'Each part now shows every kind of evidence it rests on, including work in animals and ideas not yet shown.',
			'Clearer wording on how many people responded, on top-up infusions, on blood pressure, and on what is a calculation rather than a measurement.',
			'The pictures now say what their text says, and consult slides show the evidence, that this is not medical advice, and the crisis line.'
		]
	},
	{
		date: '2026-11-27',
		changes: [
			'First public version. The story explains what PTSD is and how ketamine is thought to act in the brain.',
			'Added the chapters for patients: what ketamine is, the treatment plan, an infusion day, safety, what the evidence says, and questions to ask.',
			'Added a glossary: medical words open a short definition where they first appear.',
			'Every citation now links to one numbered reference list, each source labelled with the kind of evidence it supports.',
			'Full review of every fact against our science brief.'
		]
	}
];
