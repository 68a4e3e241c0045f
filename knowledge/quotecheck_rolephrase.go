package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// rolePhraseOpeners open a claimed speaker known only by a role: "The
// waiter said", "A midwife said", "One member said", "Our driver told".
var rolePhraseOpeners = map[string]bool{"the": true, "a": true, "an": true, "one": true, "another": true,
	"our": true, "my": true, "his": true, "her": true, "their": true}

// rolePrepositions may follow a role phrase's noun before its speech verb
// ("The man from the distribution company said", "A customer services
// agent at Larkspur Living told", "A man at the back of the hall shouted").
var rolePrepositions = map[string]bool{"from": true, "at": true, "in": true, "on": true, "with": true,
	"near": true, "of": true, "behind": true, "outside": true, "inside": true}

// maxRoleWords bounds the modifiers before a role phrase's noun and
// maxRoleTail the words of the phrase after it.
const (
	maxRoleWords = 3
	maxRoleTail  = 8
)

// openingRolePhrase returns the role phrase a claim's sentence opens with
// as the subject of its speech verb: an opener (rolePhraseOpeners), up to
// maxRoleWords lower-case modifiers and a person noun of the lexicon,
// singular or plural, then the verb, directly or after a phrase placing
// the person. The phrase is returned up to its noun ("The man"), with the
// folded noun; "", "" when the sentence opens otherwise. A voice noun
// ("A spokesman for …") speaks for a body and is left to the names.
func (a *Article) openingRolePhrase(s string, toks []Token) (string, string) {
	if len(toks) < 3 || !rolePhraseOpeners[toks[0].Norm] {
		return "", ""
	}
	lx := lexicon.Default()
	for h := 1; h < len(toks) && h <= maxRoleWords+1; h++ {
		t := toks[h]
		if isCapitalised(t) || strings.ContainsAny(s[toks[h-1].End:t.Start], ",;:—–") {
			return "", ""
		}
		w := t.Norm
		if !lx.IsPersonNoun(w) && !lx.IsPersonNoun(strings.TrimSuffix(w, "s")) && !a.givenRole(w) || attributionFillers[w] || claimSpeech(w) {
			continue
		}
		if h+1 < len(toks) && lx.IsPersonNoun(toks[h+1].Norm) && adjacent(s, t, toks[h+1]) {
			continue // a modifier: "the violin teacher"
		}
		if attribution.IsVoiceNoun(w) {
			return "", ""
		}
		if speechVerbAfter(toks, h+1) {
			return s[toks[0].Start:t.End], w
		}
		if h+1 < len(toks) && rolePrepositions[toks[h+1].Norm] {
			for j := h + 2; j < len(toks) && j <= h+1+maxRoleTail; j++ {
				if strings.ContainsAny(s[toks[j-1].End:toks[j].Start], ",;:") {
					break
				}
				if speechVerbAfter(toks, j) {
					return s[toks[0].Start:t.End], w
				}
			}
		}
		// "A customer services agent": a person noun as a modifier.
	}
	return "", ""
}

// givenRole reports whether the article gives a person the role noun w
// ("pronouncer", which the lexicon lacks): a claim may name them by it.
func (a *Article) givenRole(w string) bool {
	for _, p := range a.People {
		for _, d := range p.Descriptors {
			if d.Head == w {
				return true
			}
		}
	}
	return false
}

// sameRolePhrase decides a claimed role phrase ("The waiter", "A
// midwife", "The stewards") against a speaker the article knows only by a
// role phrase of its own ("our waiter", "senior midwife", "the Fellbridge
// stewards"): the same person when the claimed noun is a word of the
// speaker's phrase. ok is false unless both are role phrases.
func (a *Article) sameRolePhrase(claimed, speaker string) (match, ok bool) {
	if a.attr == nil {
		return false, false
	}
	words := strings.Fields(Fold(claimed))
	if len(words) < 2 || !rolePhraseOpeners[words[0]] {
		return false, false
	}
	roleOnly := false
	for _, e := range a.attr.Entities {
		if e.Short == speaker && e.RoleOnly {
			roleOnly = true
			break
		}
	}
	if !roleOnly {
		return false, false
	}
	head := words[len(words)-1]
	sw := strings.FieldsFunc(Fold(speaker), func(r rune) bool { return r == ' ' || r == ',' })
	return slices.ContainsFunc(sw, func(w string) bool {
		return w == head || strings.TrimSuffix(w, "s") == strings.TrimSuffix(head, "s") || kindOfRole(w, head)
	}), true
}

// kindOfRole reports a person noun w that WordNet puts one or two steps
// below role noun head: "A parent said" names "one mother of two".
func kindOfRole(w, head string) bool {
	lx := lexicon.Default()
	if len(w) < 3 || !lx.IsPersonNoun(w) || !lx.IsPersonNoun(head) {
		return false
	}
	for _, h := range lx.Hypernyms(w) {
		if h == head || slices.Contains(lx.Hypernyms(h), head) {
			return true
		}
	}
	return false
}

// bodyOfficers are the unnamed people whose words news gives to the body
// they serve ("a ministry official said").
var bodyOfficers = map[string]bool{"official": true, "officer": true, "aide": true, "staffer": true, "insider": true, "source": true}

// rolePhraseBefore returns the role phrase opening the last sentence of
// the text before a claim's quotation (openingRolePhrase), or "". A
// body's own officer ("A transport ministry official said") speaks for
// the body, so a phrase with an organisation word among its modifiers is
// none; nor is one the article gives a named person (PersonByRole).
// A customer services agent is no body's voice: only an officer noun
// (bodyOfficers) makes the modifier the body.
func (a *Article) rolePhraseBefore(s string) string {
	toks := lastSentence(s, Tokenize(s))
	phrase, _ := a.openingRolePhrase(s, toks)
	if phrase == "" || a.attr == nil {
		return ""
	}
	words := strings.Fields(Fold(phrase))
	if bodyOfficers[words[len(words)-1]] {
		for _, w := range words[1 : len(words)-1] {
			if a.attr.IsOrgWord(w) {
				return ""
			}
		}
	}
	if _, ok := a.PersonByRole(phrase); ok {
		return ""
	}
	return phrase
}

// namesPerson reports whether a claimed speaker found by the names is a
// person of the article: a role phrase does not override one ("The
// district chief said" for Angela Whitcombe), only a body or place named
// inside the phrase ("The man from the distribution company") or nothing.
func (a *Article) namesPerson(who string) bool {
	if who == "" || a.attr == nil {
		return false
	}
	e, _ := a.attr.Resolve(who)
	if e < 0 {
		for i, en := range a.attr.Entities {
			if en.Short == who || en.Name == who {
				e = i
				break
			}
		}
	}
	return e < 0 || a.attr.Entities[e].Kind == attribution.Person
}
