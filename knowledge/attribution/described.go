package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// placePrepositions open a phrase that places a person the article
// describes without naming ("a man in a rugby shirt", "a grandmother in
// the back row", "a man near the back of the hall").
var placePrepositions = wordSet(`in at near from with on by behind outside`)

// maxPlaceWords bounds the words of a place phrase after its preposition.
const maxPlaceWords = 6

// placeTail returns the last token of a phrase placing the person whose
// noun is token k of sentence si ("in a rugby shirt", "near the back of
// the hall"): a preposition, then determiners, nouns, names and "of", up
// to the first word that is none of them; k when there is none. The
// phrase is part of the person's name as the article first writes it.
func (r *Result) placeTail(si, k int) int {
	toks := r.toks[si]
	p := k + 1
	if p+1 >= len(toks) || !placePrepositions[toks[p].Norm] || r.inQ[si][p] || r.gapAt(toks, p) != " " {
		return k
	}
	end := k
	for j := p + 1; j < len(toks) && j <= p+maxPlaceWords; j++ {
		t := toks[j]
		if r.inQ[si][j] || r.gapAt(toks, j) != " " && r.gapAt(toks, j) != "-" {
			break
		}
		if determiners[t.Norm] || possessivePronouns[t.Norm] || t.Norm == "of" {
			continue
		}
		if speechVerbs[t.Norm] || nlp.IsStopWord(t.Norm) || !isCap(t) && !nounModifier(r.raw, t.Norm) && !nounModifier(r.raw, singular(t.Norm)) {
			break
		}
		end = j
	}
	return end
}

// nearIndefinite returns the person the nearest indefinite phrase of
// role noun w brings in outside quotations before token k of sentence at,
// in its paragraph or the one before ("A nurse restocking a drugs trolley
// watches her go. ‘…,’ the nurse says"): the definite phrase refers back
// to it, and the sets name the person as first written. A role brought in
// paragraphs earlier and called "the dispatcher" ever after is named by
// the definite phrase: -1.
func (r *Result) nearIndefinite(w string, at, k int) int {
	para := r.doc.Sentences[at].Paragraph
	head := lastWord(strings.ReplaceAll(w, "-", " "))
	for si := at; si >= 0 && r.doc.Sentences[si].Paragraph >= para-1; si-- {
		toks := r.toks[si]
		end := len(toks)
		if si == at {
			end = k
		}
		for m := end - 1; m >= 0; m-- {
			if r.inQ[si][m] || toks[m].Norm != head || r.roleWord(si, m) != w {
				continue
			}
			if a := r.indefiniteOpener(si, m, 0); a >= 0 {
				return r.indefiniteRoleSpeaker(si, a, m)
			}
		}
	}
	return -1
}

// openingPossessive returns the possessive pronoun opening sentence s
// outside quotations and the family or person noun right after it ("His
// wife, sitting beside him, does not find it funny"), or -1, -1: someone
// the article knows only by whose they are, whom the sets name by that
// phrase as written.
func (r *Result) openingPossessive(s int) (int, int) {
	toks := r.toks[s]
	if len(toks) < 3 || r.inQ[s][0] || r.inQ[s][1] || toks[0].Norm == "my" || toks[0].Norm == "our" ||
		!possessivePronouns[toks[0].Norm] || r.gapAt(toks, 1) != " " {
		return -1, -1
	}
	w := toks[1].Norm
	if singular(w) != w || !kinNouns[w] && !(r.lex.IsPersonNoun(w) && !voiceNouns[w] && !anonymousNouns[w]) {
		return -1, -1
	}
	// "His wife Maria said": the article names them.
	if _, ok := r.nameAt[toks[2].Start]; ok && strings.TrimSpace(r.gapAt(toks, 2)) == "" {
		return -1, -1
	}
	if kinNouns[w] && r.namedRelative(s, personalPronouns[toks[0].Norm], w) {
		return -1, -1
	}
	if r.openingNamedKin(s) >= 0 {
		return -1, -1
	}
	return 0, 1
}

// openingNamedKin returns the relative a possessive family phrase opening
// sentence s names when the article has named them ("He was joined by his
// daughter, Lucy Tate. … ¶ Her father laughed": Lucy's father, the man of
// "his daughter"), or -1.
func (r *Result) openingNamedKin(s int) int {
	toks := r.toks[s]
	if len(toks) < 3 || r.inQ[s][0] || r.inQ[s][1] || !possessivePronouns[toks[0].Norm] || !kinNouns[toks[1].Norm] || r.gapAt(toks, 1) != " " {
		return -1
	}
	o, ok := r.pronoun[toks[0].Start]
	if !ok {
		return -1
	}
	k := r.namedKinNow(o, toks[1].Norm)
	if k < 0 || k == o || !r.genderFits(k, r.lex.PersonGender(toks[1].Norm)) {
		return -1
	}
	return k
}

// namedKinPronouns gives the relative a possessive family phrase opening
// sentence s names (openingNamedKin) the "he" or "she" of the noun's
// gender after it, in the sentence and the next of the paragraph, until
// someone is named ("Her father does not deny it. ‘…,’ is all he says."),
// except the owner's own ("Her sister, she added, had been calm").
func (r *Result) namedKinPronouns(s int) {
	k := r.openingNamedKin(s)
	if k < 0 {
		return
	}
	o := r.pronoun[r.toks[s][0].Start]
	g := string(r.lex.PersonGender(r.toks[s][1].Norm))
	var at []int
	r.pronounsAfter(s, 1, func(t, m int) bool {
		tk := r.toks[t][m]
		if personalPronouns[tk.Norm] != g || r.pronoun[tk.Start] == o {
			return true // the owner's own ("Her sister, she added, …")
		}
		if old, ok := r.pronoun[tk.Start]; ok && old != k && (r.namedIn(s, old) || r.namedIn(t, old)) {
			return false
		}
		at = append(at, tk.Start)
		return true
	})
	if len(at) > 0 {
		r.givePronouns(k, g, at)
	}
}

// namedKinNow returns the person the article names as the relation noun of
// owner (kinOf) from the pronouns resolved so far, leaving the relatives
// index to be built afresh when attribution reads it.
func (r *Result) namedKinNow(owner int, noun string) int {
	saved := r.relatives
	if saved == nil {
		defer func() { r.relatives = nil }()
	}
	return r.kinOf(owner, noun)
}

// namedRelative reports whether the owner of a possessive kin phrase
// opening sentence s ("Trish says. Her husband disagrees.") is a person
// named just before, of the possessive's gender, whose surname another
// person of the article shares with a gender that fits the kin noun:
// relatives share surnames, so that person is the one meant ("Sean and
// Trish Lomax"), and the entities, not the phrase, name the speaker.
func (r *Result) namedRelative(s int, ownerGender, kin string) bool {
	if ownerGender == "" {
		return false
	}
	kinGender := genderOfVoice(kin)
	for t := s - 1; t <= s && t >= 0; t++ {
		if r.doc.Sentences[t].Paragraph != r.doc.Sentences[s].Paragraph {
			continue
		}
		for m, tk := range r.toks[t] {
			if t == s && m > 0 {
				break
			}
			mi, ok := r.nameAt[tk.Start]
			if !ok {
				continue
			}
			x := r.Entities[r.Mentions[mi].Entity]
			if x.Kind != Person || x.RoleOnly || x.last == "" || x.Gender != ownerGender {
				continue
			}
			for ei := range r.Entities {
				y := &r.Entities[ei]
				if ei == r.Mentions[mi].Entity || y.Kind != Person || y.RoleOnly || y.last != x.last {
					continue
				}
				if kinGender == "" || y.Gender == "" || y.Gender == kinGender {
					return true
				}
			}
		}
	}
	return false
}

// skipIndefinite returns where a name starts in the capitalised run
// toks[k:j] of sentence si when a capitalised "One", "A", "An" or
// "Another" opens it before a lower-case person noun ("One Ashcombe
// supporter", "A Wexborough driver"): past the article, which no name
// holds, so that the phrase stays an indefinite person. Else k.
func (r *Result) skipIndefinite(si, k, j int) int {
	toks := r.toks[si]
	switch toks[k].Norm {
	case "one", "a", "an", "another":
	default:
		return k
	}
	if j-k < 2 || j >= len(toks) || isCap(toks[j]) || r.gapAt(toks, j) != " " || !r.lex.IsPersonNoun(toks[j].Norm) {
		return k
	}
	return k + 1
}

// labelVerbs give something a name or a label in the active voice, their
// subject the one whose words the quoted label is: "his late wife had
// called the post office the village's ‘front room’".
var labelVerbs = wordSet(`called dubbed nicknamed branded labelled labeled described termed`)

// labelFillers stand between a labelling verb and its subject: auxiliaries
// and the adverbs of habit ("had always called").
var labelFillers = wordSet(`had has have would always once often also ever used to`)

// kinModifiers stand between a possessive and a family noun without
// naming anyone: "his late wife", "her former husband".
var kinModifiers = wordSet(`late former old own`)

// maxLabelWords bounds a quoted label: a word or short phrase, not a
// sentence someone says.
const maxLabelWords = 5

// sieveKinLabel gives a short quotation that a labelling verb before it
// introduces ("He said his late wife had called the post office the
// village's ‘front room’") to the relative who is that verb's subject,
// named by the phrase as written ("his late wife"): the label is her
// word, not the word of the person reporting it. A relative the article
// names (namedRelative) is left to the rules for names.
func (r *Result) sieveKinLabel(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote || len(strings.Fields(r.doc.Text[qt.Start:qt.End])) > maxLabelWords {
		return -1, false
	}
	b := r.before(q)
	if b.j <= b.i {
		return -1, false
	}
	si, toks := b.si, r.toks[b.si]
	v := -1
	for m := b.j - 1; m >= b.i && m >= b.j-8; m-- {
		if speechVerbs[toks[m].Norm] && !labelVerbs[toks[m].Norm] && !r.speechNoun(si, m) || strings.ContainsAny(r.gapAt(toks, m+1), ";:.!?") && m+1 < b.j {
			return -1, false
		}
		if labelVerbs[toks[m].Norm] {
			v = m
			break
		}
	}
	if v < 0 {
		return -1, false
	}
	n := v - 1
	for n > b.i && labelFillers[toks[n].Norm] && r.gapAt(toks, n+1) == " " {
		n--
	}
	if n <= b.i || r.gapAt(toks, n+1) != " " || isCap(toks[n]) || !kinNouns[toks[n].Norm] {
		return -1, false
	}
	p := n - 1
	for p > b.i && kinModifiers[toks[p].Norm] && r.gapAt(toks, p+1) == " " {
		p--
	}
	if p < b.i || r.gapAt(toks, p+1) != " " || toks[p].Norm == "my" || toks[p].Norm == "our" || !possessivePronouns[toks[p].Norm] {
		return -1, false
	}
	if r.namedRelative(si, personalPronouns[toks[p].Norm], toks[n].Norm) {
		return -1, false
	}
	name := strings.ToLower(r.doc.Text[toks[p].Start:toks[n].End])
	return r.roleOnlyKeyed("p\x00"+name, name, toks[n].Norm), true
}
