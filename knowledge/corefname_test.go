package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestNameReferred(t *testing.T) {
	for _, tc := range []struct {
		article  string
		q, name  string
		sentence string // the passage: a slice of its sentence
		want     bool
	}{
		// A capital stands for its country and the country for its capital.
		{"diplomacy", "What length of truce had Kyiv accepted from Washington?", "kyiv", "Ukraine has accepted", true},
		{"diplomacy", "What length of truce had Kyiv accepted from Washington?", "washington", "Ukraine has accepted", true},
		{"diplomacy", "Did Berlin welcome the move?", "berlin", "officials from Germany", true},
		{"diplomacy", "How did Russia respond to the proposal?", "russia", "Moscow dismissed", true},
		// A state's official acts for it; another country's official, or
		// a citizen with no office, does not.
		{"diplomacy", "Which plan did Kyiv agree to?", "kyiv", "Olena Marchuk agreed", true},
		{"diplomacy", "Which plan did Ukraine agree to?", "ukraine", "Olena Marchuk agreed", true},
		{"diplomacy", "Did Moscow agree to the plan?", "moscow", "Olena Marchuk agreed", false},
		{"diplomacy", "What did Kyiv hope for?", "kyiv", "Ivan Petrenko, said", false},
		// A capital as a place is the city, not its government.
		{"diplomacy", "Did refugees move to Kyiv?", "kyiv", "Ukraine has accepted", false},
		// An adjective alone is no actor: "Russian negotiators" may be anyone's.
		{"diplomacy", "Did Moscow reject the truce plan?", "moscow", "Russian negotiators", false},
		{"diplomacy", "Which talks were held in Russia?", "russia", "Moscow dismissed", false},
		// Another country's capital, a city that is no capital, a
		// continent, the pronoun "us": none is the country.
		{"diplomacy", "Did Paris welcome the move?", "paris", "officials from Germany", false},
		{"diplomacy", "How did France respond to the proposal?", "france", "Moscow dismissed", false},
		{"diplomacy", "Did Manchester celebrate the truce?", "manchester", "Fans across England", false},
		{"diplomacy", "Did Kyiv welcome the truce?", "kyiv", "Leaders across Europe", false},
		{"diplomacy", "What did Washington promise?", "washington", "told us the truce", false},
		// "the port", "the committee": the one entity of that kind.
		{"harbour", "When will Port Serrano close for repairs?", "serrano", "The port will close", true},
		{"harbour", "When will the Entertainments Committee meet?", "entertainments", "The committee will meet", true},
		{"harbour", "Where did the head teacher work before she joined Brookfield?", "brookfield", "joined the school", true},
		// "the school" is no street's kind: "lane school" is no compound.
		{"committees", "Why was traffic on Mill Lane blocked?", "mill", "outside the school", false},
		// Two committees: "the committee" may be either.
		{"committees", "When will the Planning Committee meet?", "planning", "The committee will meet", false},
		// A person's surname is no kind word: "the bishop" is not John Bishop.
		{"bishop", "What did John Bishop say at the service?", "john", "The bishop said", false},
	} {
		a := corefArticles(t)[tc.article]
		q := a.analyze(tc.q)
		i := -1
		for k, s := range a.Sentences {
			if strings.Contains(s.Text, tc.sentence) {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%s: no sentence %q", tc.article, tc.sentence)
		}
		found := false
		for _, term := range q.terms {
			if term.tok.Norm != tc.name {
				continue
			}
			found = true
			if got := a.nameReferred(q, term, i); got != tc.want {
				t.Errorf("%q, %s in %q: nameReferred %v, want %v", tc.q, tc.name, a.Sentences[i].Text, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no term %q (%+v)", tc.q, tc.name, q.terms)
		}
	}
}

var corefCache map[string]*Article

func corefArticles(t *testing.T) map[string]*Article {
	t.Helper()
	if corefCache != nil {
		return corefCache
	}
	texts := map[string]string{
		"diplomacy": "Truce talks stall\n\n" +
			"Ukraine has accepted a 30-day truce proposed by the United States, officials said on Tuesday.\n\n" +
			"Russian negotiators rejected the plan within hours.\n\n" +
			"Moscow dismissed the proposal as a stunt.\n\n" +
			"In Vienna, officials from Germany welcomed the move.\n\n" +
			"Fans across England celebrated the news at the football.\n\n" +
			"Leaders across Europe welcomed the truce.\n\n" +
			"\"They told us the truce would hold,\" a diplomat said.\n\n" +
			"Ukrainian President Olena Marchuk agreed to the plan on Wednesday.\n\n" +
			"A Ukrainian refugee, Ivan Petrenko, said he hoped to return home by spring.\n",
		"harbour": "Harbour news\n\n" +
			"Port Serrano handles most of Valmora's container traffic.\n\n" +
			"The port will close for repairs in May, its managers said.\n\n" +
			"The Entertainments Committee runs the summer shows on the pier.\n\n" +
			"The committee will meet on Friday to discuss the fire.\n\n" +
			"Pupils at Brookfield Primary will get a new library, the trust said.\n\n" +
			"The head teacher, who joined the school in January, said she was disappointed.\n",
		"committees": "Council news\n\n" +
			"The Planning Committee and the Licensing Committee both discussed the pier.\n\n" +
			"The committee will meet on Friday to discuss the fire.\n\n" +
			"Traffic on Mill Lane was blocked by parents outside the school.\n",
		"bishop": "Harvest service\n\n" +
			"John Bishop, a churchwarden, read the lesson at St Mary's on Sunday.\n\n" +
			"The bishop said prayers for the farmers.\n",
	}
	corefCache = map[string]*Article{}
	for name, text := range texts {
		a, err := Parse(name+".txt", text)
		if err != nil {
			t.Fatal(err)
		}
		corefCache[name] = a
	}
	return corefCache
}

// TestNameMissingPronoun checks name_missing_window on a passage that
// speaks of someone by a pronoun: the question's person is there when the
// pronoun is theirs, missing when it is someone else's.
func TestNameMissingPronoun(t *testing.T) {
	a, err := Parse("count.txt", "Election count\n\n"+
		"Maria Okafor won the Eastfield seat by 312 votes on Friday.\n\n"+
		"The Holmford Rowing Club lost its boathouse in the flood last spring.\n\n"+
		"It said it had since raised £20,000 towards a new boathouse.\n\n"+
		"She thanked her volunteers and promised a new bus route for the estate.\n\n"+
		"David Pell conceded defeat at midnight.\n\n"+
		"He said he would stand again at the next election.\n")
	if err != nil {
		t.Fatal(err)
	}
	nm := slices.Index(DecisionFeatureNames, "name_missing_window")
	for _, tc := range []struct {
		q    string
		want float64
	}{
		{"What did Okafor promise for the estate?", 0},
		{"Did Pell promise a bus route for the estate?", 1},
		{"Will Pell stand again at the next election?", 0},
		{"Will Okafor stand again at the next election?", 1},
		// "It said": the body the words are attributed to.
		{"How much has Holmford raised towards a new boathouse?", 0},
		{"How much has Okafor raised towards a new boathouse?", 1},
	} {
		f, err := a.DecisionFeatures(tc.q)
		if err != nil || f == nil {
			t.Fatalf("%q: no features (%v)", tc.q, err)
		}
		if f[nm] != tc.want {
			t.Errorf("%q: name_missing_window %v, want %v", tc.q, f[nm], tc.want)
		}
	}
}
