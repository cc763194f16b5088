/**
 * Step text for "A brief burst of glutamate". Facts: science brief §3 (disinhibition, human MRS).
 * Times quoted for the schematic burst are read from the model, so text and chart agree.
 */
import type { StepText } from '../steps';
import { schedules, simulate, STANDARD_DURATION_MIN } from '../../lib/model/index';

const sim = simulate(schedules.single(), { endMin: 240, stepMin: 1 });
let peak = 0;
for (let i = 1; i < sim.glutamate.length; i++) if (sim.glutamate[i]! > sim.glutamate[peak]!) peak = i;
const peakMin = Math.round(sim.timeMin[peak]!);
/** First time after the peak when the schematic burst is below 5% of its height. */
let back = peak;
while (back < sim.glutamate.length - 1 && sim.glutamate[back]! >= 0.05) back++;
const backHours = (Math.round((sim.timeMin[back]! / 60) * 2) / 2).toString();

export const glutamateSteps: StepText[] = [
	{
		text: 'Brain circuits need a balance between cells that excite and cells that calm. Here a calming cell, a **GABA cell**, works like a **brake** on a bigger **pyramidal cell**.{cite:homayoun2007}\n\nThe pyramidal cell passes its messages on to the next cell with [[glutamate]].',
		alt: 'A small circuit. On the left, a GABA cell, drawn in purple, sends a branch to a triangle-shaped pyramidal cell in the middle. Purple dots at that contact are its calming signal, labelled brake. The pyramidal cell sends a branch to the next cell on the right, with a few orange glutamate diamonds at the contact. A tag says the model comes from animal studies. A chart below shows glutamate release at its usual level.',
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'The GABA cell has [[NMDA receptors]] too. In animal studies, ketamine blocks them, and the GABA cell fires less. So the **brake gets weaker**.{cite:homayoun2007}',
		alt: 'A blue ketamine molecule sits in the NMDA receptor on the GABA cell, labelled blocked by ketamine. Only two purple dots are left at the brake, now labelled brake weak. The rest of the circuit is dimmed.',
		clinician:
			'Disinhibition model (animal data): NMDA receptor hypofunction cuts the firing of fast-spiking GABA interneurons in rat prefrontal cortex, and pyramidal-cell firing then rises after a delay{cite:homayoun2007}. The brake drawn here weakens with the model’s central block estimate (IC50 1.2 µM), shown at 20 minutes into the infusion.',
		keyProgress: 1,
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: `With the brake weakened, the pyramidal cell fires more.{cite:homayoun2007} It lets out a short **burst of glutamate**. The glutamate lands on the next cell’s **AMPA receptors**. They are a second kind of glutamate sensor.{cite:homayoun2007,moghaddam1997}\n\nIn people, one small brain scan study found signs of more glutamate use while the drug went in.{cite:abdallah2018}`,
		alt: `The pyramidal cell has an orange glow: it is firing more. Many orange glutamate diamonds crowd the contact with the next cell, and its AMPA receptors are filled in orange. The GABA cell is dimmed. On the chart, the curve has risen to its peak at ${peakMin} minutes, just after the ${STANDARD_DURATION_MIN}-minute infusion ended.`,
		clinician: `Sub-anaesthetic ketamine (10–30 mg/kg) raised glutamate outflow in rat prefrontal cortex, while an anaesthetic dose lowered it{cite:moghaddam1997}. In this model the burst acts on AMPA receptors (animal data){cite:homayoun2007}. In people (small studies): ¹³C-MRS during infusion (n = 21) showed a 13% increase in ¹³C-glutamine enrichment, a marker of glutamate–glutamine cycling, versus placebo{cite:abdallah2018}. The chart is the model’s schematic glutamate layer (illustrative, not fitted): it follows the interneuron block above a threshold and peaks at ${peakMin} min.`,
		keyProgress: 1,
		evidence: ['ILLUSTRATIVE']
	},
	{
		text: 'The burst is short. As the drug level falls, the brake comes back. In one small study in people, a brain scan about **3 hours** after the drip found no change in glutamate.{cite:mrs2021}\n\nThe curve on the chart is a drawing to show the idea, not a measurement.',
		alt: `Four hours after the start, the brake is almost back to full strength: the ketamine has left the NMDA receptor on the GABA cell, now labelled block wearing off. The contact with the next cell is back to a few glutamate diamonds. The chart shows the whole curve: glutamate rises during the infusion, peaks just after it, and is back to its usual level about ${backHours} hours after the start. The chart is labelled illustrative.`,
		clinician: `Human evidence for a surge is thin: besides the ¹³C-MRS study during infusion{cite:abdallah2018}, a ¹H-MRS study (n = 12 healthy men, posterior cingulate) found no glutamate change about 3 hours after the infusion{cite:mrs2021}. In the model the schematic burst is back below 5% of its height about ${backHours} h after the start.`,
		keyProgress: 1,
		evidence: ['ANIMAL', 'ILLUSTRATIVE']
	}
];
