package knowledge

import (
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// TestAskAnswerKind: a question asking for a kind of value ("winning time",
// "ticket price") prefers the passage holding such a value over one that
// only repeats the noun; a qualifier of the question ("women's", "second")
// prefers the passage that agrees with it over one naming another value of
// the same kind. Invented articles.
func TestAskAnswerKind(t *testing.T) {
	marathon := "Harbourside Marathon\n\n" +
		"Grace Wanjiru won the women's race in the Harbourside Marathon on Sunday. " +
		"Wanjiru's winning time was the third-fastest women's marathon of the year. " +
		"She crossed the line in 2 hours 13 minutes 52 seconds, ahead of Ruth Kemboi.\n\n" +
		"Daniel Mutua won the men's race after a late sprint past Tomas Berg. " +
		"Kemboi finished second in the women's race, 40 seconds behind.\n"
	concert := "Riverside Festival\n\n" +
		"The festival's ticket price drew complaints from local residents. " +
		"Organisers said a weekend pass costs $240, up from $180 last year.\n\n" +
		"The junior choir opened the festival on Friday. " +
		"The senior choir closed the festival with a hymn on Sunday.\n"
	apart := "Harbourside Marathon\n\n" +
		"Grace Wanjiru won the women's race in the Harbourside Marathon on Sunday. " +
		"Wanjiru's winning time was the third-fastest women's marathon of the year.\n\n" +
		"Organisers thanked the volunteers.\n\n" +
		"The runner crossed the line in 2 hours 13 minutes 52 seconds.\n"
	// A passage that only repeats the noun asked about does not hold the
	// value: the engine is not confident in it.
	if a, err := Parse("apart.md", apart); err != nil {
		t.Fatal(err)
	} else if ans, err := a.Ask("What was Wanjiru's winning time?"); err != nil {
		t.Fatal(err)
	} else if ans.Outcome == OutcomeAnswered && len(ans.Quotes) > 0 && !strings.Contains(ans.Quotes[0].Text, "2 hours") {
		t.Errorf("answered %q with confidence %.2f, want the value or no confident answer", ans.Quotes[0].Text, ans.Confidence)
	}
	race := "City Marathon\n\n" +
		"Daniel Mutua won the men's race on Sunday after a late sprint through the park.\n\n" +
		"In the women's event, Grace Wanjiru was the winner by two minutes.\n\n" +
		"Tomas Berg finished second in the race on Sunday, ten seconds behind Mutua.\n\n" +
		"Ruth Kemboi was runner-up among the women.\n"
	tests := []struct {
		article, q, want string
	}{
		{marathon, "What was Wanjiru's winning time?", "2 hours 13 minutes"},
		{marathon, "Who won the women's race?", "Grace Wanjiru won"},
		{marathon, "Who won the men's race?", "Daniel Mutua"},
		{marathon, "Who finished second?", "Kemboi finished second"},
		{race, "Who won the women's race on Sunday?", "Grace Wanjiru"},
		{race, "Who won the men's race?", "Daniel Mutua"},
		{race, "Who finished second on Sunday?", "Tomas Berg"},
		{race, "Who won on Sunday?", "Daniel Mutua"},
		{concert, "What is the festival's ticket price?", "$240"},
		{concert, "Which choir opened the festival?", "junior choir"},
		{concert, "When did the senior choir sing?", "senior choir closed"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := Parse("kind.md", tt.article)
			if err != nil {
				t.Fatal(err)
			}
			ans, err := a.Ask(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tt.want) {
				var got []string
				for _, q := range ans.Quotes {
					got = append(got, q.Text)
				}
				t.Errorf("first quote of %q = %q (outcome %s), want it to contain %q", tt.q, got, ans.Outcome, tt.want)
			}
		})
	}
}

// TestAskGenericPeople: a question about people in general ("how many
// people", "the man who …") is answered, confidently, by the passage naming
// a kind of person ("46 passengers", "a farmhand"). Invented article.
func TestAskGenericPeople(t *testing.T) {
	ferry := "River Ferry Returns\n\n" +
		"The ferry left the ramp at Kalvas at dawn on Thursday for its first crossing in ten years. " +
		"There were 46 passengers, two cars and a tractor on board.\n\n" +
		"The crossing took 25 minutes in a light wind, the port office said.\n\n" +
		"A 23-year-old farmhand drowned near the ramp last spring, when the river was in flood.\n"
	a, err := Parse("ferry.md", ferry)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"How many people were on board?", "46 passengers"},
		{"How old was the man who drowned?", "23-year-old farmhand"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) { wantAnsweredWith(t, a, tt.q, tt.want) })
	}
}

// TestAsksName: a what/which question for a person's name wants a name, so
// that a passage saying only "its driver" or "the engineer" does not hold
// the type asked for; names of things are not persons' names.
func TestAsksName(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"What is the name of the driver rescued from the car roof?", true},
		{"What is the name of the retired teacher who joined the protest?", true},
		{"What is the name of Ferrante's race engineer?", true},
		{"What is the chairman's surname?", true},
		{"What was Twigg's first name?", true},
		{"What is the name of the process which confirms it?", false},
		{"What is the name of the locomotive that debuted in 1825?", false},
		{"What is her new album called?", false},
		{"Who named the pathogen?", false},
	} {
		if got := asksName(tokenize(c.q, func(s string) string { return s })); got != c.want {
			t.Errorf("asksName(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	a, err := Parse("flood.md", "Storm floods\n\n"+
		"Inspector Ana Ruiz said a car had been swept off the road and its driver had climbed on to the roof. "+
		"The driver, Tom Vale, was rescued uninjured.\n")
	if err != nil {
		t.Fatal(err)
	}
	named := -1
	for i, s := range a.Sentences {
		if strings.HasPrefix(s.Text, "The driver, Tom Vale") {
			named = i
		}
	}
	if named < 0 {
		t.Fatal("no sentence naming the driver")
	}
	if q := a.analyze("What is the name of the driver?"); !a.namesSomeoneElse(q, named) {
		t.Errorf("namesSomeoneElse(%q) = false, want true", a.Sentences[named].Text)
	}
	if q := a.analyze("What is Tom Vale's surname?"); a.namesSomeoneElse(q, named) {
		t.Errorf("namesSomeoneElse found the name the question already gives")
	}
}

// TestHasCalendarDate: a question for a date wants a day of a month, not a
// weekday, a relative time or a year alone; one for a year wants a year.
func TestHasCalendarDate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Voters go to the polls on Tuesday 14 May.", true},
		{"She will be sworn in on Jan. 6.", true},
		{"The strike begins on March 3rd.", true},
		{"The call took place last week.", false},
		{"The bridge will reopen on Tuesday.", false},
		{"The bridge closed in May 2022.", false},
		{"Come for lunch on the 25th and a tea on the 27th, at ours.", true},
		{"She won the 58th Kirkbride Chess Congress.", false},
		{"He scored in the 64th minute.", false},
	} {
		if got := hasCalendarDate(tokenize(c.s, func(s string) string { return s })); got != c.want {
			t.Errorf("hasCalendarDate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	// A question for a year wants a year or a decade.
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The abbey was founded in 1066.", true},
		{"Sales peaked in the 1990s.", true},
		{"The call took place last week.", false},
		{"About 300 soldiers landed.", false},
	} {
		if got := hasYearLike(tokenize(c.s, func(s string) string { return s })); got != c.want {
			t.Errorf("hasYearLike(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestAsksClock: "What time …" asks for a time of day; a day or a date is
// not one. Invented article.
func TestAsksClock(t *testing.T) {
	a, err := Parse("final.md", "Cup Final\n\nThe final will be played at Larch Park on 24 May.\n\nThe gates open at 1pm and the match starts at 3:30 p.m.\n")
	if err != nil {
		t.Fatal(err)
	}
	q := a.analyze("What time does the final start?")
	if !q.asksClock {
		t.Fatal("asksClock not set")
	}
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "pm") || strings.Contains(s.Text, "p.m.")
		if got := a.satisfies(q, i); got != want {
			t.Errorf("satisfies(%q) = %v, want %v", s.Text, got, want)
		}
	}
}

// TestAskPersonGroup: a count of a kind of person ("how many spectators")
// is answered by a group of people counted as a whole ("a crowd of
// 11,460"), a group being what WordNet files under a gathering, a people,
// a citizenry or a personnel; and "going to" in a question is the future,
// not a word the passage must hold. Invented article.
func TestAskPersonGroup(t *testing.T) {
	match := "Coastal Cup Final\n\n" +
		"Westhaven won the Coastal Cup at Harbour Park on Sunday, beating Calder Vale by four wickets.\n\n" +
		"A crowd of 11,460, the largest at the ground since 2019, stayed long after the presentation.\n\n" +
		"The club said the new stand would cost $2.4 million and open next season.\n"
	a, err := Parse("match.md", match)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"How many spectators were at the ground?", "11,460"},
		{"How much is the new stand going to cost?", "$2.4 million"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) { wantAnsweredWith(t, a, tt.q, tt.want) })
	}
	lx := lexicon.Default()
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"a crowd of 11,460 stayed", true},
		{"an audience of about 900", true},
		{"a fleet of 40 ships", false},
		{"a crowd gathered at 3pm", false},
	} {
		toks := Tokenize(tt.text)
		got := false
		for j, tk := range toks {
			if isNumberToken(tk) && groupCount(lx, toks, j, map[string]bool{}) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("groupCount in %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestAskActOfSpeaking: "How long did the minister speak for?" asks how
// long a speech lasted, not for what the minister said, so a passage that
// quotes nobody answers it; and a lead-in ending in a colon is completed by
// the paragraph it opens. Invented article.
func TestAskActOfSpeaking(t *testing.T) {
	budget := "State budget\n\n" +
		"Finance Minister Asha Rao presented the state budget on Friday, promising a new canal network.\n\n" +
		"The speech lasted two hours and 40 minutes.\n\n" +
		"Reader Tom Pike sent us this from Mill Terrace:\n\n" +
		"I have lived here 51 years and never seen the river so high.\n"
	a, err := Parse("budget.md", budget)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := a.Ask("How long did the finance minister speak for?")
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, "two hours and 40 minutes") {
		t.Errorf("speech length: outcome %s, quotes %v; want the speech's length first", ans.Outcome, ans.Quotes)
	}
	ans, err = a.Ask("How long has Tom Pike lived on Mill Terrace?")
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, "51 years") {
		t.Errorf("lead-in: outcome %s, quotes %v; want the paragraph it opens", ans.Outcome, ans.Quotes)
	}
}

// TestAskOccupation: "What was Adair's job?" is answered by the role noun
// the article gives him ("Adair, a retired postman"), though it never says
// "job". Invented article.
func TestAskOccupation(t *testing.T) {
	choir := "Choir wins festival\n\n" +
		"The Harwick Valley Singers won the open category at the National Choral Festival on Saturday.\n\n" +
		"Adair, a retired postman, said he wrote the arrangement at his kitchen table during the winter.\n"
	a, err := Parse("choir.md", choir)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"What was Adair's job?", "What did Adair do for a living?"} {
		ans, err := a.Ask(q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Outcome != OutcomeAnswered || len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, "retired postman") {
			t.Errorf("%q: outcome %s (confidence %.2f), quotes %v; want answered with the role", q, ans.Outcome, ans.Confidence, ans.Quotes)
		}
	}
}

// TestAskFullName: "full name" names the type of the answer, not a topic
// the passage must mention, so the seed article's "Ukrainian President
// Volodymyr Zelenskyy" answers.
func TestAskFullName(t *testing.T) {
	ans, err := Default().Ask("What is the Ukrainian president's full name?")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Outcome != OutcomeAnswered || len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, "Volodymyr Zelenskyy") {
		t.Errorf("outcome %s (confidence %.2f), quotes %v; want answered with the name", ans.Outcome, ans.Confidence, ans.Quotes)
	}
	// In "the name of the neighbour", "neighbour" is the type and "name"
	// what the passage must relate to: a passage saying only that the
	// name is unknown does not answer (invented article).
	fire := "Bakery fire\n\n" +
		"Owner Henrik Lindqvist was asleep upstairs when a neighbour walking her dog saw smoke and hammered on the door.\n\n" +
		"\"She saved our lives,\" Lindqvist said. \"I don't even know her surname.\"\n"
	a, err := Parse("fire.md", fire)
	if err != nil {
		t.Fatal(err)
	}
	if ans, err := a.Ask("What is the name of the neighbour?"); err != nil {
		t.Fatal(err)
	} else if ans.Outcome == OutcomeAnswered {
		t.Errorf("name of the neighbour: answered %v (confidence %.2f), want no confident answer", ans.Quotes, ans.Confidence)
	}
}

// TestHasMeasureTemperature: a temperature is a measure ("How hot did the
// oil get?"), written with its unit attached or apart; a year before a
// stray "c" is none.
func TestHasMeasureTemperature(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"the oil heated to well over 300C", true},
		{"it reached 38°C on Friday", true},
		{"about 100 degrees Fahrenheit", true},
		{"in 2019 c", false},
		{"the oil heated until it caught fire", false},
	} {
		if got := hasMeasure(Tokenize(tt.text)); got != tt.want {
			t.Errorf("hasMeasure(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHasDurationUnits: news tells durations in seasons, terms, nights and
// generations as well as in days and years.
func TestHasDurationUnits(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"in the family for three generations", true},
		{"he has coached them for two seasons", true},
		{"she served two terms", true},
		{"they slept three nights in the hall", true},
		{"they scored three goals", false},
	} {
		if got := hasDuration(Tokenize(tt.text)); got != tt.want {
			t.Errorf("hasDuration(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// wantAnsweredWith asks a question of a and fails unless the bot answers
// with want inside its first quotation.
func wantAnsweredWith(t *testing.T, a *Article, q, want string) {
	t.Helper()
	ans, err := a.Ask(q)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Outcome != OutcomeAnswered || len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, want) {
		t.Errorf("%q: outcome %s (confidence %.2f), quotes %v; want answered with %q", q, ans.Outcome, ans.Confidence, ans.Quotes, want)
	}
}

// TestHasMeasureUnits: small lengths, ounces and power are measures too
// ("How deep was the rubble?" — "under 40 centimetres of rubble"; "How big
// will the plant be?" — "a 50 megawatts plant"); a number before a word that
// merely starts like a unit is none.
func TestHasMeasureUnits(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"under 40 centimetres of rubble", true},
		{"a crack 3 millimeters wide", true},
		{"a 12 ounce steak", true},
		{"the farm will produce 50 megawatts", true},
		{"about 400 gigawatt-hours a year", true},
		{"rated at 7 kW", true},
		{"40 centurions marched", false},
		{"the 12 owners of the plant", false},
	} {
		if got := hasMeasure(Tokenize(tt.text)); got != tt.want {
			t.Errorf("hasMeasure(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
