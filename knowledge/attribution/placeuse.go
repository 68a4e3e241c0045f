package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// placeGoverning are prepositions that govern a place in news: "at Skelbeck", "between
// Skelbeck and Hollins Cross", "services to Marrick".
var placeGoverning = wordSet(`in at from to near outside between via towards toward into across around beyond`)

// placeModified are nouns a place name modifies: "Skelbeck station", "the
// Hollins Cross stop".
var placeModified = wordSet(`station stop depot junction terminal airport harbour port line branch`)

// usedAsPlace reports whether an entity with no evidence of what it is
// is written as a place at most of its mentions, and at two or more: after
// a preposition of place ("at Skelbeck", "from Skelbeck to the coast"), as
// the second of a pair such a preposition governs ("between Skelbeck and
// Hollins Cross"), or before a
// place's noun ("Skelbeck station"). Such a name is no speaker: "a
// teaching assistant who travels to a school in Skelbeck, said" is hers.
func (r *Result) usedAsPlace(e int) bool {
	en := &r.Entities[e]
	n, placed := 0, 0
	for _, mi := range en.Mentions {
		m := r.Mentions[mi]
		if m.Sentence < 0 || m.InQuote {
			continue
		}
		toks := r.toks[m.Sentence]
		k := tokenAt(toks, m.TitleStart)
		end := r.nameEnd(toks, m.End)
		if k < 0 {
			continue
		}
		n++
		switch {
		case k > 0 && placeGoverning[toks[k-1].Norm]:
			placed++
		case k > 1 && (toks[k-1].Norm == "and" || toks[k-1].Norm == "or") && r.pairedPlace(toks, k-1):
			placed++
		case end < len(toks) && placeModified[toks[end].Norm]:
			placed++
		}
	}
	return placed >= 2 && placed*3 >= n*2
}

// pairedPlace reports whether the conjunction toks[c] joins a name to one
// a preposition of place governs, a few words before: "between Skelbeck
// and", "to Lowther Bridge and".
func (r *Result) pairedPlace(toks []nlp.Token, c int) bool {
	for m := c - 1; m >= 0 && m >= c-4; m-- {
		if !isCap(toks[m]) {
			return placeGoverning[toks[m].Norm]
		}
	}
	return false
}

// progressiveAuxes are the auxiliaries of a progressive speech verb ("was
// telling", "is saying", "had been warning").
var progressiveAuxes = wordSet(`was were is are been`)

// progressiveAux steps from token k, the word before speech verb v of
// sentence si, over the auxiliaries of a progressive ("An announcer was
// telling passengers: “…”"), and over fillers before them ("had been
// saying"). A passive ("was told") is left alone: its subject is the one
// told, not the speaker.
func (r *Result) progressiveAux(si, v, k, lo int) int {
	toks := r.toks[si]
	if k < lo || !strings.HasSuffix(toks[v].Norm, "ing") || !progressiveAuxes[toks[k].Norm] || r.inQ[si][k] {
		return k
	}
	k--
	for k >= lo && (fillers[toks[k].Norm] || progressiveAuxes[toks[k].Norm]) && strings.TrimSpace(r.gapAt(toks, k+1)) == "" {
		k--
	}
	return k
}
