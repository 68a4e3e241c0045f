package knowledge

import "testing"

// TestCheckSharedSurname: when two people of the article share a surname,
// check names the speaker in full and says whether the claimed name is
// that person: a full name of the other is false, the bare shared surname
// decides nothing (nil), and a title decides when it fits one only.
func TestCheckSharedSurname(t *testing.T) {
	const race = "Race day\n\nThe runners Tyler Brooks and Hannah Brooks both finished. \"The hill nearly broke me,\" Tyler Brooks said.\n\nHannah Brooks, his sister, was happier. \"I loved every mile,\" she said.\n"
	const hall = "Hall saved\n\n‘We will keep the hall open,’ said Jean Pettigrew, chair of the trust.\n\nHer husband, Mr Alan Pettigrew, watched from the back.\n"
	const lewis = "Fraud\n\nGareth Lewis, 58, and his son Owen Lewis, 31, were jailed.\n\nThe younger Lewis told the court he was sorry. “I knew it was wrong,” he said.\n\nGareth Lewis's wife, Carys Lewis, was in court. “My family has been destroyed,” she said.\n"
	const meulen = "Profile\n\nAnneliese van der Meulen leads the orchestra. “We start late,” she said.\n\nHer father, Joost van der Meulen, played trumpet. “She was bossy,” he said.\n"
	yes, no := true, false
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  *bool
	}{
		{"other full name", race, `Hannah Brooks said "The hill nearly broke me"`, "Tyler Brooks", &no},
		{"own full name", race, `Tyler Brooks said "The hill nearly broke me"`, "Tyler Brooks", &yes},
		{"her words, his name", race, `Tyler Brooks said "I loved every mile"`, "Hannah Brooks", &no},
		{"bare shared surname", race, `Brooks said "The hill nearly broke me"`, "Tyler Brooks", nil},
		{"non-speaker shares the surname", hall, `Alan Pettigrew said "We will keep the hall open"`, "Jean Pettigrew", &no},
		{"speaker by full name", hall, `Jean Pettigrew said "We will keep the hall open"`, "Jean Pettigrew", &yes},
		{"title of the other gender", hall, `Mr Pettigrew said "We will keep the hall open"`, "Jean Pettigrew", &no},
		{"surname with two particles, own", meulen, `Joost van der Meulen said "She was bossy"`, "Joost van der Meulen", &yes},
		{"surname with two particles, other", meulen, `Joost van der Meulen said "We start late"`, "Anneliese van der Meulen", &no},
		{"the younger of three of a surname", lewis, `The younger Lewis said "I knew it was wrong"`, "Owen Lewis", &yes},
		{"the elder of three of a surname", lewis, `The elder Lewis said "I knew it was wrong"`, "Owen Lewis", &no},
		{"unambiguous surname", "Vote\n\n“We need the money,” Dana Kerr said.\n", `Kerr said "We need the money"`, "Kerr", &yes},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := checkOneClaim(t, tt.text, tt.msg)
			if c.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", c.Speaker, tt.speaker)
			}
			switch {
			case tt.matches == nil && c.SpeakerMatches != nil:
				t.Errorf("speaker_matches %v, want none (claimed %q)", *c.SpeakerMatches, c.ClaimedSpeaker)
			case tt.matches != nil && (c.SpeakerMatches == nil || *c.SpeakerMatches != *tt.matches):
				t.Errorf("speaker_matches %v, want %v (claimed %q)", c.SpeakerMatches != nil && *c.SpeakerMatches, *tt.matches, c.ClaimedSpeaker)
			}
		})
	}
}

// checkOneClaim parses text and checks msg, which must hold one claim.
func checkOneClaim(t *testing.T, text, msg string) ClaimCheck {
	t.Helper()
	a, err := Parse("x", text)
	if err != nil {
		t.Fatal(err)
	}
	r, err := a.CheckQuotes(msg)
	if err != nil || len(r.Claims) != 1 {
		t.Fatalf("CheckQuotes(%q) = %+v, %v", msg, r, err)
	}
	return r.Claims[0]
}

// claimSpeakerCase is one row of a claim-speaker table: the message, the
// speaker of its matched words and whether the named speaker matches.
type claimSpeakerCase struct {
	name, msg, speaker string
	matches            bool
}

// runClaimSpeakerTable runs checkClaimSpeaker on each case against art as a
// subtest.
func runClaimSpeakerTable(t *testing.T, art string, cases []claimSpeakerCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, art, tt.msg, tt.speaker, tt.matches)
		})
	}
}

// checkClaimSpeaker checks the one claim of msg against text: the speaker of
// its words and whether the speaker it names is that one.
func checkClaimSpeaker(t *testing.T, text, msg, speaker string, matches bool) {
	t.Helper()
	c := checkOneClaim(t, text, msg)
	if c.Speaker != speaker {
		t.Errorf("speaker %q, want %q", c.Speaker, speaker)
	}
	if c.SpeakerMatches == nil || *c.SpeakerMatches != matches {
		t.Errorf("speaker_matches %v, want %v (claimed %q)", c.SpeakerMatches, matches, c.ClaimedSpeaker)
	}
}

// TestCheckFamilyTitled: a claim's "Mr Reyes" names the Reyes the article
// itself calls so at the words' place (the father after "His father
// laughed."), not the son whose name was read last; the son's full name
// then does not match.
func TestCheckFamilyTitled(t *testing.T) {
	const meet = "Title\n\nTom Reyes, 16, won the county title. His father, Luis Reyes, coaches him.\n\n" +
		"“I was so nervous,” Tom Reyes said.\n\nHis father laughed. “He was terrified,” Mr Reyes said.\n"
	runClaimSpeakerTable(t, meet, []claimSpeakerCase{
		{"the titled surname of the father", `Mr Reyes said "He was terrified"`, "Luis Reyes", true},
		{"the father's full name", `Luis Reyes said "He was terrified"`, "Luis Reyes", true},
		{"the son's full name", `Tom Reyes said "He was terrified"`, "Luis Reyes", false},
		{"the son's own words", `Tom Reyes said "I was so nervous"`, "Tom Reyes", true},
		{"the father named for the son's words", `Luis Reyes said "I was so nervous"`, "Tom Reyes", false},
	})
}
