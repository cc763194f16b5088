/**
 * The glossary: every medical word the story uses, in plain words (at most two short sentences).
 * Step text marks a term's first use in a chapter with [[term]] or [[term|shown words]]; prose
 * chapters use <Term id="...">. Both open the definition in place and link to /glossary/#<id>.
 * An unknown term fails the build, like an unknown citation.
 */

export interface GlossaryEntry {
	/** Anchor on /glossary/, and the key authors can use: [[nmda-receptor]]. */
	id: string;
	/** The term as the glossary lists it. */
	term: string;
	/** Plain definition: at most two short sentences. */
	definition: string;
	/**
	 * Sources for a definition that states a fact (a number, a finding, a rule): ids from
	 * references.ts, shown after the definition on /glossary/ and checked like any citation.
	 */
	cite?: string[];
	/** Other spellings or forms that find the same entry: [[NMDA receptors]]. */
	aliases?: string[];
}

export const glossary: readonly GlossaryEntry[] = [
	{
		id: 'active-placebo',
		term: 'Active placebo',
		definition:
			'A comparison drug that has noticeable effects of its own, so people cannot easily tell which drug they got. Ketamine trials have used midazolam, a calming drug.',
		aliases: ['active placebos', 'midazolam'],
		cite: ['feder2014', 'feder2021']
	},
	{
		id: 'anesthetic',
		term: 'Anesthetic',
		definition: 'A medicine used to put someone to sleep or numb pain for surgery.',
		aliases: ['anaesthetic', 'anesthetics', 'anaesthetics', 'anesthesia', 'anaesthesia']
	},
	{
		id: 'bdnf',
		term: 'BDNF',
		definition:
			'Brain-derived neurotrophic factor: a protein that helps nerve cells grow and keep their connections.',
		aliases: ['brain-derived neurotrophic factor']
	},
	{
		id: 'blood-pressure',
		term: 'Blood pressure',
		definition:
			'How hard the blood pushes on the walls of your blood vessels. It is written as two numbers, in mmHg, such as 120/80.'
	},
	{
		id: 'caps-5',
		term: 'CAPS-5',
		definition:
			'An interview a trained clinician uses to rate PTSD symptoms. A high score means severe symptoms.'
	},
	{
		id: 'clinician',
		term: 'Clinician',
		definition: 'A health worker who cares for you, such as a doctor, nurse, or therapist.',
		aliases: ['clinicians']
	},
	{
		id: 'cpt',
		term: 'CPT',
		definition:
			'Cognitive processing therapy: a talk therapy that helps you notice and change stuck thoughts about the trauma.',
		aliases: ['cognitive processing therapy']
	},
	{
		id: 'dissociation',
		term: 'Dissociation',
		definition:
			'Feeling cut off from your body or surroundings, as if things are unreal or far away. With ketamine it is expected and passes within about 2 hours.',
		aliases: ['dissociative', 'detached'],
		cite: ['abdallah2022']
	},
	{
		id: 'effect-size',
		term: 'Effect size',
		definition:
			'A number that says how big the difference is between a treatment and what it is tested against.',
		aliases: ['effect sizes']
	},
	{
		id: 'emdr',
		term: 'EMDR',
		definition:
			'Eye movement desensitization and reprocessing: a therapy in which you recall the trauma while following a back-and-forth movement or sound.'
	},
	{
		id: 'esketamine',
		term: 'Esketamine',
		definition:
			'One of the two mirror-image halves of the ketamine molecule, given as a nasal spray (brand name Spravato). It is approved for hard-to-treat depression, not for PTSD.',
		aliases: ['spravato'],
		cite: ['fda2019']
	},
	{
		id: 'first-line',
		term: 'First-line treatment',
		definition: 'The treatment experts advise trying first, because it has the strongest evidence.',
		aliases: ['first-line', 'first line', 'first-line treatments'],
		cite: ['schnurr2024']
	},
	{
		id: 'glutamate',
		term: 'Glutamate',
		definition: 'The brain’s main “go” messenger: a chemical that nerve cells use to excite the next cell.'
	},
	{
		id: 'half-life',
		term: 'Half-life',
		definition: 'The time it takes the body to clear half of a drug from the blood.'
	},
	{
		id: 'hypertension',
		term: 'Hypertension',
		definition: 'High blood pressure: pressure that stays too high. Over time it strains the heart and blood vessels.',
		aliases: ['high blood pressure', 'uncontrolled high blood pressure']
	},
	{
		id: 'infusion',
		term: 'Infusion',
		definition:
			'A medicine dripped slowly into a vein through a thin tube: an IV drip.',
		aliases: ['infusions', 'iv', 'intravenous', 'drip']
	},
	{
		id: 'maintenance',
		term: 'Maintenance infusion',
		definition: 'An extra infusion weeks or months after the first series, given to try to keep the benefit.',
		aliases: ['maintenance infusions', 'maintenance']
	},
	{
		id: 'meta-analysis',
		term: 'Meta-analysis',
		definition: 'A study that pools the results of several trials to get one overall answer.',
		aliases: ['meta-analyses']
	},
	{
		id: 'misuse',
		term: 'Misuse',
		definition:
			'Taking a drug in a way, amount or setting it was not prescribed for, for example for its “high”. Repeated misuse can lead to addiction.',
		aliases: ['misused', 'abuse']
	},
	{
		id: 'nmda-receptor',
		term: 'NMDA receptor',
		definition:
			'A tiny channel on nerve cells. It opens only when glutamate lands on it and the cell is already active; ketamine blocks it.',
		aliases: ['nmda receptors', 'nmda']
	},
	{
		id: 'off-label',
		term: 'Off-label',
		definition:
			'Using a medicine for a condition it is not officially approved for. Ketamine for PTSD is used this way.',
		cite: ['feder2023focus']
	},
	{
		id: 'pcl-5',
		term: 'PCL-5',
		definition: 'A 20-question form you fill in yourself about PTSD symptoms. Scores run from 0 to 80.',
		cite: ['blevins2015', 'va-pcl5']
	},
	{
		id: 'pe',
		term: 'PE',
		definition:
			'Prolonged exposure therapy: a talk therapy in which you slowly and safely face the memories and places you have been avoiding.',
		aliases: ['prolonged exposure']
	},
	{
		id: 'placebo',
		term: 'Placebo',
		definition: 'A dummy treatment that studies compare the real treatment against.',
		aliases: ['placebos', 'saline']
	},
	{
		id: 'psychosis',
		term: 'Psychosis',
		definition:
			'Losing touch with what is real, for example hearing voices that no one else hears.',
		aliases: ['active psychosis']
	},
	{
		id: 'psychotherapy',
		term: 'Psychotherapy',
		definition: 'Talk therapy: treatment by talking with a trained therapist over a series of sessions.',
		aliases: ['talk therapy']
	},
	{
		id: 'ptsd',
		term: 'PTSD',
		definition:
			'Post-traumatic stress disorder: a health condition that can follow a terrible event. Its symptoms last more than a month and get in the way of life.',
		aliases: ['post-traumatic stress disorder'],
		cite: ['blevins2015']
	},
	{
		id: 'rct',
		term: 'Randomized controlled trial',
		definition:
			'A study in which chance decides who gets the treatment and who gets a comparison. It is the fairest test of whether a treatment works.',
		aliases: ['randomized controlled trials', 'rct', 'rcts', 'trial', 'trials']
	},
	{
		id: 'remission',
		term: 'Remission',
		definition: 'When symptoms have dropped to a low level, below the line used to diagnose the illness.'
	},
	{
		id: 'responder',
		term: 'Responder',
		definition:
			'In a study, a person whose symptom score fell by at least a set share. In one PTSD trial, that meant a score at least 30% lower than at the start.',
		aliases: ['responders', 'response', 'respond'],
		cite: ['feder2021']
	},
	{
		id: 'schedule-iii',
		term: 'Schedule III',
		definition:
			'A U.S. legal group for drugs that have a medical use but can be misused. They are kept under tighter rules than most medicines.',
		aliases: ['schedule 3'],
		cite: ['dea1999']
	},
	{
		id: 'ssri',
		term: 'SSRI',
		definition:
			'A common kind of antidepressant medicine. Sertraline and paroxetine are the two approved in the U.S. for PTSD.',
		aliases: ['ssris', 'sertraline', 'paroxetine'],
		cite: ['feder2023focus']
	},
	{
		id: 'substance-use-disorder',
		term: 'Substance use disorder',
		definition: 'When using alcohol or drugs has become hard to control and causes harm.',
		aliases: ['active substance use', 'substance use']
	},
	{
		id: 'synapse',
		term: 'Synapse',
		definition: 'The tiny contact point where one nerve cell passes a message to the next.',
		aliases: ['synapses']
	},
	{
		id: 'spine',
		term: 'Dendritic spine',
		definition:
			'A tiny bump on a nerve cell’s branch where it receives messages. A new spine can mean a new connection.',
		aliases: ['spine', 'spines', 'dendritic spines']
	},
	{
		id: 'trauma-focused-therapy',
		term: 'Trauma-focused therapy',
		definition:
			'Talk therapy that works directly with the memory of the trauma and what it has come to mean to you. PE, CPT and EMDR are examples.',
		aliases: ['trauma-focused therapies', 'trauma-focused psychotherapy']
	},
	{
		id: 'treatment-resistant-depression',
		term: 'Treatment-resistant depression',
		definition: 'Depression that has not got better enough with the usual treatments.',
		aliases: ['hard-to-treat depression', 'trd']
	},
	{
		id: 'vital-signs',
		term: 'Vital signs',
		definition: 'Basic body checks: blood pressure, heart rate, breathing and oxygen level.',
		aliases: ['vitals']
	}
];

const byKey = new Map<string, GlossaryEntry>();
for (const entry of glossary) {
	for (const key of [entry.id, entry.term, ...(entry.aliases ?? [])]) {
		const k = key.toLowerCase();
		const clash = byKey.get(k);
		if (clash && clash !== entry) throw new Error(`Glossary key "${key}" is used by both ${clash.id} and ${entry.id}`);
		byKey.set(k, entry);
	}
}

/** The entry for an id, term or alias (any case); throws for an unknown term so a typo fails the build. */
export function glossaryEntry(key: string): GlossaryEntry {
	const entry = byKey.get(key.trim().toLowerCase());
	if (!entry) throw new Error(`Unknown glossary term "${key}" (add it to src/content/glossary.ts)`);
	return entry;
}

/** The glossary in alphabetical order, for the glossary page. */
export const glossaryByTerm: readonly GlossaryEntry[] = [...glossary].sort((a, b) =>
	a.term.localeCompare(b.term, 'en')
);
