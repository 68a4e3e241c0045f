package expand

import "github.com/quotebot/quotebot/knowledge/retrieval"

// KindWeight is the credit of a class a word of the article is a kind of
// more than one level up (lexicon's Kinds: the article's "cattle" for the
// question's "animals"): looser than a hypernym, and read from the
// article's side only, so the index inverts it once per article and a
// question word finds its members from a table, with no vocabulary scan.
const KindWeight = 0.3

// addKinds appends the general classes of l, a base form of an article's
// word, to out as question words that may stand for it.
func (r Relations) addKinds(out []retrieval.Expansion, word, l string) []retrieval.Expansion {
	for _, k := range r.lx.Kinds(l) {
		if k != word && k != l {
			out = append(out, retrieval.Expansion{Key: k, Weight: KindWeight})
		}
	}
	return out
}
