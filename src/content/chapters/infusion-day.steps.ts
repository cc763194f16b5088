/**
 * Step text for "What an infusion day is like". Facts: science brief §2 (protocol, drug level,
 * half-life), §6 (blood pressure, dissociation, side effects, supervision). The drug-level numbers
 * in the clinician notes are read from the model, so text and curve agree.
 */
import type { StepText } from '../steps';
import {
	DEFAULT_WEIGHT_KG,
	HALF_LIFE_TERMINAL_MIN,
	plasmaAt,
	schedules,
	STANDARD_DOSE_MG_PER_KG,
	STANDARD_DURATION_MIN
} from '../../lib/model/index';

const single = schedules.single();
const ng = (t: number) => Math.round(plasmaAt(single, t));
const doseMg = Math.round(STANDARD_DOSE_MG_PER_KG * DEFAULT_WEIGHT_KG);
const halfLifeH = (HALF_LIFE_TERMINAL_MIN / 60).toFixed(1);

export const infusionDaySteps: StepText[] = [
	{
		text: 'Before your first infusion, a [[clinician]] checks your body and your mental health in full. This can take a separate visit.{cite:sanacora2017}\n\nOn the day, you check in and rest in a chair. Staff measure your [[vital signs]], such as your [[blood pressure]], so they know your usual level.{cite:parikh2021}',
		alt: 'A timeline of the day from check-in to the ride home, with three tracks below it: ketamine in the blood, feeling detached, and blood pressure. The check-in part is highlighted. The blood pressure track is a flat line at your usual level. A marker stands before the start of the drip.',
		clinician:
			'APA consensus (Sanacora 2017): pre-treatment psychiatric and medical evaluation{cite:sanacora2017}. Practice summaries: a clinician trained in ACLS, a setting licensed for Schedule III drugs, baseline blood pressure, and continuous monitoring during the infusion{cite:parikh2021}.'
	},
	{
		text: `Staff put a thin tube into a vein. Ketamine then drips in slowly over **${STANDARD_DURATION_MIN} minutes**. This is called an [[infusion]].{cite:feder2014,feder2021}\n\nThe level of the drug in your blood rises during the drip. It is highest at the very end.{cite:clements1981,zanos2018} Trained staff watch you the whole time.{cite:parikh2021}`,
		alt: `The marker is at the end of the ${STANDARD_DURATION_MIN}-minute infusion. The blue drug-level curve has risen the whole time and reaches its top at the end of the drip, marked with a circle.`,
		clinician: `Trial protocol: ${STANDARD_DOSE_MG_PER_KG} mg/kg ketamine hydrochloride IV over ${STANDARD_DURATION_MIN} min (≈${doseMg} mg for ${DEFAULT_WEIGHT_KG} kg){cite:feder2014,feder2021}. The curve is a two-compartment model (Clements & Nimmo parameters, as in opentiva){cite:clements1981,opentiva}: ${ng(STANDARD_DURATION_MIN)} ng/mL at the end of the infusion, ${ng(STANDARD_DURATION_MIN + 60)} at +1 h and ${ng(STANDARD_DURATION_MIN + 120)} at +2 h; the observed peak for this protocol is ≈185 ng/mL, against 1,200–2,400 ng/mL for anaesthesia{cite:zanos2018}.`,
		keyProgress: 1
	},
	{
		text: 'During the drip you may feel strange. Things can seem unreal, far away, or dream-like. You may feel apart from your body. This is called [[dissociation]].\n\nIt is expected, and it passes. It is strongest near the end of the drip and fades within about **2 hours**. It tends to get milder with later infusions.{cite:abdallah2022}',
		alt: 'The feeling-detached track is highlighted. Its curve follows the drug level: it is highest at the end of the drip, marked with a circle, then falls to nothing by about 2 hours.',
		clinician:
			'Dissociation (CADSS) peaked at the end of the infusion, resolved within 2 h, and lessened with repeated doses{cite:abdallah2022}. The track is a sketch that follows the modelled drug level; it shows timing, not strength. Plasma levels associated with dissociation are about 100–250 ng/mL{cite:zanos2018}.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'Ketamine makes blood pressure go up for a while. On average the top number rose by **3 to 7 points**.{cite:rivaposse2018,cardio741} The rise is highest about 30 to 40 minutes after the start. It is back to normal within about an hour to an hour and a half.{cite:rivaposse2018,cardio741,szarmach2020}\n\nBut some people have a **bigger rise**, more often older people and people who already have high blood pressure.{cite:cardio741} That is why staff check it during and after the drip.',
		alt: 'The blood pressure track is highlighted. A shaded band rises a little above your usual level, is highest at about 35 minutes, marked with a circle, and is back to the usual level by about an hour and a half. A dashed guide line shows a rise of 10 mmHg for scale.',
		clinician:
			'Mean peak rises +3.3/+3.2 mmHg over 684 infusions{cite:rivaposse2018} and +7.4/+6.0 mmHg over 741 infusions{cite:cardio741}; rises peak at 30–40 min and return to baseline within ~1–1.5 h{cite:rivaposse2018,cardio741,szarmach2020}. Individual rises exceed the means and are larger in older and hypertensive patients and during dissociation{cite:cardio741}. A meta-analysis found modest but significant rises in SBP, DBP and heart rate{cite:vankawala2021}. No tolerance to the BP effect across 6 infusions{cite:rivaposse2018}. The band spans the two cohorts’ mean peak rises; its shape is a sketch.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'After the drip, you rest while the effects wear off. Staff keep checking on you.{cite:parikh2021}\n\nSome people get a headache, feel sick, dizzy, or anxious for a while. Tell the staff how you feel.{cite:singh2016}',
		alt: 'The marker has moved on through monitoring into recovery. The drug level has fallen steadily. The feeling-detached curve reaches zero at 2 hours, and the blood pressure band is back at the usual level.',
		clinician:
			'Common effects (≥20%) in a depression trial: headache, anxiety, dizziness and nausea{cite:singh2016}. For esketamine, the FDA requires at least 2 h of monitoring under a REMS because of sedation, dissociation and misuse risk{cite:fda2019}; no such figure is given for IV ketamine in our sources.',
		keyProgress: 0.8
	},
	{
		text: 'Do not drive yourself home after an infusion. Plan for someone to take you, and ask your clinic how long to wait before you drive again.\n\nThe drug keeps leaving your body over the rest of the day. About half of it is gone every **3 hours**.{cite:clements1981,kamp2020} By our calculation, it does not build up from one infusion to the next.{cite:clements1981,opentiva}',
		alt: 'The marker is in the ride-home part of the day, at about 2 hours 45 minutes. The drug-level curve is low and still falling. The other two tracks are back at their starting lines.',
		clinician: `Elimination half-life about 2.5–3 h, consistent with the population clearance and volume{cite:kamp2020}; the model’s terminal half-life is ${halfLifeH} h{cite:clements1981,opentiva}. On a Monday/Wednesday/Friday schedule the modelled level 48 h after each infusion is below 0.01 ng/mL and every peak is the same: no pharmacokinetic accumulation (a calculation from the model){cite:clements1981,opentiva}. The driving advice is ours: no source here gives a waiting time for IV ketamine.`
	}
];
