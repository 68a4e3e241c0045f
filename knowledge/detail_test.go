package knowledge

import (
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

func TestAsksMoney(t *testing.T) {
	a := Default()
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How much do tickets for the opening concert cost?", true},
		{"How much is the state contributing to the project?", true},
		{"How much prize money did the winners get?", true},
		{"How much did the company pay?", true},
		{"How much is the project going to cost?", true},
		{"How much is the bridge going to move?", false},
		{"How much did the shares rise after the announcement?", false},
		{"How much weight did she lose?", false},
		{"How much electricity does the plant consume?", false},
		{"How much earlier in spring does the ice melt now?", false},
		{"How many jobs will go?", false},
	} {
		if got := a.analyze(tc.q).money; got != tc.want {
			t.Errorf("%q: money %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestContrast(t *testing.T) {
	a, err := Parse("park.txt", "Park counts deer\n\nRangers counted 120 deer in the northern valley of Norway last winter, the park said.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q           string
		kind, place bool
	}{
		{"How many deer did the rangers count in Norway?", false, false},
		{"How many wolves did the rangers count?", true, false},
		{"How many deer did the rangers count in Sweden?", false, true},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		kind, place := a.contrast(q, hits[0].Sentence, a.windowWords(hits[0].Sentence))
		if kind != tc.kind || place != tc.place {
			k, p := a.contrastPair(q, hits[0].Sentence, a.windowWords(hits[0].Sentence))
			t.Errorf("%q: contrast kind %v (%s) place %v (%s), want %v %v", tc.q, kind, k, place, p, tc.kind, tc.place)
		}
	}
}

func TestContrastPerson(t *testing.T) {
	a, err := Parse("talks.txt", "Mayor meets unions\n\nMayor Anna Keller met union leader Tomas Brandt on Monday. Keller called her talks with Brandt \u201cfrank\u201d.\n\nCouncil member Lisa Ortmann was not invited. Ortmann said she would ask for a vote.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		swap bool
	}{
		{"How did Keller describe her talks with Brandt?", false},
		{"How did Keller describe her talks with the union leader?", false},
		// Ortmann is a person of the article, not of this paragraph,
		// where Brandt stands in her place.
		{"How did Keller describe her talks with Ortmann?", true},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		_, p := a.contrastPair(q, hits[0].Sentence, a.windowWords(hits[0].Sentence))
		if (p != "") != tc.swap {
			t.Errorf("%q: person contrast %q, want %v", tc.q, p, tc.swap)
		}
	}
}

func TestDimensionAnswerType(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"How deep was the floodwater over the causeway?", "measure"},
		{"How fast was the water moving?", "measure"},
		{"How big was the crowd?", "quantity"},
		{"How long did the talks last?", "duration"},
		{"How did the crowd react?", ""},
		// A person noun after which/what, or after "the name of", asks for someone.
		{"Which singer did she tour with?", "person"},
		{"What is the name of the man arrested?", "person"},
		{"Which song is dedicated to her mother?", ""},
		{"What job did he have?", ""},
		// A part of a whole is a value: "about 40 percent", "a third".
		{"What share of the town's water comes from the reservoir?", "quantity"},
		{"What proportion of voters stayed home?", "quantity"},
	} {
		if got, _ := answerType(Tokenize(tc.q)); got != tc.want {
			t.Errorf("%q: type %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestHasDurationSince(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"He has owned the shop since 1988.", true},
		{"The talks lasted four days.", true},
		{"Nothing has changed since the vote.", false},
		{"She opened it in 1988.", false},
		{"The ban will stay in place until the hills turn green again.", true},
	} {
		if got := hasDuration(Tokenize(tc.s)); got != tc.want {
			t.Errorf("hasDuration(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestHowManyTimes(t *testing.T) {
	a, err := Parse("sea.txt", "Rescues at the crossing\n\nThe emergency service had carried out three rescues at the crossing since 2019.\n\nThe council met twice about the gates.\n")
	if err != nil {
		t.Fatal(err)
	}
	find := func(word string) int {
		for i, s := range a.Sentences {
			if strings.Contains(s.Text, word) {
				return i
			}
		}
		t.Fatalf("no sentence holds %q", word)
		return -1
	}
	for _, tc := range []struct {
		q, sent string
		want    bool
	}{
		{"How many times has the service had to rescue people?", "rescues", true},
		{"How many times did the council meet?", "twice", true},
		{"How many times did the council meet?", "rescues", false},
	} {
		q := a.analyze(tc.q)
		if got := a.satisfies(q, find(tc.sent)); got != tc.want {
			t.Errorf("%q in the sentence with %q: satisfied %v, want %v", tc.q, tc.sent, got, tc.want)
		}
	}
}

func TestHasAge(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"A 23-year-old farmhand drowned.", true},
		{"Mensah-Doyle, 19, had been on the pitch for six minutes.", true},
		{"She was 34 when the orchestra named her.", true},
		{"He died aged 71.", true},
		{"The fiddle maker has died at the age of 87.", true},
		{"Sisters Ana and Rosa Vidal, 41 and 38, run the stall.", true},
		{"Teams Alpha and Beta, 12 and 9 points, lead.", false},
		{"A change of 5 points.", false},
		{"Adeyemi volleyed in on 58 minutes.", false},
		{"The council maintained 312 causeways, 14 of them gated.", false},
		{"It opened in 1967.", false},
	} {
		if got := hasAge(tc.s, Tokenize(tc.s)); got != tc.want {
			t.Errorf("hasAge(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestTopicMissing(t *testing.T) {
	a, err := Parse("hall.txt", "Concert hall\n\n“You are beating time, not making music,” Oyelaran-Fitch said of the rehearsal.\n\nThe mayor said the price tag was too high. “We can argue about the price,” she said.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"What did Oyelaran-Fitch say about Mahler?", true},
		{"What did Oyelaran-Fitch say about the rehearsal?", false},
		{"What did the mayor say about the cost?", false}, // "price" is a synonym
		{"Why did the mayor object?", false},              // not what someone said about a topic
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.topicMissing(q, hits[0].Sentence); got != tc.want {
			t.Errorf("%q: topic missing %v, want %v (passage %q)", tc.q, got, tc.want, a.Sentences[hits[0].Sentence].Text)
		}
	}
}

func TestNumberNearUnit(t *testing.T) {
	a, err := Parse("lanes.txt", "Bus lanes\n\nThe plan adds 38 loading zones and 15-minute parking on side streets.\n\nThe city will remove 212 parking spaces.\n")
	if err != nil {
		t.Fatal(err)
	}
	q := a.analyze("How many parking spaces will be added on the side streets?")
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "212")
		if got := a.numberNear(i, q.counted); got != want {
			t.Errorf("numberNear(%q) = %v, want %v", s.Text, got, want)
		}
	}
}

func TestNumberNearCoordination(t *testing.T) {
	a, err := Parse("roads.txt", "Roads\n\nThe council maintains 312 causeways and low-level crossings across the region.\n\nSix inspectors visit the bridges, and crossings are checked in spring.\n")
	if err != nil {
		t.Fatal(err)
	}
	// The number counts each noun of a coordination, not a noun after a
	// clause joined by "and".
	q := a.analyze("How many low-level crossings does the council maintain?")
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "312")
		if got := a.numberNear(i, q.counted); got != want {
			t.Errorf("numberNear(%q) = %v, want %v", s.Text, got, want)
		}
	}
}

func TestNumberNearReference(t *testing.T) {
	a, err := Parse("pouches.txt", "Phone pouches\n\nThe board looked at districts that adopted pouches. Eleven of them saw better attendance.\n\nThe vote was held on March 3.\n")
	if err != nil {
		t.Fatal(err)
	}
	// "Eleven of them" counts the group named before.
	q := a.analyze("How many of those districts saw attendance improve?")
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "Eleven")
		if got := a.numberNear(i, q.counted); got != want {
			t.Errorf("numberNear(%q) = %v, want %v", s.Text, got, want)
		}
	}
	// A possessor is not what the question counts.
	q = a.analyze("How many of the board's districts saw attendance improve?")
	if len(q.counted) == 0 || q.counted[0].key != a.index.stem("districts") {
		t.Errorf("counted %v, want districts first", q.counted)
	}
}

func TestNumberNearAfterVerb(t *testing.T) {
	a, err := Parse("corridor.txt", "Corridor\n\nPoaching incidents along the route had fallen to two in 2026.\n\nRangers along the route said 2026 was quiet.\n")
	if err != nil {
		t.Fatal(err)
	}
	// A count given after the noun through a verb of amounting; a year
	// is no count.
	q := a.analyze("How many poaching incidents were there along the route?")
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "fallen to two")
		if got := a.numberNear(i, q.counted); got != want {
			t.Errorf("numberNear(%q) = %v, want %v", s.Text, got, want)
		}
	}
}

func TestNumberNearElided(t *testing.T) {
	a, err := Parse("recall.txt", "Recall\n\nCustomers arrived with kettles in bags. A clerk said about 40 had been returned.\n\nThe store has 12 staff and 40 had the day off.\n")
	if err != nil {
		t.Fatal(err)
	}
	// A count standing for its noun, named in the sentence before; not
	// one whose noun the paragraph never names.
	q := a.analyze("How many kettles had come back by Saturday?")
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "returned")
		if got := a.numberNear(i, q.counted); got != want {
			t.Errorf("numberNear(%q) = %v, want %v", s.Text, got, want)
		}
	}
}

func TestNumberNearLabel(t *testing.T) {
	a, err := Parse("school.txt", "School\n\nThe school has 210 pupils on its roll. Too few pupils in Years 3 and 4 could read fluently.\n\nSome pupils said Room 6 was cold.\n")
	if err != nil {
		t.Fatal(err)
	}
	// A number after a capitalised word labels a year group or a room;
	// it counts nothing, though a verb follows it.
	q := a.analyze("How many pupils does the school have?")
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "210")
		if got := a.numberNear(i, q.counted); got != want {
			t.Errorf("numberNear(%q) = %v, want %v", s.Text, got, want)
		}
	}
}

func TestNumberNearPersonnel(t *testing.T) {
	a, err := Parse("strike.txt", "Strike\n\nMore than 900 nurses and midwives began a strike on Tuesday.\n\nThe hospital has 12 operating theatres.\n")
	if err != nil {
		t.Fatal(err)
	}
	// Staff are counted by their kinds; theatres are not people.
	q := a.analyze("How many staff are on strike?")
	for i, s := range a.Sentences {
		want := strings.Contains(s.Text, "900")
		if got := a.numberNear(i, q.counted); got != want {
			t.Errorf("numberNear(%q) = %v, want %v", s.Text, got, want)
		}
	}
}

func TestClockTime(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"He was hit at about 5.50am on the A4870.", true},
		{"Pohl conceded shortly after 11:30 p.m. in a brief speech.", true},
		{"The funeral Mass is at 11am.", true},
		{"Trains leave at 17:45.", true},
		{"The road is safe at five o'clock.", true},
		{"Shares rose 3.5 to 2.1 times earnings.", false},
		{"I am not going to apologize.", false},
		{"Everyone is to arrive at 12.30 and bring a pudding.", true},
		{"The streets close from 8.15 to 9am and again from 2.45 to 3.30.", true},
		{"There is a particular grey at half past five on an April morning.", true},
		{"Every weekday at 8.40 I walk my two children to school.", true},
		{"Inflation stood at 12.30 per cent.", false},
		{"Shares closed at 2.45p.", false},
		{"The bond was priced at 3.25 times earnings.", false},
	} {
		if got := clockTimeRE.MatchString(tc.s); got != tc.want {
			t.Errorf("clockTimeRE on %q = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestHasMoneySingleUnit: amounts of money in their written forms, a single
// unit, a sign or a currency's abbreviation before the figure.
func TestHasMoneySingleUnit(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"He taught fiddle, charging a pound a lesson.", true},
		{"Tickets cost one dollar a day.", true},
		{"Revenue was $1.27 billion.", true},
		{"She added a pound of butter.", false},
		{"He taught fiddle for free.", false},
		{"Outstanding debt is expected to reach Rs 4.92 lakh crore by March 2028.", true},
		{"The corridor was built at a cost of KSh 612 million.", true},
		{"Rs Patel spoke at 9 am.", false},
		{"She scored 4 goals for KSh United.", false},
		{"Their side won 3 matches.", false},
		{"Each household will get P10,000 from the council.", true},
		{"The board set aside P4.5 million for repairs.", true},
		{"Fees rose to Rs500 a term.", true},
		{"A grant of ₦20,000 was paid.", true},
		{"The lorry took the R23 north.", false},
		{"Print it on A4 paper.", false},
		{"The P3 pupils sang.", false},
	} {
		if got := hasMoney(tc.s, Tokenize(tc.s)); got != tc.want {
			t.Errorf("hasMoney(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestAntonymAligned(t *testing.T) {
	a, err := Parse("vote.txt", "Vote count\n\nThe challenger won 14 precincts on the east side of the city. Her campaign office opened last spring, and volunteers from the old days of the race returned.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		// The opposite stands beside the question's own neighbour.
		{"How many precincts did the challenger win on the west side?", true},
		// An opposite elsewhere in the window contradicts nothing.
		{"When did her new campaign office open?", false},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		_, _, ant, _ := a.detailMismatch(q, hits[0].Sentence, a.windowWords(hits[0].Sentence))
		if ant != tc.want {
			t.Errorf("%q: antonym %v, want %v", tc.q, ant, tc.want)
		}
	}
}

func TestAnswerSize(t *testing.T) {
	a, err := Parse("river.txt", "River deal\n\nUtah and Nevada signed the water deal on Monday.\n\nSeven states share the river. Officials from each attended.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool // a number mismatch
	}{
		{"Which two states signed the water deal on Monday?", false}, // the size of the answer
		{"Which eight states share the river?", true},                // the window counts them otherwise
		{"Did nine officials attend?", true},
		{"Did the two states sign the water deal?", false}, // a group named before
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		num, _, _, _ := a.detailMismatch(q, hits[0].Sentence, a.windowWords(hits[0].Sentence))
		if num != tc.want {
			t.Errorf("%q: number mismatch %v, want %v", tc.q, num, tc.want)
		}
	}
}

// TestModifierMismatch: a number, name or noun beside the question's noun
// that the passage replaces with another is a changed detail; the same
// detail, a title before a name and a paraphrased adjective are not.
func TestModifierMismatch(t *testing.T) {
	a, err := Parse("mine.txt", "Mine to close\n\n"+
		"The company will close Shaft 4 and cut 800 jobs, its finance director, Sipho Dlamini, said.\n\n"+
		"President Thandeka Roux said the river gauge at Dunmore Bridge had peaked.\n\n"+
		"She collected the first 300 signatures in a single morning.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How many jobs will be cut at Shaft 4?", false},
		{"How many jobs will be cut at Shaft 2?", true},
		{"What did the safety director say about the jobs?", true},
		{"What did Sipho Dlamini say about the jobs?", false},
		{"What did Thandeka Roux say about the gauge?", false},
		{"What did Lindiwe Roux say about the gauge?", true},
		{"When did the gauge at Kesterby Bridge peak?", true},
		// An ordinal is not contradicted by a count; "one" is "single".
		{"Where were the first signatures collected?", false},
		{"Where were the second signatures collected?", true},
		{"How many signatures did she collect in one morning?", false},
		{"How many signatures did she collect in two mornings?", true},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.modifierMismatch(q, a.windowWords(hits[0].Sentence)); got != tc.want {
			t.Errorf("%q: modifierMismatch = %v, want %v (passage %q)", tc.q, got, tc.want, a.Sentences[hits[0].Sentence].Text)
		}
	}
}

// TestQuestionFocus: the words a which/what/how-many phrase asks for, and
// the clause's verb past its subject.
func TestQuestionFocus(t *testing.T) {
	for _, tc := range []struct{ q, focus, verbs string }{
		{"Which auditing firm did the town council hire?", "auditing firm", "hire"},
		{"How many wickets did Tobias Fairbrother take?", "wickets", "take"},
		{"Who will replace the coach?", "", "replace"},
		{"Why did Castellano decide to appeal his sentence?", "", "decide appeal"},
		{"What did the captain tell his teammates?", "", ""},
		{"What did the union's branch chairperson say would happen?", "", ""},
		{"When will the schools reopen?", "", "reopen"},
	} {
		toks := tokenize(tc.q, Stem)
		f, v := questionFocus(lexicon.Default(), toks)
		var fw, vw []string
		for _, tk := range toks {
			if f[tk.Start] {
				fw = append(fw, tk.Text)
			}
			if v[tk.Start] {
				vw = append(vw, tk.Text)
			}
		}
		if strings.Join(fw, " ") != tc.focus || strings.Join(vw, " ") != tc.verbs {
			t.Errorf("%q: focus %q verbs %q, want %q %q", tc.q, fw, vw, tc.focus, tc.verbs)
		}
	}
}

// TestAsksSource: "according to" asks for someone's words wherever it
// stands, and a why-question after it is still one.
func TestAsksSource(t *testing.T) {
	for _, tc := range []struct {
		q              string
		source, whyHow bool
	}{
		{"According to the professor, why did the mayor lose?", true, true},
		{"What is the show about, according to the director?", true, false},
		{"Why did the mayor lose?", false, true},
		{"According to police, how many cars were hit?", true, false},
	} {
		toks := tokenize(tc.q, Stem)
		if s, w := asksSource(toks), asksWhyHow(toks); s != tc.source || w != tc.whyHow {
			t.Errorf("%q: asksSource %v asksWhyHow %v, want %v %v", tc.q, s, w, tc.source, tc.whyHow)
		}
	}
}

// TestHasQuoteMarkTypewriter: a typewriter single quote at a word's edge
// quotes ("'They are talking about ounces."); inside a word it is an
// apostrophe.
func TestHasQuoteMarkTypewriter(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"'They are talking about ounces.", true},
		{"The union's chairperson was blunter.", false},
		{"He said it was 'the hardest' call.", true},
	} {
		if got := hasQuoteMark(tc.s); got != tc.want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPhraseAlternatives: a phrasal verb of the question reaches what
// WordNet relates to the phrase ("turn down" → "refuse"), which its words
// alone do not, and a question's word reaches the article's phrasal verb;
// "whose" is a question word, not a topic.
func TestPhraseAlternatives(t *testing.T) {
	a, err := Parse("offer.txt", "Offer refused\n\nThe minister refused the offer on Monday, her office said.\n")
	if err != nil {
		t.Fatal(err)
	}
	q := a.analyze("Did the minister turn down the offer?")
	refused := a.index.stem("refused")
	found := false
	for _, tm := range q.terms {
		if tm.tok.Norm == "turn" {
			found = containsAlt(tm.alts, refused)
		}
	}
	if !found {
		t.Errorf("turn down: no alternative %q in %+v", refused, q.terms)
	}
	// The article's phrasal verb is a key of its own, which the question's
	// word reaches as WordNet relates them.
	b, err := Parse("offer.txt", "Offer rejected\n\nThe minister turned down the offer on Monday, her office said.\n")
	if err != nil {
		t.Fatal(err)
	}
	found = false
	for _, tm := range b.analyze("Did the minister refuse the offer?").terms {
		if tm.tok.Norm == "refuse" {
			found = containsAlt(tm.alts, "turn down") && b.index.contextMatch(len(b.Sentences)-1, "turn down") == 1
		}
	}
	if !found {
		t.Errorf("refuse: no alternative \"turn down\" held by the sentence")
	}
	for _, tm := range a.analyze("Whose offer did the minister refuse?").terms {
		if tm.tok.Norm == "whose" {
			t.Errorf("whose is a term: %+v", tm)
		}
	}
}

func TestGroupReferred(t *testing.T) {
	a, err := Parse("talks.txt", "Mayor meets unions\n\nMayor Anna Keller and union leader Tomas Brandt met on Monday. In their first remarks, they spoke of wages. After hours of talk, the two failed to agree.\n\nKeller spoke to reporters. She said a deal was close.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence string // a sentence's opening words
		want     string
	}{
		{"In their first remarks", "Keller Brandt"},
		{"After hours of talk", "Keller Brandt"},
		{"She said a deal", ""}, // no plural pronoun
	} {
		i := -1
		for j, s := range a.Sentences {
			if strings.HasPrefix(s.Text, tc.sentence) {
				i = j
			}
		}
		if i < 0 {
			t.Fatalf("no sentence %q", tc.sentence)
		}
		if got := strings.Join(a.groupReferred(i), " "); got != tc.want {
			t.Errorf("%q: group %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestContradictsQualifier: a WordNet opposite of a question's word
// contradicts it beside the noun the word modifies, not elsewhere in the
// sentence; the degree word of "how long/many/old" asks for a value and
// is no qualifier.
func TestContradictsQualifier(t *testing.T) {
	a, err := Parse("parking.txt", "Parking\n\n"+
		"The plan removes 640 spaces inside the old walls and adds a 900-space car park, a short walk away.\n\n"+
		"The old car park on Quay Street will close.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q, sentence string
		want        bool
	}{
		{"How many spaces will the new car park have?", "The plan removes", false},
		{"How many spaces will the new car park have?", "The old car park", true},
		{"How long is the walk from the car park?", "The plan removes", false},
	} {
		q := a.analyze(c.q)
		for i, s := range a.Sentences {
			if strings.HasPrefix(s.Text, c.sentence) {
				if got := a.contradictsQualifier(q, i); got != c.want {
					t.Errorf("%q: contradictsQualifier(%q) = %v, want %v", c.q, s.Text, got, c.want)
				}
			}
		}
	}
}

// TestRefusalNegates: "refuse", "reject", "decline" negate like "not": a
// passage telling that it was done contradicts a question about refusing
// it, one telling the refusal does not.
func TestRefusalNegates(t *testing.T) {
	a, err := Parse("call.txt", "Calls\n\nMoments after the summit, the mayor called the governor.\n\n"+
		"The treasurer refused to sign the budget because the figures did not add up.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q, sentence string
		want        bool
	}{
		{"Why did the mayor refuse to call the governor?", "Moments after", true},
		{"Why did the treasurer decline to sign the budget?", "The treasurer refused", false},
		{"Why did the mayor call the governor?", "Moments after", false},
	} {
		q := a.analyze(c.q)
		for i, s := range a.Sentences {
			if strings.HasPrefix(s.Text, c.sentence) {
				if _, neg, _, _ := a.detailMismatch(q, i, a.windowWords(i)); neg != c.want {
					t.Errorf("%q: negation mismatch with %q = %v, want %v", c.q, s.Text, neg, c.want)
				}
			}
		}
	}
}

// TestRareMissingLoose: the rarest word of the question matched only by a
// loose relation (a hypernym) counts as half missing, not as absent.
func TestRareMissingLoose(t *testing.T) {
	a, err := Parse("park.txt", "Park\n\nThe tree in the square is 30 metres tall, the council said.\n\n"+
		"The council planted an oak in the park on Monday. The square has a fountain.\n")
	if err != nil {
		t.Fatal(err)
	}
	q := a.analyze("How tall is the oak in the square?")
	for i, s := range a.Sentences {
		if strings.HasPrefix(s.Text, "The tree") {
			if _, _, _, rare := a.detailMismatch(q, i, a.windowWords(i)); rare != 0.5 {
				t.Errorf("rare_missing = %.2f, want 0.50 (oak matched by its hypernym tree)", rare)
			}
		}
	}
}

// TestAntonymContradicts: an opposite counts only where the passage says
// it in place of the question's word, not where the question names both
// poles, the passage holds both, the word asks when ("last"), or "old" is
// an age.
func TestAntonymContradicts(t *testing.T) {
	a, err := Parse("club.txt", "Club news\n\n"+
		"It was the club's first league win at Fenwick Park since September.\n\n"+
		"Moments after his call with the mayor, the coach called the captain.\n\n"+
		"A 34-year-old cyclist was killed on the coast road on Saturday.\n\n"+
		"The big lakes froze early and the small lakes froze late.\n\n"+
		"The new stand opened in March.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"When did the club last win a league game at Fenwick Park?", false},
		{"Did the coach call the captain before or after his call with the mayor?", false},
		{"How many cyclists were killed on the coast road in recent years?", false},
		{"When did the large lakes freeze?", false},
		{"When did the old stand open?", true},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		i0 := hits[0].Sentence
		_, _, anto, _ := a.detailMismatch(q, i0, a.windowWords(i0))
		if anto = anto || a.contradictsQualifier(q, i0); anto != tc.want {
			t.Errorf("%q (passage %q): antonym %v, want %v", tc.q, a.Sentences[i0].Text, anto, tc.want)
		}
	}
}

func TestUnnamedMention(t *testing.T) {
	a, err := Parse("show.txt", "Show\n\nTwo shows were cancelled after a supplier went into administration.\n\nThe show used Acme, a supplier from Leeds.\n\nA spectator's phone rang near the board.\n\nThe spectator, Jo Bell, apologised.\n\nHer father is on a cardiac ward.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q, in string
		want  bool
	}{
		{"Which supplier went into administration?", "administration", true},
		{"Which supplier went into administration?", "Acme", false},
		{"What was the name of the spectator whose phone rang?", "rang", true},
		{"What was the name of the spectator whose phone rang?", "Jo Bell", false},
		{"Which ward is her father on?", "cardiac", false},
	} {
		q := a.analyze(c.q)
		if q.askedPerson == "" {
			t.Fatalf("%q: no asked person", c.q)
		}
		for i, s := range a.Sentences {
			if strings.Contains(s.Text, c.in) {
				if got := a.unnamedMention(q, i); got != c.want {
					t.Errorf("%q in %q: unnamed %v, want %v", c.q, s.Text, got, c.want)
				}
			}
		}
	}
}

// TestModifierNounVerb checks a modifier WordNet also knows as a verb
// ("noise", "transport") compared beside its noun after a determiner or a
// possessive, and a noun that may be a verb left alone ("the ticket cost").
func TestModifierNounVerb(t *testing.T) {
	a, err := Parse("inquiry.txt", "Inquiry resumes\n\n"+
		"The company's transport consultant will give evidence on Thursday.\n\n"+
		"A single ticket cost £4 last year, the operator said.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"On which day will the company's noise consultant give evidence?", "noise/transport"},
		{"On which day will the company's transport consultant give evidence?", ""},
		{"What did a return ticket cost last year?", ""},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.modifierPair(q, a.windowWords(hits[0].Sentence)); got != tc.want {
			t.Errorf("%q: modifier pair %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestAskedUnnamed checks "which N" questions whose first passage has only
// an unnamed "a N", against ones the article names or describes.
func TestAskedUnnamed(t *testing.T) {
	a, err := Parse("show.txt", "Show cancelled\n\n"+
		"Two shows were cancelled after a supplier went into administration.\n\n"+
		"The label turned down an offer from a larger group to buy a stake.\n\n"+
		"The council hired a firm of auditors from Leeds to check the accounts.\n\n"+
		"A caterer, Bellweather Foods, has been paid in full.\n\n"+
		"The prize steer was sold to a local bank for $9 a pound.\n\n"+
		"Its previous sponsor, a regional brewery, pulled out in May.\n\n"+
		"Patients are sent to a cardiac ward at the city hospital.\n\n"+
		"The roof was mended by a local builder, Penrose & Sons, in April.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Which supplier went into administration?", true},
		{"Which larger group offered to buy a stake?", true},
		{"Which firm did the council hire to check the accounts?", false}, // described after: "of auditors from Leeds"
		{"Which caterer has been paid in full?", false},                   // named beside it
		{"What supplier went into administration?", false},                // "what" may want a description
		{"Which bank bought the prize steer?", true},                      // "a local bank": placed, not named
		{"Which brewery was the previous sponsor?", true},                 // "a regional brewery"
		{"Which ward are patients sent to?", false},                       // "a cardiac ward" says which
		{"Which builder mended the roof?", false},                         // "a local builder, Penrose & Sons,"
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.askedUnnamed(q, hits[0].Sentence); got != tc.want {
			t.Errorf("%q: askedUnnamed %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestPrefixNegated(t *testing.T) {
	a, err := Parse("works.txt", "Works\n\nThe bakery had four apprentice places unfilled this spring, its owner said.\n\nMost of the invoices sent to the parish council remain unpaid.\n\nThe harbour board signed a lease for the net loft last week.\n\nInland, the river rose by two metres overnight.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How many apprentice places did the bakery fill this spring?", true},
		// A base form WordNet pairs with no participle ("pay"/"unpaid").
		{"How many of the invoices did the parish council pay?", true},
		{"When did the harbour board sign the lease?", false},
		{"How many apprentice places does the bakery have?", false},
		// "inland" is no negation of "land".
		{"How far did the river rise on the land?", false},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		i0 := hits[0].Sentence
		_, _, anto, _ := a.detailMismatch(q, i0, a.windowWords(i0))
		if anto != tc.want {
			t.Errorf("%q (passage %q): antonym %v, want %v", tc.q, a.Sentences[i0].Text, anto, tc.want)
		}
	}
}

func TestCountNotShare(t *testing.T) {
	a, err := Parse("claims.txt", "Claims\n\nClaims about late trains rose by 18 per cent last year.\n\nRefunds for cancelled flights fell 7% in the spring.\n\nCompensation claims rose to 4,200 in the autumn.\n\nMembers of the choir rose by 12 over the winter.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		i    int
		want bool
	}{
		// A percentage after "rose" or "fell" tells how a count changed.
		{"How many claims about late trains were there last year?", 0, false},
		{"How many refunds for cancelled flights were paid?", 1, false},
		{"How many compensation claims were there?", 2, true},
		{"How many members does the choir have?", 3, true},
	} {
		q := a.analyze(tc.q)
		if got := a.satisfies(q, tc.i); got != tc.want {
			t.Errorf("%q on %q: satisfies %v, want %v", tc.q, a.Sentences[tc.i].Text, got, tc.want)
		}
	}
}

func TestStateDurationOther(t *testing.T) {
	a, err := Parse("firm.txt", "Firm\n\nThe inquiry, which ran over six days, heard from the firm's finance director, Rhona Vale.\n\nThe motion was moved by the harbourmaster, Ian Petrie, who has spent three years on the dredging plan.\n\nThe head teacher, Anil Dutt, has been in post for nine years.\n\nMaud Ferris, who spent 20 years as chair of the trust, stood down in May.\n\nThe footbridge has been shut since 2021.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		i    int
		want bool
	}{
		{"How long has Rhona Vale been finance director?", 0, true},
		{"How long has Ian Petrie been harbourmaster?", 1, true},
		{"How long has Anil Dutt been head teacher?", 2, false},
		{"How long was Maud Ferris chair of the trust?", 3, false},
		{"How long has Maud Ferris been chair of the trust?", 3, false},
		{"How long has the footbridge been shut?", 4, false},
		// An act's duration is what "how long did it run" asks.
		{"How long did the inquiry run?", 0, false},
		{"How long has Ian Petrie been working on the dredging plan?", 1, false},
		{"How long has Ian Petrie been running the dredging plan?", 1, false},
		{"How long has Rhona Vale been managing director?", 0, true},
	} {
		q := a.analyze(tc.q)
		if got := a.stateDurationOther(q, tc.i); got != tc.want {
			t.Errorf("%q on %q: %v, want %v", tc.q, a.Sentences[tc.i].Text, got, tc.want)
		}
	}
}
