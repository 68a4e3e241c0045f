package knowledge

import (
	"github.com/quotebot/quotebot/knowledge/expand"
	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// Weights of the lexicon's relations that questions and the answer decision
// compare a match with; knowledge/expand gives them (synonymWeight, in
// ask.go, equals expand.SynonymWeight: TestRelationWeights).
const (
	hypernymWeight  = expand.HypernymWeight
	pertainymWeight = expand.PertainymWeight
)

// defaultRelated is the source of related words the index expands with.
func defaultRelated() retrieval.Related { return expand.Default() }
