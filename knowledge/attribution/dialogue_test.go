package attribution

import "testing"

// TestDashDialogue checks em-dash dialogue lines: each stretch of speech
// between the tags is a quotation, given to the tag's speaker.
func TestDashDialogue(t *testing.T) {
	const feature = "The bakers of Villa Oreja\n" +
		"Marta Ledesma, 61, has baked bread in the square for thirty years.\n" +
		"—The oven wakes before I do —she says—. By noon the bread is gone.\n" +
		"Her nephew Tomás Ledesma, 19, sweeps the floor.\n" +
		"—She says I am too slow —he says—. I say the flour is too heavy.\n" +
		"—The flour is fine —Marta answers from the counter.\n" +
		"—Then the oven is too hot.\n" +
		"A buyer from the city, Ramón Oyarzo, comes on Thursdays.\n" +
		"—In my day nobody counted loaves —says Oyarzo, without looking up—. The square told us: \"Enough.\" —He shrugs—. Now the square has a clerk.\n"
	runSieveTable(t, []sieveCase{
		{"speech before tag", feature, "The oven wakes before I do", "Marta Ledesma", "speech-after"},
		{"speech after closed tag", feature, "By noon the bread is gone.", "Marta Ledesma", "continuation"},
		{"pronoun tag", feature, "She says I am too slow", "Tomás Ledesma", "kin-antecedent"},
		{"unclosed tag", feature, "The flour is fine", "Marta Ledesma", "speech-after"},
		{"untagged line takes the other turn", feature, "Then the oven is too hot.", "Tomás Ledesma", "dash-turn"},
		{"inverted tag", feature, "In my day nobody counted loaves", "Oyarzo", "speech-after"},
		{"after gesture tag", feature, "Now the square has a clerk.", "Oyarzo", "continuation"},
	})
}

// TestDashDialogueSegments checks where a dialogue paragraph is cut and
// that English dashes make no speech.
func TestDashDialogueSegments(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"closed tags", "—We go down early —she says—. Down there it is night.\n", []string{"We go down early", "Down there it is night."}},
		{"unclosed tag is narration", "—That is what his father said —Quispe answers from the stern.\n", []string{"That is what his father said"}},
		{"spaced style", "— Hello, — he said. — Go home.\n", []string{"Hello,", "Go home."}},
		{"dash aside inside speech", "—The reef — the north one — is sick —she said.\n", []string{"The reef — the north one — is sick"}},
		{"english aside", "The mayor — who took office in May — said the road would reopen.\n", nil},
		{"dateline", "LONDON — The bank raised rates on Thursday, it said.\n", nil},
		{"signature", "\"We will rebuild,\" the note read.\n— Ana Ruiz\n", nil},
		{"bullets", "The plan:\n— more buses, the council says\n— fewer cars\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docOf(tt.text)
			var got []string
			for _, segs := range dialogueParagraphs(d.Text, d.Paragraphs) {
				for _, s := range segs {
					if s.speech {
						got = append(got, d.Text[s.start:s.end])
					}
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}
