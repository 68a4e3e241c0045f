package attribution

import (
	"slices"
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

// appointedVerbs give the one named the role after them, newly: "was elected
// mayor", "has been named chief executive", "was appointed as treasurer".
var appointedVerbs = map[string]bool{"elected": true, "named": true, "appointed": true, "installed": true, "chosen": true}

// AppointedAfter reads the role the text right after a name says they
// were newly given — "…, a retired principal, was elected mayor of Lake
// Ardenne", "…, who was named manager in May," — skipping one appositive
// set off by commas, and returns its
// head noun and modifiers with "new" among them (the question's "the new
// mayor"), or "" when the text says no such thing.
func AppointedAfter(after string) (string, []string) {
	lx := lexicon.Default()
	if rest, ok := strings.CutPrefix(after, ", who "); ok {
		after = rest // "Joel Park, who was named manager in May,"
	} else if strings.HasPrefix(after, ", ") {
		// One appositive: up to the next comma, with no sentence end in it.
		end := strings.Index(after[2:], ", ")
		if end < 0 || end > 120 || strings.ContainsAny(after[2:2+end], ".;:“”\"‘’()") {
			return "", nil
		}
		after = after[2+end+1:]
	}
	words := strings.Fields(after)
	if len(words) < 3 {
		return "", nil
	}
	k := 0
	switch {
	case words[0] == "was" || words[0] == "is" || words[0] == "were":
		k = 1
	case (words[0] == "has" || words[0] == "had") && words[1] == "been":
		k = 2
	default:
		return "", nil
	}
	if k >= len(words) || !appointedVerbs[words[k]] {
		return "", nil
	}
	k++
	if k < len(words) && words[k] == "as" {
		k++
	}
	if k < len(words) && (words[k] == "the" || words[k] == "its" || words[k] == "their") {
		k++
	}
	var mods []string
	for ; k < len(words) && len(mods) < 3; k++ {
		w := strings.TrimRight(words[k], ",.;:")
		if w != strings.ToLower(w) || w == "" {
			return "", nil // "named Jane", "elected Democrat": no lower-case role
		}
		if lx.IsPersonNoun(w) && FirstSense(w) == "noun.person" {
			if k+1 < len(words) && w == words[k] {
				if n := strings.TrimRight(words[k+1], ",.;:"); n == strings.ToLower(n) && lx.IsPersonNoun(n) && FirstSense(n) == "noun.person" {
					mods = append(mods, w) // "chief executive": the last person noun heads it
					continue
				}
			}
			return w, append(mods, "new")
		}
		if !lx.IsNoun(w) && !lx.IsAdjective(w) || strings.ContainsAny(words[k], ",.;:") {
			return "", nil
		}
		mods = append(mods, w)
	}
	return "", nil
}

// AgentAfter reads the role the verb right after a name makes its subject
// — "Luca Ferrante won the Grand Prix" is the winner, "Ada Ruiz, 41,
// founded the firm" its founder — through the verb's agent noun as
// agentNoun finds it, so that a question's "the winner" names them. The
// verb must be a past-tense form, perhaps after one appositive set off by
// commas; verbs of saying ("said", "told") make no role. "" when the text
// says no such thing.
func AgentAfter(after string) string {
	if strings.HasPrefix(after, ", ") {
		end := strings.Index(after[2:], ", ")
		if end < 0 || end > 80 || strings.ContainsAny(after[2:2+end], ".;:“”\"‘’()") {
			return ""
		}
		after = after[2+end+1:]
	}
	after = strings.TrimPrefix(after, " ")
	i := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(after)
	}
	w := after[:i]
	if w == "" || strings.ToLower(w) != w || !strings.HasSuffix(w, "ed") && !irregularPast(w) {
		return ""
	}
	lx := lexicon.Default()
	if lx.IsSpeechVerb(w) {
		return ""
	}
	for _, base := range lx.Lemma(w) {
		if base == w || !lx.IsVerb(base) || lx.IsSpeechVerb(base) {
			continue
		}
		if n := agentNoun(lx, base); n != "" {
			return n
		}
	}
	return ""
}

// irregularPast reports a past-tense form that does not end in "-ed" ("won",
// "led", "wrote"): WordNet's base form differs and is no prefix of it.
func irregularPast(w string) bool {
	for _, base := range lexicon.Default().Lemma(w) {
		if base != w && !strings.HasPrefix(w, base) && !strings.HasSuffix(w, "s") {
			return true
		}
	}
	return false
}

// FirstSense returns the supersense of the commonest sense of w or of its
// base form ("noun.person", "verb.communication"), or "".
func FirstSense(w string) string {
	lx := lexicon.Default()
	for _, l := range append([]string{w}, lx.Lemma(w)...) {
		if ss := lx.Supersenses(l); len(ss) > 0 {
			return ss[0]
		}
	}
	return ""
}

// agentRoles gives each person named outside a quotation the role a
// passive verb before the name makes them ("directed by Siân Pryce": the
// director), so a quotation's "the director said" finds them.
func (r *Result) agentRoles() {
	text := r.doc.Text
	for _, m := range r.Mentions {
		en := &r.Entities[m.Entity]
		if m.InQuote || m.TitleStart != m.Start || en.Kind == Organisation || en.Kind == Place {
			continue
		}
		if head := AgentBefore(text[max(0, m.Start-40):m.Start]); head != "" {
			en.Roles = appendUnique(en.Roles, head)
			en.Kind = Person // a person noun's agent is a person
		}
	}
}

// appointedRoles gives each person named outside a quotation the role an
// appointment after the name newly gives ("Ada Ruiz, a retired principal,
// was elected mayor"), when no one else holds it: beside a sitting mayor
// she is the new mayor, which a bare "the mayor" does not name. Run once
// titles and descriptions have given the other roles.
func (r *Result) appointedRoles() {
	text := r.doc.Text
	for _, m := range r.Mentions {
		en := &r.Entities[m.Entity]
		if m.InQuote || en.Kind == Organisation || en.Kind == Place {
			continue
		}
		head, _ := AppointedAfter(text[m.End:min(len(text), m.End+200)])
		if head == "" || slices.Contains(en.Roles, head) {
			continue
		}
		held := false
		for e := range r.Entities {
			if e != m.Entity && r.Entities[e].Kind == Person && slices.ContainsFunc(r.Entities[e].Roles, func(ro string) bool { return ro == head || r.sameRole(ro, head) }) {
				held = true
			}
		}
		if !held {
			en.Roles = appendUnique(en.Roles, head)
			en.Kind = Person
		}
	}
}
