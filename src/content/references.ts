/**
 * The one numbered reference list. Every citation on the site links here; the numbers are the
 * order of this array. Facts come from ../shared/science-brief.md (its reference number is kept
 * in `brief` so a fact-checker can find the entry there).
 */
import type { EvidenceLabel } from '$model';

export interface Reference {
	id: string;
	brief: number;
	text: string;
	/** DOI or PMID link target, when the brief gives one. */
	doi?: string;
	pmid?: string;
	/** The strongest kind of evidence this source supports on the site. */
	evidence: Exclude<EvidenceLabel, 'ILLUSTRATIVE'>;
}

export const references: readonly Reference[] = [
	{
		id: 'kessler2005',
		brief: 1,
		text: 'Kessler RC, Berglund P, Demler O, et al. Lifetime prevalence and age-of-onset distributions of DSM-IV disorders in the National Comorbidity Survey Replication. Arch Gen Psychiatry. 2005;62:593–602.',
		evidence: 'HUMAN'
	},
	{
		id: 'goldstein2016',
		brief: 2,
		text: 'Goldstein RB, Smith SM, Chou SP, et al. The epidemiology of DSM-5 posttraumatic stress disorder in the United States: results from the National Epidemiologic Survey on Alcohol and Related Conditions-III. Soc Psychiatry Psychiatr Epidemiol. 2016;51:1137–48.',
		doi: '10.1007/s00127-016-1208-5',
		pmid: '27106853',
		evidence: 'HUMAN'
	},
	{
		id: 'kilpatrick2013',
		brief: 3,
		text: 'Kilpatrick DG, Resnick HS, Milanak ME, et al. National estimates of exposure to traumatic events and PTSD prevalence using DSM-IV and DSM-5 criteria. J Trauma Stress. 2013;26:537–47.',
		evidence: 'HUMAN'
	},
	{
		id: 'apa-ptsd',
		brief: 4,
		text: 'American Psychiatric Association. What is posttraumatic stress disorder (PTSD)? Patient and family information page.',
		evidence: 'HUMAN'
	},
	{
		id: 'blevins2015',
		brief: 5,
		text: 'Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL. The Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5): development and initial psychometric evaluation. J Trauma Stress. 2015;28:489–98.',
		evidence: 'HUMAN'
	},
	{
		id: 'va-pcl5',
		brief: 6,
		text: 'U.S. Department of Veterans Affairs, National Center for PTSD. Using the PTSD Checklist for DSM-5 (PCL-5).',
		evidence: 'HUMAN'
	},
	{
		id: 'schnurr2024',
		brief: 9,
		text: 'Schnurr PP, Hamblen JL, Wolf J, et al. The management of posttraumatic stress disorder and acute stress disorder: synopsis of the 2023 U.S. Department of Veterans Affairs and U.S. Department of Defense clinical practice guideline. Ann Intern Med. 2024;177(3).',
		doi: '10.7326/M23-2757',
		evidence: 'HUMAN'
	}
];

const numberById = new Map(references.map((ref, i) => [ref.id, i + 1]));

/** The reference's number on the site; throws for an unknown id so a typo fails the build. */
export function referenceNumber(id: string): number {
	const n = numberById.get(id);
	if (n === undefined) throw new Error(`Unknown reference id "${id}"`);
	return n;
}
