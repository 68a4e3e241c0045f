package attribution

import "testing"

// TestFunctionPhraseSpeakers holds the speakers known by a role and the
// phrase that places it ("a reporter from the …", "the chair of the …"),
// named by the phrase as written; an unnamed official of a body speaks
// for the body; a person noun's possessive inside a body's name stays in
// the name.
func TestFunctionPhraseSpeakers(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"an indefinite role placed by a body", "Hoshikawa Rail apologised on Monday.\nA reporter from the Kestrel Gazette asked: \"Why should anyone believe you now?\"\n",
			"Why should anyone believe you now?", "a reporter from the Kestrel Gazette", "speech-before"},
		{"a definite role of an occasion", "The meeting ran late.\nThe chair of the meeting said: \"We will adjourn.\"\n",
			"We will adjourn.", "the chair of the meeting", "speech-before"},
		{"an appositive of a named person is not one", "Dr Ana Ruiz, a mining analyst at Sable Ridge Capital, said: \"It was expected.\"\n",
			"It was expected.", "Ruiz", "speech-before"},
		{"an official of a body described before", "The transport ministry ordered an inspection of the plant.\nAn official at the ministry, speaking on condition of anonymity, said: \"The rules will be reviewed.\"\n",
			"The rules will be reviewed.", "transport ministry", "speech-before"},
		{"a possessive inside a body's name", "The Lyle County Sheriff's Office said: \"Call us first.\"\n",
			"Call us first.", "Lyle County Sheriff's Office", "speech-before"},
		{"a plural possessive inside a body's name", "The Ol Keju Farmers' Cooperative, which represents 1,200 smallholders, said in a statement that the claims were \"still overdue\".\n",
			"still overdue", "Ol Keju Farmers' Cooperative", "sentence-verb"},
		{"an ordinal keeps one holder from another", "Rovers boss Dean Acheampong is off his bench. The fourth official, who is not amused, tells him: \"Technical area, Dean. Now.\"\n",
			"Technical area, Dean. Now.", "the fourth official", "speech-before"},
		{"the one a first-person writer asked, in the next sentence", "I went to every meeting. At the last one, I asked the council's highways officer how many cars would use the bypass. He told me: \"We'll know when it's built.\" That is no answer.\n",
			"We'll know when it's built.", "the council's highways officer", "speech-before"},
		{"a role phrase opening coordinated verbs", "Then everything went digital. The man from the distribution company came up from London, sat in our office and said, \"Go digital or go dark.\" The town raised the money.\n",
			"Go digital or go dark.", "the man from the distribution company", "speech-before"},
		{"a pronoun after an indefinite role phrase", "Nurse Grace Adeyemi said the ward was short.\nA paramedic at the hospital, who asked not to be named, said the lifts had failed. \"We carry them up,\" he said.\n",
			"We carry them up,", "a paramedic at the hospital", "speech-after"},
		{"the definite phrase refers back to the indefinite one", "Nurse Grace Adeyemi said the ward was short.\nA paramedic at the hospital, who asked not to be named, said he had carried patients up the stairs.\nThe paramedic said: \"We carry them up.\"\n",
			"We carry them up.", "a paramedic at the hospital", "speech-before"},
		{"a pronoun after an indefinite plain description is that description, its restrictive clause included", "Nurse Grace Adeyemi said the ward was short.\nA patient's son who was visiting said the staff were kind. \"They try hard,\" he said.\n",
			"They try hard,", "a patient's son who was visiting", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for q, qt := range r.Quotations {
				if r.doc.Text[qt.Start:qt.End] != tt.quote {
					continue
				}
				if got := r.speakerName(q); got != tt.speaker || qt.Rule != tt.rule {
					t.Errorf("speaker %q by %q, want %q by %q", got, qt.Rule, tt.speaker, tt.rule)
				}
				return
			}
			t.Errorf("quotation %q not found", tt.quote)
		})
	}
}
