package knowledge

import (
	"testing"

	"github.com/quotebot/quotebot/knowledge/expand"
)

// TestRelationWeights holds the weights knowledge compares matches with to
// the ones knowledge/expand gives the index's expansions.
func TestRelationWeights(t *testing.T) {
	for _, tc := range []struct {
		name      string
		got, want float64
	}{
		{"synonym", synonymWeight, expand.SynonymWeight},
		{"hypernym", hypernymWeight, expand.HypernymWeight},
		{"pertainym", pertainymWeight, expand.PertainymWeight},
	} {
		if tc.got != tc.want {
			t.Errorf("%s weight %v, knowledge/expand's %v", tc.name, tc.got, tc.want)
		}
	}
}
