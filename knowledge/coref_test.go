package knowledge

import (
	"slices"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/attribution"
)

func TestDescribedEntities(t *testing.T) {
	// A stand-in for the attribution engine: "company" is the one
	// organisation (0), "incumbent" the one person so called (1), "judge"
	// is held by two people (-2), "union" by nobody (-1).
	entities := map[string]int{"company": 0, "incumbent": 1, "judge": -2, "union": -1, "office": -1}
	roleNoun := func(w string) bool { _, ok := entities[w]; return ok }
	byRole := func(w string) int { return entities[w] }
	tests := []struct {
		sentence string
		want     []int
	}{
		{"The company said sales fell.", []int{0}},
		{"Voters turned against the incumbent, and the company stayed silent.", []int{1, 0}},
		{"The company and the company's founder agreed.", []int{0}},               // once each
		{"The judge said the union would appeal.", nil},                           // several, none
		{"Workers gathered at the company office.", nil},                          // the head comes later
		{"She joined The Company in 2019.", nil},                                  // a name, not a description
		{"A company spokesman declined to comment.", nil},                         // not definite
		{`"We didn't bet the company," she said, "and the incumbent knew."`, nil}, // a speaker's words
	}
	for _, tt := range tests {
		toks := Tokenize(tt.sentence)
		quoted := func(tok Token) bool { return inQuotes(tt.sentence, tok.Start) }
		if got := describedEntities(toks, quoted, roleNoun, byRole); !slices.Equal(got, tt.want) {
			t.Errorf("describedEntities(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// inQuotes reports an odd number of straight double quotes before off.
func inQuotes(s string, off int) bool { return strings.Count(s[:off], `"`)%2 == 1 }

func TestEntityKeys(t *testing.T) {
	tests := []struct {
		e    attribution.Entity
		want []string
	}{
		{attribution.Entity{Kind: attribution.Person, Short: "Pohl", Variants: []string{"gerald pohl", "pohl"}}, []string{Stem("pohl")}},
		{attribution.Entity{Kind: attribution.Organisation, Name: "Corvane Outdoor Group", Short: "Corvane Outdoor Group", Variants: []string{"corvane outdoor group", "corvane"}}, []string{Stem("corvane"), Stem("outdoor")}},
		{attribution.Entity{Kind: attribution.Organisation, Name: "St. Anselm College", Short: "St. Anselm College", Variants: []string{"st. anselm college"}}, []string{Stem("anselm")}},
	}
	for _, tt := range tests {
		if got := entityKeys(tt.e, func(w string) bool { return w == "group" || w == "college" }); !slices.Equal(got, tt.want) {
			t.Errorf("entityKeys(%q) = %v, want %v", tt.e.Short, got, tt.want)
		}
	}
}

// TestResolvedDescriptions checks the layer on a parsed article: "the
// company" stands for the one company the article names, for the name
// features only (BM25's term counts stay the words written).
func TestResolvedDescriptions(t *testing.T) {
	text := "Corvane Outdoor Group cut its forecast on Thursday.\n\nThe company said a warm winter left retailers with unsold coats.\n\n\"We didn't bet the company,\" said chief executive Ines Thorsrud-Bell."
	a, err := Parse("t", text)
	if err != nil {
		t.Fatal(err)
	}
	key := Stem("corvane")
	for i, s := range a.Sentences {
		want := strings.HasPrefix(s.Text, "The company")
		if got := slices.Contains(s.Described, "Corvane Outdoor Group"); got != want {
			t.Errorf("sentence %d %q: Described %v, want Corvane %v", i, s.Text, s.Described, want)
		}
		if got := a.index.holds(i, key, true); want && got != describedWeight {
			t.Errorf("sentence %d: holds(%q) = %v, want %v", i, key, got, describedWeight)
		}
		if want && a.index.tf[i][key] != 0 {
			t.Errorf("sentence %d: tf[%q] = %d, want 0 (BM25 counts written words)", i, key, a.index.tf[i][key])
		}
	}
}

// TestDescribedNames checks that a question's name is found, for the name
// features, in the sentence that calls its organisation "the company",
// and not in one that does not refer to it.
func TestDescribedNames(t *testing.T) {
	text := "Steel maker to cut jobs\n\n" +
		"Nordvik Steel Group will close two of its three furnaces at the Ostra mill by June, cutting about 600 jobs, after talks on a power contract failed.\n\n" +
		"The company is 40% owned by the regional pension fund.\n\n" +
		"Union leader Maja Lind said the workers had not been consulted.\n"
	a, err := Parse("steel", text)
	if err != nil {
		t.Fatal(err)
	}
	q := a.analyze("How big a share of Nordvik does the pension fund hold?")
	for _, tt := range []struct {
		prefix string
		want   float64
	}{
		{"Nordvik Steel Group will", 1},
		{"The company is", 1},
		{"Union leader", 0},
	} {
		for i, s := range a.Sentences {
			if !strings.HasPrefix(s.Text, tt.prefix) {
				continue
			}
			if got := a.namesInSentence(q, i); got != tt.want {
				t.Errorf("namesInSentence(%q) = %v, want %v", s.Text, got, tt.want)
			}
		}
	}
}

// TestSpeakerSelfReference checks that a quotation's "I" stands for its
// speaker among the sentence's People.
func TestSpeakerSelfReference(t *testing.T) {
	text := "Alasdair Munro has managed Strathbeg since June.\n\n" +
		"Munro was blunt on Monday.\n\n\"The board knows how it works. I've been sacked twice. My wife reminds me,\" he said."
	a, err := Parse("t", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		prefix string
		want   bool
	}{
		{"I've been sacked", true},
		{"The board knows", false}, // no first person
	} {
		found := false
		for _, s := range a.Sentences {
			if strings.HasPrefix(strings.TrimLeft(s.Text, "\""), tt.prefix) {
				found = true
				if got := slices.Contains(s.People, "Munro"); got != tt.want {
					t.Errorf("%q: People %v, want Munro %v", s.Text, s.People, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no sentence starts %q", tt.prefix)
		}
	}
}

// TestLedeDescriptionPeople checks that a lede's opening description names,
// among its sentence's People, the person the next sentence introduces.
func TestLedeDescriptionPeople(t *testing.T) {
	text := "PROVIDENCE, R.I. — A former town treasurer who stole $3.4 million from a pension fund was sentenced Thursday to six years in federal prison. " +
		"Raymond Castellano, 61, of Cranston, pleaded guilty in March to wire fraud.\n\n" +
		"The fund has since been repaid.\n"
	a, err := Parse("t", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Sentences {
		want := strings.Contains(s.Text, "treasurer") || strings.Contains(s.Text, "Raymond")
		if got := slices.Contains(s.People, "Castellano"); got != want {
			t.Errorf("%q: People %v, want Castellano %v", s.Text, s.People, want)
		}
	}
}
