package attribution

import "testing"

// TestBriefingBodyVoices: in a newsletter's short items a body speaks
// through an unnamed voice or as the subject of the speech verb.
func TestBriefingBodyVoices(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a capitalised short name before the voice noun",
			"The new bus lane opens on Monday. RiverBus Ashby says fares will be free all week.\n\n“We are ready,” said RiverBus’s chief executive, Tom Hale.\n\nTraders on Mill Lane are still waiting for compensation. A RiverBus spokesperson said claims were being handled “as fast as the rules allow.”\n",
			"as fast as the rules allow.", "RiverBus Ashby", "speech-before"},
		{"a body as subject with a relative clause, another verb after",
			"Porters will strike again after talks with Ashby Borough Council failed.\n\nThe Eastern Porters’ Union, which represents 200 of the borough’s 240 porters, said the meeting had “gone nowhere” after the council insisted that its offer was final.\n",
			"gone nowhere", "Eastern Porters’ Union", "speech-before"},
		{"a second quotation in a voice's sentence after a named organiser",
			"Porters will strike again after talks with Ashby Borough Council failed.\n\n- **The union’s view:** “We’ll stay out,” branch secretary Omar Zeller told reporters.\n- **The council’s view:** A council spokesperson said the offer was “fair and final” and that paying more would mean “cuts to the parks budget.”\n",
			"cuts to the parks budget.", "Ashby Borough Council", "sentence-verb"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestQuantifierAppositive: "One, a retired nurse from Ashby, said" is
// said by the person the role phrase describes, not by "One" nor by the
// place inside the phrase; the phrase names them whole, as the sets'
// annotators do ("a retired midwife from Wexcombe").
func TestQuantifierAppositive(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"one reader of several",
			"Several readers wrote to complain about the story. One, a retired teacher from Ashby, said the error had \"hurt the whole school.\" Another asked why the page had changed.\n",
			"hurt the whole school.", "a retired teacher from Ashby", "speech-before"},
		{"another after a named reader",
			"Tom Reed wrote first. Another, a former councillor, said the paper had been \"too quick to judge.\"\n",
			"too quick to judge.", "a former councillor", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestSignatureLine: a quotation standing as its own paragraph is signed
// by the name after a dash opening the next one.
func TestSignatureLine(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a block quote signed on the next line",
			"## Quote of the day\n\n> “I’ve lost hats to the wind. Never a whole table.”\n\n— Maura Quill, who runs the pier kiosk, after Tuesday’s gale. (*Ashby Post*)\n",
			"I’ve lost hats to the wind. Never a whole table.", "Quill", "signature-line"},
		{"a quoted paragraph signed by an en dash",
			"Words of the week:\n\n“We will open on time.”\n\n– Ashby Rail, in a notice to passengers\n",
			"We will open on time.", "Ashby Rail", "signature-line"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestByAgent: a passive labelling verb's agent after the quotation said
// it, not the subject the label is about.
func TestByAgent(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a grade from a named body",
			"Millbrook School has been rated “outstanding” by the Education Review Board, a year after its last visit.\n",
			"outstanding", "Education Review Board", "by-agent"},
		{"a label from a named person",
			"The plan was described as “reckless” by Councillor Petra Lund on Monday.\n",
			"reckless", "Lund", "by-agent"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
