package knowledge

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// synonymGroups are small sets of words news questions use for one another
// ("accept" for "agree", "conversation" for "call"). A general thesaurus for
// reporting about talks, conflicts and politics; matching through it counts
// less than the word itself.
var synonymGroups = []string{
	"accept agree approve endorse consent",
	"reject refuse decline deny dismiss oppose",
	"talk talks negotiate negotiation negotiations discuss discussion discussions dialog dialogue conversation meeting meet interaction interactions engagement engagements",
	"call phone conversation",
	"want desire seek goal aim wish intend intention",
	"war conflict fighting battle hostility hostilities",
	"peace ceasefire truce armistice",
	"deal agreement accord pact treaty",
	"help assist support aid",
	"pressure press push urge force",
	"mood tone spirit atmosphere",
	"positive upbeat optimistic hopeful",
	"negative pessimistic gloomy",
	"concern concerning worry worrying fear alarming",
	"result outcome produce yield achieve",
	"progress breakthrough advance",
	"country nation",
	"host venue location site",
	"soon shortly imminent",
	"start begin",
	"end finish stop halt",
	"faith confidence trust belief",
	"knowledge details information",
	"swap exchange",
	"prisoner prisoners detainee detainees captive captives",
	"position stance view views",
	"happen occur",
	"plan framework roadmap",
	"goal objective purpose",
	"stunt move",
	"campaign election",
	"leader leaders head",
	"remarks statement comments",
	"invasion invade attack",
	"react reaction respond response",
	"pay fund funding finance spend pledge",
}

// thesaurus serves synonymGroups as retrieval.Related: the words of every
// group holding a word with the same stem.
type thesaurus map[string][]string

var _ retrieval.Related = thesaurus(nil)

func newThesaurus() thesaurus {
	t := thesaurus{}
	for _, g := range synonymGroups {
		ws := strings.Fields(g)
		for _, w := range ws {
			st := Stem(w)
			for _, o := range ws {
				if Stem(o) != st {
					t[st] = appendUnique(t[st], o)
				}
			}
		}
	}
	return t
}

// Related returns the synonyms of word, each worth synonymWeight.
func (t thesaurus) Related(word string) []retrieval.Expansion {
	ws := t[Stem(word)]
	out := make([]retrieval.Expansion, 0, len(ws))
	for _, w := range ws {
		out = append(out, retrieval.Expansion{Key: w, Weight: synonymWeight})
	}
	return out
}

// Weights of the lexicon's relations: a synonym or derived form is nearly
// the word; a hypernym ("country" for "nation") is looser.
const (
	derivedWeight   = 0.7
	hypernymWeight  = 0.4
	pertainymWeight = 0.7
)

// related combines WordNet (synonyms, derived forms, pertainyms, one level
// of hypernyms, over the word's base forms) with the news thesaurus for what
// WordNet lacks.
type related struct {
	lx  *lexicon.Lexicon
	the thesaurus
}

var _ retrieval.Related = related{}

var _ retrieval.Dictionary = related{}

// IsWord reports whether WordNet knows word or its base form.
func (r related) IsWord(word string) bool { return len(r.lx.Lemma(word)) > 0 }

// Related returns the single words related to word, best weight first.
func (r related) Related(word string) []retrieval.Expansion {
	out := r.the.Related(word)
	add := func(ws []string, w float64) {
		for _, x := range ws {
			if strings.ContainsAny(x, " -") || x == word {
				continue
			}
			out = append(out, retrieval.Expansion{Key: x, Weight: w})
		}
	}
	lemmas := r.lx.Lemma(word)
	for _, l := range lemmas {
		if l != word && !strings.Contains(l, " ") {
			out = append(out, retrieval.Expansion{Key: l, Weight: 0.9})
		}
		add(r.lx.Synonyms(l), synonymWeight)
		add(r.lx.Derived(l), derivedWeight)
		add(r.lx.Pertainyms(l), pertainymWeight)
		add(r.lx.Hypernyms(l), hypernymWeight)
	}
	return out
}

var _ retrieval.Inverse = related{}

// Inverse returns the single words a question may use for word of the
// text: its base forms (0.9), pertainyms (as related words), and the
// hypernyms of its common noun and verb senses (as loose as a hypernym).
func (r related) Inverse(word string) []retrieval.Expansion {
	var out []retrieval.Expansion
	add := func(ws []string, w float64) {
		for _, x := range ws {
			if !strings.ContainsAny(x, " -") && x != word {
				out = append(out, retrieval.Expansion{Key: x, Weight: w})
			}
		}
	}
	for _, l := range r.lx.Lemma(word) {
		add([]string{l}, 0.9)
		add(r.lx.Pertainyms(l), pertainymWeight)
		add(r.lx.Hypernyms(l), hypernymWeight)
	}
	return out
}

// defaultRelated is the source of related words the index expands with.
func defaultRelated() retrieval.Related { return related{lexicon.Default(), newThesaurus()} }
