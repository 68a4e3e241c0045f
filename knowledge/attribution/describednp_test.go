package attribution

import "testing"

// TestDescribedNounPhraseSpeakers: a speaker the article never names but
// describes — an indefinite phrase with modifiers, names of bodies and
// places, counts ("of twenty years") and a relative aside — speaks as that
// phrase, in any verb's clause (not only a speech verb's), after a fronted
// adverbial however long, and through the next paragraph's "she said";
// "The <noun> who …" brings the one described person back. A spokesman
// stays the body's voice, a named speaker keeps the words their own verb
// gives them, and a person merely mentioned takes nothing.
func TestDescribedNounPhraseSpeakers(t *testing.T) {
	runSieveTable(t, []sieveCase{
		// Placed by a body's office and a relative aside, then quoted in
		// the next paragraph (weather desk, US style).
		{"a role placed by a body's office, with an aside",
			"Flood\n\nThe Environment Agency said rivers would peak on Friday. Helen Marsh, who runs the cafe, said she had moved stock upstairs.\n\nA hydrologist with the agency's York office, who declined to give his name, said the bigger worry was groundwater.\n\n\"The rain is not the problem,\" he said. \"You can pump a cellar dry and it fills again by dawn.\"\n",
			"The rain is not the problem,", "a hydrologist with the agency's York office", "speech-after"},
		{"its continuation",
			"Flood\n\nThe Environment Agency said rivers would peak on Friday. Helen Marsh, who runs the cafe, said she had moved stock upstairs.\n\nA hydrologist with the agency's York office, who declined to give his name, said the bigger worry was groundwater.\n\n\"The rain is not the problem,\" he said. \"You can pump a cellar dry and it fills again by dawn.\"\n",
			"You can pump a cellar dry and it fills again by dawn.", "a hydrologist with the agency's York office", "continuation"},
		// A count with its noun, after a long fronted adverbial (labour).
		{"a count of years and a relative aside with its own said",
			"Strike\n\nUnion leader Mark Doyle said members were angry. \"We are done waiting,\" Doyle said.\n\nNot everyone agreed. Outside the depot on Station Road, one driver of twenty years, who said he works the night route to Leeds, said he could not afford to strike. \"I have a mortgage,\" he said.\n",
			"I have a mortgage,", "one driver of twenty years", "speech-after"},
		{"an abbreviated place inside the aside",
			"Strike\n\nUnion leader Mark Doyle said members were angry. \"We are done waiting,\" Doyle said.\n\nAt the Shell garage on Mill Road, one mother of two, who said she works nights at the depot in St. Albans, said she had no savings. \"I cannot lose a week,\" she said.\n",
			"I cannot lose a week,", "one mother of two", "speech-after"},
		// The subject of a verb other than a speech verb, after "On
		// <street>," (disaster relief), quoted in the next paragraph.
		{"a described subject of any verb, then she said",
			"Fire\n\nCrews worked through the night, fire chief Tom Reed said.\n\nOn Birch Street, a Salvation Army volunteer from Hull was handing out tea from a van. She said she had worked at six fires this year.\n\n\"The first night, nobody sleeps,\" she said.\n",
			"The first night, nobody sleeps,", "a Salvation Army volunteer from Hull", "speech-after"},
		{"a described subject of a past verb (sport)",
			"Derby\n\nCity lost 3-0 to Rovers, and manager Gary Holt was furious.\n\nBehind the goal, a steward of forty years shook his head. He said he had never seen a worse night.\n\n\"The fans deserved better,\" he said.\n",
			"The fans deserved better,", "a steward of forty years", "speech-after"},
		// British court report: the definite phrase brings back the one
		// described person.
		{"the noun and a restrictive clause bring the described back",
			"Inquest\n\nThe coroner, Ruth Able, opened the hearing. \"We will sit two days,\" Able said.\n\nOne witness, who has lived by the canal since 1990, said the towpath was dark.\n\nThe inquest heard from the police and the council.\n\nThe witness who had called the ambulance said she was still shaken. \"I see it every night,\" she said.\n",
			"I see it every night,", "one witness", "speech-after"},
		// Negatives.
		{"a spokesman for a body stays its voice",
			"Water\n\nA spokesman for Anglian Water said the leak was \"under control\".\n",
			"under control", "Anglian Water", "speech-before"},
		{"a named speaker's own verb wins over a described person before",
			"Match\n\nCity lost 3-0 to Rovers. A steward at the away end was hit by a coin. \"It's a disgrace,\" manager Gary Holt said.\n",
			"It's a disgrace,", "Holt", "speech-after"},
		{"a described person merely mentioned takes no quotation",
			"Court\n\nA juror from Bristol was replaced on Tuesday after falling ill. Judge Helen Price told the court: \"The trial will continue.\" She said she was grateful.\n\n\"We will sit late on Friday,\" she said.\n",
			"We will sit late on Friday,", "Price", "speech-after"},
	})
}
