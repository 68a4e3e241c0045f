package lexicon

import "github.com/quotebot/quotebot/knowledge/lexicon/internal/format"

// Kinds returns the general classes a noun is a kind of beyond its
// hypernyms, from its common noun senses up, nearest first, at most 8:
// "cattle", "sheep" → "animal"; "lorry", "tractor" → "vehicle"; "rifle" →
// "weapon"; "cathedral" → "building". A class is at least six levels below
// WordNet's root (so not "person", "artifact", "organism") and one the tagged
// corpus saw at least five times (so not "bovid"). Person nouns get few:
// WordNet reaches "person" from them in three levels.
func (lx *Lexicon) Kinds(w string) []string { return lx.list(w, format.FieldKinds) }
