package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// maxBodyModifiers bounds the words before an unnamed body's head noun
// ("the energy ministry", "the state pension fund").
const maxBodyModifiers = 3

// unnamedBodies makes an organisation of each body the article names only
// by a common-noun phrase when that phrase speaks: "The energy ministry
// said in a statement …", "…, said the interior ministry", "according to
// the health department". The phrase becomes a mention of an entity named
// by its words ("energy ministry"), so that every sieve reads it as a name
// and "the ministry said" later refers back to it. A phrase that fits an
// organisation the article names ("the health department" for the
// Department of Health) is that organisation, and makes nothing.
func (r *Result) unnamedBodies() {
	made := map[string]int{} // folded name → entity
	for si, toks := range r.toks {
		for k, t := range toks {
			// Function words first: WordNet's "who" is the World Health Organization.
			if r.inQ[si][k] || isCap(t) || nlp.IsStopWord(t.Norm) || companyNouns[t.Norm] || !r.isOrgWord(t.Norm) ||
				r.lex.IsPersonNoun(t.Norm) && !r.bodyByModifier(si, k) {
				continue
			}
			if _, ok := r.nameAt[t.Start]; ok {
				continue
			}
			if k+1 < len(toks) && r.doc.Text[t.End:toks[k+1].Start] == " " && r.isOrgWord(toks[k+1].Norm) {
				continue // "the union office": the head comes later
			}
			if r.namedAfter(si, k) >= 0 {
				continue // "the cycling charity Beicio Diogel": a body named
			}
			m := k
			for m > 0 && k-m < maxBodyModifiers && bodyGap(r.doc.Text[toks[m-1].End:toks[m].Start], toks[m-1]) && !r.inQ[si][m-1] {
				w := toks[m-1].Norm
				if isCap(toks[m-1]) || determiners[w] || nlp.IsStopWord(w) || possessive(toks[m-1].Text, false) ||
					strings.HasSuffix(w, "ly") || isNumber(w) || r.lex.IsPersonNoun(w) {
					break
				}
				m--
			}
			d := m - 1 // the phrase's "the"
			switch {
			case m > 0 && toks[m-1].Norm == "the" && r.doc.Text[toks[m-1].End:toks[m].Start] == " ":
			case m > 0 && m < k && (toks[m-1].Norm == "a" || toks[m-1].Norm == "an") && r.doc.Text[toks[m-1].End:toks[m].Start] == " ":
				// "A farmers' association called the figures …": an
				// indefinite body its modifiers describe speaks as the
				// definite one does.
			case m == k && (m == 0 || r.inQ[si][m-1] || strings.Contains(r.doc.Text[toks[m-1].End:toks[m].Start], ",")):
				// "“…,” police said": a bare noun opening its clause.
				d = m
			default:
				continue
			}
			if !r.bodySpeaks(si, d, k) || r.bodyNearby(si, toks[m].Start) {
				continue
			}
			if houseNouns[t.Norm] && m < k && r.latestTradeBody(si, toks[m].Start) >= 0 {
				continue // "the auction house" after Whitcombe & Gerrard: that firm (rolePhrase)
			}
			var mods []string
			for _, mt := range toks[m:k] {
				mods = append(mods, mt.Norm)
			}
			if r.ByPhrase(mods, t.Norm) >= 0 || len(mods) == 0 && (r.ByRole(t.Norm) != -1 || r.kindBody(t.Norm, toks[m].Start, true) >= 0) {
				continue
			}
			name := r.doc.Text[toks[m].Start:t.End]
			f := foldName(name)
			e, ok := made[f]
			if !ok {
				parts := strings.Fields(f)
				r.Entities = append(r.Entities, Entity{Kind: Organisation, Name: name, Short: name, Variants: []string{f, "the " + f},
					first: parts[0], last: parts[len(parts)-1], parts: parts, evidence: map[string]int{string(Organisation): 1}})
				e = len(r.Entities) - 1
				made[f] = e
				r.starts = append(r.starts, nil)
				r.indexParts(e)
			}
			r.Mentions = append(r.Mentions, Mention{Start: toks[m].Start, End: t.End, TitleStart: toks[m].Start, Sentence: si, Entity: e})
			mi := len(r.Mentions) - 1
			r.Entities[e].Mentions = append(r.Entities[e].Mentions, mi)
			r.starts[e] = append(r.starts[e], toks[m].Start)
			r.nameAt[toks[m].Start] = mi
			r.titleAt[toks[m].Start] = mi
			r.endAt[t.End] = mi
		}
	}
}

// bodySpeaks reports whether the phrase toks[d:k+1] of sentence si (d its
// "the") is the subject of a speech verb, follows one ("said the
// ministry") or follows "according to".
func (r *Result) bodySpeaks(si, d, k int) bool {
	toks := r.toks[si]
	if r.speechAfter(si, k+1) {
		return true
	}
	// "said the ministry"; not "told the ministry", whose object listens,
	// nor "said the union welcomed it", whose phrase opens what was said.
	if d >= 1 && speechVerbs[toks[d-1].Norm] && !addressVerbs[toks[d-1].Norm] && !r.inQ[si][d-1] {
		return k+1 == len(toks) || strings.ContainsAny(r.doc.Text[toks[k].End:toks[k+1].Start], ",;:.()—–") || prepositions[toks[k+1].Norm]
	}
	if d >= 2 && (toks[d-1].Norm == "by" || toks[d-1].Norm == "from") && !r.inQ[si][d-1] {
		// "a review by the audit office": a writing's author speaks
		// through it.
		for m := d - 2; m >= 0 && m >= d-2-writingModifiers && !r.inQ[si][m]; m-- {
			if documentNouns[toks[m].Norm] && !isCap(toks[m]) {
				return true
			}
		}
	}
	return d >= 2 && toks[d-2].Norm == "according" && toks[d-1].Norm == "to"
}

// bodyNearby reports whether sentence si before offset at, or the sentence
// before it in its paragraph, names an organisation or a name of no known
// kind: the phrase may then be that body's common noun ("A spokesperson
// for Bakery Workers Local 118 said the union welcomed it"), which
// orgDescriptions decides.
func (r *Result) bodyNearby(si, at int) bool {
	for s := si; s >= 0 && s >= si-1 && r.doc.Sentences[s].Paragraph == r.doc.Sentences[si].Paragraph; s-- {
		for k, t := range r.toks[s] {
			if s == si && t.Start >= at {
				break
			}
			mi, ok := r.nameAt[t.Start]
			if !ok || r.inQ[s][k] {
				continue
			}
			if en := &r.Entities[r.Mentions[mi].Entity]; en.Kind == Organisation || en.Kind == Unknown && len(en.parts) >= 2 {
				return true
			}
		}
	}
	return false
}

// bodyGap reports whether a modifier and the word after it in an unnamed
// body's phrase may be separated by gap: a space, or a plural possessive's
// apostrophe ("the islanders’ association").
func bodyGap(gap string, prev nlp.Token) bool {
	return gap == " " || (gap == "’ " || gap == "' ") && strings.HasSuffix(prev.Norm, "s")
}

// bodyByModifier reports whether the word at token k of sentence si, which
// the lexicon reads as a person noun too ("authority", an expert) but the
// hand lists as a body's head only, is a body's head here: a noun modifier stands right before it ("the water
// authority", "the regional health authority"), as an expert's adjective
// ("a leading authority") does not.
func (r *Result) bodyByModifier(si, k int) bool {
	toks := r.toks[si]
	// Only a word the hand lists give bodies and not people: "the
	// railroad executive" stays a person.
	if w := toks[k].Norm; !handOrgs[w] || handRoles[w] || r.articleRoles[w] {
		return false
	}
	if k == 0 || r.inQ[si][k-1] || r.doc.Text[toks[k-1].End:toks[k].Start] != " " {
		return false
	}
	m := toks[k-1]
	return !isCap(m) && !nlp.IsStopWord(m.Norm) && !determiners[m.Norm] && !r.lex.IsPersonNoun(m.Norm) &&
		nounModifier(r.raw, m.Norm)
}

// voicePronouns gives a "he" or "she" that attributes a quotation ("‘…,’
// she says") the body that a spokeswoman or spokesman of the same sentence
// or the one before it speaks for: "a spokeswoman for the trust tells me
// the last parcel cost £680,000. ‘Every pound of it was worth it,’ she
// says." The voice is the most recent subject that fits the pronoun, so
// it wins over someone the article named before it, unless that person is
// named in the voice's sentence or between it and the pronoun. The sentence before may
// close the paragraph before when the pronoun's sentence opens its own.
func (r *Result) voicePronouns() {
	for si := range r.toks {
		if !r.hasQuote(si) {
			continue
		}
		toks := r.toks[si]
		for k := 0; k+1 < len(toks); k++ {
			g := personalPronouns[toks[k].Norm]
			if toks[k].Norm != "he" && toks[k].Norm != "she" || r.inQ[si][k] || !speechVerbs[toks[k+1].Norm] {
				continue
			}
			old, had := r.pronoun[toks[k].Start]
			e, vs, _ := r.voiceBefore(si, k, g)
			// Someone named in the voice's sentence or since keeps the
			// pronoun: "Chloe Patel, no relation to the union
			// representative, … ‘…,’ she said".
			if e < 0 || had && (old == e || r.namedSince(old, vs, -1, si, k)) {
				continue
			}
			r.pronoun[toks[k].Start] = e
		}
	}
}

// namedSince reports whether person e is named outside quotations after
// token m of sentence s and before token k of sentence t.
func (r *Result) namedSince(e, s, m, t, k int) bool {
	for x := s; x <= t; x++ {
		for n, tk := range r.toks[x] {
			if x == s && n <= m || x == t && n >= k || r.inQ[x][n] {
				continue
			}
			if mi, ok := r.nameAt[tk.Start]; ok && r.Mentions[mi].Entity == e {
				return true
			}
		}
	}
	return false
}

// voiceBefore returns the body a voice noun of gender g (or none) speaks
// for, in sentence si before token k or in the sentence before it (within
// the paragraph, or closing the paragraph before when si opens its own),
// the nearest first, with the sentence and token of the voice noun; -1
// when none.
func (r *Result) voiceBefore(si, k int, g string) (int, int, int) {
	para := r.doc.Sentences[si].Paragraph
	for s := si; s >= 0 && s >= si-1; s-- {
		if p := r.doc.Sentences[s].Paragraph; p != para && (p != para-1 || r.paraSen[para][0] != si) {
			break
		}
		end := len(r.toks[s])
		if s == si {
			end = k
		}
		for m := end - 1; m >= 0; m-- {
			w := r.toks[s][m].Norm
			if r.inQ[s][m] || !oneVoice[w] || isCap(r.toks[s][m]) || voiceGender[w] != "" && voiceGender[w] != g {
				continue
			}
			return r.orgVoice(s, m, 0), s, m
		}
	}
	return -1, -1, -1
}

// oneVoice are the voice nouns for one person, whom a "he" or "she" may
// stand for.
var oneVoice = wordSet(`spokesman spokeswoman spokesperson representative`)

// voiceGender is the gender a voice noun gives its speaker.
var voiceGender = map[string]string{"spokesman": "male", "spokeswoman": "female"}

// bodyKind reports whether organisation en is what the definite common
// noun w (folded) calls it by the lexicon's BodyKinds: its name's last
// word makes a kind of w with it ("the district" for Millbrook Public Schools,
// a school district; "the utility" for Severn Vale Water, a water
// company). A person's noun ("the director") is no body's kind.
func (r *Result) bodyKind(w string, en *Entity) bool {
	bk, ok := r.raw.(BodyKinds)
	if !ok || len(en.parts) < 2 || w == "" || r.lex.IsPersonNoun(w) {
		return false
	}
	// The name's head only: "Commerce Montreval Vivant" is no commerce
	// department.
	p := singular(strings.TrimSuffix(strings.TrimSuffix(en.parts[len(en.parts)-1], "'s"), "'"))
	key := [2]string{"~" + w, p} // shares bodyRoles' memo, apart by the prefix
	v, ok := r.bodyRoles[key]
	if !ok {
		if r.bodyRoles == nil {
			r.bodyRoles = map[[2]string]bool{}
		}
		v = bk.BodyKind(w, p)
		r.bodyRoles[key] = v
	}
	return v
}

// kindBody returns the body named before offset at that the definite
// common noun w calls by its kind (bodyKind), the latest named first; -1
// when none. A name of no known kind that fits ("Severn Vale Water … the
// utility said") is an organisation from then on when promote is set
// (during analysis; a finished Result is read only); a person's name, a
// place or a titled name never is.
func (r *Result) kindBody(w string, at int, promote bool) int {
	best, bestAt := -1, -1
	for e := range r.Entities {
		en := &r.Entities[e]
		switch {
		case en.RoleOnly || len(en.parts) < 2:
			continue
		case en.Kind == Organisation:
		case promote && en.Kind == Unknown && en.evidence["titled"] == 0 && r.lex.GivenNameGender(en.parts[0]) == "":
		default:
			continue
		}
		if _, s := r.mentionsBefore(e, at); s > bestAt && r.bodyKind(w, en) {
			best, bestAt = e, s
		}
	}
	if best >= 0 && r.Entities[best].Kind != Organisation {
		en := &r.Entities[best]
		en.Kind, en.Gender, en.Roles, en.Descriptors = Organisation, "", nil, nil
	}
	return best
}
