package lexicon

import (
	"strconv"
	"strings"
)

// Detachment rules of WordNet's morphy, per part of speech: an inflected
// ending and what replaces it.
var detach = [...]struct {
	flag  int
	rules [][2]string
}{
	{flagNoun, [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}},
	{flagVerb, [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}},
	{flagAdj, [][2]string{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}},
}

var posLetter = map[byte]int{'n': flagNoun, 'v': flagVerb, 'a': flagAdj, 'r': flagAdv}

// Lemma returns the base forms of w the way WordNet's morphy finds them:
// w itself when it is a lemma, the bases of its irregular forms (WordNet's
// exception lists: "went" → "go", "mice" → "mouse"), then what the
// detachment rules give that WordNet lists ("proposed" → "propose",
// "leaders" → "leader"). The most likely comes first: w itself, unless the
// tagged corpus saw it less than a word it inflects ("said" gives "say",
// "said"; "leaders" gives "leader", "leaders"). Nil when none is known. The
// last word of a multiword expression is inflected like a word ("chief
// executives").
func (lx *Lexicon) Lemma(w string) []string {
	var out []string
	addw := func(b string) {
		for _, x := range out {
			if x == b {
				return
			}
		}
		out = append(out, b)
	}
	i := lx.find(w)
	if i >= 0 && lx.Known(w) {
		addw(w)
	}
	if i >= 0 {
		exc := lx.field(i, fieldExceptions)
		for exc != "" {
			var e string
			e, exc, _ = strings.Cut(exc, ",")
			if len(e) < 2 {
				continue
			}
			k, err := strconv.ParseUint(e[1:], 36, 32)
			// A base that is no lemma ("is" for "is" in noun.exc) is no use.
			if err == nil && int(k) < len(lx.starts) && lx.Known(lx.word(int(k))) {
				addw(lx.word(int(k)))
			}
		}
	}
	for _, d := range detach {
		for _, r := range d.rules {
			if !strings.HasSuffix(w, r[0]) || len(w)-len(r[0])+len(r[1]) < 2 {
				continue
			}
			// "ss" is no plural ("glass" does not give "glas").
			if r[0] == "s" && strings.HasSuffix(w, "ss") {
				continue
			}
			b := w[:len(w)-len(r[0])] + r[1]
			if lx.flags(b)&d.flag != 0 {
				addw(b)
			}
		}
	}
	if len(out) > 1 && out[0] == w && lx.flags(w)&flagInflected != 0 {
		out = append(out[1:], w)
	}
	return out
}
