package attribution

import (
	"slices"
	"testing"
)

// TestRoleReferentGender: a pronoun after a role phrase goes to the person
// the role stands for, checked against that person's gender, not to the
// latest subject. A word more often a surname ("bishop", "dean") is a role
// when the article gives it to someone; a possessive in an opening
// prepositional phrase is the subject's named right after it; someone who
// took "he said" does not take a later "she".
func TestRoleReferentGender(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"a surname-like role the article gives (bishop), then her reply",
			"Fees\n\nThe Bishop of Kellford, the Rt Rev Ruth Amadi, opened the session.\n\nRobin Ashby-Kerr, who chairs the student trust, said the rise was too steep.\n\nIn her reply the bishop promised what she called a “fair review” of the rise. “Nobody will be priced out,” she said.\n",
			"Nobody will be priced out,", "Amadi"},
		{"the role phrase's own quotation in the same sentence",
			"Fees\n\nThe Bishop of Kellford, the Rt Rev Ruth Amadi, opened the session.\n\nRobin Ashby-Kerr, who chairs the student trust, said the rise was too steep.\n\nIn her reply the bishop promised what she called a “fair review” of the rise.\n",
			"fair review", "Amadi"},
		{"a possessive opening the sentence refers forward to the named subject",
			"Port\n\nThe harbour trust, chaired by Alex Morrow-Dane, said the quay was safe.\n\nAt her first news conference, Mayor Inès Calloway said repairs would start in May. “We will not wait for a storm,” she said.\n",
			"We will not wait for a storm,", "Calloway"},
		{"one who said 'he said' takes no later 'she'",
			"Allotments\n\nCouncillor Margery Fenn opened the meeting.\n\nKit Okoro, who runs the allotment society, objected. “Nobody asked us,” he said.\n\nLater she promised a second meeting. “You will be heard,” she said.\n",
			"You will be heard,", "Fenn"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestModifiedRoleOfNamesake: "the managing director" is the one person
// the article gives the whole role in an appositive, even when a namesake
// was the latest subject.
func TestModifiedRoleOfNamesake(t *testing.T) {
	const doc = "Hearing\n\nThe first witness was Owen Pryde, managing director of Calder Foods, who said profits had fallen.\n\n" +
		"Then Martin Pryde, the councillor for Eastgate, asked about the closure of the Eastgate plant. He said it was a scandal.\n\n" +
		"The managing director folded his notes and thanked the panel for what he called “a fair hearing”. “We will reopen when we can,” he said.\n"
	for _, tt := range []struct{ quote, speaker string }{
		{"a fair hearing", "Owen Pryde"},
		{"We will reopen when we can,", "Owen Pryde"},
	} {
		t.Run(tt.quote, func(t *testing.T) { checkQuoteSpeaker(t, doc, tt.quote, tt.speaker) })
	}
}

// TestFamilyPluralNames: a plural family phrase followed by given names
// ("the Okafor sisters, Ada and Uche") names people of that surname, so a
// claim's full name resolves to them and the surname is a family's.
func TestFamilyPluralNames(t *testing.T) {
	for _, tt := range []struct {
		name, text, claimed, want, gender string
	}{
		{"sisters", "Market\n\nThe stall is run by the Okafor sisters, Ada and Uche, who took it over in 2015.\n\n“We never argue about prices,” Ada said.\n",
			"Ada Okafor", "Ada Okafor", "female"},
		{"brothers, three of them", "Rowing\n\nThe boat was crewed by the Lindqvist brothers, Nils, Per and Anders, all from Umeå.\n\n“The water was flat,” Per said.\n",
			"Per Lindqvist", "Per Lindqvist", "male"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			e, _ := r.Resolve(tt.claimed)
			if e < 0 {
				t.Fatalf("Resolve(%q) = -1", tt.claimed)
			}
			if en := r.Entities[e]; en.Name != tt.want || en.Kind != Person || en.Gender != tt.gender {
				t.Errorf("Resolve(%q) = %q %s %q, want %q person %q", tt.claimed, en.Name, en.Kind, en.Gender, tt.want, tt.gender)
			}
		})
	}
}

// TestNamedLaterTakesRole: a person the article describes by a role before
// naming ("The umpire, a retired bank clerk, … said …. He gave his name as
// …") is given that role, so that a claim's role phrase names them.
func TestNamedLaterTakesRole(t *testing.T) {
	const doc = "Cricket\n\nThe umpire, a retired bank clerk from Hexley who has stood in village games for thirty years, would not discuss the row but said the decision had been “plain as day.” He gave his name as Walter Pim and asked to be left out of it.\n\nThe home captain, Ravi Kohli, disagreed. “It missed leg stump by a foot,” he said.\n"
	r := Analyze(docOf(doc), DefaultLexicon())
	e, _ := r.Resolve("Walter Pim")
	if e < 0 {
		t.Fatal("no Walter Pim")
	}
	checkQuoteSpeaker(t, doc, "plain as day.", "Pim")
	if en := r.Entities[e]; !slices.Contains(en.Roles, "umpire") {
		t.Errorf("Walter Pim's roles = %q, want umpire among them", en.Roles)
	}
}

// TestCopularNaming: "She is Aoife Reidy, …" makes the pronoun that name,
// so her later "she said" is hers, not the last man's who spoke.
func TestCopularNaming(t *testing.T) {
	const doc = "Club\n\nThe club's secretary, Colm Reidy, defended the fee. “It has not gone up in ten years,” he said.\n\n" +
		"By the door a woman in a green coat had been frowning throughout. She is Aoife Reidy, the secretary's sister, and when she was asked she laughed. “He never listens,” she said.\n"
	checkQuoteSpeaker(t, doc, "He never listens,", "Aoife Reidy")
}

// TestKinAddressNames: in a first-person piece, "Mum" or "Dad" used as a
// name, and "my mother" in the narration, are the relative the narrator
// introduced by name ("My mother, Ellen Marsh, …"), not the last person
// named.
func TestKinAddressNames(t *testing.T) {
	const doc = "Bakery\n\nMy mother, Ellen Marsh, ran the bakery on Quay Street for forty years. The flour came from a mill owned by Peter Rooke.\n\n" +
		"Every morning at five Mum lit the ovens. “Bread waits for nobody,” she used to say.\n\n" +
		"My mother retired in 2003. In her recipe book, on the first page, Peter Rooke had once written a note, and under it she added one line: “Salt before yeast, never after.”\n"
	for _, tt := range []struct{ quote, speaker string }{
		{"Bread waits for nobody,", "Marsh"},
		{"Salt before yeast, never after.", "Marsh"},
	} {
		t.Run(tt.quote, func(t *testing.T) { checkQuoteSpeaker(t, doc, tt.quote, tt.speaker) })
	}
	r := Analyze(docOf(doc), DefaultLexicon())
	e, _ := r.Resolve("Ellen Marsh")
	if e < 0 || r.Entities[e].Gender != "female" {
		t.Fatalf("Ellen Marsh = %d, want a woman", e)
	}
	for _, m := range r.Entities[e].Variants {
		if m == "mum" {
			return
		}
	}
	t.Errorf("Ellen Marsh's variants %q lack mum", r.Entities[e].Variants)
}

// TestParticipleAndTagSpeakers: the people a fronted participle clause
// names are not the main clause's "she" ("Thanking Brandt …, she
// promised"), and the speaker a parenthetical tag gave ("Ms Pagett, she
// said, had …") is the next sentence's "she", not the tag's topic.
func TestParticipleAndTagSpeakers(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"a fronted participle's object",
			"Protest\n\nMayor Carla Voss met the marchers at the town hall.\n\nNadia Brandt, who organised the march, spoke first and asked for a vote on the depot.\n\nAsked about the petition from Brandt, she promised one before the summer. “It will happen in June,” she said.\n",
			"It will happen in June,", "Voss"},
		{"the speaker a parenthetical tag gave",
			"Awards\n\nThe head of the trust, Dr Joan Ellery, praised her finance director, Ruth Pagett, who retires this year.\n\nMs Pagett, she said, had “kept the lights on for a decade”. Looking up from her notes, she said: “Ruth, you can finally take a holiday.”\n",
			"Ruth, you can finally take a holiday.", "Ellery"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestParagraphSpeakerBeforeQuote: the one person a paragraph names before
// its quotation speaks it; someone named only after the quotation closes
// ("… Margaret Hale pinned it up") does not make the paragraph ambiguous.
func TestParagraphSpeakerBeforeQuote(t *testing.T) {
	const doc = "Club\n\nI ran the tea hut for twenty years.\n\nThe visiting skipper, Olu Bamidele, came back that spring with a card. I have the card still. “To everyone at the ground,” it begins, “thank you for the tea.” Margaret Hale pinned it above the urn.\n"
	checkQuoteSpeaker(t, doc, "To everyone at the ground,", "Bamidele")
}
