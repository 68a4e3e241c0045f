package knowledge

import (
	"os"
	"strings"
	"testing"
)

func parseFile(t *testing.T, path string) *Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(path, string(b))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A summary never starts a sentence inside a quotation, nor quotes an
// interviewer's question.
func TestSummaryAvoidsQuotationTailsAndQuestions(t *testing.T) {
	for _, path := range []string{"testdata/attribution/interview_caps.md", "testdata/attribution/council_shah.txt",
		"testdata/heldout/attribution/dev/profile_bassist_qa.md", "testdata/heldout/attribution/dev/court_pension_theft.txt"} {
		a := parseFile(t, path)
		for _, length := range SummaryLengths() {
			sum, err := a.Summarize(SummaryOptions{Length: length})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range sum.Sentences {
				if st := a.Sentences[s.Sentence]; st.InQuotation || st.Question {
					t.Errorf("%s %s: summary holds %q (inside a quotation %v, question %v)", path, length, s.Text, st.InQuotation, st.Question)
				}
			}
		}
	}
}

// An interviewer's questions are the interviewer's quotations (kind
// "question", never the interviewee's); answers are the interviewee's.
func TestQuotationsOfAnInterview(t *testing.T) {
	a := parseFile(t, "testdata/attribution/interview_caps.md")
	for _, q := range a.Quotations {
		if strings.HasSuffix(strings.TrimSpace(q.Text), "?") && (q.Kind != "question" || q.Speaker != "Garvey") {
			t.Errorf("question %q: kind %q by %q, want a question by Garvey", q.Text, q.Kind, q.Speaker)
		}
		if q.Kind == "answer" && q.Speaker != "Osei" {
			t.Errorf("answer %q by %q, want Osei", q.Text, q.Speaker)
		}
	}
}

// "What did X say" is answered only with what X is reported to have said.
func TestAskWhatDidXSay(t *testing.T) {
	a := parseFile(t, "testdata/attribution/council_shah.txt")
	for _, tt := range []struct{ q, want string }{
		{"What did Ravi Shah say about the empty boat?", "empty boat"},
		{"What did Innes say about signatures?", "600 signatures"},
	} {
		ans, err := a.Ask(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tt.want) {
			t.Errorf("%q: answered %v %q %+v, want a quote with %q", tt.q, ans.Answered, ans.Text, ans.Quotes, tt.want)
		}
	}
	// Petrie never speaks about the dentist; Priya Shah does.
	if ans, _ := a.Ask("What did Petrie say about the dentist?"); ans.Answered {
		t.Errorf("answered %q with %+v; Petrie says nothing about the dentist", ans.Text, ans.Quotes)
	}
}

func TestArticleSaidBy(t *testing.T) {
	a := parseFile(t, "testdata/attribution/council_shah.txt")
	got := a.SaidBy("Ravi Shah")
	if len(got) == 0 {
		t.Fatal("Ravi Shah says nothing")
	}
	for _, si := range got {
		if txt := a.Sentences[si].Text; strings.Contains(txt, "dentist") || strings.Contains(txt, "This isn’t over") {
			t.Errorf("SaidBy(Ravi Shah) holds Priya Shah's %q", txt)
		}
	}
	if a.SaidBy("Nobody Here") != nil {
		t.Error("SaidBy of a name the article lacks is not nil")
	}
}

// A quotation in a Markdown heading is found; it repeats words quoted in
// the body, whose speaker it takes.
func TestQuotationInHeading(t *testing.T) {
	text := "# Harbour plan stalls\n\nThe council approved the harbour plan on Monday.\n\n" +
		"## ‘We were never consulted’\n\n" +
		"Ailsa Munro, who chairs the Harbour Traders' Association, said the plan came as a surprise. " +
		"“We were never consulted, not once,” Munro said.\n\n" +
		"## \"A quiet week\"\n\nNothing else happened.\n"
	a, err := Parse("t.md", text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range a.Quotations {
		got = append(got, q.Text+"|"+q.Speaker)
		if q.Text != text[q.Start:q.End] {
			t.Errorf("quotation %q is not the article's bytes %q", q.Text, text[q.Start:q.End])
		}
	}
	want := []string{"We were never consulted|Munro", "We were never consulted, not once,|Munro", "A quiet week|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("quotations\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A quotation in a heading that no body quotation repeats takes the person
// the heading names beside it, in the forms headlines use; a bare surname
// two people share goes to the one the article quotes most.
func TestQuotationInHeadingNamed(t *testing.T) {
	body := "\n\nThe council approved the harbour plan on Monday. Ailsa Munro, who chairs the traders' association, " +
		"was not pleased. “It came as a surprise,” Munro said. Her brother, Callum Munro, a councillor, voted for it. " +
		"“We had no choice,” he said. Ailsa Munro added: “We will appeal.”\n"
	tests := []struct {
		heading, want string
	}{
		{"# ‘We’ll fight on’: Munro defiant as harbour plan passes", "Ailsa Munro"},
		{"# ‘We’ll fight on’: Callum Munro defends his vote", "Callum Munro"},
		{"# Callum Munro: ‘We’ll fight on’", "Callum Munro"},
		{"# ‘We’ll fight on’, says Callum Munro", "Callum Munro"},
		{"# ‘We’ll fight on’: harbour plan passes", ""},
		{"# ‘We’ll fight on’: Glasgow reacts", ""},
	}
	for _, tt := range tests {
		a, err := Parse("t.md", tt.heading+body)
		if err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, q := range a.Quotations {
			if q.Text == "We’ll fight on" {
				got, found = q.Speaker, true
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: speaker %q (found %v), want %q", tt.heading, got, found, tt.want)
		}
	}
}

// A heading with a name after a particle ("du Preez") is read whole, in
// each form headlines use; a heading naming no one beside its quotation
// gives it no speaker.
func TestQuotationInHeadingParticle(t *testing.T) {
	body := "\n\nSouth Africa’s captain, Riaan du Preez, refused to blame his bowlers. ‘We bowled to their strengths,’ du Preez said. " +
		"Coach Rob Walter agreed. ‘It was close,’ Walter said.\n"
	tests := []struct{ heading, want string }{
		{"# ‘We’ll be back’: du Preez defiant after defeat", "du Preez"},
		{"# ‘We’ll be back’ – du Preez", "du Preez"},
		{"# ‘We’ll be back,’ says du Preez", "du Preez"},
		{"# Du Preez says ‘we’ll be back’", "du Preez"},
		{"## ‘We’ll be back’: Walter hits back at critics", "Walter"},
		{"# ‘We’ll be back’ as Walter quits", ""},
	}
	for _, tt := range tests {
		a, err := Parse("t.md", tt.heading+body)
		if err != nil {
			t.Fatal(err)
		}
		q := a.Quotations[0]
		if q.Speaker != tt.want || tt.want != "" && q.Rule != "heading-name" {
			t.Errorf("%q: speaker %q by %q, want %q by heading-name", tt.heading, q.Speaker, q.Rule, tt.want)
		}
	}
}

// A transcript's questions are the examiner's quotations, but never an
// answer to a user's question nor a summary's sentence.
func TestTranscriptQuestionsAreTheExaminers(t *testing.T) {
	text := "Foreman tells jury of warnings\n" +
		"Ray Moss, 54, testified on Tuesday in the trial of the quarry company.\n" +
		"Under questioning by prosecutor Ann Lee, Moss described the morning of the blast.\n" +
		"Q. What time did you get to the quarry that day?\n" +
		"A. About ten to six. It was still dark at the quarry.\n" +
		"Q. Did you phone the manager before the blast?\n" +
		"A. I called him at 6:15 and told him the sweep was not done.\n" +
		"The trial continues on Wednesday.\n"
	a, err := Parse("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotations {
		want := "Moss"
		if q.Kind == "question" {
			want = "Lee"
		}
		if q.Speaker != want {
			t.Errorf("%s %q by %q, want %q", q.Kind, q.Text, q.Speaker, want)
		}
	}
	ans, err := a.Ask("What time did Moss get to the quarry that day?")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range ans.Quotes {
		if strings.Contains(q.Text, "What time did you") {
			t.Errorf("answered with the examiner's question %q", q.Text)
		}
	}
	sum, err := a.Summarize(SummaryOptions{Length: SummaryLengths()[len(SummaryLengths())-1]})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sum.Sentences {
		if a.Sentences[s.Sentence].Question {
			t.Errorf("summary holds the question %q", s.Text)
		}
	}
}
