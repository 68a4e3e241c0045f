package attribution

import (
	"strings"
	"testing"
)

// TestInterviewNarrator holds the sieves to an interview told in the first
// person without an "as told to" line: a standfirst's "He spoke to …"
// names the teller, a relative introduced by a name that is otherwise a
// month is a person, and "I … and told him" is the teller's own.
func TestInterviewNarrator(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a standfirst's 'She spoke to' makes its first person the teller of 'I … and told him'",
			"The last ferry\nMaura Quinlan, 68, has skippered the Inishcorr ferry since 1979. She spoke to Tom Eady.\nMy first winter was the worst. A man was sick over the rail. I went down and told him, “The sea always wins.” He laughed.\n",
			"The sea always wins.", "Quinlan", "first-person"},
		{"'I stood up and said' is the teller's own, as 'I said' is",
			"The last ferry\nMaura Quinlan, 68, has skippered the Inishcorr ferry since 1979. She spoke to Tom Eady.\nAt the meeting the owners wanted to sell. I stood up and said, “Not while I have a ticket.”\n",
			"Not while I have a ticket.", "Quinlan", "first-person"},
		{"a relative named by a month's word is a person, and her 'she said' is hers",
			"The last ferry\nMaura Quinlan, 68, has skippered the ferry since 1979. She spoke to Tom Eady.\nMy sister, April, came out with me once. She stood on the deck and said, “Never again, Maura.”\n",
			"Never again, Maura.", "April", "speech-before"},
		{"a letter signed after a dash is its writer's, and 'my foreman' is a role of hers",
			"Letters\n## The depot\nWhen I started, my foreman told me, “Mind the forklifts.” I still do.\n— Alma Reyes, Eastfield\n## Parking\nThe car park is full.\n— Tom Hale, Westfield\n",
			"Mind the forklifts.", "my foreman", "speech-before"},
	})
}

// TestInterviewNarratorNone keeps an article with no standfirst, or one
// far below the top, from having a teller.
func TestInterviewNarratorNone(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"no standfirst", "Ferry\nThe ferry stops on Sunday. Its skipper, Tom Eady, said it was time.\n"},
		{"a standfirst past the third paragraph", "Ferry\nThe ferry stops.\nIt sailed for years.\nIts owners sold it.\nMary Quinlan skippered it. She spoke to Tom Eady.\n"},
	} {
		r := Analyze(docOf(c.text), DefaultLexicon())
		if e := r.spokeToStandfirst(); e >= 0 {
			t.Errorf("%s: teller %q, want none", c.name, r.Entities[e].Name)
		}
	}
}

// TestLetterHeadingBoundsWriter keeps a letter from taking the sign-off of
// the next letter, below a markdown heading, as its writer's.
func TestLetterHeadingBoundsWriter(t *testing.T) {
	text := "Letters\n## The council replies\nI did say the buses were under review.\n## Buses\nThe bus is late.\n— Tom Hale, Westfield\n"
	r := Analyze(docOf(text), DefaultLexicon())
	if e := r.narrator(2); e >= 0 {
		t.Errorf("writer of the reply: %q, want none", r.Entities[e].Name)
	}
	if e := r.narrator(4); e < 0 || !strings.Contains(r.Entities[e].Name, "Hale") {
		t.Errorf("writer of the bus letter: %d, want Hale", e)
	}
}
