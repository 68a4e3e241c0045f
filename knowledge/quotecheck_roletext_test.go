package knowledge

import "testing"

// TestCheckClaimedDescription: a claim names its speaker by a description
// — a compound role ("The harbour master"), a role placed by "of"
// ("The chair of the licensing committee"), an agent noun whose verb the
// article uses with the claim's noun ("A bin collector" for a man
// "collecting the bins"), a broader role than the article gives ("The
// doctor" for the village GP) — that the article sets around
// a mention of the speaker, before the name or in apposition after it.
// The names inside the description are no speaker; a description the
// article gives another person does not match; one nobody holds does not
// match either.
func TestCheckClaimedDescription(t *testing.T) {
	const harbour = "Storm\n\nBoats were lifted onto the quay overnight. “We have never seen a swell like it,” said Ewan Rattray, the harbour master at Portlethen.\n\n" +
		"Fishermen were angry. “Nobody warned us,” said Calum Reid, a skipper.\n"
	const kitchen = "Review\n\nThe head chef of the hotel's restaurant, former army cook Priya Lal, runs a tight kitchen. “Everything is made here,” Ms Lal said.\n\n" +
		"The owner, Tom Berry, agreed. “We buy local,” he said.\n"
	const strike = "Strike\n\nThe walkout began at 6am. Dave Okoro, a union rep at the depot, said members were “fed up”. “We were promised a deal in March,” Mr Okoro said.\n\n" +
		"A man who was collecting the bins on Elm Street said he backed the strike. “They should pay us,” he said.\n\n" +
		"“The offer stands,” said Joan Hale, the council's director of services.\n"
	const county = "Ballots\n\nThe recount finished on Friday. “Every ballot was counted twice,” said Maria Delgado, the Harlan County clerk.\n\n" +
		"“I still have questions,” said state Sen. Bob Ames.\n"
	const match = "Cup tie\n\nThe game ended in a brawl. Referee Lee Hart, who sent off three players, defended his decisions. “I saw it clearly,” Hart said.\n\n" +
		"“It was never a penalty,” said Phil Dunne, the Rovers manager.\n"
	const surgery = "Surgery\n\nAnn Moss, the village GP, is retiring after 30 years. “It has been a privilege,” Ms Moss said.\n\n" +
		"“She will be missed,” said Jim Park, a patient.\n"
	yes, no := true, false
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  bool
	}{
		{"a compound role in apposition", harbour, `The harbour master said "We have never seen a swell like it"`, "Rattray", yes},
		{"the compound role, another's words", harbour, `The harbour master said "Nobody warned us"`, "Reid", no},
		{"a role of a body before the name", kitchen, `The head chef of the restaurant said "Everything is made here"`, "Lal", yes},
		{"a role of a body, another's words", kitchen, `The head chef of the restaurant said "We buy local"`, "Berry", no},
		{"a role placed at a workplace", strike, `A union rep said "We were promised a deal in March"`, "Okoro", yes},
		{"an agent noun by its verb and noun", strike, `A bin collector said "They should pay us"`, "a man who was collecting the bins on Elm Street", yes},
		{"an agent noun, another's words", strike, `A bin collector said "The offer stands"`, "Hale", no},
		{"a role of a body after the name", strike, `The director of services said "The offer stands"`, "Hale", yes},
		{"a US county clerk", county, `The county clerk said "Every ballot was counted twice"`, "Delgado", yes},
		{"the clerk's role, a senator's words", county, `The county clerk said "I still have questions"`, "Ames", no},
		{"a title before the name", match, `The referee said "I saw it clearly"`, "Hart", yes},
		{"the referee's role, the manager's words", match, `The referee said "It was never a penalty"`, "Dunne", no},
		{"a broader role than the article's", surgery, `The retiring doctor said "It has been a privilege"`, "Moss", yes},
		{"a broader role, a patient's words", surgery, `The doctor said "She will be missed"`, "Park", no},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, tt.text, tt.msg, tt.speaker, tt.matches)
		})
	}
}

// TestCheckClaimedDescriptionNobody: a description nobody in the article
// holds ("The lighthouse keeper") does not match.
func TestCheckClaimedDescriptionNobody(t *testing.T) {
	const harbour = "Storm\n\nBoats were lifted onto the quay overnight. “We have never seen a swell like it,” said Ewan Rattray, the harbour master at Portlethen.\n"
	for _, tt := range []struct{ text, msg, speaker string }{
		{harbour, `The lighthouse keeper said "We have never seen a swell like it"`, "Rattray"},
	} {
		c := checkOneClaim(t, tt.text, tt.msg)
		if c.Speaker != tt.speaker {
			t.Errorf("speaker %q, want %q", c.Speaker, tt.speaker)
		}
		if c.SpeakerMatches != nil && *c.SpeakerMatches {
			t.Errorf("%s: speaker_matches true for a role nobody holds", tt.msg)
		}
	}
}
