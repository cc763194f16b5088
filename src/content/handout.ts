/**
 * The printable handout (/handout/): what a clinician gives a patient after a consult. Content as
 * data, in the same inline markup as step text (**bold**, *em*, {cite:id}; no glossary terms, which
 * cannot open on paper). Every fact is a summary of a chapter, so it comes from
 * ../shared/science-brief.md through the same references; nothing here is copied from the chapters.
 *
 * Patient-facing strings (`text`, `caption`, `items`) are held to the chapters' reading-grade limits
 * by scripts/check-readability.js; every {cite:id} is checked by scripts/check-citations.js.
 */
import { base } from '$app/paths';
import type { EvidenceLabel } from '$model';
import { plainText, renderInline } from '$scrolly/inline';
import { bdnfSteps } from './chapters/bdnf.steps';
import { glutamateSteps } from './chapters/glutamate.steps';
import { blockAtEndPer100, nmdaSteps } from './chapters/nmda.steps';
import { ptsdSteps } from './chapters/ptsd.steps';
import { seriesSteps } from './chapters/series.steps';
import { citedIds, evidenceOf } from './evidence';
import { referenceNumber, references, type Reference } from './references';
import type { StepText } from './steps';

export interface HandoutPoint {
	/** The chapter it sums up: links to /story/#<chapter>. */
	chapter: string;
	title: string;
	/** One or two plain sentences, with citations. */
	text: string;
	/** What kind of evidence it rests on: the labels of the references it cites (evidence.ts), plus any idea not yet shown. */
	evidence: EvidenceLabel[];
}

/** The key point of each chapter, in story order. */
export const handoutPoints: HandoutPoint[] = (
	[
	{
		chapter: 'ptsd',
		title: 'What PTSD is',
		text: 'PTSD can start after something terrible, such as war, assault or a bad accident. For more than a month, the event keeps coming back, you avoid reminders, your thoughts and mood turn dark, and you feel on edge.{cite:apa-ptsd,blevins2015}'
	},
	{
		chapter: 'ketamine',
		title: 'What ketamine is',
		text: 'Ketamine is an old drug for surgery, given at a much lower dose for mental health. It is **not approved for PTSD**, and talk therapy that works on the trauma is still the first choice.{cite:feder2023focus,zanos2018,fda2019,schnurr2024}'
	},
	{
		chapter: 'nmda',
		title: 'It blocks NMDA receptors',
		text: `Ketamine gets stuck inside a channel on nerve cells, the NMDA receptor, and stops it working.{cite:blocker-review2020} By our calculation, about ${blockAtEndPer100.low} to ${blockAtEndPer100.high} in 100 of these channels are blocked when the drip ends, and few are a few hours later.{cite:kotermanski2009,zanos2018,clements1981}`
	},
	{
		chapter: 'glutamate',
		title: 'A short burst of glutamate',
		text: 'In animals, the block weakens a brake in the brain, so cells send out more of the messenger glutamate for a short time.{cite:homayoun2007,moghaddam1997} One small study in people saw signs of this during the drip.{cite:abdallah2018}'
	},
	{
		chapter: 'bdnf',
		title: 'New connections, in animals',
		text: 'In rats and mice, a growth signal called BDNF follows, and within a day cells grow new contact points.{cite:li2010,autry2011} In people this is not shown: a brain scan found **no average change** one day after a dose.{cite:holmes2022}',
		extra: ['HYPOTHESIS']
	},
	{
		chapter: 'series',
		title: 'Why a series',
		text: 'By our calculation from drug levels measured in people, the drug is gone from the blood within a day, so it does not build up.{cite:clements1981,kamp2020} In mice, repeated doses led to more new connections.{cite:pryazhnikov2018} That slower changes like these add up in people over a series is an idea, not yet shown.{cite:holmes2022}',
		extra: ['HYPOTHESIS']
	},
	{
		chapter: 'plan',
		title: 'The treatment plan',
		text: 'The trial with good results gave six infusions over two weeks. After about three, you and your clinician check whether it is helping.{cite:feder2021,phillips2019}'
	},
	{
		chapter: 'infusion-day',
		title: 'On an infusion day',
		text: 'The drip takes 40 minutes while staff watch you.{cite:feder2021,parikh2021} You may feel dream-like for up to about two hours.{cite:abdallah2022} Your blood pressure goes up for a while, more in some people than others, so staff check it.{cite:rivaposse2018,cardio741}'
	},
	{
		chapter: 'safety',
		title: 'Safety',
		text: 'A full health check comes first, and some health problems mean waiting or not taking it.{cite:sanacora2017} Ketamine can be misused, so it should be given only under close medical care.{cite:dea1999,fda2019}'
	},
	{
		chapter: 'evidence',
		title: 'What the evidence shows',
		text: 'In one small trial, 2 in 3 people on ketamine improved enough to count as a response (1 in 5 on another drug), but the largest trial found no gain for PTSD.{cite:feder2021,abdallah2022} It is **not a cure**: for a typical person it helped, the gain lasted about four weeks.{cite:feder2021}'
	}
] satisfies (Omit<HandoutPoint, 'evidence'> & { extra?: EvidenceLabel[] })[]
).map(({ extra, ...p }) => ({ ...p, evidence: evidenceOf(p.text, extra) }));

type Diagram = 'ptsd' | 'nmda' | 'glutamate' | 'bdnf' | 'series';

export interface HandoutFigure {
	diagram: Diagram;
	/** The chapter step whose key frame is drawn (0-based), and where in it. */
	step: number;
	progress: number;
	/** A short printed caption. */
	caption: string;
	/** The step's full text alternative, the SVG's <desc>. */
	alt: string;
	/** Which key point it goes with (a chapter id). */
	chapter: string;
}

const STEPS: Record<Diagram, readonly StepText[]> = {
	ptsd: ptsdSteps,
	nmda: nmdaSteps,
	glutamate: glutamateSteps,
	bdnf: bdnfSteps,
	series: seriesSteps
};

function figure(f: Pick<HandoutFigure, 'diagram' | 'step' | 'chapter' | 'caption'>): HandoutFigure {
	const s = STEPS[f.diagram][f.step];
	if (!s) throw new Error(`Handout figure: ${f.diagram} has no step ${f.step}`);
	return { ...f, progress: s.keyProgress ?? 1, alt: plainText(s.alt) };
}

/** One still key frame per diagram: the step that tells most of its story. */
export const handoutFigures: HandoutFigure[] = [
	figure({ diagram: 'ptsd', step: 6, chapter: 'ptsd', caption: 'The four groups of PTSD symptoms.{cite:blevins2015}' }),
	figure({
		diagram: 'nmda',
		step: 3,
		chapter: 'nmda',
		caption: 'Ketamine stuck in an NMDA channel. The gauge shows the share of channels blocked as a range.'
	}),
	figure({
		diagram: 'glutamate',
		step: 2,
		chapter: 'glutamate',
		caption: 'With the brake weak, a short burst of glutamate (seen in animals).{cite:homayoun2007}'
	}),
	figure({ diagram: 'bdnf', step: 3, chapter: 'bdnf', caption: 'New contact points a day after one dose, in animals.{cite:li2010}' }),
	figure({
		diagram: 'series',
		step: 5,
		chapter: 'series',
		caption: 'Six infusions over two weeks: the drug does not build up.{cite:clements1981} For people it helped, the gain lasted about four weeks.{cite:feder2021}'
	})
];

/** The treatment plan in brief. */
export const planInBrief = {
	items: [
		'First, a full check of your body and mental health.{cite:sanacora2017}',
		'The trial with good results gave six infusions over two weeks, three a week.{cite:feder2021} Ask your clinic what they suggest.',
		'Each visit takes a few hours: a 40-minute drip, then rest while the effects wear off.{cite:feder2021,abdallah2022}',
		'After about three, ask: is it helping? A short symptom form, the PCL-5, helps you both see change.{cite:phillips2019,va-pcl5}',
		'You can stop after any infusion. Keep going with your therapy.',
		'We found no controlled trial of top-up infusions for PTSD.{cite:feder2021,abdallah2022} Long-term data on benefit and safety are lacking.{cite:sanacora2017}'
	]
};

/** Who should wait or not take it, and common side effects: from the safety chapter. */
export const safety = {
	text: 'Tell your clinician about every medicine you take, and about any use of alcohol or drugs. Talk it through first, and you may need to wait or not take ketamine, if you have:{cite:sanacora2017}',
	items: [
		'High blood pressure that is not under control.',
		'Heart disease that is not stable.',
		'Psychosis, now or recently.',
		'Drug or alcohol problems now.',
		'Pregnancy.'
	],
	sideEffects:
		'Common side effects are a headache, feeling anxious, dizzy or sick.{cite:singh2016} Do not drive yourself home after an infusion.'
};

/** Questions to ask: a short list from the questions chapter. */
export const questions = {
	items: [
		'Have I tried the treatments with the best proof, such as trauma-focused therapy?',
		'Is anything in my health a reason to wait?',
		'Who will watch me during and after the drip?',
		'How will we tell if it is working?',
		'What if it has not helped after about three?',
		'What does it cost, and can I pay one infusion at a time?'
	]
};

/** Step-text markup → HTML, citations linking to /references/#ref-<id>. */
export const handoutHtml = (text: string) => renderInline(text, referenceNumber, base);

/** Every reference the handout cites, in the order (and with the numbers) of /references/. */
export function handoutReferences(): { number: number; ref: Reference }[] {
	const texts = [
		...handoutPoints.map((p) => p.text),
		...planInBrief.items,
		safety.text,
		...safety.items,
		safety.sideEffects,
		...handoutFigures.map((f) => f.caption),
		...questions.items
	];
	const ids = new Set(texts.flatMap(citedIds));
	return references
		.filter((ref) => ids.has(ref.id))
		.map((ref) => ({ number: referenceNumber(ref.id), ref }))
		.sort((a, b) => a.number - b.number);
}
