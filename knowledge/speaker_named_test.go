package knowledge

import (
	"strings"
	"testing"
)

// namesakeArticle is an invented story with two people sharing a surname
// who speak on the same subject, one of them by a pronoun, an official
// quoted by role only, and an organisation that is named but never speaks.
const namesakeArticle = "The Lindell Valley Water Board will raise charges by 9 percent from April, its chair announced on Thursday.\n\n" +
	"Greta Halloran, who has farmed in the valley for forty years, said the rise would force her to sell part of her herd. " +
	"“We cannot pass the cost on to anyone,” she said.\n\n" +
	"Her nephew, Colm Halloran, a hydrologist, said the rise was overdue. “The pipes are older than I am,” he said.\n\n" +
	"The board’s chair said the money would go on repairs. “Every litre we lose underground is a litre someone paid for,” the chair said.\n\n" +
	"The Ministry of Agriculture has asked the board for its accounts.\n"

// TestSpeakerNamed holds who a question about someone's words names: a
// full name picks one of two people sharing a surname, and the lead-in of
// a confident answer names only a person.
func TestSpeakerNamed(t *testing.T) {
	a, err := Parse("water", namesakeArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q, speaker string
	}{
		{"What did Greta Halloran say about the rise?", "Greta Halloran"},
		{"What did Colm Halloran say about the pipes?", "Colm Halloran"},
		{"How did Colm Halloran describe the rise?", "Colm Halloran"},
		// A forename the article does not give is not a person of it.
		{"What did Aoife Halloran say about the rise?", ""},
	} {
		if got := a.analyze(tt.q).speaker; got != tt.speaker {
			t.Errorf("speaker of %q = %q, want %q", tt.q, got, tt.speaker)
		}
	}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Greta Halloran", true},
		{"Colm Halloran", true},
		{"Lindell Valley Water Board", false},
		{"Ministry of Agriculture", false},
	} {
		if got := a.isPerson(tt.name); got != tt.want {
			t.Errorf("isPerson(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSpeakerWords asks what each speaker said: the answer shown first is
// that speaker's words, pronoun- or role-attributed as they may be; a
// person the article never names is not answered with another's words.
func TestSpeakerWords(t *testing.T) {
	a, err := Parse("water", namesakeArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q string
		// want is a slice of the first quote, "" when the question must
		// not be answered.
		want string
	}{
		{"What did Greta Halloran say about passing on the cost?", "We cannot pass the cost on to anyone"},
		{"What did Colm Halloran say about the pipes?", "The pipes are older than I am"},
		{"What did the chair say about the money?", "the money would go on repairs"},
		{"What did Sean Murtagh say about the rise?", ""},
		// Another speaker's words on the topic are not the answer.
		{"What did Colm Halloran say about selling the herd?", ""},
		{"What did Greta Halloran say about the pipes?", ""},
	} {
		ans, err := a.Ask(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" {
			if ans.Answered {
				t.Errorf("%q answered: %q", tt.q, ans.Quotes[0].Text)
			}
			continue
		}
		if !ans.Answered || !strings.Contains(ans.Quotes[0].Text, tt.want) {
			t.Errorf("%q: answered %v, %+v; want first quote with %q", tt.q, ans.Answered, ans.Quotes, tt.want)
		}
		if strings.Contains(ans.Text, "reports about") && !strings.Contains(ans.Text, "Halloran") {
			t.Errorf("%q: lead-in %q names no person of the article", tt.q, ans.Text)
		}
	}
}
