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
		text: 'Kessler RC, Berglund P, Demler O, et al. Lifetime prevalence and age-of-onset distributions of DSM-IV disorders in the NCS-R. Arch Gen Psychiatry 2005;62:593–602.',
		evidence: 'HUMAN'
	},
	{
		id: 'goldstein2016',
		brief: 2,
		text: 'Goldstein RB, Smith SM, Chou SP, et al. Epidemiology of DSM-5 PTSD in the US: NESARC-III. Soc Psychiatry Psychiatr Epidemiol 2016;51:1137–48.',
		doi: '10.1007/s00127-016-1208-5',
		pmid: '27106853',
		evidence: 'HUMAN'
	},
	{
		id: 'kilpatrick2013',
		brief: 3,
		text: 'Kilpatrick DG, Resnick HS, Milanak ME, et al. National estimates of exposure to traumatic events and PTSD prevalence using DSM-IV and DSM-5 criteria. J Trauma Stress 2013;26:537–47.',
		evidence: 'HUMAN'
	},
	{
		id: 'apa-ptsd',
		brief: 4,
		text: 'American Psychiatric Association. What is posttraumatic stress disorder (PTSD)? Patients and families page, psychiatry.org/Patients-Families/PTSD.',
		evidence: 'HUMAN'
	},
	{
		id: 'blevins2015',
		brief: 5,
		text: 'Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL. The PCL-5: development and initial psychometric evaluation. J Trauma Stress 2015;28:489–98.',
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
		text: 'Schnurr PP, Hamblen JL, Wolf J, et al. Synopsis of the 2023 VA/DoD CPG for PTSD and ASD. Ann Intern Med 2024;177(3).',
		doi: '10.7326/M23-2757',
		evidence: 'HUMAN'
	},
	{
		id: 'istss-cpg',
		brief: 10,
		text: 'ISTSS. Using the 2023 VA/DoD CPG for PTSD (Lang AJ, Hamblen JL, et al.).',
		evidence: 'HUMAN'
	},
	{
		id: 'feder2023focus',
		brief: 11,
		text: 'Feder A, et al. Reprint of the 2021 repeated-ketamine trial, with an introduction. Focus (Am Psychiatr Publ) 2023.',
		doi: '10.1176/appi.focus.23021014',
		evidence: 'HUMAN'
	},
	{
		id: 'feder2014',
		brief: 12,
		text: 'Feder A, Parides MK, Murrough JW, et al. Efficacy of intravenous ketamine for treatment of chronic PTSD: a randomized clinical trial. JAMA Psychiatry 2014;71:681–8.',
		doi: '10.1001/jamapsychiatry.2014.62',
		pmid: '24740528',
		evidence: 'HUMAN'
	},
	{
		id: 'feder2021',
		brief: 13,
		text: 'Feder A, Costi S, Rutter SB, et al. A randomized controlled trial of repeated ketamine administration for chronic PTSD. Am J Psychiatry 2021;178:193–202.',
		doi: '10.1176/appi.ajp.2020.20050596',
		evidence: 'HUMAN'
	},
	{
		id: 'zanos2018',
		brief: 14,
		text: 'Zanos P, Moaddel R, Morris PJ, et al. Ketamine and ketamine metabolite pharmacology. Pharmacol Rev 2018;70:621–60.',
		doi: '10.1124/pr.117.015198',
		evidence: 'HUMAN'
	},
	{
		id: 'kamp2020',
		brief: 15,
		text: 'Kamp J, van Velzen M, Olofsen E, et al. Ketamine pharmacokinetics: systematic review, meta-analysis and population analysis. Anesthesiology 2020;133:1192–1213.',
		evidence: 'HUMAN'
	},
	{
		id: 'ma2023',
		brief: 16,
		text: 'Ma S, Chen M, Jiang Y, et al. Sustained antidepressant effect of ketamine through NMDAR trapping in the LHb. Nature 2023;622:802–9.',
		doi: '10.1038/s41586-023-06624-1',
		evidence: 'ANIMAL'
	},
	{
		id: 'zarate2012',
		brief: 17,
		text: 'Zarate CA Jr, Brutsche N, Laje G, et al. Relationship of ketamine’s plasma metabolites with response, diagnosis, and side effects in major depression. Biol Psychiatry 2012;72:331–8.',
		doi: '10.1016/j.biopsych.2012.03.004',
		evidence: 'HUMAN'
	},
	{
		id: 'ebert1997',
		brief: 18,
		text: 'Ebert B, et al. Norketamine, the main metabolite of ketamine, is a non-competitive NMDA receptor antagonist. Eur J Pharmacol 1997;333:99–104.',
		evidence: 'HUMAN'
	},
	{
		id: 'clements1981',
		brief: 19,
		text: 'Clements JA, Nimmo WS. Pharmacokinetics and analgesic effect of ketamine in man. Br J Anaesth 1981;53:27–30.',
		doi: '10.1093/bja/53.1.27',
		pmid: '7459184',
		evidence: 'HUMAN'
	},
	{
		id: 'opentiva',
		brief: 20,
		text: 'opentiva, an open-source target-controlled infusion library: ketamine parameter sets (Clements, Domino, Hijazi), opentiva/ketamine.py. github.com/opentiva/opentiva.',
		evidence: 'HUMAN'
	},
	{
		id: 'nanomolar-ketamine',
		brief: 21,
		text: 'Study of ketamine at nanomolar concentrations acting at membrane-accessible hydrophobic sites on NMDA receptors, distinct from the pore-blocking site (electrophysiology, mutagenesis and modelling). PMC11948614.',
		evidence: 'HYPOTHESIS'
	},
	{
		id: 'blocker-review2020',
		brief: 22,
		text: 'Review of NMDA receptor channel blockers, with a table of their blocking mechanisms (ketamine: a trapping blocker). Brain Sci 2020. PMC7760600.',
		evidence: 'ANIMAL'
	},
	{
		id: 'orser1997',
		brief: 23,
		text: 'Orser BA, Pennefather PS, MacDonald JF. Multiple mechanisms of ketamine blockade of NMDA receptors. Anesthesiology 1997;86:903–17.',
		evidence: 'ANIMAL'
	},
	{
		id: 'kotermanski2009',
		brief: 24,
		text: 'Kotermanski SE, Johnson JW. Mg²⁺ imparts NMDA receptor subtype selectivity to the Alzheimer’s drug memantine. J Neurosci 2009;29:2774–9.',
		evidence: 'ANIMAL'
	},
	{
		id: 'homayoun2007',
		brief: 26,
		text: 'Homayoun H, Moghaddam B. NMDA receptor hypofunction produces opposite effects on prefrontal cortex interneurons and pyramidal neurons. J Neurosci 2007;27:11496–500.',
		doi: '10.1523/JNEUROSCI.2213-07.2007',
		pmid: '17959792',
		evidence: 'ANIMAL'
	},
	{
		id: 'moghaddam1997',
		brief: 27,
		text: 'Moghaddam B, Adams B, Verma A, Daly D. Activation of glutamatergic neurotransmission by ketamine. J Neurosci 1997;17:2921–7.',
		doi: '10.1523/JNEUROSCI.17-08-02921.1997',
		evidence: 'ANIMAL'
	},
	{
		id: 'autry2011',
		brief: 28,
		text: 'Autry AE, Adachi M, Nosyreva E, et al. NMDA receptor blockade at rest triggers rapid behavioural antidepressant responses. Nature 2011;475:91–5.',
		doi: '10.1038/nature10130',
		pmid: '21677641',
		evidence: 'ANIMAL'
	},
	{
		id: 'yang2018',
		brief: 29,
		text: 'Yang Y, Cui Y, Sang K, et al. Ketamine blocks bursting in the lateral habenula to rapidly relieve depression. Nature 2018;554:317–22.',
		doi: '10.1038/nature25509',
		pmid: '29446381',
		evidence: 'ANIMAL'
	},
	{
		id: 'abdallah2018',
		brief: 31,
		text: 'Abdallah CG, De Feyter HM, Averill LA, et al. The effects of ketamine on prefrontal glutamate neurotransmission in healthy and depressed subjects. Neuropsychopharmacology 2018;43:2154–60.',
		doi: '10.1038/s41386-018-0136-3',
		evidence: 'HUMAN'
	},
	{
		id: 'mrs2021',
		brief: 32,
		text: 'Effect of ketamine on human neurochemistry in posterior cingulate cortex: a pilot magnetic resonance spectroscopy study at 3 Tesla (12 healthy men, about 3 h after an infusion). Front Neurosci 2021;15:609485. PMC8024494.',
		doi: '10.3389/fnins.2021.609485',
		evidence: 'HUMAN'
	},
	{
		id: 'li2010',
		brief: 33,
		text: 'Li N, Lee B, Liu RJ, et al. mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists. Science 2010;329:959–64.',
		doi: '10.1126/science.1190287',
		pmid: '20724638',
		evidence: 'ANIMAL'
	},
	{
		id: 'modasava2019',
		brief: 34,
		text: 'Moda-Sava RN, Murdock MH, Parekh PK, et al. Sustained rescue of prefrontal circuit dysfunction by antidepressant-induced spine formation. Science 2019;364:eaat8078.',
		doi: '10.1126/science.aat8078',
		evidence: 'ANIMAL'
	},
	{
		id: 'phoumthipphavong2016',
		brief: 35,
		text: 'Phoumthipphavong V, Barthas F, Hassett S, Kwan AC. Longitudinal effects of ketamine on dendritic architecture in vivo in the mouse medial frontal cortex. eNeuro 2016. PMC4819286.',
		evidence: 'ANIMAL'
	},
	{
		id: 'pryazhnikov2018',
		brief: 36,
		text: 'Pryazhnikov E, Mugantseva E, Casarotto P, et al. Longitudinal two-photon imaging… subchronic low-dose ketamine. Sci Rep 2018;8:6464.',
		doi: '10.1038/s41598-018-24933-8',
		evidence: 'ANIMAL'
	},
	{
		id: 'holmes2022',
		brief: 37,
		text: 'Holmes SE, Finnema SJ, Naganawa M, et al. Imaging the effect of ketamine on synaptic density (SV2A) in the living brain. Mol Psychiatry 2022.',
		doi: '10.1038/s41380-022-01465-2',
		evidence: 'HUMAN'
	},
	{
		id: 'haile2014',
		brief: 38,
		text: 'Haile CN, Murrough JW, Iosifescu DV, et al. Plasma BDNF and response to ketamine in TRD. Int J Neuropsychopharmacol 2014;17:331–6.',
		pmid: '24103211',
		evidence: 'HUMAN'
	},
	{
		id: 'pardossi2024',
		brief: 39,
		text: 'Pardossi S, Fagiolini A, Cuomo A. Variations in BDNF and their role in the neurotrophic antidepressant mechanisms of ketamine and esketamine. Int J Mol Sci 2024;25:13098.',
		evidence: 'HUMAN'
	},
	{
		id: 'abdallah2022',
		brief: 41,
		text: 'Abdallah CG, Roache JD, Gueorguieva R, et al. Dose-related effects of ketamine for antidepressant-resistant PTSD in veterans and active duty military. Neuropsychopharmacology 2022;47:1574–81.',
		doi: '10.1038/s41386-022-01266-9',
		pmid: '35046508',
		evidence: 'HUMAN'
	},
	{
		id: 'albott2018',
		brief: 42,
		text: 'Albott CS, Lim KO, Forbes MK, et al. Efficacy, safety, and durability of repeated ketamine infusions for comorbid PTSD and TRD. J Clin Psychiatry 2018;79(3).',
		evidence: 'HUMAN'
	},
	{
		id: 'duek2023',
		brief: 43,
		text: 'Duek O, Korem N, Li Y, et al. Long term structural and functional neural changes following a single infusion of ketamine in PTSD. Neuropsychopharmacology 2023;48:1648–58.',
		doi: '10.1038/s41386-023-01606-3',
		evidence: 'HUMAN'
	},
	{
		id: 'borgogna2024',
		brief: 44,
		text: 'Borgogna NC, … Aita SL, Hill BD. So how special is special K? Systematic review and meta-analysis of ketamine for PTSD RCTs. Eur J Psychotraumatol 2024;15:2299124.',
		doi: '10.1080/20008066.2023.2299124',
		evidence: 'HUMAN'
	},
	{
		id: 'almeida2024',
		brief: 45,
		text: 'Almeida TM, da Silva URL, Pires JP, et al. Effectiveness of ketamine for PTSD: systematic review and meta-analysis. Clin Neuropsychiatry 2024;21:22–31.',
		doi: '10.36131/cnfioritieditore20240102',
		pmid: '38559428',
		evidence: 'HUMAN'
	},
	{
		id: 'murrough2013',
		brief: 47,
		text: 'Murrough JW, Perez AM, Pillemer S, et al. Rapid and longer-term antidepressant effects of repeated ketamine infusions in TRD. Biol Psychiatry 2013;74:250–6.',
		doi: '10.1016/j.biopsych.2012.06.022',
		evidence: 'HUMAN'
	},
	{
		id: 'singh2016',
		brief: 48,
		text: 'Singh JB, Fedgchin M, Daly EJ, et al. Twice- and thrice-weekly IV ketamine in TRD. Am J Psychiatry 2016;173:816–26.',
		doi: '10.1176/appi.ajp.2016.16010037',
		evidence: 'HUMAN'
	},
	{
		id: 'phillips2019',
		brief: 49,
		text: 'Phillips JL, Norris S, Talbot J, et al. Single, repeated, and maintenance ketamine infusions for TRD: an RCT. Am J Psychiatry 2019;176:401–9.',
		doi: '10.1176/appi.ajp.2018.18070834',
		pmid: '30922101',
		evidence: 'HUMAN'
	},
	{
		id: 'sanacora2017',
		brief: 50,
		text: 'Sanacora G, Frye MA, McDonald W, et al. A consensus statement on the use of ketamine in the treatment of mood disorders. JAMA Psychiatry 2017;74:399–405.',
		evidence: 'HUMAN'
	},
	{
		id: 'rivaposse2018',
		brief: 51,
		text: 'Riva-Posse P, Reiff CM, Edwards JA, et al. Blood pressure safety of subanesthetic ketamine for depression: 684 infusions. J Affect Disord 2018;236:291–7.',
		doi: '10.1016/j.jad.2018.02.025',
		pmid: '29525051',
		evidence: 'HUMAN'
	},
	{
		id: 'cardio741',
		brief: 52,
		text: 'Cardiovascular effects of repeated subanaesthetic ketamine infusion in depression: 135 patients, 741 infusions of 0.5 mg/kg over 40 min. J Psychopharmacol.',
		evidence: 'HUMAN'
	},
	{
		id: 'szarmach2020',
		brief: 53,
		text: 'Szarmach J, Cubała WJ, Włodarczyk A, Gałuszko-Węgielnik M. Metabolic risk factors and cardiovascular safety in ketamine use for TRD. Neuropsychiatr Dis Treat 2020;16:2539–51.',
		evidence: 'HUMAN'
	},
	{
		id: 'vankawala2021',
		brief: 54,
		text: 'Vankawala J, Naples G, Avila-Quintero VJ, et al. Meta-analysis: hemodynamic responses to sub-anesthetic ketamine in psychiatric disorders. Front Psychiatry 2021;12:549080.',
		evidence: 'HUMAN'
	},
	{
		id: 'parikh2021',
		brief: 55,
		text: 'Parikh SV, et al. Developing an IV ketamine clinic for treatment-resistant depression: a primer. Psychopharmacol Bull 2021;51:109–24.',
		evidence: 'HUMAN'
	},
	{
		id: 'fda2019',
		brief: 57,
		text: 'U.S. Food and Drug Administration. News release, 5 March 2019: Spravato (esketamine) nasal spray approved for treatment-resistant depression, with a REMS.',
		evidence: 'HUMAN'
	},
	{
		id: 'dea1999',
		brief: 59,
		text: 'Drug Enforcement Administration. Schedules of controlled substances: placement of ketamine into Schedule III. Final rule. Federal Register 1999;64(133):37673–5 (21 CFR Part 1308; effective 12 August 1999).',
		evidence: 'HUMAN'
	},
	{
		id: 'andrade2017',
		brief: 58,
		text: 'Andrade C. Ketamine for depression, 1: clinical summary of issues related to efficacy, adverse effects, and mechanism of action. J Clin Psychiatry 2017 (published 26 April 2017).',
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

/** The site's reference for a science-brief reference number (the model cites by brief number). */
export function referenceIdForBrief(briefNumber: number): string {
	const ref = references.find((r) => r.brief === briefNumber);
	if (!ref) throw new Error(`No reference on the site for science-brief reference ${briefNumber}`);
	return ref.id;
}
