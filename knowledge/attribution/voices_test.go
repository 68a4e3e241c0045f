package attribution

import "testing"

// TestSpeakingAcronym: an acronym after "the" that speaks, or that a
// spokesperson speaks for, is a body.
func TestSpeakingAcronym(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"spokeswoman for the acronym, partial quotation",
			"Title here\nThe harbour appeal closed on Friday.\nA spokeswoman for the RNLI said the charity was 'deeply grateful to the family', and that the gift was welcome.\n",
			"deeply grateful to the family", "RNLI", "speech-before"},
		{"spokesman of the acronym",
			"Title here\nThe school trip was cancelled on Monday.\nA spokesman of the NSPCC said it had 'no record of the complaint'.\n",
			"no record of the complaint", "NSPCC", "speech-before"},
		{"the acronym said",
			"Title here\nThe ward reopened on Tuesday.\nThe BMA said the rota was 'simply unsafe' for junior staff.\n",
			"simply unsafe", "BMA", "speech-before"},
	})
}

// TestIndefinitePlacedRole: "a nurse at <body>" is someone known only by
// the placed phrase, not the body and not no one; "the head of <body>" is
// still no one the article names.
func TestIndefinitePlacedRole(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a nurse at a hospital",
			"Title here\nThe floods closed two roads on Friday.\nA nurse at Pendle General Hospital told reporters that the ward was 'full to the doors'.\n",
			"full to the doors", "a nurse at Pendle General Hospital", "speech-before"},
		{"a teacher at a school, colon",
			"Title here\nThe inspection report came out on Monday.\nA teacher at Hollins Park School said: 'We saw it coming.'\n",
			"We saw it coming.", "a teacher at Hollins Park School", "speech-before"},
	})
}

// TestUnitOwner: a body's own team or office speaks for the body.
func TestUnitOwner(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"the council's department",
			"Title here\nHarwick District Council approved the new harbour wall on Tuesday.\nThe council's highways department said the road would stay 'open throughout'.\n",
			"open throughout", "Harwick District Council", "speech-before"},
		{"a named company's press office",
			"Title here\nKestrel Rail cut forty jobs on Monday.\nKestrel Rail's press office said the cuts were 'painful but necessary'.\n",
			"painful but necessary", "Kestrel Rail", "speech-before"},
		{"a person's office stays unresolved here",
			"Title here\nThe mayor, Tom Ridley, opened the bridge on Monday.\nRidley's private office said the ribbon was 'borrowed from a wedding'.\n",
			"borrowed from a wedding", "", "speech-before"},
	})
}
