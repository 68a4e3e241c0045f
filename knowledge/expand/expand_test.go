package expand

import (
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/nlp"
	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// wordNetLink is the weight at which a question word q matches a text word
// t through WordNet alone, as the index expands it: the same stem (1), a
// shared prefix of four letters or more (a derived form), related words of
// q, or the inverse relations of t (its base forms, pertainyms,
// hypernyms). 0 when WordNet has no link.
func wordNetLink(r Relations, q, t string) float64 {
	sq, st := nlp.Stem(q), nlp.Stem(t)
	if sq == st {
		return 1
	}
	best := 0.0
	if len(sq) >= 4 && strings.HasPrefix(st, sq) || len(st) >= 4 && strings.HasPrefix(sq, st) {
		best = DerivedWeight
	}
	for _, e := range r.Related(q) {
		if nlp.Stem(e.Key) == st {
			best = max(best, e.Weight)
		}
	}
	for _, e := range r.Inverse(t) {
		if nlp.Stem(e.Key) == sq {
			best = max(best, e.Weight)
		}
	}
	return best
}

// handLinks lists handSynonyms as word pairs.
func handLinks() [][2]string {
	var out [][2]string
	for _, l := range handSynonyms {
		head, rest, _ := strings.Cut(l, ":")
		for _, o := range strings.Fields(rest) {
			out = append(out, [2]string{head, strings.ReplaceAll(o, "_", " ")})
		}
	}
	return out
}

// TestHandSynonymsNotInWordNet keeps the hand list to what WordNet lacks: a
// link WordNet gives both ways at least as strongly as the list would
// (SynonymWeight) must be deleted. It logs the links WordNet has only
// loosely (as hypernyms), which the list keeps at synonym strength.
func TestHandSynonymsNotInWordNet(t *testing.T) {
	r := Relations{lx: lexicon.Default()}
	seen := map[[2]string]bool{}
	loose := 0
	for _, l := range handLinks() {
		a, b := l[0], l[1]
		key := [2]string{min(nlp.Stem(a), nlp.Stem(b)), max(nlp.Stem(a), nlp.Stem(b))}
		if seen[key] {
			t.Errorf("%s ~ %s is listed twice (by stem)", a, b)
		}
		seen[key] = true
		if nlp.Stem(a) == nlp.Stem(b) {
			t.Errorf("%s ~ %s share a stem: the index matches them already", a, b)
			continue
		}
		ab, ba := wordNetLink(r, a, b), wordNetLink(r, b, a)
		if ab >= SynonymWeight && ba >= SynonymWeight {
			t.Errorf("WordNet links %s ~ %s (%.1f / %.1f): delete it from handSynonyms", a, b, ab, ba)
		}
		if ab > 0 && ba > 0 {
			loose++
		}
	}
	t.Logf("%d hand links, %d of them in WordNet only loosely (below synonym weight)", len(seen), loose)
}

// TestWordNetCoversFormerHandSynonyms lists the links the hand thesaurus
// held that WordNet gives (as synonyms, derived forms or base forms), which
// is why they were deleted from it: should a change to the lexicon lose
// one, it fails, and the link goes back to handSynonyms.
func TestWordNetCoversFormerHandSynonyms(t *testing.T) {
	r := Relations{lx: lexicon.Default()}
	for _, tc := range [][2]string{
		{"accept", "consent"}, {"reject", "refuse"}, {"reject", "decline"}, {"refuse", "decline"},
		{"talks", "negotiation"}, {"dialog", "dialogue"}, {"call", "phone"}, {"want", "desire"},
		{"aim", "intention"}, {"intend", "intention"}, {"conflict", "battle"}, {"truce", "armistice"},
		{"pact", "treaty"}, {"help", "assist"}, {"help", "aid"}, {"assist", "aid"}, {"pressure", "press"},
		{"press", "urge"}, {"push", "force"}, {"upbeat", "optimistic"}, {"concern", "worry"},
		{"result", "outcome"}, {"progress", "advance"}, {"country", "nation"}, {"soon", "shortly"},
		{"start", "begin"}, {"stop", "halt"}, {"prisoner", "captive"}, {"prisoners", "captives"},
		{"position", "view"}, {"happen", "occur"}, {"remarks", "comments"}, {"invasion", "invade"},
		{"react", "reaction"}, {"react", "respond"},
	} {
		a, b := tc[0], tc[1]
		if ab, ba := wordNetLink(r, a, b), wordNetLink(r, b, a); ab < SynonymWeight || ba < SynonymWeight {
			t.Errorf("WordNet links %s ~ %s only at %.1f / %.1f: put it back in handSynonyms", a, b, ab, ba)
		}
	}
}

func TestCompoundHead(t *testing.T) {
	r := Default()
	for _, tc := range []struct{ word, want string }{
		{"floodwater", "water"},
		{"farmworkers", "workers"},
		{"landmark", ""},     // WordNet lists it: no kind of mark
		{"together", ""},     // parts too short
		{"breakthrough", ""}, // WordNet lists it
		{"water", ""},
	} {
		if got := r.compoundHead(tc.word); got != tc.want {
			t.Errorf("compoundHead(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestRelatedHyponyms(t *testing.T) {
	r := Default()
	for _, tc := range []struct {
		q, t string
		want float64
	}{
		{"transactions", "transfer", HyponymWeight}, // the article names a kind of what the question asks
		{"born", "accept", 0},                       // an irregular form's lemma ("bear") gives no kinds
	} {
		got := 0.0
		for _, e := range r.Related(tc.q) {
			if e.Key == tc.t {
				got = max(got, e.Weight)
			}
		}
		if got != tc.want {
			t.Errorf("Related(%q) weighs %q %.2f, want %.2f", tc.q, tc.t, got, tc.want)
		}
	}
}

// TestRareSenses checks that the links of a question word's rarer senses
// reach the article's word, for less than a common sense's link, and not at
// all through an irregular form or from the article's side.
func TestRareSenses(t *testing.T) {
	r := Default()
	weight := func(es []retrieval.Expansion, key string) float64 {
		w := 0.0
		for _, e := range es {
			if e.Key == key {
				w = max(w, e.Weight)
			}
		}
		return w
	}
	for _, tc := range []struct {
		question, article string
		inRange           bool
	}{
		{"ferry", "boat", true},           // the boat sense, rarer than the verb
		{"substitutions", "change", true}, // the act of changing one for another
		{"chaired", "lead", true},         // the verb "chair"
		{"born", "accept", false},         // "bear" is no sense of "born"
	} {
		got := weight(r.Related(tc.question), tc.article)
		ok := got > 0 && got <= RareSynonymWeight && got < SynonymWeight
		if !tc.inRange {
			ok = got == 0
		}
		if !ok {
			t.Errorf("Related(%q) weighs %q %.3f", tc.question, tc.article, got)
		}
	}
	if got := weight(r.Inverse("ferry"), "boat"); got != 0 {
		t.Errorf("Inverse(ferry) weighs boat %.3f, want 0", got)
	}
}

// TestInversePlaceKind checks that a named place of the text answers a
// question's word for its kind ("which country" finds "Finland", filed
// under the phrase "European country"), and that a word mostly common
// ("turkey" the bird in lower case) or no place gains no kind.
func TestInversePlaceKind(t *testing.T) {
	r := Default()
	for _, tc := range []struct {
		word, kind string
		want       float64
	}{
		{"finland", "country", HypernymWeight},
		{"germany", "country", HypernymWeight},
		{"istanbul", "city", HypernymWeight},
		{"finland", "city", 0},
		{"bread", "country", 0},
	} {
		got := 0.0
		for _, e := range r.Inverse(tc.word) {
			if e.Key == tc.kind {
				got = max(got, e.Weight)
			}
		}
		if got != tc.want {
			t.Errorf("Inverse(%q) weighs %q %.2f, want %.2f", tc.word, tc.kind, got, tc.want)
		}
	}
}

// TestHandPhrasalLinks: a hand link may name a phrasal verb ("turn_up"),
// which the thesaurus serves whole, both ways, as the index keys it.
func TestHandPhrasalLinks(t *testing.T) {
	r := Default()
	for _, tc := range []struct{ word, want string }{
		{"turn up", "arrive"},
		{"arrive", "turn up"},
		{"arrived", "show up"},
		{"competitors", "player"},
	} {
		found := false
		for _, e := range r.Related(tc.word) {
			found = found || e.Key == tc.want && e.Weight == SynonymWeight
		}
		if !found {
			t.Errorf("Related(%q) lacks %q at SynonymWeight", tc.word, tc.want)
		}
	}
}

// TestHandSynonymsByForm checks that the hand links reach a listed word's
// inflections and derived forms, but not another word of its Porter stem
// ("position" shares "posit" with "positive", which is linked to
// "upbeat").
func TestHandSynonymsByForm(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		word, link string
		want       bool
	}{
		{"positive", "upbeat", true},
		{"position", "upbeat", false},
		{"positions", "optimistic", false},
		{"approved", "accept", true},
		{"negotiations", "discuss", true},
		{"talks", "negotiate", true},
		{"pledged", "fund", true},
	} {
		got := false
		for _, e := range r.the.Related(c.word) {
			if e.Key == c.link {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("hand link %s ~ %s: %v, want %v", c.word, c.link, got, c.want)
		}
	}
}
