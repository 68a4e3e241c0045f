package attribution

import "testing"

// TestBareVoiceBody: "A spokeswoman said", with nothing saying for whom,
// speaks for the body the article last made speak; a spokesman whose
// body the phrase names, or an article where no body has spoken, keeps
// its own reading.
func TestBareVoiceBody(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"the body that spoke before",
			"Ferry cut\n\nIsland Ferries Ltd said the winter timetable would drop two sailings. Harbour users were angry.\n\nThe harbour master, Ewan Roy, said he had not been told.\n\nA spokeswoman said the company was \u201cmatching boats to demand\u201d and would review the cut.\n",
			"matching boats to demand", "Island Ferries Ltd", "speech-before"},
		{"no body has spoken",
			"Ferry cut\n\nThe winter timetable drops two sailings.\n\nA spokeswoman said the change was \u201cmatching boats to demand\u201d and would be reviewed.\n",
			"matching boats to demand", "", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestVoiceQuotedBefore: "the spokesperson says" after "A spokesperson
// says: ‘…’" given to a body goes on speaking for that body.
func TestVoiceQuotedBefore(t *testing.T) {
	text := "Boiler refund\n\nMrs K bought a boiler from Calder Heating in June. It failed in a week.\n\n" +
		"A spokesperson says: \u2018We apologise to Mrs K and have refunded her in full.\u2019\n\n" +
		"Asked why her calls went unanswered, the spokesperson says the firm changed its phone system and that \u2018some calls were lost\u2019.\n"
	r := Analyze(docOf(text), DefaultLexicon())
	var first, second string
	for q, qt := range r.Quotations {
		switch r.doc.Text[qt.Start:qt.End] {
		case "We apologise to Mrs K and have refunded her in full.":
			first = r.speakerName(q)
		case "some calls were lost":
			second = r.speakerName(q)
		}
	}
	if first == "" || second != first {
		t.Errorf("speakers %q then %q, want one body", first, second)
	}
}
