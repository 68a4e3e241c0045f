package attribution

import "testing"

// TestDescribedSubjects: an unnamed person described by an indefinite
// phrase with a phrase after its noun (a place, a relative clause without
// commas, an aside between commas, a first verb joined by "and") is the
// subject of the speech verb after it, named by the phrase as first
// written without the aside, and the "he"/"she" of the next narrated
// sentence is theirs; never the person named before.
func TestDescribedSubjects(t *testing.T) {
	const opener = "Fair\n\nThe fair opened on Saturday, organiser Tom Berry said. \"It went well,\" Berry said.\n"
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"an aside between commas is no part of the name",
			opener + "One trader, packing up early, said: \"It was a washout.\"\n",
			"It was a washout.", "one trader"},
		{"a restrictive relative clause is part of the name",
			opener + "A woman who asked not to be named said the toilets were \"a disgrace\".\n",
			"a disgrace", "a woman who asked not to be named"},
		{"a long place phrase, then 'described … as'",
			opener + "A young man in the front row of the stand described the show as \"brilliant\".\n",
			"brilliant", "a young man in the front row of the stand"},
		{"modifiers and an aside after a sentence of its own",
			opener + "Not everyone agreed. One local baker, leaving early to open her shop, described the cakes as \"dry, not moist\".\n",
			"dry, not moist", "one local baker"},
		{"a first verb joined by 'and', after a fronted place",
			opener + "In the beer tent that evening, a retired plumber at the bar held up a glass and said: \"Forty years. I've waited forty years.\"\n",
			"Forty years. I've waited forty years.", "a retired plumber at the bar"},
		{"a pronoun after a split quotation of the next sentence",
			opener + "Outside the gate, one neighbour, holding a sign, said she had lost sleep. \"They've got a licence. We've got earplugs,\" she said.\n",
			"They've got a licence. We've got earplugs,", "one neighbour"},
		{"a relative clause up to an aside's comma",
			opener + "A grower whose orchard borders the site, who did not want to be named, told us the noise had \"ruined the harvest\".\n",
			"ruined the harvest", "a grower whose orchard borders the site"},
		{"a place phrase, then the pronoun of the next sentence",
			opener + "A steward at the car park said 200 cars had come. \"We ran out of cones. Then it rained,\" she said.\n",
			"We ran out of cones. Then it rained,", "a steward at the car park"},
		{"an appositive after a name describes the name",
			"Site\n\nMarta Lind, a surveyor at Pell Ridge, said the slope was \"moving again\".\n",
			"moving again", "Lind"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestWritersRelatives: a relative the writer names by "my" or "our" in
// their own words ("My brother says he will drive") is the speaker under
// that phrase as first written, not no one.
func TestWritersRelatives(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"'my' and a kin noun in a letter",
			"Dear Jo\n\nI am 51 and tired. My brother says he will drive but \"only if we stop twice\".\n",
			"only if we stop twice", "my brother"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
