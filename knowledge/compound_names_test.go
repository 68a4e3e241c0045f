package knowledge

import "testing"

// TestCompoundSurnames: a question naming a person by a hyphenated or
// particle surname, whole or by one part, is about that person (the
// speaker, one name term, nothing unknown), and a part two people share
// names neither of them.
func TestCompoundSurnames(t *testing.T) {
	const text = `Harbour plan stalls

The city council delayed the harbour plan on Tuesday after a long debate.

"We need more time to study the costs," said Maria Achterberg-Ruiz, the council's finance chair.

Councillor Sean O'Kane-Price said the delay would hurt local fishermen.

"The harbour is our future," said Luis de la Torre, the mayor.

Planning officer Hamad bin Khalid al-Harthy said the review would take a month.

Analyst Claire d'Amours said the costs had doubled since 2019.

Engineer Ana Ruiz-Vidal said the quay walls were sound.

Engineer Paul Vidal-Moreno said the dredging could start in spring.
`
	a, err := Parse("harbour.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q, speaker string
	}{
		{"What did Achterberg-Ruiz say about the costs?", "Achterberg-Ruiz"},
		{"What did Ruiz say about the costs?", ""}, // Achterberg-Ruiz and Ruiz-Vidal
		{"What did Achterberg say about the costs?", "Achterberg-Ruiz"},
		{"What did O'Kane-Price say about the delay?", "O'Kane-Price"},
		{"What did Price say about the delay?", "O'Kane-Price"},
		{"What did de la Torre say about the harbour?", "de la Torre"},
		{"What did Torre say about the harbour?", "de la Torre"},
		{"What did al-Harthy say about the review?", "al-Harthy"},
		{"What did Harthy say about the review?", "al-Harthy"},
		{"What did d'Amours say about the costs?", "d'Amours"},
		{"What did Amours say about the costs?", "d'Amours"},
		{"What did Moreno say about the dredging?", "Vidal-Moreno"},
		{"What did Ruiz-Vidal say about the quay walls?", "Ruiz-Vidal"}, // both parts shared
	}
	for _, tc := range tests {
		q := a.analyze(tc.q)
		if q.speaker != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.q, q.speaker, tc.speaker)
		}
		if len(q.unknownEntities) > 0 {
			t.Errorf("%q: unknown %v", tc.q, q.unknownEntities)
		}
		names := 0
		for _, qt := range q.terms {
			if qt.entity {
				names++
			}
			if nameParticles[qt.key] {
				t.Errorf("%q: particle %q is a term", tc.q, qt.key)
			}
		}
		if tc.speaker != "" && names != 1 {
			t.Errorf("%q: %d name terms, want 1", tc.q, names)
		}
		if ans, err := a.Ask(tc.q); err != nil || tc.speaker != "" && !ans.Answered {
			t.Errorf("%q: not answered (%v)", tc.q, err)
		}
	}
}
