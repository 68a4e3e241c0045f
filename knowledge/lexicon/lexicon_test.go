package lexicon

import (
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestLemma(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		word string
		want []string // each must be among the base forms
		not  []string // none may be
	}{
		{"proposed", []string{"propose"}, nil},
		{"leaders", []string{"leader"}, nil},
		{"went", []string{"go"}, nil},
		{"mice", []string{"mouse"}, nil},
		{"jews", []string{"jew"}, nil},
		{"filipinos", []string{"filipino"}, nil},
		{"agreed", []string{"agree"}, nil},
		{"easing", []string{"ease"}, nil},
		{"optimistic", []string{"optimistic"}, nil},
		{"talks", []string{"talk"}, nil},
		{"countries", []string{"country"}, nil},
		{"churches", []string{"church"}, nil},
		{"bigger", []string{"big"}, nil},
		{"chief executives", []string{"chief executive"}, nil},
		{"glass", []string{"glass"}, []string{"glas"}},
		{"is", []string{"be"}, nil},
		{"said", []string{"say", "said"}, nil},
		{"thawing", []string{"thaw"}, nil},
		{"meeting", []string{"meet", "meeting"}, nil}, // the verb is the more common
	} {
		got := lx.Lemma(tc.word)
		if len(got) == 0 || got[0] != tc.want[0] {
			t.Errorf("Lemma(%q) = %q, want %q first", tc.word, got, tc.want[0])
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("Lemma(%q) = %q, want %q among them", tc.word, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("Lemma(%q) = %q, must not hold %q", tc.word, got, w)
			}
		}
	}
	for _, w := range []string{"", "qzxv", "the the"} {
		if got := lx.Lemma(w); len(got) != 0 {
			t.Errorf("Lemma(%q) = %q, want none", w, got)
		}
	}
}

func TestRelations(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		rel  string
		f    func(string) []string
		word string
		want []string
		not  []string
	}{
		{"Synonyms", lx.Synonyms, "propose", []string{"suggest"}, []string{"propose"}},
		{"Synonyms", lx.Synonyms, "hostility", []string{"ill will"}, nil},
		{"Synonyms", lx.Synonyms, "chairman", []string{"chairperson"}, nil},
		{"Synonyms", lx.Synonyms, "goalkeeper", []string{"goalie"}, nil},
		{"Synonyms", lx.Synonyms, "optimistic", []string{"upbeat", "sanguine"}, nil}, // similar adjectives
		{"Derived", lx.Derived, "agree", []string{"agreement"}, nil},
		{"Derived", lx.Derived, "optimistic", []string{"optimism"}, nil},
		{"Derived", lx.Derived, "propose", []string{"proposal"}, nil},
		{"Pertainyms", lx.Pertainyms, "filipino", []string{"philippines"}, nil},
		{"Pertainyms", lx.Pertainyms, "jewish", []string{"jew"}, nil},
		{"Pertainyms", lx.Pertainyms, "jew", []string{"jewish"}, nil},
		{"Pertainyms", lx.Pertainyms, "ukrainian", []string{"ukraine"}, nil},
		{"Pertainyms", lx.Pertainyms, "ukraine", []string{"ukrainian"}, nil},
		{"Pertainyms", lx.Pertainyms, "philippines", []string{"filipino"}, nil},
		{"Pertainyms", lx.Pertainyms, "german", []string{"germany"}, nil},
		{"Hypernyms", lx.Hypernyms, "mayor", []string{"politician"}, nil},
		{"Hyponyms", lx.Hyponyms, "proposal", []string{"suggestion", "proposition"}, nil},
		{"Hyponyms", lx.Hyponyms, "propose", []string{"recommend", "offer"}, nil},
		{"Hyponyms", lx.Hyponyms, "city", nil, []string{"paris"}},                 // no named instances
		{"Synonyms", lx.Synonyms, "good", []string{"great", "satisfactory"}, nil}, // common similar adjectives survive the cap
		{"Hypernyms", lx.Hypernyms, "paris", []string{"national capital"}, nil},
		{"Hypernyms", lx.Hypernyms, "striker", []string{"athlete"}, nil},
		{"Antonyms", lx.Antonyms, "optimistic", []string{"pessimistic"}, nil},
		{"Antonyms", lx.Antonyms, "agree", []string{"disagree"}, nil},
		{"Antonyms", lx.Antonyms, "increase", []string{"decrease"}, nil},
		{"Antonyms", lx.Antonyms, "upbeat", []string{"pessimistic"}, nil}, // through its head, optimistic
		{"Antonyms", lx.Antonyms, "huge", []string{"small"}, nil},
		// Only the common senses' opposites: a rare sense's reads as a
		// contradiction of the ordinary word.
		{"Antonyms", lx.Antonyms, "make", nil, []string{"break"}},
		{"Antonyms", lx.Antonyms, "set", nil, []string{"move"}},
		{"Antonyms", lx.Antonyms, "rise", []string{"fall"}, nil},
		{"Antonyms", lx.Antonyms, "west", []string{"east"}, nil},
		{"Antonyms", lx.Antonyms, "sell", []string{"buy"}, nil},
		{"Holonyms", lx.Holonyms, "moscow", []string{"russia"}, nil},
		{"Holonyms", lx.Holonyms, "kremlin", []string{"moscow", "russia"}, nil},
		{"Holonyms", lx.Holonyms, "kiev", []string{"ukraine"}, nil},
		{"Holonyms", lx.Holonyms, "kyiv", []string{"ukraine"}, nil}, // the current spelling leads to WordNet's
		{"Holonyms", lx.Holonyms, "city", nil, nil},                 // only named places
		{"Synonyms", lx.Synonyms, "qzxv", nil, nil},
		// Spellings without WordNet's hyphen.
		{"Synonyms", lx.Synonyms, "ceasefire", []string{"truce"}, nil},
		{"Synonyms", lx.Synonyms, "cease fire", []string{"truce"}, nil},
	} {
		got := tc.f(tc.word)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s(%q) = %q, want %q among them", tc.rel, tc.word, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%s(%q) = %q, must not hold %q", tc.rel, tc.word, got, w)
			}
		}
	}
}

// TestListCaps keeps expansions bounded: a word never brings more than the
// generator's caps.
func TestListCaps(t *testing.T) {
	lx := Default()
	for i := 0; i < lx.Len(); i += 97 {
		w := lx.word(i)
		if n := len(lx.Synonyms(w)); n > 24 {
			t.Errorf("Synonyms(%q): %d words", w, n)
		}
		if n := len(lx.Hypernyms(w)); n > 12 {
			t.Errorf("Hypernyms(%q): %d words", w, n)
		}
		if n := len(lx.Hyponyms(w)); n > 12 {
			t.Errorf("Hyponyms(%q): %d words", w, n)
		}
		if n := len(lx.Derived(w)); n > 12 {
			t.Errorf("Derived(%q): %d words", w, n)
		}
	}
}

func TestPersonNoun(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		word   string
		person bool
		gender Gender
	}{
		{"striker", true, Unknown},
		{"coach", true, Unknown},
		{"head coach", true, Unknown},
		{"mayor", true, Unknown},
		{"engineer", true, Unknown},
		{"chief executive", true, Unknown},
		{"ceo", true, Unknown},
		{"senator", true, Unknown},
		{"prosecutor", true, Unknown},
		{"midfielder", true, Unknown},
		{"councilmember", true, Unknown},
		{"spokeswoman", true, Female},
		{"spokesman", true, Male},
		{"councilwoman", true, Female},
		{"chairman", true, Male},
		{"chairwoman", true, Female},
		{"actress", true, Female},
		{"mother", true, Female},
		{"father", true, Male},
		{"king", true, Male},
		{"gunman", true, Male},
		{"german", true, Unknown},
		{"human", false, Unknown},
		{"nurse", true, Unknown},
		{"official", true, Unknown},
		{"dr", true, Unknown},
		{"sen", true, Unknown},
		{"mr", true, Male},
		{"mrs", true, Female},
		{"ms", true, Female},
		{"chief", true, Unknown},
		// Mostly adjectives, though WordNet has a person sense.
		{"white", false, Unknown},
		{"local", false, Unknown},
		{"neutral", false, Unknown},
		{"hopeful", false, Unknown},
		{"longer", false, Unknown},   // of "long"
		{"computer", false, Unknown}, // a person only in a rare sense
		{"broadcaster", true, Unknown},
		{"parent", true, Unknown},
		{"ministry", false, Unknown},
		{"table", false, Unknown},
		{"paris", false, Unknown},
		{"said", false, Unknown},
		{"who", false, Unknown},
		{"", false, Unknown},
	} {
		if got := lx.IsPersonNoun(tc.word); got != tc.person {
			t.Errorf("IsPersonNoun(%q) = %v, want %v", tc.word, got, tc.person)
		}
		if got := lx.PersonGender(tc.word); got != tc.gender {
			t.Errorf("PersonGender(%q) = %v, want %v", tc.word, got, tc.gender)
		}
	}
}

func TestOrganisationNoun(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"ministry", true}, {"university", true}, {"association", true}, {"council", true},
		{"court", true}, {"club", true}, {"union", true}, {"agency", true}, {"company", true},
		{"office", true}, {"inc", true}, {"city council", true}, {"police", true},
		{"nato", true}, {"fbi", true}, {"united nations", true}, {"greenpeace", true}, {"red cross", true},
		{"tribunal", true}, {"legislature", true}, {"military", true}, {"parliament", true}, {"team", true}, {"party", true},
		{"mayor", false}, {"table", false}, {"paris", false}, {"optimism", false}, {"", false},
		// Function words WordNet has as acronyms, adverbs that split into
		// words, numbers that name teams, adjectives first.
		{"who", false}, {"finally", false}, {"typically", false}, {"begins", false},
		{"five", false}, {"hostile", false}, {"isn", false},
	} {
		if got := lx.IsOrganisationNoun(tc.word); got != tc.want {
			t.Errorf("IsOrganisationNoun(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestPlace(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		name, kind string
	}{
		{"paris", "city"}, {"ukraine", "country"}, {"new york", "city"}, {"philippines", "country"},
		{"texas", "state"}, {"europe", "continent"}, {"thames", "river"}, {"kyiv", "city"},
		{"türkiye", "country"}, {"turkey", "country"}, {"moscow", "city"},
		{"us", "country"}, {"uk", "country"}, {"mobile", "city"}, {"jordan", "country"}, {"ontario", "province"},
		{"in", ""}, {"me", ""}, {"or", ""}, {"la", ""},
		{"mayor", ""}, {"city", ""}, {"optimism", ""}, {"", ""},
	} {
		if got := lx.PlaceKind(tc.name); got != tc.kind {
			t.Errorf("PlaceKind(%q) = %q, want %q", tc.name, got, tc.kind)
		}
		if got := lx.IsPlace(tc.name); got != (tc.kind != "") {
			t.Errorf("IsPlace(%q) = %v", tc.name, got)
		}
	}
}

func TestPartsOfSpeech(t *testing.T) {
	lx := Default()
	if !lx.IsNoun("leader") || lx.IsVerb("leader") || !lx.IsVerb("propose") || !lx.IsAdjective("optimistic") || !lx.IsAdverb("quickly") {
		t.Error("parts of speech wrong")
	}
	if lx.Known("went") || !lx.Known("go") {
		t.Error("an inflected form is no lemma")
	}
}

// TestEmbeddedLicence checks that the embedded table carries WordNet's
// notice, as its licence requires of every copy.
func TestEmbeddedLicence(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 4096)
	n, _ := zr.Read(head)
	for _, s := range []string{"WordNet 3.0 Copyright 2006 by Princeton University", "Permission to use, copy, modify and distribute"} {
		if !strings.Contains(string(head[:n]), s) {
			t.Errorf("embedded table lacks %q", s)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	for name, data := range map[string][]byte{
		"not gzip":     []byte("plain"),
		"unterminated": gz("# head\nword\t1"),
		"unsorted":     gz("b\t1\na\t1\n"),
		"duplicate":    gz("a\t1\na\t1\n"),
		"no fields":    gz("a\t1\nb\n"),
		"late header":  gz("a\t1\n# b\n"),
	} {
		if _, err := Decode(data); err == nil {
			t.Errorf("%s: Decode accepted it", name)
		}
	}
	lx, err := Decode(gz("# head\nalpha\t1\t\t1\nbeta\t1\t\t0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := lx.Synonyms("alpha"); !slices.Equal(got, []string{"beta"}) {
		t.Errorf("Synonyms(alpha) = %q", got)
	}
}

func TestCommonWord(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"turkey", true}, {"split", true}, {"reading", true}, {"said", true}, {"table", true},
		{"us", true}, {"in", true}, {"mayor", true}, {"who", true}, {"isn", true},
		{"paris", false}, {"ukraine", false}, {"einstein", false}, {"new york", false}, {"china", false},
		{"qzxv", false}, {"", false},
	} {
		if got := lx.IsCommonWord(tc.word); got != tc.want {
			t.Errorf("IsCommonWord(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestSupersenses(t *testing.T) {
	lx := Default()
	for _, tc := range []struct{ word, first string }{
		{"venue", "noun.location"}, {"year", "noun.time"}, {"mayor", "noun.person"},
		{"kilometre", "noun.quantity"}, {"paris", "noun.location"}, {"say", "verb.communication"},
		{"ministry", "noun.group"}, {"qzxv", ""},
	} {
		got := lx.Supersenses(tc.word)
		first := ""
		if len(got) > 0 {
			first = got[0]
		}
		if first != tc.first {
			t.Errorf("Supersenses(%q) = %q, want %q first", tc.word, got, tc.first)
		}
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"said", true}, {"says", true}, {"told", true}, {"warned", true}, {"insisted", true},
		{"added", true}, {"recalled", true}, {"confirmed", true}, {"asserted", true},
		{"went", false}, {"ran", false}, {"ate", false}, {"table", false}, {"", false},
	} {
		if got := lx.IsSpeechVerb(tc.word); got != tc.want {
			t.Errorf("IsSpeechVerb(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestConcurrentUse: Default and lookups from many goroutines at once (run
// with -race).
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lx := Default()
			for _, w := range []string{"proposed", "ukrainian", "spokeswoman", "paris", "ceasefire"} {
				lx.Lemma(w)
				lx.Synonyms(w)
				lx.Pertainyms(w)
				lx.PersonGender(w)
				lx.PlaceKind(w)
			}
		}()
	}
	wg.Wait()
}

func TestBodyRole(t *testing.T) {
	lx := Default()
	for _, tt := range []struct {
		role, head string
		want       bool
	}{
		{"regulator", "authority", true}, // "regulatory authority"
		{"regulator", "agency", true},    // "regulatory agency"
		{"regulator", "bank", false},
		{"regulator", "union", false},
		{"coach", "club", false},
		{"spokesman", "ministry", false},
		{"", "agency", false},
	} {
		if got := lx.BodyRole(tt.role, tt.head); got != tt.want {
			t.Errorf("BodyRole(%q, %q) = %v, want %v", tt.role, tt.head, got, tt.want)
		}
	}
}

func TestRareSenses(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		name string
		get  func(string) []Graded
		w    string
		want string
	}{
		{"RareHypernyms", lx.RareHypernyms, "ferry", "boat"},
		{"RareSynonyms", lx.RareSynonyms, "chair", "lead"},
		{"RareHypernyms", lx.RareHypernyms, "substitution", "change"},
		{"RareSynonyms", lx.RareSynonyms, "chair", "chairman"},
	} {
		found := false
		for _, g := range tc.get(tc.w) {
			if g.Strength <= 0 || g.Strength > 1 {
				t.Errorf("%s(%q): %q strength %.2f out of (0, 1]", tc.name, tc.w, g.Word, g.Strength)
			}
			found = found || g.Word == tc.want
		}
		if !found {
			t.Errorf("%s(%q) lacks %q", tc.name, tc.w, tc.want)
		}
	}
	// A common sense's synonym is not repeated among the rare ones.
	for _, g := range lx.RareSynonyms("substitution") {
		if slices.Contains(lx.Synonyms("substitution"), g.Word) {
			t.Errorf("RareSynonyms(substitution) repeats %q", g.Word)
		}
	}
}

func TestBodyKind(t *testing.T) {
	lx := Default()
	for _, tt := range []struct {
		noun, word string
		want       bool
	}{
		{"district", "school", true},   // "school district"
		{"utility", "water", true},     // a water company is a utility
		{"utility", "power", true},     // "power company"
		{"board", "school", true},      // "school board"
		{"department", "police", true}, // "police department"
		{"district", "shopping", false},
		{"district", "millbrook", false},
		{"utility", "school", false},
		{"district", "district", false},
		{"", "school", false},
	} {
		if got := lx.BodyKind(tt.noun, tt.word); got != tt.want {
			t.Errorf("BodyKind(%q, %q) = %v, want %v", tt.noun, tt.word, got, tt.want)
		}
	}
}
