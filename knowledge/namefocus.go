package knowledge

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// nameFocusReach bounds the words around a name that tie it to what the
// question asks ("Acme Ltd will build the bridge", "the contract went to
// Acme"): a name further off, or past a clause break, is another actor's.
const nameFocusReach = 6

// namedKinds are the WordNet supersenses of nouns whose members a news
// story tells apart by their names: organisations and groups, people,
// and made things ("Which company", "Which club", "Which store", "Which
// wine"). A "which" question for a word, an aspect or a promise ("Which
// terms …", "Which single word …") is answered by a phrase, not a name; a
// place is often told apart from its verb ("the ferry between Ardmore and
// Kell" for "Which places does the ferry connect?"). Each key's word
// names its class too ("Which group …").
var namedKinds = map[string]bool{"noun.group": true, "noun.person": true, "noun.artifact": true, "noun.food": true}

// asksForName reports a "which N" question a name answers ("Which company
// will build the bridge?"): N's commonest sense is of a named kind
// (namedKinds). "Which of …" picks among things the question names, and a
// typed "which" (a city, a year, a person) has features of its own.
func asksForName(q *query) bool {
	toks := q.toks
	if len(toks) < 2 || toks[0].Norm != "which" || toks[1].Norm == "of" || q.answerType != "" || q.asksName {
		return false
	}
	lx := lexicon.Default()
	focus, _ := questionFocus(lx, toks)
	head := -1
	for k, t := range toks {
		if focus[t.Start] {
			if !anyNounForm(lx, t.Norm) {
				break // "Which group offered …": the verb ends the phrase
			}
			head = k
		}
	}
	if head < 0 || isCapitalised(toks[head]) {
		return false
	}
	for _, l := range append([]string{toks[head].Norm}, lx.Lemma(toks[head].Norm)...) {
		for _, ss := range lx.Supersenses(l) {
			if ss == "noun.Tops" {
				// The classes' own names: "group", "person", "place".
				return namedKinds["noun."+l]
			}
			if strings.HasPrefix(ss, "noun.") {
				return namedKinds[ss]
			}
		}
	}
	return false
}

// whichNameApart reports a "which N" question a name answers (asksForName)
// whose passage holds no name, beyond the question's own, beside a word
// of the question's focus — N or the question's main verb (focusTargets),
// by the word, a synonym, a derived form or a class it is a kind of. A
// passage can match the question's words and hold names while none of
// them is the one asked for: "a supplier of the hinges went bankrupt" has
// no company's name for "Which company supplied the hinges?", and "…,
// according to the harbour master, Tom Reilly" names no hotel group for
// "Which hotel group has shown interest in the quay?". The passage is
// the typed sentence, else the first.
func (a *Article) whichNameApart(q *query, i0 int) bool {
	if !asksForName(q) {
		return false
	}
	targets, _ := a.focusTargets(q)
	if len(targets) == 0 {
		return false
	}
	s := a.typedSentence(q, i0)
	if s < 0 {
		s = i0
	}
	sen := a.Sentences[s]
	toks := sen.tokens
	for k := range toks {
		if !a.isNewName(q, toks, k) {
			continue
		}
		lo, hi := k, k+1
		for lo > 0 && k-lo < nameFocusReach && !strongBreak(sen.Text, toks[lo-1], toks[lo]) {
			lo--
		}
		for hi < len(toks) && hi-k-1 < nameFocusReach && !strongBreak(sen.Text, toks[hi-1], toks[hi]) {
			hi++
		}
		for _, t := range targets {
			for j := lo; j < hi; j++ {
				if j != k && (t.keys[toks[j].Stem] || t.keys[a.index.stem(toks[j].Norm)]) {
					return false
				}
			}
		}
	}
	return true
}

// isNewName reports toks[k] as a word of a name the question does not hold
// already: capitalised, and not a sentence's first word unless WordNet does
// not know it ("Acme will build …", not "The council …"); months and
// weekdays are dates, not names.
func (a *Article) isNewName(q *query, toks []Token, k int) bool {
	t := toks[k]
	if !isCapitalised(t) || q.norms[t.Norm] || IsStopWord(t.Norm) || monthNames[t.Norm] || weekdayNames[t.Norm] {
		return false
	}
	if k == 0 && len(lexicon.Default().Lemma(t.Norm)) > 0 {
		return false
	}
	return true
}

// strongBreak reports a break between two adjacent tokens of text that ends
// a name's reach: a semicolon, colon, bracket or dash. A comma does not: an
// apposition ties a name to its role ("Jo Hart, the tourism officer,").
func strongBreak(text string, prev, next Token) bool {
	if prev.End > next.Start || next.Start > len(text) {
		return false
	}
	return strings.ContainsAny(text[prev.End:next.Start], ";:()—–")
}
