package roles

import (
	"strings"
	"unicode"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// AgentBefore reads the role a passive verb's agent holds from the text
// right before a name: "directed by" makes the one named the director,
// "written by" the writer, "coached by" the coach. The role is the
// verb's agent noun as the lexicon knows it — the verb with "-er" or
// "-or" ("direct" → "director", "compose" → "composer") or the verb
// itself when it is a person noun ("coach", "host") — so no list of verbs
// is needed, and a verb with no such noun ("replaced by") gives none.
// before must end in "by" and one space; "" when it gives no role.
func AgentBefore(before string) string {
	rest, ok := strings.CutSuffix(before, " by ")
	if !ok {
		return ""
	}
	i := strings.LastIndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	w := rest[i+1:]
	if w == "" || strings.ToLower(w) != w {
		return "" // "Order by Decree": a capitalised word is no verb here
	}
	lx := lexicon.Default()
	for _, base := range lx.Lemma(w) {
		if base == w || !lx.IsVerb(base) {
			continue // not an inflected verb: "stand by", "nearby by"
		}
		if n := agentNoun(lx, base); n != "" {
			return n
		}
	}
	return ""
}

// agentNoun returns the person noun naming who does what verb v says, or
// "".
func agentNoun(lx *lexicon.Lexicon, v string) string {
	cands := []string{v + "r", v + "er", v + "or"}
	if n := len(v); n > 2 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) && strings.ContainsRune("aeiou", rune(v[n-2])) {
		cands = append(cands, v+v[n-1:]+"er") // "run" → "runner"
	}
	cands = append(cands, v)
	for _, c := range cands {
		if lx.IsPersonNoun(c) && FirstSense(c) == "noun.person" {
			return c
		}
	}
	return ""
}
