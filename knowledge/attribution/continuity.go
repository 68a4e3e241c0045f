package attribution

import (
	"slices"
	"strings"
)

// subjectContinuity revisits the referent e chosen for a subject pronoun
// ("he"/"she", gender g) at token k of sentence si that its own sentence
// has not yet given a person: the subject of the sentence before, in the
// same paragraph, is the likelier referent (the centre continues) when
// only a given-name list says that subject is of the other gender, and e
// itself is known by no better evidence. "Mensah, unbeaten in 19 fights,
// took the title from Gary Pender. Asked what he expected, he …" is
// Mensah's even when lists call Kai a woman's name. Not when e stands
// beside the subject in one coordinated subject ("Erik Berg and Kristin
// Dahl met. “No,” she said."): there the name is all there is.
func (r *Result) subjectContinuity(e int, g string, si, k, first int) int {
	if e < 0 || first >= 0 || si == 0 || (r.toks[si][k].Norm != "he" && r.toks[si][k].Norm != "she") {
		return e
	}
	prev := si - 1
	if r.doc.Sentences[prev].Paragraph != r.doc.Sentences[si].Paragraph {
		return e
	}
	s := r.Sentences[prev].Subject
	if s < 0 || s == e {
		return e
	}
	se, ee := &r.Entities[s], &r.Entities[e]
	if se.Kind != Person || !se.nameGender || se.Gender == g || r.tookPronoun[s][se.Gender] > 0 {
		return e
	}
	if ee.Gender != "" && !ee.nameGender {
		return e // the article itself showed e's gender
	}
	if r.coordinated(prev, s, e) {
		return e
	}
	se.Gender, se.nameGender = g, false
	return s
}

// coordinated reports whether sentence si names a and b side by side,
// joined by "and", "&" or a comma only ("Erik Berg and Kristin Dahl"), or
// does not name b at all after a.
func (r *Result) coordinated(si, a, b int) bool {
	toks := r.toks[si]
	endA := -1
	for _, t := range toks {
		mi, ok := r.nameAt[t.Start]
		if !ok {
			continue
		}
		m := r.Mentions[mi]
		switch {
		case m.Entity == a && endA < 0:
			endA = m.End
		case m.Entity == b && endA >= 0:
			gap := strings.ToLower(strings.TrimSpace(r.doc.Text[endA:m.Start]))
			return gap == "and" || gap == "&" || gap == "," || gap == ", and"
		case m.Entity == b:
			return true // b comes first: not the plain subject-then-object case
		}
	}
	return true
}

// pairedGivenNames finds given names coordinated before a full name that
// they share the surname of ("Sean and Trish Lomax", "Ken and Roy
// Pettifer"): each names a person of that surname. It returns the full
// name each such one-word candidate stands for, by sentence and token.
// One of the two given names must be one the lexicon knows, the word no
// common word, place or surname of the article, and the full name a
// person's (two words, not an organisation's).
func (r *Result) pairedGivenNames(cands []candidate) map[[2]int]string {
	out := map[[2]int]string{}
	at := map[[2]int]candidate{}
	surnames := map[string]bool{} // words that end a longer name: not given names here
	for _, c := range cands {
		at[[2]int{c.si, c.i}] = c
		if c.j-c.i >= 2 {
			surnames[r.toks[c.si][c.j-1].Norm] = true
		}
	}
	for _, c := range cands {
		toks := r.toks[c.si]
		if c.j-c.i != 1 || c.kind == Organisation || c.kind == Place || c.j+1 >= len(toks) ||
			toks[c.j].Norm != "and" || r.gapAt(toks, c.j) != " " || r.gapAt(toks, c.j+1) != " " {
			continue
		}
		full, ok := at[[2]int{c.si, c.j + 1}]
		if !ok || full.j-full.i != 2 || full.kind == Organisation || full.kind == Place || r.inQ[c.si][c.i] {
			continue
		}
		w, fw := toks[c.i].Norm, toks[full.i].Norm
		// "a young couple, Sam and Priya Okoro": the pair noun shows
		// both are given names, though "Sam" is a word too.
		pair := r.pairNounBefore(c.si, c.i)
		known := r.lex.GivenNameGender(w) != "" || r.lex.GivenNameGender(fw) != "" || pair
		if !known || surnames[w] || w == fw || !pair && r.lex.IsCommonWord(w) ||
			r.lex.IsPlace(w) || r.isOrgWord(w) || r.isOrgWord(toks[full.i+1].Norm) {
			continue
		}
		out[[2]int{c.si, c.i}] = toks[c.i].Text + " " + strings.TrimSuffix(strings.TrimSuffix(toks[full.i+1].Text, "’s"), "'s")
	}
	return out
}

// pairNouns name two or more people together; an appositive of one
// before coordinated given names ("a young couple, Sam and Priya Okoro")
// shows they are people's names though the lexicon knows neither.
var pairNouns = wordSet(`couple parents grandparents twins siblings brothers sisters spouses partners`)

// pairNounBefore reports whether the word before token k of sentence si
// is a pair noun, set off by a comma or not ("the couple, Sam and …",
// "her parents Sam and …").
func (r *Result) pairNounBefore(si, k int) bool {
	toks := r.toks[si]
	if k < 1 || r.inQ[si][k-1] || !pairNouns[toks[k-1].Norm] {
		return false
	}
	g := strings.TrimSpace(r.gapAt(toks, k))
	return g == "" || g == ","
}

// senioritySuffix is the order a lower-case "senior" or "junior" right
// after a bare surname gives ("Ferraro senior told the radio"): +1 for the
// elder of two people of that surname, -1 for the younger, else 0.
func (r *Result) senioritySuffix(c candidate) int {
	toks := r.toks[c.si]
	if c.j-c.i != 1 || c.j >= len(toks) || r.gapAt(toks, c.j) != " " || isCap(toks[c.j]) {
		return 0
	}
	switch toks[c.j].Norm {
	case "senior":
		return 1
	case "junior":
		return -1
	}
	return 0
}

// kinBeforeCoordinated is the seniority a kinship noun gives when it is
// coordinated with another role in the appositive before a mention at
// offset ts ("the player’s father and agent, Massimo Ferraro"): +1 for a
// parent's word, -1 for a child's, else 0.
func (r *Result) kinBeforeCoordinated(ts int) int {
	before := strings.TrimSuffix(strings.TrimRight(r.doc.Text[max(0, ts-48):ts], " "), ",")
	f := strings.Fields(strings.ToLower(before))
	// The mention's title may start at the second role ("father and
	// agent" before "Massimo Ferraro" with "agent" read as its title).
	for _, n := range []int{2, 3} {
		if len(f) < n || f[len(f)-n+1] != "and" {
			continue
		}
		switch w := f[len(f)-n]; {
		case elderKin[w]:
			return 1
		case youngerKin[w]:
			return -1
		}
	}
	return 0
}

// oneOfSeveralPronouns handles the "he" or "she" after a sentence that opens
// with "one" and a person noun ("One driver, who has worked on the trams
// for eleven years, said he …"), which indefiniteAntecedents leaves to
// the general resolution: when that gave the pronoun to someone the
// paragraph has not named, a person named paragraphs before, the words
// are no one the article names.
func (r *Result) oneOfSeveralPronouns() {
	for s := range r.toks {
		a, n := r.openingIndefinite(s)
		if a < 0 || r.toks[s][a].Norm != "one" {
			continue
		}
		para := r.doc.Sentences[s].Paragraph
		r.pronounsAfter(s, n, func(t, m int) bool {
			tk := r.toks[t][m]
			old, ok := r.pronoun[tk.Start]
			if !ok || r.Entities[old].RoleOnly || r.namedInParagraph(para, t, old) {
				return true
			}
			delete(r.pronoun, tk.Start)
			for u := s; u <= t; u++ {
				if r.Sentences[u].Subject == old {
					r.Sentences[u].Subject = -1
				}
				if !r.namedIn(u, old) { // nor is the person among the sentence's people
					drop := func(x int) bool { return x == old }
					r.outsideAny[u] = slices.DeleteFunc(r.outsideAny[u], drop)
					r.outside[u] = slices.DeleteFunc(r.outside[u], drop)
					r.Sentences[u].People = slices.DeleteFunc(r.Sentences[u].People, drop)
				}
			}
			if r.unnamedPronoun == nil {
				r.unnamedPronoun = map[int]bool{}
			}
			r.unnamedPronoun[tk.Start] = true
			return true
		})
	}
}

// namedInParagraph reports whether entity e is named in paragraph para
// up to sentence t.
func (r *Result) namedInParagraph(para, t, e int) bool {
	for s := r.paraSen[para][0]; s <= t && s < r.paraSen[para][1]; s++ {
		if r.namedIn(s, e) {
			return true
		}
	}
	return false
}

// eponymHeads end the names of things named after someone ("the Holbrook
// Cup", "the Pennant Memorial Lecture"): such a name is no person's, though
// its first word is a surname of the article.
var eponymHeads = wordSet(`cup trophy shield medal prize award plate bowl salver stakes memorial lecture
	scholarship bursary`)
