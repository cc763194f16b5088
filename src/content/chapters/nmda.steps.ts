/**
 * Step text for "Ketamine blocks NMDA receptors". Facts: science brief §2–§3. The numbers quoted
 * for the infusion (plasma level, block band) are read from the model, so text and gauge agree.
 */
import type { StepText } from '../steps';
import {
	fractionBlocked,
	IC50_MICRO_M,
	ngPerMlToMicroM,
	plasmaAt,
	schedules,
	STANDARD_DOSE_MG_PER_KG,
	STANDARD_DURATION_MIN,
	HALF_LIFE_TERMINAL_MIN
} from '../../lib/model/index';

const single = schedules.single();
const pct = (f: number) => `${Math.round(f * 100)}%`;

/** Plasma and the block band (least / middle / most) at t minutes, in words and numbers. */
function at(t: number) {
	const ng = plasmaAt(single, t);
	const microM = ngPerMlToMicroM(ng);
	return {
		ng: Math.round(ng),
		microM: microM.toFixed(2),
		low: pct(fractionBlocked(microM, IC50_MICRO_M.high)),
		central: pct(fractionBlocked(microM, IC50_MICRO_M.central)),
		high: pct(fractionBlocked(microM, IC50_MICRO_M.low)),
		/** The band's edges as whole numbers out of 100, for "about 13 to 60 in every 100". */
		lowNumber: Math.round(fractionBlocked(microM, IC50_MICRO_M.high) * 100),
		highNumber: Math.round(fractionBlocked(microM, IC50_MICRO_M.low) * 100)
	};
}

const end = at(STANDARD_DURATION_MIN);
/** The calculated block band when the drip ends, in whole receptors out of 100: the handout quotes it too. */
export const blockAtEndPer100 = { low: end.lowNumber, high: end.highNumber } as const;
const later = at(360);
const halfLifeMin = Math.round(HALF_LIFE_TERMINAL_MIN);

export const nmdaSteps: StepText[] = [
	{
		text: 'Nerve cells pass messages across tiny gaps called [[synapses]]. The sending cell lets out a chemical messenger called [[glutamate]]. The receiving cell has [[NMDA receptors]]: tiny channels through its outer skin, the membrane.\n\nWhen the cell is at rest, a **magnesium** ion (Mg²⁺) sits inside the channel like a plug.{cite:kotermanski2009}',
		alt: 'A close-up of one synapse. At the top, the sending cell holds small bubbles of glutamate. Below the gap, an NMDA receptor channel crosses the membrane of the receiving cell. A grey magnesium ion plugs the channel. Calcium ions wait outside.',
		clinician:
			'At resting potential, extracellular Mg²⁺ (~1 mM) plugs the pore; depolarisation expels it{cite:kotermanski2009}. The channel therefore needs both glutamate binding and a depolarised membrane to conduct.'
	},
	{
		text: 'The channel opens only when both of these happen at once. Glutamate must land on the receptor, **and** the receiving cell must already be active. Then the magnesium plug is pushed out.{cite:kotermanski2009}\n\nWith the plug gone, **calcium** (Ca²⁺) flows into the cell through the open channel.',
		alt: 'Orange glutamate diamonds have been released into the gap, and two sit on top of the receptor. Plus signs show that the receiving cell is active. The grey magnesium plug has been pushed out of the channel. Orange-red calcium ions flow down through the open channel into the cell.'
	},
	{
		text: '**Ketamine** can get into the channel **only while it is open**. It sticks deep inside. When the channel closes, ketamine can stay **trapped** there. While it is stuck, calcium cannot get through.{cite:blocker-review2020}\n\nThis means busy channels, which open often, are blocked more than quiet ones.{cite:orser1997}',
		alt: 'A blue ketamine molecule has moved into the open channel, where the magnesium plug used to be. Then the gate at the bottom of the channel closes, trapping it inside. Calcium no longer flows in. Two more ketamine molecules float in the gap.',
		clinician:
			'Ketamine is an open-channel, use-dependent, “trapping” blocker that binds the PCP site deep in the pore{cite:blocker-review2020}. In hippocampal-neuron patches, 0.1 µM ketamine cut channel open probability to 53% of control and 1 µM to 24%{cite:orser1997}. Binding Ki: S-ketamine 0.30 µM, R-ketamine 1.4 µM{cite:ebert1997}. Additional nanomolar allosteric sites have been proposed; this is a hypothesis{cite:nanomolar-ketamine}.'
	},
	{
		text: `A standard treatment gives **${STANDARD_DOSE_MG_PER_KG} mg of ketamine per kg** of body weight, dripped into a vein over **${STANDARD_DURATION_MIN} minutes**: an [[infusion]].{cite:feder2014,feder2021} As the level in the blood rises, more receptors are blocked.{cite:kotermanski2009}\n\nNo one can measure the exact share in a living brain. We worked it out from lab tests on cells and the drug level in the blood. By our sums, **about ${end.lowNumber} to ${end.highNumber} in every 100** are blocked when the drip ends. So the gauge shows a range, not one number.{cite:kotermanski2009,zanos2018}`,
		alt: `A gauge below the synapse shows the share of NMDA receptors blocked, as a shaded range with a mark for the middle estimate. At ${STANDARD_DURATION_MIN} minutes, the end of the infusion, the range is ${end.low} to ${end.high}, with a middle estimate of ${end.central}. The blood level is ${end.ng} ng/mL. Six ketamine molecules float in the gap, and one is trapped in the channel. The gauge says: calculated from lab tests, not measured.`,
		clinician: `Plasma from a two-compartment model (Clements & Nimmo parameters as in opentiva){cite:clements1981,opentiva}: ${end.ng} ng/mL (${end.microM} µM, ketamine base) at the end of a ${STANDARD_DURATION_MIN}-min infusion of ${STANDARD_DOSE_MG_PER_KG} mg/kg; the observed peak is ≈185 ng/mL (0.78 µM){cite:zanos2018}. Block = C/(C + IC50), Hill n = 1, on total plasma concentration: IC50 ${IC50_MICRO_M.low} µM (no Mg²⁺) gives ${end.high}, ${IC50_MICRO_M.central} µM (GluN2C in 1 mM Mg²⁺) ${end.central}, ${IC50_MICRO_M.high} µM (GluN2A/2B in 1 mM Mg²⁺) ${end.low}{cite:kotermanski2009}. These in-vitro IC50s are approximate, as quoted from Kotermanski & Johnson. The free fraction (≈0.5 µM) would give about 50/29/9%. In-vivo human receptor occupancy at this dose is not well quantified.`,
		keyProgress: 1
	},
	{
		text: 'After the drip stops, the level in the blood falls quickly at first, then more slowly. Its [[half-life]] in people is about **2.5 to 3 hours**: every 2.5 to 3 hours, half of what is left is cleared.{cite:clements1981,kamp2020} By our sums, a few hours later only a few are still blocked.{cite:kotermanski2009}\n\nThe drug itself is gone within a day.{cite:clements1981,kamp2020} What lasts longer, and why, is still being studied.{cite:holmes2022,modasava2019}',
		alt: `Six hours after the start, the gauge’s range has fallen to ${later.low} to ${later.high}, with a middle estimate of ${later.central}. The blood level is ${later.ng} ng/mL. One ketamine molecule is left in the gap, and one is still in the channel.`,
		clinician: `Model at 6 h: ${later.ng} ng/mL, block ${later.low}–${later.high} (middle ${later.central}). Terminal half-life in the model ${halfLifeMin} min (Clements & Nimmo parameters){cite:clements1981,opentiva}, consistent with the population clearance (≈1.13 L/h/kg) and volume{cite:kamp2020}: about 2.5–3 h in people. By the same model (a calculation, not a measurement), plasma does not accumulate across a Monday/Wednesday/Friday series{cite:clements1981,opentiva}. Norketamine binds about 5–8× more weakly and is treated as a minor contributor{cite:ebert1997}. In mice, trapped ketamine kept lateral-habenula NMDA receptors blocked for up to 24 h after one dose (animal data){cite:ma2023}.`,
		keyProgress: 1
	}
];
