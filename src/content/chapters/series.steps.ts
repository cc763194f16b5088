/**
 * Step text for "Why a series of infusions". Facts: science brief §2 (pharmacokinetics, no
 * accumulation), §4 (animal timing), §5 (trials, maintenance), §7 (what can and cannot be
 * quantitative). Numbers the model computes are taken from it, so text and chart agree.
 */
import {
	HALF_LIFE_TERMINAL_MIN,
	NON_RESPONDER_FACTOR,
	SERIES_GAIN_MAX_PRIOR_DOSES,
	SERIES_GAIN_STEP,
	SERIES_PRIMING_WINDOW_DAYS,
	schedules,
	simulate
} from '../../lib/model';
import type { StepText } from '../steps';

const one = simulate(schedules.single(), { stepMin: 10 });
const six = simulate(schedules.sixOverTwoWeeks(), { stepMin: 10 });
const sixNonResponder = simulate(schedules.sixOverTwoWeeks(), { stepMin: 10, responder: false });

const peak = Math.round(one.summary.peakNgPerMl);
const peakMicroM = one.summary.peakMicroM.toFixed(2);
const halfLifeH = (HALF_LIFE_TERMINAL_MIN / 60).toFixed(1);
const index = (v: number) => v.toFixed(2);

export const seriesSteps: StepText[] = [
	{
		text: 'One infusion runs for 40 minutes.{cite:feder2021} The level of ketamine in the blood rises during it and is highest at the end. Then it falls fast: after that, about half is gone every three hours. By the next day, almost none is left.{cite:clements1981,kamp2020}\n\nAfter a single infusion, PTSD symptoms were better at 24 hours, but the benefit did not last long.{cite:feder2014}',
		alt: `A chart of the first 36 hours. The blue curve of ketamine in the blood rises during the 40-minute infusion to a peak of about ${peak} ng/mL, then falls to almost nothing by 24 hours. Below it, the track for slow change is still empty: it is sketched later in the chapter. Two tags on that track read: animal studies, and idea not yet shown.`,
		clinician: `Two-compartment Clements & Nimmo model (opentiva parameter set){cite:clements1981,opentiva}: 0.5 mg/kg over 40 min peaks at ${peak} ng/mL (${peakMicroM} µM, ketamine base) at 40 min; the observed peak is ≈185 ng/mL{cite:zanos2018}. Terminal half-life ${halfLifeH} h in the model, consistent with the population clearance and volume: about 2.5–3 h in people{cite:kamp2020}. Single infusion vs midazolam (crossover, n = 41): IES-R better at 24 h, short-lived{cite:feder2014}.`
	},
	{
		text: 'In the trial that found a benefit, people had **six infusions over two weeks**, three a week.{cite:feder2021}\n\nEach infusion gives the same peak. The drug does **not build up**: each dose is gone long before the next one. We worked this out from a model of drug levels measured in people.{cite:clements1981,kamp2020}',
		alt: `The chart zooms out to seven weeks. Six blue spikes, all the same height (about ${peak} ng/mL), stand over the first 12 days, with the level back at zero between them.`,
		clinician:
			'Drawn Monday, Wednesday and Friday for two weeks (the trial gave three a week; the weekdays are our assumption){cite:feder2021}. In the model, plasma 48 h after each infusion is below 0.01 ng/mL and all six peaks are identical: there is no pharmacokinetic accumulation. This is a calculation from the model, not a measurement across a series{cite:clements1981,opentiva}.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'If the drug is gone each time, what could build up? The idea is that each infusion starts slower changes in the brain. In animals, one dose leads to new connections that peak about a day later and fade over days to weeks.{cite:li2010,phoumthipphavong2016} Repeated doses in mice made more new connections.{cite:pryazhnikov2018} In depression, benefit added up over a series.{cite:phillips2019}\n\nThe green curve is a **sketch** of this idea, not a measurement. **The drug itself is gone within a day; what persists, and why, is still being studied.**{cite:clements1981,holmes2022}',
		alt: 'The blue spikes are dimmed. The green curve of slow change is highlighted: it rises a step with each infusion, peaks just after the last one, and then slowly falls over the following weeks.',
		clinician: `The connectivity index is ILLUSTRATIVE, not fitted: each infusion drives a chain of first-order steps (glutamate → BDNF/mTOR → spine formation → spine signal) with time constants chosen from rodent timing: spines by ~24 h{cite:li2010}, raised for up to 2 weeks{cite:phoumthipphavong2016}. Each earlier infusion in the previous ${SERIES_PRIMING_WINDOW_DAYS} days raises an infusion’s drive by ${SERIES_GAIN_STEP * 100}% (counting at most ${SERIES_GAIN_MAX_PRIOR_DOSES}), a modest cumulative effect inspired by repeated dosing in mice and depression{cite:pryazhnikov2018,phillips2019}. The index peaks at ${index(six.summary.peaks.connectivity)} after six infusions and ${index(one.summary.peaks.connectivity)} after one. No human study in our sources links spine numbers to symptoms, or gives time constants for spine formation or loss in people.`,
		evidence: ['HYPOTHESIS', 'ILLUSTRATIVE']
	},
	{
		text: 'Not everyone responds. In that trial, about two in three people on ketamine improved enough to count as a [[responder|response]].{cite:feder2021} On the comparison drug, one in five did. So about one in three people on ketamine did not.{cite:feder2021}\n\nThe dashed line stands for someone the series does not help. Their drug levels are the same. Why some people respond and others do not is not known. One idea, not yet shown, is that their slow change differs, as drawn here.{cite:haile2014,holmes2022}',
		alt: 'A dashed green line, for someone who does not respond, stays low along the bottom, while the solid responder curve rises with each infusion. The blue drug spikes are the same for both.',
		clinician: `Feder 2021 (n = 30): response (≥30% CAPS-5 reduction) 67% with ketamine vs 20% with midazolam; CAPS-5 11.88 points (SE 3.96) lower at week 2, d = 1.13 (95% CI 0.36–1.91){cite:feder2021}. The non-responder trace scales the model’s plasticity drive by ${NON_RESPONDER_FACTOR} (ILLUSTRATIVE; its index peaks at ${index(sixNonResponder.summary.peaks.connectivity)}); plasma BDNF rose in responders only in a depression study{cite:haile2014}.`,
		evidence: ['HYPOTHESIS', 'ILLUSTRATIVE']
	},
	{
		text: 'When can you tell if it is helping? In a depression study, people who got better typically needed **three infusions** to get there.{cite:phillips2019} That study was not in PTSD.{cite:phillips2019} Still, after about three infusions is a sensible time to talk with your care team about how it is going.',
		alt: 'A dashed line with a badge marked 3 stands just after the third infusion, on day 5. A label reads: after 3 infusions, take stock.',
		clinician:
			'Phillips 2019 (treatment-resistant depression, RCT): a cumulative effect across infusions; 59% had responded after six, with a median of 3 infusions needed{cite:phillips2019}.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'How long does it last? Look at the trial that found a benefit. For a typical person who responded, the benefit lasted about **4 weeks** (27.5 days).{cite:feder2021}\n\nThe largest trial had 158 veterans and service members. They had eight infusions, two a week.{cite:abdallah2022} For PTSD symptoms, ketamine did **no better than placebo** (a dummy treatment). It did help symptoms of depression.{cite:abdallah2022} Across trials, the average effect is small.{cite:borgogna2024}',
		alt: 'Below the time axis, a bracket runs from the last infusion on day 11 to about day 38, labelled: responders, median about 4 weeks.',
		clinician:
			'Feder 2021: median 27.5 days to loss of response among the 10 ketamine responders{cite:feder2021}; uncontrolled open-label series, 41 days{cite:albott2018}; depression, about 18 days{cite:murrough2013}. VA/DoD trial (n = 158, antidepressant-resistant; 0.2 vs 0.5 mg/kg vs saline; 8 infusions twice weekly): no significant group × time effect on PCL-5 or CAPS-5; 0.5 mg/kg improved MADRS{cite:abdallah2022}. Meta-analysis of 6 RCTs (n = 221): g = 0.27 (0.03–0.51), bias-adjusted 0.20 (−0.08 to 0.48){cite:borgogna2024}. The bracket is a group summary from the trial, not a model output.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'Some clinics offer **top-up infusions**, weeks to months apart. For PTSD, we found **no controlled trial** of them: the trials in this guide gave one infusion or one series.{cite:feder2014,feder2021,abdallah2022,duek2023} Experts have said that data on long-term benefit and safety are lacking.{cite:sanacora2017} In a depression study, weekly top-ups held the gains for 4 weeks.{cite:phillips2019}\n\nThe chart shows three top-ups, 4 weeks apart, as the model would draw them. No one knows whether top-ups work like this for PTSD.',
		alt: 'After the six infusions, three more blue spikes, the top-ups, come 4 weeks apart. After them the green sketch curve is drawn dotted, because no one knows what top-ups do for PTSD. A note on the chart reads: top-ups, no controlled data for PTSD.',
		clinician:
			'The top-ups are copies of the last infusion at a fixed interval (the controls offer 1–8 weeks). The controlled PTSD trials in our sources gave a single infusion or one series of up to eight; none tested maintenance or top-up infusions weeks to months apart{cite:feder2014,feder2021,abdallah2022,duek2023}. The 2017 APA consensus statement (mood disorders) stressed the lack of long-term efficacy and safety data{cite:sanacora2017}. Once-weekly maintenance held gains for 4 weeks in depression{cite:phillips2019}. The model is not a dosing tool.',
		evidence: ['HYPOTHESIS', 'ILLUSTRATIVE']
	}
];
