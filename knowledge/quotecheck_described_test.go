package knowledge

import "testing"

// TestCheckClaimedDescriptionAnywhere: a claim names its speaker by what the
// article says of that person, wherever it says it — a body's voice with
// the body's common noun ("The co-op spokeswoman" for "a spokeswoman for
// Harlan Valley Electric Cooperative"), an apposition inside a quotation
// ("I went to the bursar, Miriam Fogg, and she said"), a noun the lexicon
// does not know as a person's that the article sets beside a name
// ("Aldridge's stroke, Maya Okafor,"), a relative clause of an unnamed
// speaker ("One driver, who … works for the city,") read through the
// lexicon (an employee is a worker, one who works) — and never matches
// another person or a body the article does not give the speaker.
func TestCheckClaimedDescriptionAnywhere(t *testing.T) {
	const storm = "Storm\n\nMore than 40,000 homes lost power. “This is the worst we have seen,” said Dana Whitley, a spokeswoman for Harlan Valley Electric Cooperative. “Poles snapped like matches.”\n\n" +
		"“We opened the shelter at midnight,” said Rob Keane, a county spokesman.\n"
	const school = "Interview\n\n**Whose idea was the trip?**\n\nMine. I went to the bursar, Miriam Fogg, and she said, ‘Spend it all, we may never get it again.’ So we did.\n\n" +
		"**Did the headmaster agree?**\n\nThe headmaster, Colin Marsh, said, ‘Only if you come back.’\n"
	const rowing = "Regatta\n\nAldridge led early, but Aldridge's stroke, Maya Okafor, lifted the rate in the last 500 metres. “I couldn't feel my arms,” Okafor said.\n\n" +
		"After the race, Priya Lund said the crew would rest. “We earned it,” Lund said.\n"
	const buses = "Buses\n\nRiders waited an hour on Monday. One driver, who asked not to be named because he works for the city, said: “The buses never come on time.”\n\n" +
		"“We are hiring,” said Carla Stone, the transit director.\n"
	yes, no := true, false
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  *bool
	}{
		{"a body's voice by the body's common noun", storm, `The co-op spokeswoman said "Poles snapped like matches."`, "Whitley", &yes},
		{"a body's voice, another body's spokesman's words", storm, `The co-op spokeswoman said "We opened the shelter at midnight."`, "Keane", &no},
		{"a body's voice for another body", storm, `The council spokeswoman said "Poles snapped like matches."`, "Whitley", &no},
		{"a role set in apposition inside a quotation", school, `The bursar said "Spend it all, we may never get it again."`, "Fogg", &yes},
		{"a role set in apposition inside a quotation, another's words", school, `The bursar said "Only if you come back."`, "Marsh", &no},
		{"a noun the article sets beside a name", rowing, `The stroke said "I couldn't feel my arms."`, "Okafor", &yes},
		{"a noun the article sets beside a name, another's words", rowing, `The stroke said "We earned it."`, "Lund", &no},
		{"a relative clause's employer, by the lexicon", buses, `A city employee said "The buses never come on time."`, "One driver, who asked not to be named because he works for the city", &yes},
		{"a description with a relative clause", buses, `A driver who works for the city said "The buses never come on time."`, "One driver, who asked not to be named because he works for the city", &yes},
		{"a relative clause with a verb of saying the article does not give", buses, `A driver who announced the strike said "The buses never come on time."`, "One driver, who asked not to be named because he works for the city", nil},
		{"a relative clause's employer, another person's words", buses, `A city employee said "We are hiring."`, "Stone", &no},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := checkOneClaim(t, tt.text, tt.msg)
			if c.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", c.Speaker, tt.speaker)
			}
			if (c.SpeakerMatches == nil) != (tt.matches == nil) || c.SpeakerMatches != nil && *c.SpeakerMatches != *tt.matches {
				t.Errorf("speaker_matches %v, want %v (claimed %q)", fmtBoolPtr(c.SpeakerMatches), fmtBoolPtr(tt.matches), c.ClaimedSpeaker)
			}
		})
	}
	// Never a match for a described speaker the claim describes otherwise.
	for _, msg := range []string{
		`A driver who works for the state said "The buses never come on time."`,
		`A state employee said "The buses never come on time."`,
	} {
		if c := checkOneClaim(t, buses, msg); c.SpeakerMatches != nil && *c.SpeakerMatches {
			t.Errorf("%s: speaker_matches true for %q", msg, c.Speaker)
		}
	}
}

// TestPlacedIn: a name after a claimed role's noun places the person ("A
// mother at the warming center"); it is not whom the claim says spoke.
func TestPlacedIn(t *testing.T) {
	a := &Article{}
	for _, tt := range []struct {
		claimed, role string
		want          bool
	}{
		{"the warming center", "A mother at the warming center", true},
		{"the patients' forum", "The chairman of the patients' forum", true},
		{"A mother", "A mother at the warming center", false},
		{"the county", "A county employee", false},
		{"A county employee", "A county employee", false},
	} {
		if got := a.placedIn(tt.claimed, tt.role); got != tt.want {
			t.Errorf("placedIn(%q, %q) = %v, want %v", tt.claimed, tt.role, got, tt.want)
		}
	}
}
