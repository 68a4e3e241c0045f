package attribution

import "testing"

// TestAskedRoleAntecedents holds that the role phrase a first-person
// clause addresses ("When I asked the duty manager why, she said") takes
// the pronoun after it and the same pronoun of the paragraph's next
// sentences, over a woman named paragraphs before; a named holder of the
// role, or a referent named in the sentence, keeps it.
func TestAskedRoleAntecedents(t *testing.T) {
	const before = "# Letters\n\nMarta Kowal chaired the meeting in March.\n\n— Marta Kowal, Eastfield\n\n## A queue\n\n"
	const after = "\n\n— Tom Reeve, Hillside\n"
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"same sentence", before + "I went to the depot on Monday. When I asked the duty manager why, she said, “That is the policy now.” I left." + after,
			"That is the policy now.", "the duty manager", "speech-before"},
		{"a later sentence of the paragraph", before + "When I asked the duty manager why, she said, “That is the policy now.” I asked again. She said she would “look into it.”" + after,
			"look into it.", "the duty manager", "speech-before"},
		{"a named holder keeps it", "# Letters\n\nDuty manager Marta Kowal runs the depot.\n\n## A queue\n\nWhen I asked the duty manager why, she said, “That is the policy now.”" + after,
			"That is the policy now.", "Kowal", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
