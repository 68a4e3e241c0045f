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
	return 0, 1
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
