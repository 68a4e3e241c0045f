package attribution

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// resolve walks the sentences in order, resolving "he", "she", "his",
// "her" to the subject of the sentence so far or of the latest sentences
// (centring on subjects rather than the last name read), never to someone
// of the other gender; it fills each sentence's subject and people.
func (r *Result) resolve() {
	// Twice: the first pass learns genders from pronouns that could refer
	// to one person only, so that the second never gives "she" to a man
	// named before the pronoun that showed he is one.
	r.resolvePass()
	moved := r.regenderSharedSurnames()
	moved = r.kinNamesakes() || moved
	if r.retitleSharedSurnames() || moved {
		r.resolvePass()
	}
	r.resolvePass()
	r.pronounAt = make([][]int, len(r.Entities))
	for off, e := range r.pronoun {
		r.pronounAt[e] = append(r.pronounAt[e], off)
	}
	for e := range r.pronounAt {
		slices.Sort(r.pronounAt[e])
	}
}

func (r *Result) resolvePass() {
	r.outside = make([][]int, len(r.toks))
	clear(r.pronoun)
	r.tookPronoun = map[int]map[string]int{}
	r.tookFirst, r.resolving = map[entityGender]int{}, 0
	var recent []int    // subjects of the latest sentences, newest first
	var lastNamed []int // people the previous sentence names outside quotations
	var lastAny []int   // the same with names that may be people
	// near are the people of the current paragraph so far, newest first:
	// one known to match a pronoun's gender beats a nearer one of unknown
	// gender. speaker is the subject of the paragraph's latest sentence
	// with a quotation: "she added" continues that speaker.
	var near []int
	speaker, para := -1, -1
	// inPara are the people named or referred to so far in the current
	// paragraph, outside quotations; prevAny the names of its previous
	// sentence that may be people.
	inPara := map[int]bool{}
	var prevAny []int
	// prevPron and curPron are the people the previous sentence's and
	// this sentence's pronouns of each gender refer to: "…by Mina Farrow,
	// who said she feared delays. “…,” she said." continues the chain.
	var prevPron, curPron map[string]int
	// prevTag and curTag mark the genders whose pronoun there was a
	// parenthetical speech tag (", she said,").
	var prevTag, curTag map[string]bool
	// voice is the body an unnamed spokesperson opening one of the
	// paragraph's sentences speaks for, voiceWord that noun.
	voice, voiceWord := -1, ""
	seen := make([]int, len(r.Entities)) // names and pronouns so far, outside quotations
	r.outsideAny = make([][]int, len(r.toks))
	for si, toks := range r.toks {
		info := &r.Sentences[si]
		s := r.doc.Sentences[si]
		r.resolving = si
		prevPron, curPron = curPron, map[string]int{}
		prevTag, curTag = curTag, map[string]bool{}
		if s.Paragraph != para {
			near, speaker, para = near[:0], -1, s.Paragraph
			prevPron, prevTag = nil, nil
			voice = -1
			clear(inPara)
			prevAny = nil
		} else if si > 0 {
			prevAny = r.outsideAny[si-1]
		}
		if q := r.QuotationAt(s.Start); q >= 0 {
			top := r.outermost(q)
			info.InQuote = true
			info.Inside = r.Quotations[top].OpenStart < s.Start && r.Quotations[top].Kind != KindAnswer
			info.Question = r.Quotations[top].Kind == KindQuestion
		}
		info.People, info.Subject = nil, -1
		first, firstK, potential, potentialK := -1, -1, -1, -1
		subjPron, subjPronK := -1, -1 // the latest "he"/"she" and its token
		possSubject := false
		// "When the judge asked whether he wished to speak, the elder
		// Castellano stood": the subject is the main clause's, after the
		// subordinate clause; the subordinate's only when it has none.
		subEnd, subSubject := r.subordinateEnd(si), -1
		// "Turning to her deputy, she said": the people a fronted
		// participle clause names are its objects, never the main
		// clause's pronoun subject, which is the participle's own.
		participle := subEnd > 0 && (frontedParticiples[toks[0].Norm] || r.presentParticiple(toks[0]))
		var inFronted []int
		aside := r.roleAside(si)
		for k, t := range toks {
			e := -1
			pron := false
			if mi, ok := r.nameAt[t.Start]; ok {
				e = r.Mentions[mi].Entity
			} else if d := r.describedPerson(si, k); d >= 0 {
				e = d // "The coroner accepted …": the one person the article calls so
			} else if g := personalPronouns[t.Norm]; g != "" && !r.inQ[si][k] {
				// The sentence's subject so far comes first: "Marchetti's
				// sous-chef, Ngozi Adebayo-Clarke, will open her own place".
				here := subjectFirst(info.Subject, r.outside[si])
				// "Gráinne de Búrca, who began lessons with him": an object
				// pronoun is not its own clause's subject.
				bound := t.Norm == "him"
				if first < 0 && potential >= 0 && !(bound && r.sameClause(si, potentialK, k)) {
					here = appendInt(here, potential)
				}
				pfirst := first
				fronted := len(inFronted) > 0 && k >= subEnd && (t.Norm == "he" || t.Norm == "she")
				if fronted {
					here = slices.DeleteFunc(here, func(x int) bool { return slices.Contains(inFronted, x) })
					if slices.Contains(inFronted, pfirst) {
						pfirst = -1
					}
				}
				if bound && first >= 0 && r.sameClause(si, firstK, k) {
					pfirst = -1
					here = slices.DeleteFunc(here, func(x int) bool { return x == first })
				}
				// "Ogunlesi, she added, “has been …”": a parenthetical
				// speaker is not the name fronted before it, which is the
				// quoted predicate's subject.
				if first >= 0 && r.parentheticalSpeaker(si, k) {
					pfirst = -1
					here = slices.DeleteFunc(here, func(x int) bool { return x == first })
				}
				// "she hired him": nor is it the referent of its clause's
				// subject pronoun.
				if bound && subjPron >= 0 && r.sameClause(si, subjPronK, k) {
					if pfirst == subjPron {
						pfirst = -1
					}
					here = slices.DeleteFunc(here, func(x int) bool { return x == subjPron })
				}
				// After the latest subject, before older ones: the
				// referent of the previous sentence's pronoun of that
				// gender ("Declan … said Liam called him before he died.
				// He said …" is still Declan).
				cands := slices.Clone(here)
				// "Mrs Holbrook, she said, was …. Turning to her deputy,
				// she said": the speaker a parenthetical tag gave goes on,
				// before the topic the tag interrupted.
				if p, ok := prevPron[g]; ok && prevTag[g] && !slices.Contains(cands, p) {
					cands = append(cands, p)
				}
				cands = append(cands, recent[:min(1, len(recent))]...)
				if p, ok := prevPron[g]; ok && !slices.Contains(cands, p) {
					cands = append(cands, p)
				}
				cands = append(cands, recent[min(1, len(recent)):]...)
				if fronted {
					cands = slices.DeleteFunc(cands, func(x int) bool { return slices.Contains(inFronted, x) })
				}
				// "Okonjo fuelled the talk when he posted …": the pronoun's
				// sentence has named its subject and no one else.
				// Only a subject pronoun: "a man in his 60s" is the man's.
				subjectPron := t.Norm == "he" || t.Norm == "she"
				alone := subjectPron && pfirst >= 0 && pfirst == info.Subject && len(r.outside[si]) == 1 && r.outside[si][0] == pfirst
				if subjectPron && first < 0 && potential >= 0 && potentialK == r.datelineEnd(si) && len(r.outsideAny[si]) == 1 {
					// The same for a name with no other evidence yet.
					pfirst, alone = potential, true
				}
				e = r.pickPronoun(g, pfirst, alone, append(cands, lastNamed...), lastAny)
				e = r.subjectContinuity(e, g, si, k, pfirst)
				// A relative introduced in an earlier paragraph is no
				// referent in a later sentence of a new paragraph that
				// brings in someone else, when the article's principal fits:
				// "His brother, Peadar, … ‘…’ he said." / "Gráinne de
				// Búrca, who began lessons with him" (him: the deceased).
				if e >= 0 && r.kinIntroduced(e) && !slices.Contains(near, e) && first >= 0 && si > r.paraSen[para][0] {
					if p := r.principal(seen, g); p >= 0 {
						e = p
					}
				}
				// "His brother, Piotr Kowalczyk, …": whose brother is the
				// one named before with the relative's surname.
				if kin := r.kinSurnameOwner(si, k, g); kin >= 0 {
					e = kin
				}
				// "Asked whether he would retire, Radu Jurca shook his
				// head": a pronoun of the opening clause refers forward to
				// the main clause's subject named right after it.
				if c := r.forwardSubject(si, k, subEnd, g); c >= 0 {
					e = c
				}
				// "In her closing remarks the bishop thanked …": a
				// possessive in an opening prepositional phrase is the
				// clause's subject's, named or described right after it.
				if first < 0 {
					if c := r.openingPossessor(si, k, g); c >= 0 {
						e = c
					}
				}
				// "She is Senga Tulloch, …": the pronoun is the name it is.
				if c := r.copularName(si, k, g); c >= 0 {
					e = c
				}
				if e >= 0 && r.Entities[e].Gender == "" {
					// A name inside a fronted clause ("Asked about Moretti's
					// future, she paused") is not the main clause's own
					// subject: the known speaker may still take the pronoun.
					own := first
					if first >= 0 && firstK < subEnd && k >= subEnd {
						own = -1
					}
					e = r.preferKnown(e, g, own, near, speaker, k+1 < len(toks) && continuing[toks[k+1].Norm])
				}
				if c := r.paragraphReferent(e, g, t.Norm, first, prevAny, inPara); c >= 0 {
					e = c
				}
				// "A spokeswoman for the group declined to say … “…,” she
				// said": an unnamed voice the paragraph brought in speaks
				// for its body, before anyone else is named.
				if voice >= 0 && first < 0 && (t.Norm == "he" || t.Norm == "she") && genderOfVoice(voiceWord) != otherGender(g) {
					e = voice
				}
				if e >= 0 && (t.Norm == "he" || t.Norm == "she") {
					subjPron, subjPronK = e, k
					curPron[g] = e
					curTag[g] = r.parentheticalSpeaker(si, k)
				}
				if e >= 0 {
					pron = true
					r.pronoun[t.Start] = e
					if r.tookPronoun[e] == nil {
						r.tookPronoun[e] = map[string]int{}
					}
					r.tookPronoun[e][g]++
					// Only an attribution's pronoun ("“…,” he said") is
					// sure enough to rule the other gender out later.
					if _, ok := r.tookFirst[entityGender{e, g}]; !ok && k+1 < len(toks) && speechVerbs[toks[k+1].Norm] {
						r.tookFirst[entityGender{e, g}] = si
					}
					if r.Entities[e].Gender == "" && r.Entities[e].Kind == Person && r.onlyCandidate(e, g, first, append(recent[:len(recent):len(recent)], lastNamed...)) {
						r.Entities[e].Gender = g
					}
				}
			}
			if e >= 0 && !pron && participle && k < subEnd && !r.inQ[si][k] {
				inFronted = appendInt(inFronted, e)
			}
			if e >= 0 && !r.inQ[si][k] {
				seen[e]++
				inPara[e] = true
			}
			if e >= 0 && r.potential(e) && !r.inQ[si][k] {
				r.outsideAny[si] = appendInt(r.outsideAny[si], e)
				if potential < 0 && !(k > 0 && prepositions[toks[k-1].Norm]) {
					potential, potentialK = e, k
				}
			}
			if e < 0 || r.Entities[e].Kind != Person {
				continue
			}
			info.People = appendInt(info.People, e)
			if r.inQ[si][k] {
				continue
			}
			r.outside[si] = appendInt(r.outside[si], e)
			r.outsideAny[si] = appendInt(r.outsideAny[si], e)
			if first < 0 {
				first, firstK = e, k
			}
			poss := possessive(t.Text, pron)
			if mi, ok := r.nameAt[t.Start]; ok && !pron {
				// The whole name's: "Ibarra-Keane's mother" is tokenised
				// from its first part.
				poss = r.possessive(mi)
			}
			// "According to Whitcombe, the cause is …": the source is
			// what the sentence is about, not a prepositional object.
			source := k > 1 && toks[k-1].Norm == "to" && toks[k-2].Norm == "according"
			// "A few doors along, Jeanne Roux, 58, was less keen": a
			// comma after the preposition ends its phrase; the name opens
			// the clause.
			object := k > 0 && prepositions[toks[k-1].Norm] && !strings.Contains(r.gapAt(toks, k), ",") && !poss && !source
			// "when a Skyway Connect Embraer 190 was accelerating": a name
			// after an indefinite article modifies what follows it.
			if k > 0 && !pron && (toks[k-1].Norm == "a" || toks[k-1].Norm == "an") {
				object = true
			}
			// A possessor is the subject only when no one else is:
			// "Kingsmere’s head coach, Marta Kowalczyk, was furious".
			// "The judge, a horticulturalist … who, as the show secretary
			// put it, …, agreed": the subject is the unnamed role, not
			// someone its aside names.
			if aside >= 0 && k > aside {
				continue
			}
			if k < subEnd {
				if subSubject < 0 && !object {
					subSubject = e
				}
				continue
			}
			if (info.Subject < 0 || possSubject) && !object && !(possSubject && poss) {
				info.Subject, possSubject = e, poss
			}
		}
		if info.Subject < 0 {
			info.Subject = subSubject
		}
		if info.Subject < 0 {
			// "The 58-year-old laughed.", "the Scot smiled": an epithet
			// opening the main clause is the latest subject's.
			info.Subject = r.epithetSubject(si, subEnd)
		}
		if info.Subject >= 0 {
			voice = -1
		} else if v, w := r.voiceSubject(si, subEnd); v >= 0 {
			voice, voiceWord = v, w
		}
		// Only subjects: a possessor in an appositive ("Tommaso Ferrante,
		// Giorgio’s younger brother, pours coffee. “…,” he repeats.") is
		// no likelier referent for being of known gender.
		if e := info.Subject; e >= 0 {
			near = slices.DeleteFunc(near, func(x int) bool { return x == e })
			near = append([]int{e}, near...)
		}
		if info.Subject >= 0 && r.hasQuote(si) {
			speaker = info.Subject
		}
		if len(r.outside[si]) > 0 {
			lastNamed = r.outside[si]
		}
		if len(r.outsideAny[si]) > 0 {
			lastAny = r.outsideAny[si]
		}
		if subj := max(info.Subject, -1); subj >= 0 || potential >= 0 {
			if subj < 0 {
				subj = potential
			}
			recent = append([]int{subj}, recent...)
			if len(recent) > 4 {
				recent = recent[:4]
			}
		}
	}
}

// epithetSubject returns the person an epithet opening the clause at token
// k of sentence si stands for: "the N-year-old" (the person given that
// age, else the latest subject) or "the" and a capitalised nationality
// ("the Scot smiled") before a lower-case verb, outside quotations; -1
// when the clause opens otherwise.
func (r *Result) epithetSubject(si, k int) int {
	toks := r.toks[si]
	if k+2 >= len(toks) || toks[k].Norm != "the" || r.inQ[si][k] || k > 0 && !r.sentenceInitial(si, k) && !strings.Contains(r.gapAt(toks, k), ",") {
		return -1
	}
	if e, ok := r.ageDescription(si, k, k); ok {
		return e
	}
	w := toks[k+1].Norm
	// "the Scot", "the Dane": a capitalised person noun that is no office
	// ("the President" may be someone else).
	nationality := r.nationalityNoun(w) || r.lex.IsPersonNoun(w) && !r.isTitleWord(w) && !handRoles[w] && !officials[w]
	if isCap(toks[k+1]) && nationality && !isCap(toks[k+2]) && !r.inQ[si][k+2] &&
		r.doc.Text[toks[k+1].End:toks[k+2].Start] == " " {
		return r.recentSubject(si, "")
	}
	return -1
}

// voiceSubject returns the body an unnamed spokesperson opening the clause
// at token k of sentence si speaks for ("A spokeswoman for the group
// declined …", "A company spokesman said …") and the voice noun; -1 when
// the clause opens otherwise or the body is not known.
func (r *Result) voiceSubject(si, k int) (int, string) {
	toks := r.toks[si]
	if k >= len(toks) || !determiners[toks[k].Norm] || r.inQ[si][k] {
		return -1, ""
	}
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		if r.inQ[si][m] {
			break
		}
		if w := toks[m].Norm; voiceNouns[w] && singular(w) == w {
			return r.orgVoice(si, m, k), w
		}
	}
	return -1, ""
}

// genderOfVoice is the gender a voice noun gives ("spokeswoman": female).
func genderOfVoice(w string) string {
	switch {
	case strings.HasSuffix(w, "woman"):
		return "female"
	case strings.HasSuffix(w, "man"):
		return "male"
	}
	return ""
}

// otherGender is the gender that is not g ("" for "").
func otherGender(g string) string {
	switch g {
	case "male":
		return "female"
	case "female":
		return "male"
	}
	return ""
}

// paragraphReferent returns who a sentence-opening "he" or "she" refers
// to when the referent e picked from subjects before would be someone the
// paragraph has not mentioned, while its previous sentence names exactly
// one person of that gender or unknown: a paragraph that brings someone
// in and goes on with a pronoun goes on about them ("The question came
// from Colin Okonjo, a bus driver. He asked …", "Lindqvist, whose
// retirement …, was philosophical. ‘…,’ he said."); else -1.
func (r *Result) paragraphReferent(e int, g, pron string, first int, prevAny []int, inPara map[int]bool) int {
	if e < 0 || first >= 0 || pron != "he" && pron != "she" || inPara[e] {
		return -1
	}
	only := -1
	for _, c := range prevAny {
		en := &r.Entities[c]
		if en.Kind != Person && !r.potential(c) || en.Gender != "" && en.Gender != g {
			continue
		}
		if only >= 0 && only != c {
			return -1
		}
		only = c
	}
	if only < 0 || only == e {
		return -1
	}
	if r.potential(only) {
		r.Entities[only].Kind = Person
	}
	return only
}

// clauseBreaks are words after which a pronoun may refer to the subject
// before them ("Smith said the ruling hurt him"): subordinators,
// coordinators and verbs that take a clause.
var clauseBreaks = wordSet(`that because when after before if while as and but since though although
	said says say saying told tells tell telling believed believes believe thought thinks think felt feels
	claimed claims added adds insisted insists argued argues warned warns`)

// sameClause reports whether tokens i < j of sentence si are in one
// clause: no verb that takes a clause, subordinator or coordinator
// between them.
func (r *Result) sameClause(si, i, j int) bool {
	for _, t := range r.toks[si][i+1 : j] {
		if thatVerbs[t.Norm] || clauseBreaks[t.Norm] {
			return false
		}
	}
	return true
}

// principal returns the person of gender g (or unknown) the article has
// named or referred to most so far (seen counts it), when not introduced
// as someone's relative; -1 when none is or two tie.
func (r *Result) principal(seen []int, g string) int {
	best, bestN, tie := -1, 0, false
	for e, n := range seen {
		if r.Entities[e].Kind != Person || !r.genderFits(e, g) {
			continue
		}
		switch {
		case n > bestN:
			best, bestN, tie = e, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie || best < 0 || r.kinIntroduced(best) {
		return -1
	}
	return best
}

// kinSurnameOwner returns, for a possessive pronoun of gender g at token k
// of sentence si opening a relative's appositive ("His brother, Piotr
// Kowalczyk,"), the person named before with the relative's surname
// (Tomasz Kowalczyk), when exactly one such person fits; -1 otherwise.
func (r *Result) kinSurnameOwner(si, k int, g string) int {
	toks := r.toks[si]
	if k+2 >= len(toks) || (toks[k].Norm != "his" && toks[k].Norm != "her") || !kinNouns[toks[k+1].Norm] ||
		strings.TrimSpace(r.gapAt(toks, k+2)) != "," {
		return -1
	}
	mi, ok := r.titleAt[toks[k+2].Start]
	if !ok {
		return -1
	}
	named := r.Mentions[mi].Entity
	last := r.Entities[named].last
	found := -1
	for _, o := range r.byWord[last] {
		en := &r.Entities[o]
		if o == named || en.Kind != Person && !r.potential(o) || en.last != last || len(en.parts) < 2 || !r.genderFits(o, g) {
			continue
		}
		if n, _ := r.mentionsBefore(o, toks[k].Start); n == 0 {
			continue
		}
		if found >= 0 && found != o {
			return -1
		}
		found = o
	}
	if found >= 0 {
		r.Entities[found].Kind = Person // someone with a brother
	}
	return found
}

// subjectFirst returns the people a sentence has named so far outside
// quotations, its subject first: the candidates a pronoun refers to
// before those of earlier sentences.
func subjectFirst(subject int, people []int) []int {
	out := make([]int, 0, len(people)+1)
	if subject >= 0 {
		out = append(out, subject)
	}
	for _, e := range people {
		out = appendInt(out, e)
	}
	return out
}

func possessive(text string, pron bool) bool {
	if pron {
		l := strings.ToLower(text)
		return l == "his" || l == "her"
	}
	return strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’")
}

// pickPronoun chooses the referent of a pronoun of gender g: the first
// person of its own sentence, else the latest subjects; one whose gender
// is not known to differ. Failing those, a name of the sentence before
// that may be a person and whose given name is of gender g ("Erik Berg and
// Kristin Dahl met. “No,” she said.").
//
// alone says that first is the subject of the pronoun's sentence and the
// only person it has named so far: then the pronoun is first's even when
// an earlier person of gender g is known ("Tomi Okonjo … when he posted"
// after Calder spoke, where lists call Tomi a woman's name).
func (r *Result) pickPronoun(g string, first int, alone bool, recent, named []int) int {
	cands := make([]int, 0, 5)
	if first >= 0 {
		cands = append(cands, first)
	}
	cands = append(cands, recent...)
	// The sentence's own first person, whose gender only a given name
	// suggests, beats earlier people none of whom is of gender g: the
	// pronoun is the article's word ("Its director, Åse Lindqvist, tells the show
	// she hired him", where lists call Åse a man's name).
	// Not when the article already gave that person pronouns of the
	// name's gender ("she says" … "Fernández … when he had planted").
	if first >= 0 && r.Entities[first].nameGender && r.Entities[first].Gender != g && (alone || !r.knownOf(g, recent)) &&
		r.tookPronoun[first][r.Entities[first].Gender] == 0 {
		en := &r.Entities[first]
		en.Gender, en.nameGender = g, false
		if en.Kind == Unknown {
			en.Kind = Person // a name a pronoun refers to is a person's
		}
		return first
	}
	for _, e := range cands {
		en := &r.Entities[e]
		// One of unknown gender who took the other gender's pronoun in
		// this pass ("Ashworth-Hale … he said") does not take this one.
		if en.Kind == Person && (en.Gender == g || en.Gender == "" && !r.tookEarlier(e, otherGender(g))) {
			return e
		}
		// A nearer name not yet shown to be anyone, whose given name is
		// of gender g, is as good a person and nearer ("O’Halloran played
		// down his innings" after Fraser-Hughes, a person, spoke).
		if r.potential(e) && en.nameGender && en.Gender == g {
			en.Kind = Person
			return e
		}
	}
	// No person fits: a name with no other evidence is one when a pronoun
	// refers to it ("Marisol Ortega-Vance has stood … she says").
	for _, e := range cands {
		if r.potential(e) && (r.Entities[e].Gender == g || r.Entities[e].Gender == "") {
			r.Entities[e].Kind = Person
			return e
		}
	}
	for _, e := range named {
		if r.potential(e) && r.Entities[e].Gender == g {
			r.Entities[e].Kind = Person
			return e
		}
	}
	// Only a given name said otherwise, and no one else is there
	// ("Gabriele Weber sang. “…,” she said."): the article's pronoun is
	// the better evidence.
	only := -1
	for _, e := range cands {
		if r.Entities[e].Kind != Person || e == only {
			continue
		}
		if only >= 0 {
			return -1
		}
		only = e
	}
	if only < 0 {
		return -1
	}
	if en := &r.Entities[only]; en.nameGender && en.Gender != g && r.tookPronoun[only][en.Gender] == 0 {
		en.Gender, en.nameGender = g, false
		return only
	}
	return -1
}

// parentheticalSpeaker reports whether the pronoun at token k of sentence
// si opens a parenthetical attribution set off by commas: ", she added,".
func (r *Result) parentheticalSpeaker(si, k int) bool {
	toks := r.toks[si]
	if k < 1 || k+2 >= len(toks) || !speechVerbs[toks[k+1].Norm] {
		return false
	}
	return strings.TrimSpace(r.doc.Text[toks[k-1].End:toks[k].Start]) == "," &&
		strings.TrimSpace(r.doc.Text[toks[k+1].End:toks[k+2].Start]) != "" && strings.Contains(r.doc.Text[toks[k+1].End:toks[k+2].Start], ",")
}

// knownOf reports whether one of es may be a person of gender g by any
// evidence, a given name included.
func (r *Result) knownOf(g string, es []int) bool {
	for _, e := range es {
		if en := &r.Entities[e]; (en.Kind == Person || r.potential(e)) && en.Gender == g {
			return true
		}
	}
	return false
}

// continuing are verbs by which a speaker goes on ("she added").
var continuing = wordSet(`added adds continued continues`)

// preferKnown revisits a pronoun of gender g given to e, a person of
// unknown gender: a person of the same paragraph known to be of gender g
// is the likelier referent ("Council officer Liam O’Sullivan disagreed.
// ‘…,’ she added." after Jean Pettigrew, known female, spoke), the latest
// speaker first; and "she added" continues the latest speaker when that
// speaker's gender does not differ. The sentence's own first person
// (first) keeps the pronoun.
func (r *Result) preferKnown(e int, g string, first int, near []int, speaker int, cont bool) int {
	if e == first {
		return e
	}
	if speaker >= 0 && speaker != e && r.Entities[speaker].Kind == Person &&
		(r.Entities[speaker].Gender == g || cont && r.Entities[speaker].Gender == "") {
		return speaker
	}
	for _, o := range near {
		if o != e && r.Entities[o].Kind == Person && r.Entities[o].Gender == g {
			return o
		}
	}
	return e
}

// onlyCandidate reports whether e was the one person a pronoun of gender g
// could refer to: only then does the pronoun tell e's gender. Nor does it
// when e already took a pronoun of the other gender: the evidence is
// split ("he said" of one Reddy, then "she" of the other before the
// article shows who is who), and a wrong guess would bar the right one.
func (r *Result) onlyCandidate(e int, g string, first int, recent []int) bool {
	for og, n := range r.tookPronoun[e] {
		if og != g && n > 0 {
			return false
		}
	}
	for _, o := range append([]int{first}, recent...) {
		if o >= 0 && o != e && (r.Entities[o].Gender == g || r.Entities[o].Gender == "") {
			return false
		}
	}
	return true
}

// potential reports whether an entity may be a person without evidence
// yet: a name of two words or more that is no place or organisation.
func (r *Result) potential(e int) bool {
	en := &r.Entities[e]
	return en.Kind == Unknown && len(en.parts) >= 2 && !r.thing(e)
}

func (r *Result) outermost(q int) int {
	for r.Quotations[q].Parent >= 0 {
		q = r.Quotations[q].Parent
	}
	return q
}

func appendInt(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// subordinators open a sentence with a subordinate clause.
var subordinators = wordSet(`when after before while as although though because since once if unless until whenever`)

// forwardSubject returns the person of gender g (or unknown) named as the
// main clause's subject right after an opening clause ending at token
// subEnd of sentence si, for a pronoun at token k inside that clause; -1
// otherwise.
func (r *Result) forwardSubject(si, k, subEnd int, g string) int {
	if k >= subEnd || subEnd >= len(r.toks[si]) {
		return -1
	}
	return r.pronounPersonAt(r.toks[si][subEnd].Start, g)
}

// pronounPersonAt returns the entity of the name starting at byte start
// when a pronoun of gender g can refer to it, and makes it a person (a
// name a pronoun refers to is a person's); -1 otherwise.
func (r *Result) pronounPersonAt(start int, g string) int {
	mi, ok := r.titleAt[start]
	if !ok {
		return -1
	}
	e := r.Mentions[mi].Entity
	en := &r.Entities[e]
	if en.Kind != Person && !r.potential(e) || en.Gender != "" && en.Gender != g {
		return -1
	}
	en.Kind = Person
	return e
}

// copularName returns the person a sentence-opening "he" or "she" is said
// to be ("She is Senga Tulloch, the challenger's aunt"), when the name is
// not of the other gender; -1 otherwise.
func (r *Result) copularName(si, k int, g string) int {
	toks := r.toks[si]
	if k != 0 || len(toks) < 3 || toks[0].Norm != "he" && toks[0].Norm != "she" || toks[1].Norm != "is" && toks[1].Norm != "was" || r.inQ[si][0] || r.inQ[si][2] {
		return -1
	}
	return r.pronounPersonAt(toks[2].Start, g)
}

// entityGender keys what is known per entity and pronoun gender.
type entityGender struct {
	e int
	g string
}

// tookEarlier reports whether entity e took a pronoun of gender g as a
// speech verb's subject in a sentence before the one being resolved: a
// pronoun of the other gender later on is someone else's. Within one
// sentence ("said he had taught her") the earlier pronoun may be the one
// that is wrong.
func (r *Result) tookEarlier(e int, g string) bool {
	if g == "" {
		return false
	}
	si, ok := r.tookFirst[entityGender{e, g}]
	return ok && si < r.resolving
}

// openingPossessor returns the person a possessive "his" or "her" at token
// k of sentence si refers forward to: the sentence opens with a
// preposition whose phrase holds the pronoun ("In her closing remarks",
// "At his first news conference,") and the clause's subject comes right
// after it, named or described ("the bishop", "Sen. Hadley"), not of the
// other gender; -1 otherwise.
func (r *Result) openingPossessor(si, k int, g string) int {
	toks := r.toks[si]
	if k < 1 || k > 3 || !possessive(toks[k].Text, true) || r.inQ[si][k] || !prepositions[toks[0].Norm] || !r.sentenceInitial(si, 0) {
		return -1
	}
	for m := 1; m < k; m++ {
		if isCap(toks[m]) || r.inQ[si][m] {
			return -1
		}
	}
	comma := false
	for m := k + 1; m < len(toks) && m <= k+6; m++ {
		if r.inQ[si][m] || comma && !isCap(toks[m]) && toks[m].Norm != "the" {
			return -1
		}
		e := -1
		if mi, ok := r.titleAt[toks[m].Start]; ok {
			e = r.Mentions[mi].Entity
		} else if d := r.describedPerson(si, m); d >= 0 {
			e = d
		}
		if e >= 0 {
			en := &r.Entities[e]
			if en.Kind != Person || en.Gender != "" && en.Gender != g || r.tookEarlier(e, otherGender(g)) || governed(toks, m) {
				return -1
			}
			return e
		}
		if prepositions[toks[m].Norm] || isCap(toks[m]) || possessive(toks[m].Text, true) {
			return -1
		}
		if m+1 < len(toks) && strings.Contains(r.gapAt(toks, m+1), ",") {
			comma = true
		}
	}
	return -1
}

// frontedParticiples open a participle clause whose subject is the main
// clause's ("Asked whether he would retire, Radu Jurca shook his head").
var frontedParticiples = wordSet(`asked pressed questioned challenged told reminded invited`)

// presentParticiple reports whether a sentence's first word opens a
// participle clause ("Opening for the Official Opposition, the member …",
// "Speaking outside court, …"): an -ing word that is no name. "According
// to X," names a source, not the subject.
func (r *Result) presentParticiple(t nlp.Token) bool {
	_, named := r.nameAt[t.Start]
	return !named && len(t.Norm) > 5 && strings.HasSuffix(t.Norm, "ing") && t.Norm != "according"
}

// subordinateEnd returns the index of the first token after a subordinate
// clause opening sentence si ("When …, "), or 0 when it has none.
func (r *Result) subordinateEnd(si int) int {
	toks := r.toks[si]
	if len(toks) < 3 || !subordinators[toks[0].Norm] && !frontedParticiples[toks[0].Norm] && !r.presentParticiple(toks[0]) || r.inQ[si][0] {
		return 0
	}
	for k := 1; k < len(toks) && k < 25; k++ {
		if r.inQ[si][k] {
			return 0
		}
		if strings.Contains(r.doc.Text[toks[k-1].End:toks[k].Start], ",") {
			return k
		}
	}
	return 0
}

// describedPerson returns the person a definite role description at
// token k of sentence si names ("the coroner", "the mayor"): the one
// person the article gives that role; -1 when the words are no such
// description or the role is no one's, or several people's.
func (r *Result) describedPerson(si, k int) int {
	toks := r.toks[si]
	if k == 0 || r.inQ[si][k] || isCap(toks[k]) {
		return -1
	}
	if e := r.myKinAt(si, k); e >= 0 {
		return e // "My father died in 1999": the one the narration named so
	}
	if toks[k-1].Norm != "the" {
		if e := r.sideDescribed(si, k); e >= 0 {
			return e
		}
		return r.modifiedDescribed(si, k)
	}
	// Not an object: "assisting the coroner", "with the mayor".
	if governed(toks, k-1) {
		return -1
	}
	w := toks[k].Norm
	if !r.lex.IsPersonNoun(w) || kinNouns[w] || voiceNouns[w] {
		return -1
	}
	if k+1 < len(toks) && r.doc.Text[toks[k].End:toks[k+1].Start] == " " && (r.lex.IsPersonNoun(toks[k+1].Norm) || r.isOrgWord(toks[k+1].Norm)) {
		return -1 // "the coroner's court", "the mayor office": the head comes later
	}
	// A word more often a surname ("bishop", "dean") is a role here when
	// the article gives it to one person ("the Bishop of Carrowdale, the
	// Rt Rev Helen Achterberg", then "the bishop thanked").
	if notRoles[w] {
		return r.soleHolder(w)
	}
	if e := r.ByRole(w); e >= 0 && r.Entities[e].Kind == Person {
		return e
	}
	return -1
}

// soleHolder returns the one person the article gives role w (folded) and
// does not call former, or -1 when none or several.
func (r *Result) soleHolder(w string) int {
	found := -1
	for i := range r.Entities {
		if en := &r.Entities[i]; en.Kind == Person && slices.Contains(en.Roles, w) && !slices.Contains(en.former, w) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// modifiedDescribed is describedPerson for a role with one lower-case
// modifier ("the finance minister" after "Finance Minister K. Lakshmi
// Reddy" and "Health Minister Farzana Qadri"): the one person of that
// role whose title the article opens with the same word.
func (r *Result) modifiedDescribed(si, k int) int {
	toks := r.toks[si]
	if k < 2 || toks[k-2].Norm != "the" || isCap(toks[k-1]) || governed(toks, k-2) || determiners[toks[k-1].Norm] {
		return -1
	}
	w, mod := toks[k].Norm, toks[k-1].Norm
	if !r.lex.IsPersonNoun(w) || notRoles[w] || kinNouns[w] || voiceNouns[w] {
		return -1
	}
	if k+1 < len(toks) && r.doc.Text[toks[k].End:toks[k+1].Start] == " " && (r.lex.IsPersonNoun(toks[k+1].Norm) || r.isOrgWord(toks[k+1].Norm)) {
		return -1
	}
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		// Titled so ("Finance Minister K. Lakshmi Reddy"), or given the
		// whole role ("Duncan Fairweather, chief executive of …").
		if en.Kind != Person || !(slices.Contains(en.Roles, w) && r.titledWith(e, mod, w) || slices.Contains(en.Roles, mod+" "+w)) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// titledWith reports whether a mention of entity e opens with a title of
// the words mod and role ("Finance Minister K. Lakshmi Reddy").
func (r *Result) titledWith(e int, mod, role string) bool {
	for _, mi := range r.Entities[e].Mentions {
		m := r.Mentions[mi]
		toks := r.toks[m.Sentence]
		for k := 1; k < len(toks); k++ {
			if toks[k-1].Start >= m.TitleStart && toks[k].Start < m.Start && toks[k].Norm == role && toks[k-1].Norm == mod {
				return true
			}
		}
	}
	return false
}

// sideDescribed is describedPerson for a role qualified by a name ("the
// Westhaven captain"): the one person of that role (or a synonym) whom no
// title puts on another side.
func (r *Result) sideDescribed(si, k int) int {
	toks := r.toks[si]
	mod := r.phraseNameModifier(si, k, 0)
	w := toks[k].Norm
	if mod == "" || !r.lex.IsPersonNoun(w) || notRoles[w] || kinNouns[w] || voiceNouns[w] {
		return -1
	}
	m := k - 1 - len(strings.Fields(mod))
	if m < 0 || m > 0 && !r.inQ[si][m-1] && governed(toks, m) || k+1 < len(toks) && r.doc.Text[toks[k].End:toks[k+1].Start] == " " && (r.lex.IsPersonNoun(toks[k+1].Norm) || r.isOrgWord(toks[k+1].Norm)) {
		return -1
	}
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person || !slices.ContainsFunc(en.Roles, func(ro string) bool { return ro == w || r.sameRole(ro, w) }) || r.otherSide(en, w, mod) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// regenderSharedSurnames moves a bare surname two people share to the
// namesake whose gender fits the sentence: "Asked whether his officials
// had stopped, Reddy said …" is not the Reddy every other pronoun calls
// "she". The sentence must name no one else and use pronouns of one
// gender only, so that they can only be the surname's; the genders come
// from the first pronoun pass, outside the sentence. It reports whether
// a mention moved.
func (r *Result) regenderSharedSurnames() bool {
	// took[e][g]: sentences outside which e took a pronoun of gender g.
	took := map[int]map[string]map[int]bool{}
	for si, toks := range r.toks {
		for _, t := range toks {
			if e, ok := r.pronoun[t.Start]; ok {
				g := personalPronouns[t.Norm]
				if took[e] == nil {
					took[e] = map[string]map[int]bool{}
				}
				if took[e][g] == nil {
					took[e][g] = map[int]bool{}
				}
				took[e][g][si] = true
			}
		}
	}
	// genderBut is e's gender from the pronouns of other sentences and
	// from its name and titles.
	genderBut := func(e, si int) string {
		if g := r.Entities[e].Gender; g != "" {
			return g
		}
		var gs []string
		for g, at := range took[e] {
			if len(at) > 1 || len(at) == 1 && !at[si] {
				gs = append(gs, g)
			}
		}
		if len(gs) == 1 {
			return gs[0]
		}
		return ""
	}
	moved := false
	for mi := range r.Mentions {
		if !r.bareSurnameOfFullName(mi) {
			continue
		}
		m := &r.Mentions[mi]
		e := m.Entity
		g := r.sentencePronounGender(m.Sentence, e)
		if g == "" || genderBut(e, m.Sentence) != otherGender(g) || r.titleGender(m) == otherGender(g) {
			continue // "Mrs Pemberton said he had been waiting": he is someone else
		}
		// Two namesakes that fit: the pronoun decides nothing.
		alt := r.soleNamesake(e, func(o int) bool { return genderBut(o, m.Sentence) != otherGender(g) })
		if alt < 0 {
			continue
		}
		r.moveMention(mi, alt)
		moved = true
	}
	return moved
}

// titleGender is the gender the honorific before mention m gives ("Mrs
// Finch": female), or "".
func (r *Result) titleGender(m *Mention) string {
	if m.TitleStart >= m.Start {
		return ""
	}
	title := strings.ToLower(strings.TrimSuffix(strings.Fields(r.doc.Text[m.TitleStart:m.Start])[0], "."))
	if !honorifics[title] {
		return ""
	}
	return r.genderOf(title)
}

// retitleSharedSurnames moves a titled surname two people share ("Ms
// Novak") from the namesake the first pronoun pass showed to be of the
// other gender to the one namesake the title fits: the nearest mention
// decided it before any gender was known. It reports whether a mention
// moved.
func (r *Result) retitleSharedSurnames() bool {
	moved := false
	for mi := range r.Mentions {
		m := &r.Mentions[mi]
		e := m.Entity
		en := &r.Entities[e]
		if m.InQuote || m.TitleStart >= m.Start || en.Kind != Person || len(en.parts) < 2 || foldName(r.doc.Text[m.Start:m.End]) != en.last {
			continue
		}
		title := strings.ToLower(strings.TrimSuffix(strings.Fields(r.doc.Text[m.TitleStart:m.Start])[0], "."))
		g := r.genderOf(title)
		if !honorifics[title] || g == "" || en.Gender != otherGender(g) {
			continue
		}
		alt := r.soleNamesake(e, func(o int) bool { return r.Entities[o].Gender != otherGender(g) })
		if alt < 0 {
			continue
		}
		r.moveMention(mi, alt)
		moved = true
	}
	return moved
}

// soleNamesake returns the one other person of two or more name words
// who shares person e's surname and fits; -1 when none does, -2 when
// several do.
func (r *Result) soleNamesake(e int, fits func(o int) bool) int {
	en := &r.Entities[e]
	alt := -1
	for _, o := range r.byWord[en.last] {
		on := &r.Entities[o]
		if o == e || on.Kind == Organisation || on.Kind == Place || len(on.parts) < 2 || on.last != en.last || !fits(o) {
			continue
		}
		if alt >= 0 {
			return -2
		}
		alt = o
	}
	return alt
}

// moveMention moves mention mi from its entity to entity to, with the
// titled form it gave ("mr okafor") and its honorific when no other
// mention left keeps them,
// so that Resolve finds the titled name where the text put it.
func (r *Result) moveMention(mi, to int) {
	m := &r.Mentions[mi]
	from := &r.Entities[m.Entity]
	from.Mentions = slices.DeleteFunc(from.Mentions, func(x int) bool { return x == mi })
	r.Entities[to].Mentions = append(r.Entities[to].Mentions, mi)
	slices.Sort(r.Entities[to].Mentions)
	if m.TitleStart < m.Start {
		v := foldName(r.doc.Text[m.TitleStart:m.End])
		kept := slices.ContainsFunc(from.Mentions, func(x int) bool {
			o := r.Mentions[x]
			return o.TitleStart < o.Start && foldName(r.doc.Text[o.TitleStart:o.End]) == v
		})
		title := strings.TrimSuffix(strings.Fields(v)[0], ".")
		if !kept {
			from.Variants = slices.DeleteFunc(from.Variants, func(x string) bool { return x == v })
		}
		titled := slices.ContainsFunc(from.Mentions, func(x int) bool {
			o := r.Mentions[x]
			return o.TitleStart < o.Start && strings.TrimSuffix(strings.Fields(foldName(r.doc.Text[o.TitleStart:o.Start]))[0], ".") == title
		})
		if honorifics[title] && !titled {
			// An honorific is a role only its titled mentions give.
			from.Roles = slices.DeleteFunc(from.Roles, func(x string) bool { return x == title })
		}
		r.Entities[to].Variants = appendUnique(r.Entities[to].Variants, v)
		if honorifics[title] {
			r.Entities[to].Roles = appendUnique(r.Entities[to].Roles, title)
		}
	}
	m.Entity = to
}

// sentencePronounGender is the one gender of the personal pronouns
// outside quotations in sentence si, when the sentence names no person
// but entity e outside them; "" otherwise.
func (r *Result) sentencePronounGender(si, e int) string {
	for _, o := range r.outsideAny[si] {
		if o != e {
			return ""
		}
	}
	g := ""
	for k, t := range r.toks[si] {
		pg := personalPronouns[t.Norm]
		if pg == "" || r.inQ[si][k] {
			continue
		}
		if g != "" && g != pg {
			return ""
		}
		g = pg
	}
	return g
}

// roleAside returns the token that opens the aside of a definite role
// phrase opening sentence si ("The judge, a horticulturalist from
// Cirencester who …, agreed"), or -1. Only a name right there ("The
// judge, Lorna Abbott, …") may still be the sentence's subject; anyone
// the aside names further on is not.
func (r *Result) roleAside(si int) int {
	h := r.openingRole(si)
	toks := r.toks[si]
	if h < 0 || h+1 >= len(toks) || strings.TrimSpace(r.gapAt(toks, h+1)) != "," || r.inQ[si][h+1] {
		return -1
	}
	if _, ok := r.nameAt[toks[h].Start]; ok || r.describedPerson(si, h) >= 0 {
		return -1 // the role itself is someone the article knows
	}
	return h + 1
}
