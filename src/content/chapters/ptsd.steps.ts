/** Step text for "What PTSD is". Facts: science brief §1 (prevalence, clusters, first-line care). */
import type { StepText } from '../steps';

export const ptsdSteps: StepText[] = [
	{
		text: 'A **traumatic event** is one where you face death, serious injury or sexual violence, or see it happen to someone else. War, assault, disasters and bad accidents are examples.{cite:apa-ptsd}\n\nMany people live through events like these. Not all of them go on to have PTSD.{cite:apa-ptsd}',
		alt: 'A grid of 100 dots. Each dot stands for one adult. All the dots look the same.'
	},
	{
		text: 'How common is PTSD? Large surveys of U.S. adults find that about **6 to 8 in every 100** have had PTSD at some time in their life. The number depends on the survey.{cite:goldstein2016,kilpatrick2013,apa-ptsd}',
		alt: 'Six of the 100 dots are filled in dark. Two more have a dark ring. Together they show that surveys find about 6 to 8 in 100 adults have had PTSD.',
		clinician:
			'Observed DSM-5 estimates: lifetime 6.1% and past-year 4.7% in NESARC-III (n = 36,309){cite:goldstein2016}; lifetime 8.3% in an online panel{cite:kilpatrick2013}. The APA gives lifetime ≈6% and current ≈4% of adults{cite:apa-ptsd}. The often-quoted “1 in 11” (8.7%) is a projected lifetime risk to age 75 under DSM-IV criteria, not an observed DSM-5 prevalence{cite:kessler2005}.'
	},
	{
		text: 'PTSD has four groups of symptoms.{cite:blevins2015} The first is **intrusion**: the event comes back when you do not want it to. It may come as upsetting memories, bad dreams, or flashbacks that feel like it is happening again.{cite:blevins2015}',
		alt: 'Four boxes, one for each group of symptoms. The box for intrusion, marked with a looping arrow, is highlighted.'
	},
	{
		text: 'The second group is **avoidance**. You stay away from people, places, talk or thoughts that bring the event back.{cite:blevins2015}',
		alt: 'The box for avoidance, marked with a path that bends around a block, is highlighted.'
	},
	{
		text: 'The third group is **negative changes in thinking and mood**. You may blame yourself, feel cut off from others, or find it hard to feel good things.{cite:blevins2015}',
		alt: 'The box for thinking and mood, marked with a rain cloud, is highlighted.'
	},
	{
		text: 'The fourth group is **arousal and reactivity**. You may feel on guard all the time, jump at small sounds, sleep badly, find it hard to focus, or get angry fast.{cite:blevins2015}',
		alt: 'The box for arousal and reactivity, marked with a jagged pulse line, is highlighted.'
	},
	{
		text: 'Doctors call it PTSD when these symptoms last **more than a month** and get in the way of daily life.{cite:blevins2015,va-pcl5}\n\nPTSD can be treated. The first choice is a talk therapy that focuses on the trauma. Some medicines help too.{cite:schnurr2024}',
		alt: 'All four boxes are highlighted together. A bar below them reads: lasts over 1 month, disrupts daily life.',
		clinician:
			'DSM-5(-TR) criteria: B intrusion ≥1 of 5; C avoidance ≥1 of 2; D negative alterations in cognition and mood ≥2 of 7; E arousal and reactivity ≥2 of 6; duration over 1 month with distress or impairment{cite:blevins2015,va-pcl5}. VA/DoD 2023 prefers manualized trauma-focused psychotherapy (PE, CPT, EMDR) over medication; recommended drugs are paroxetine, sertraline and venlafaxine, and it recommends against benzodiazepines and cannabis{cite:schnurr2024}.'
	}
];
