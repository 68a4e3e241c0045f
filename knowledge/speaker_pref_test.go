package knowledge

import (
	"strings"
	"testing"
)

// speakerArticle is an invented council story: the harbour master is named
// in narration about the dredging and quoted on it two paragraphs later,
// and a councillor is quoted on the same subject.
const speakerArticle = "Harbour master Ingrid Solvang met the council on Monday to discuss the dredging of the inner harbour channel.\n\n" +
	"The ferry timetable will change in March.\n\n" +
	"“The channel has silted up faster than anyone predicted, and the dredging cannot wait for spring,” Solvang said.\n\n" +
	"Councillor Tomas Berge questioned the cost of the dredging. “We were promised a cheaper plan,” Berge said.\n"

func TestAsksSpeech(t *testing.T) {
	a, err := Parse("harbour", speakerArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"What did Solvang say about the dredging?", true},
		{"What did Ingrid Solvang say about the dredging?", true},
		{"What did the harbour master say about the dredging?", true},
		{"How did the harbour master describe the channel?", true},
		{"What did Solvang actually say about the channel?", true},
		{"According to Solvang, why can the dredging not wait?", true},
		{"What is Solvang's view on the dredging?", true},
		{"What does Berge think of the dredging plan?", true},
		{"What did Berge ask the council?", true},
		// Questions that name a person without asking for their words.
		{"When did Solvang meet the council?", false},
		{"Is the dredging Solvang wants urgent?", false},
		{"Who did Solvang call after the meeting?", false},
		{"How does the article describe Solvang's plan?", false},
		{"When will the ferry timetable change?", false},
		{"What did Solvang want from the council?", false},
		{"How long did Solvang speak for?", false},
		{"What did Solvang speak about?", true},
		{"Does the harbour master expect the dredging to finish soon?", true},
	} {
		if got := asksSpeech(a.analyze(tt.q)); got != tt.want {
			t.Errorf("asksSpeech(%q) = %v, want %v (speaker %q)", tt.q, got, tt.want, a.analyze(tt.q).speaker)
		}
	}
}

// TestPreferSpeaker drives preferSpeaker with hits in a given order: the
// narration that names the harbour master first, her quotation and the
// councillor's after it.
func TestPreferSpeaker(t *testing.T) {
	a, err := Parse("harbour", speakerArticle)
	if err != nil {
		t.Fatal(err)
	}
	find := func(sub string) int {
		for i, s := range a.Sentences {
			if strings.Contains(s.Text, sub) {
				return i
			}
		}
		t.Fatalf("no sentence holds %q", sub)
		return -1
	}
	narration, quote := find("met the council"), find("has silted up")
	other, ferry := find("questioned the cost"), find("ferry timetable")
	hits := func(order ...int) []Hit {
		var out []Hit
		for k, i := range order {
			out = append(out, Hit{Sentence: i, Score: float64(10 - k)})
		}
		return out
	}
	even := map[int]float64{narration: 5, quote: 4, other: 4, ferry: 4}
	for _, tt := range []struct {
		name  string
		q     string
		hits  []Hit
		base  map[int]float64
		first int
	}{
		{"her quotation before the narration naming her", "What did Solvang say about the dredging of the channel?",
			hits(narration, other, quote), even, quote},
		{"by her role", "What did the harbour master say about the dredging of the channel?",
			hits(narration, other, quote), even, quote},
		{"already her words", "What did Solvang say about the dredging of the channel?",
			hits(quote, narration, other), even, quote},
		{"not a question about her words", "When did Solvang meet the council about the dredging of the channel?",
			hits(narration, other, quote), even, narration},
		{"her words on another topic stay behind", "What did Solvang say about the council meeting on Monday?",
			hits(narration, other, quote), even, narration},
		{"her words far weaker", "What did Solvang say about the dredging of the channel?",
			hits(narration, other, quote), map[int]float64{narration: 10, quote: 1, other: 4}, narration},
		{"someone else's words are not hers", "What did Berge say about the dredging of the channel?",
			hits(narration, ferry, quote), even, narration},
	} {
		q := a.analyze(tt.q)
		got := a.preferSpeaker(q, tt.hits, tt.base)
		if got[0].Sentence != tt.first {
			t.Errorf("%s: %q: first %q, want %q", tt.name, tt.q, a.Sentences[got[0].Sentence].Text, a.Sentences[tt.first].Text)
		}
		if len(got) != len(tt.hits) {
			t.Errorf("%s: %d hits, want %d", tt.name, len(got), len(tt.hits))
		}
	}
}
