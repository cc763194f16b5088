/**
 * Step text for "Growing new connections, in animals". Facts: science brief §4 (BDNF → TrkB → mTORC1 →
 * spines, animal data; human PET and blood BDNF) and §8 (no "regrows brain cells").
 */
import type { StepText } from '../steps';

export const bdnfSteps: StepText[] = [
	{
		text: 'Nerve cells pass signals to each other at tiny contacts called **synapses**. On the receiving cell, synapses often sit on small bumps called **spines**.{cite:li2010} They stick out from the cell’s branches, the *dendrites*.\n\nIn animals, long stress makes some of these spines disappear.{cite:modasava2019}',
		alt: 'A branch of a nerve cell, drawn as a long tube, with four spines sticking out. Above one spine is the ending of another nerve cell. Dashed outlines mark three places where spines were lost with stress. A tag reads: animal studies. The clock below reads before the infusion: its curves of BDNF and new spines are still to come, drawn faint and dotted.',
		clinician:
			'Rodent medial prefrontal cortex. Chronic stress eliminates dendritic spines; after ketamine, new spines form and partly restore the lost ones{cite:modasava2019}. The spine increase after one dose was seen on layer V pyramidal cells{cite:li2010}.'
	},
	{
		text: 'During the infusion, a short burst of the messenger **glutamate** reaches the spines. It switches on **AMPA receptors**, the spine’s main glutamate sensors.{cite:homayoun2007,moghaddam1997}\n\nIn mice, cells quickly start making more of a growth signal called **BDNF**.{cite:autry2011}',
		alt: 'Orange glutamate dots fill the gap between the nerve ending and the spine below it. The receptors on top of the spine light up. Green diamonds of BDNF appear around the spine. The clock reads about 45 minutes.',
		clinician:
			'Disinhibition model (animal): NMDA block on fast-spiking interneurons lowers their firing and raises pyramidal-cell firing after a delay{cite:homayoun2007}; sub-anaesthetic ketamine raised glutamate outflow in rat prefrontal cortex{cite:moghaddam1997}. In people, a glutamate surge during the infusion is shown only in small MRS studies{cite:abdallah2018}. NMDA block at rest deactivates eEF2 kinase and de-represses rapid BDNF translation (mice){cite:autry2011}.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'BDNF fits a receptor on the spine called **TrkB**. That turns on **mTORC1**, a switch inside the cell that starts building proteins. In rats, this switch turned on quickly after a dose.{cite:li2010}\n\nWhen rats were given rapamycin, a drug that blocks mTORC1, the new growth did not happen.{cite:li2010}',
		alt: 'The BDNF diamonds sit on forked TrkB receptors on the spine. Inside the branch, a green capsule labelled mTORC1 glows. The clock reads 90 minutes.',
		keyProgress: 0.6,
		clinician:
			'Ketamine rapidly activated mTORC1 signalling (phosphorylated mTOR, p70S6K, 4E-BP1); rapamycin blocked the rise in synaptic proteins and spine density (rats){cite:li2010}.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'Over the next day, the cell builds **synaptic proteins**, and **new spines** grow. In rats, there were more spines 24 hours after one dose.{cite:li2010} In mice, the new spines were needed to keep the effect going, but not to start it.{cite:modasava2019}\n\nThe clock under the picture follows our model. Its timing is a sketch, not a measurement.',
		alt: 'Small green squares, synaptic proteins, move inside the branch. Three new green spines have grown where the dashed outlines were. The clock reads a day after the infusion, when the model curve of new spines is at its top.',
		clinician:
			'Synaptic proteins (PSD-95, GluA1, synapsin) rise; spine density on layer V prefrontal pyramidal cells is higher at 24 h and the rise is blocked by rapamycin{cite:li2010}. In mice, spine formation was needed to sustain, but not to induce, the behavioural effect{cite:modasava2019}; after one dose, spine density stayed raised for up to 2 weeks (formation up, elimination unchanged){cite:phoumthipphavong2016}. After 5 daily doses, spine formation rose at 72–132 h but not at 6–24 h{cite:pryazhnikov2018}. The clock curves are the model’s schematic BDNF and connectivity layers (illustrative, not fitted): their timing is a sketch from the animal data, not a measurement.',
		keyProgress: 0.92,
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'Has this been seen in people? Not clearly. A brain scan (PET) that measures synapses found **no average change** 24 hours after one dose.{cite:holmes2022} Studies of BDNF in the blood have mixed results.{cite:haile2014,pardossi2024}\n\nSo new spines are shown in animals.{cite:li2010,modasava2019} That they explain lasting relief in people is still an idea to be tested.{cite:holmes2022} Ketamine is not known to grow new brain cells: the changes seen are in the **connections** between them.',
		alt: 'The animal picture is dimmed. A card on top says: in people, a synapse scan 24 hours after one dose showed no average change, and blood BDNF results are mixed. A hypothesis tag reads: new spines explain lasting relief.',
		clinician:
			'SV2A PET 24 h after one dose, in people with depression and/or PTSD: no group change in synaptic density; an increase only in an exploratory subgroup with low baseline density{cite:holmes2022}. Plasma BDNF rose at 240 min in responders only (n = 22){cite:haile2014}; overall human data are mixed{cite:pardossi2024}. Evidence: BDNF → TrkB → mTORC1 → spines is ANIMAL; “spines explain sustained relief” is a HYPOTHESIS.',
		evidence: ['HYPOTHESIS']
	}
];
