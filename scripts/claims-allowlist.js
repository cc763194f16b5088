// Patient-facing sentences that trip the claims check's word lists but state no fact: instructions,
// feelings, signposts. Each `text` is the exact sentence as the check prints it (markup and
// citations removed); each needs a `reason`. An entry that no sentence needs any more (the sentence
// changed, or now carries a citation) fails the check, so the list stays short and true.
export const ALLOWLIST = [
	{
		text: 'In the U.S., call or text 988, the Suicide & Crisis Lifeline.',
		reason: 'crisis instruction: 988 is a phone number, not a finding'
	},
	{ text: 'Veterans: call 988 and press 1.', reason: 'crisis instruction: a phone number and a key to press' },
	{ text: 'In an emergency, call 911.', reason: 'emergency instruction: a phone number' },
	{
		text: 'Take this list with you, or print the handout: the key points, the pictures and these questions on a few pages.',
		reason: 'instruction and signpost to the handout; "a few pages" describes the handout, not the evidence'
	},
	{
		text: 'Knowing what will happen can make the day feel less daunting.',
		reason: 'reassurance about feelings, not a finding'
	},
	{ text: 'Step through a typical infusion day below.', reason: 'signpost to the diagram' },
	{ text: 'The next part walks you through one visit.', reason: 'signpost to the next chapter' },
	{
		text: 'This part zooms in on a single connection between two nerve cells.',
		reason: 'signpost: what the diagram shows'
	},
	{
		text: 'It shows what ketamine does there, and how much of it happens during and after one infusion.',
		reason: 'signpost: what the diagram shows; the figures are cited in the steps'
	},
	{
		text: 'This part shows what animal studies found, step by step, and what has and has not been seen in people.',
		reason: 'signpost: the findings are told, and cited, in the steps'
	},
	{
		text: 'It also shows what trials found about how long any benefit lasts.',
		reason: 'signpost: the trial results are told, and cited, in the steps'
	},
	{
		text: 'The chart shows three top-ups, 4 weeks apart, as the model would draw them.',
		reason: 'describes the drawing: the interval is a setting of the illustrative model, not a finding'
	},
	{
		text: 'This is a teaching model, not a forecast for any one person.',
		reason: 'disclaimer about the model, not a finding'
	},
	{
		text: 'This part explains what a traumatic event is, how common PTSD is, and the kinds of symptoms it brings.',
		reason: 'signpost: what the chapter covers; the prevalence figures are cited in its steps'
	},
	{
		text: 'Still, after about three infusions is a sensible time to talk with your care team about how it is going.',
		reason: 'advice drawn from the study cited in the two sentences before it'
	},
	{
		text: 'It is written as two numbers, in mmHg, such as 120/80.',
		reason: 'glossary definition: how a blood-pressure reading is written, with an example, not a finding'
	},
	{
		text: 'A number that says how big the difference is between a treatment and what it is tested against.',
		reason: 'glossary definition of a research term'
	},
	{
		text: 'The time it takes the body to clear half of a drug from the blood.',
		reason: 'glossary definition of a research term'
	},
	{
		text: 'An extra infusion weeks or months after the first series, given to try to keep the benefit.',
		reason: 'glossary definition: what the word means, not whether it works (that is cited in the chapters)'
	},
	{
		text: 'A study that pools the results of several trials to get one overall answer.',
		reason: 'glossary definition of a research term'
	},
	{
		text: 'A dummy treatment that studies compare the real treatment against.',
		reason: 'glossary definition of a research term'
	},
	{
		text: 'A study in which chance decides who gets the treatment and who gets a comparison.',
		reason: 'glossary definition of a research term'
	},
	{
		text: 'The tiny contact point where one nerve cell passes a message to the next.',
		reason: 'glossary definition of a word'
	},
	{
		text: 'Depression that has not got better enough with the usual treatments.',
		reason: 'glossary definition of a word'
	}
];
