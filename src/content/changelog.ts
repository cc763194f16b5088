/** The public changelog: what changed in the content, newest first. Dates are ISO (YYYY-MM-DD). */
export interface ChangelogEntry {
	date: string;
	changes: string[];
}

export const changelog: readonly ChangelogEntry[] = [
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
