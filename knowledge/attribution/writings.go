package attribution

import (
	"strings"
)

// writingVerbs are what a writing does with the words it holds, beside
// the verbs of saying: "the letter reads", "the report praised".
var writingVerbs = wordSet(`read reads praised praises lists listed finds found criticised criticises
	criticized criticizes recommends recommended records recorded describes described
	states stated promises promised`)

// writingModifiers bounds the words between a writing's determiner or
// owner and its noun ("its written decision", "a strike timetable leaflet").
const writingModifiers = 3

// writingPostModifier bounds the words after a writing's noun before its
// verb ("a leaflet issued by the company says").
const writingPostModifier = 6

// writingBack bounds the sentences read back for the author of "the
// letter", so that attribution stays linear.
const writingBack = 12

// sieveWriting gives a quotation whose attribution's subject is a writing
// with its owner beside it ("“…,” the company's notice says", "The
// inspectors’ report, published on Monday, praised “…”", "a leaflet issued
// by the operator says") to that owner (writingOwner). A company or
// tribunal speaks through its documents; the noun is never the speaker.
func (r *Result) sieveWriting(q int) (int, bool) {
	if e, ok := r.writingSpeaker(q, r.writingOwner); ok {
		return e, true
	}
	// "The notice describes the supplier only as “…”": a writing opening
	// the sentence is the subject; the object after the verb is not.
	if tr := r.before(q); r.Quotations[q].Parent < 0 && tr.j > tr.i {
		if k, ok := r.writingSubject(tr.si, 0, tr.j); ok && (tr.i == 0 || r.coordinatedVerb(tr.si, tr.i, tr.j)) {
			if e := r.writingAuthor(tr.si, k); e >= 0 {
				return e, true
			}
		}
	}
	return -1, false
}

// coordinatedVerb reports whether tokens [i, j) of sentence si, between
// two quotations, hold a coordinated verb of saying and no subject of
// their own ("… of individual staff but said the unit was “…”").
func (r *Result) coordinatedVerb(si, i, j int) bool {
	toks := r.toks[si]
	found := false
	for k := i; k < j; k++ {
		if r.isName(toks[k]) || personalPronouns[toks[k].Norm] != "" {
			return false
		}
		if k > i && coordinators[toks[k-1].Norm] && speechVerbs[toks[k].Norm] {
			found = true
		}
	}
	return found
}

// sieveWritingBack gives a quotation whose attribution is a bare writing
// ("“…,” the decision says.") to the author of the latest earlier writing
// of that kind (writingAuthor), and the words that continue it in its
// paragraph to the same author. It runs late: an earlier sentence saying
// who replied ("Fane replied. “…,” the email read.") decides first.
func (r *Result) sieveWritingBack(q int) (int, bool) {
	if e, ok := r.writingSpeaker(q, func(si, k int) (int, bool) {
		e := r.writingAuthor(si, k)
		return e, e >= 0
	}); ok {
		return e, true
	}
	if p := q - 1; p >= 0 && r.Quotations[p].Rule == "writing-back" {
		return r.sieveContinuation(q)
	}
	return -1, false
}

// writingSpeaker applies author to the writing that is the subject of
// quotation q's attribution, after it or before it.
func (r *Result) writingSpeaker(q int, author func(si, k int) (int, bool)) (int, bool) {
	if r.Quotations[q].Parent >= 0 {
		return -1, false
	}
	if tr := r.after(q); tr.j-tr.i >= 2 {
		if k, ok := r.writingSubject(tr.si, tr.i, tr.j); ok {
			if e, ok := author(tr.si, k); ok && e >= 0 {
				return e, true
			}
		}
	}
	if tr := r.before(q); tr.j-tr.i >= 2 && (tr.i == 0 || r.Quotations[q].Prev < 0) {
		if k, ok := r.writingSubject(tr.si, tr.i, tr.j); ok {
			if e, ok := author(tr.si, k); ok && e >= 0 {
				return e, true
			}
		}
	}
	return -1, false
}

// writingSubject finds a writing that opens tokens [i, j) of sentence si
// as the subject of a verb of saying or writing: a determiner or owner,
// at most writingModifiers words, the writing's noun, an optional aside
// set off by commas, then the verb. It returns the noun's token.
func (r *Result) writingSubject(si, i, j int) (int, bool) {
	toks := r.toks[si]
	k := i
	if k < j && (determiners[toks[k].Norm] || possessivePronouns[toks[k].Norm]) {
		k++
	}
	// An owner: "the inspectors’ report", "Valley Connect's leaflet", or a
	// name set before the noun ("the Valley Connect timetable leaflet").
	for n := k; n < j && n <= k+writingModifiers+3; n++ {
		if documentNouns[toks[n].Norm] && !isCap(toks[n]) {
			v := n + 1
			if v < j && strings.Contains(r.gapAt(toks, v), ",") {
				// "The decision, published on Thursday, runs": over an aside
				// to the comma closing it.
				for v++; v < j && v <= n+10 && !strings.Contains(r.gapAt(toks, v), ","); v++ {
				}
			} else {
				// "a notice to households describes", "a leaflet issued by
				// the company says": over a short unpunctuated post-modifier.
				for v < j && v <= n+writingPostModifier && !speechVerbs[toks[v].Norm] && !writingVerbs[toks[v].Norm] &&
					!strings.ContainsAny(r.gapAt(toks, v), ",;:—–()") {
					v++
				}
			}
			if v < j && (speechVerbs[toks[v].Norm] || writingVerbs[toks[v].Norm]) && !r.isName(toks[v]) {
				return n, true
			}
			return -1, false
		}
		if n > k && strings.ContainsAny(r.gapAt(toks, n), ",;:—–(") {
			return -1, false
		}
	}
	return -1, false
}

// writingAuthor returns who wrote the writing whose noun is token k of
// sentence si: its owner ("the company's statement", "Harbourline's
// notice", "its decision"), a name set before it ("the Valley Connect
// leaflet"), the author "by"/"from" after it ("a leaflet issued by the
// operator"), the subject of the sentence that brings it in ("The panel
// said in its written decision"), and for "the letter" the author of the
// latest earlier writing of that kind; -1 when none is found.
func (r *Result) writingAuthor(si, k int) int {
	noun := r.toks[si][k].Norm
	if e, ok := r.writingOwner(si, k); ok {
		return e
	}
	if noun == "minutes" {
		// A meeting's minutes are its body's: "the minutes" after "the
		// bank's Monetary Policy Committee" are the committee's, not the
		// bank's that convenes it.
		if e := r.latestMeetingBody(r.toks[si][k].Start); e >= 0 {
			return e
		}
	}
	lo := r.paraSen[r.doc.Sentences[si].Paragraph][0]
	for s := si; s >= 0 && s >= si-writingBack && s >= lo-writingBack; s-- {
		toks := r.toks[s]
		for n := len(toks) - 1; n >= 0; n-- {
			if toks[n].Norm != noun || r.inQ[s][n] || (s == si && n >= k) {
				continue
			}
			if e, ok := r.writingOwner(s, n); ok {
				return e
			}
			if e, ok := r.verbSubject(tokRange{s, 0, len(toks)}, false, 0); ok && e >= 0 && r.Entities[e].Kind != Place {
				return e
			}
			// "Ledbury Bank set out its account in a notice": the name that
			// opens the sentence bringing the writing in.
			if s != si {
				if mi, ok := r.nameAt[toks[0].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind != Place {
					return r.Mentions[mi].Entity
				}
			}
		}
	}
	// "a review by the audit office …; “…,” the report said": the latest
	// earlier writing of another name whose words give its owner. Only
	// "the" refers back; "a victim impact statement" brings in a new one.
	if k == 0 || r.toks[si][k-1].Norm != "the" {
		return -1
	}
	for s := si; s >= 0 && s >= si-writingBack && s >= lo-writingBack; s-- {
		toks := r.toks[s]
		for n := len(toks) - 1; n >= 0; n-- {
			if !documentNouns[toks[n].Norm] || isCap(toks[n]) || r.inQ[s][n] || (s == si && n >= k) {
				continue
			}
			if e, ok := r.writingOwner(s, n); ok && e >= 0 {
				return e
			}
		}
	}
	if e := r.writingAgentBody(si, k); e >= 0 {
		return e
	}
	if tradeWritings[noun] {
		// "The catalogue for the sale had described Lot 148 as “…”" at
		// Whitcombe & Gerrard's saleroom: a business's writing is the
		// latest trade-named body's.
		return r.latestTradeBody(si, r.toks[si][k].Start)
	}
	return -1
}

// tradeWritings are the writings a business publishes in its own name.
var tradeWritings = wordSet(`catalogue catalog leaflet brochure policy`)

// writingOwner returns the owner the words around writing noun k of
// sentence si give it, with ok false when they give none.
func (r *Result) writingOwner(si, k int) (int, bool) {
	toks := r.toks[si]
	// Leftward over modifiers to an owner or a determiner.
	for m := k - 1; m >= 0 && m >= k-writingModifiers-1; m-- {
		t := toks[m]
		if r.inQ[si][m] || strings.ContainsAny(r.gapAt(toks, m+1), ",;:—–()") {
			break
		}
		if r.isPossessiveToken(toks, m) {
			if e, ok := r.entityEndingAt(t); ok && r.Entities[e].Kind != Place {
				return e, true
			}
			if e := r.ownerByWord(si, m); e >= 0 {
				return e, true
			}
			return -1, false
		}
		if t.Norm == "its" || t.Norm == "their" || t.Norm == "his" || t.Norm == "her" {
			if e, ok := r.pronoun[t.Start]; ok {
				return e, true
			}
			// "The panel said in its written decision": the clause's subject.
			if e, ok := r.verbSubject(tokRange{si, 0, m}, true, 0); ok && e >= 0 {
				return e, true
			}
			return -1, false
		}
		if e, ok := r.entityEndingAt(t); ok && isCap(t) && r.Entities[e].Kind != Place {
			return e, true // "the Valley Connect timetable leaflet"
		}
		if determiners[t.Norm] {
			break
		}
	}
	// "a leaflet issued by the operator", "a statement from the union".
	for n := k + 1; n+1 < len(toks) && n <= k+4; n++ {
		if r.inQ[si][n] {
			break
		}
		if toks[n].Norm != "by" && toks[n].Norm != "from" {
			continue
		}
		if readingVerbs[toks[n-1].Norm] {
			break // "a statement read by the detective": its reader
		}
		m := n + 1
		if determiners[toks[m].Norm] && m+1 < len(toks) {
			m++
		}
		if mi, ok := r.titleAt[toks[m].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind != Place {
			return r.Mentions[mi].Entity, true
		}
		if e := r.ownerByWord(si, m); e >= 0 {
			return e, true
		}
		break
	}
	return -1, false
}

// ownerByWord resolves a common noun naming a writing's owner ("the
// company's", "the trust's", "the inspectors'", "by the operator") to an
// entity: its role phrase when one holds it, else the one organisation
// the article names with that word ("trust": Carrowmore Health Trust) or
// that the lexicon's body roles fit ("regulator"), else, for the people a
// body sends (inspectors, auditors), the organisation named last before.
func (r *Result) ownerByWord(si, m int) int {
	toks := r.toks[si]
	w := strings.TrimSuffix(strings.TrimSuffix(toks[m].Norm, "'s"), "'")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "’")
	// The people a body sends (inspectors, auditors) write in its name.
	if w != singular(w) && r.lex.IsPersonNoun(singular(w)) {
		if e := r.latestOrganisation(si, toks[m].Start); e >= 0 {
			return e
		}
	}
	if e, ok := r.rolePhrase(si, m, 0); ok && e >= 0 {
		return e
	}
	found := -1
	for _, e := range r.byWord[w] {
		if r.Entities[e].Kind != Organisation || e == found {
			continue
		}
		if found >= 0 {
			found = -2
			break
		}
		found = e
	}
	if found >= 0 {
		return found
	}
	if e := r.bodyByRole(w); e >= 0 {
		return e
	}
	// "The quarry company's own environmental statement": a firm's
	// writing is the latest trade-named body's, as "the company said" is.
	if companyNouns[w] {
		return r.latestTradeBody(si, toks[m].Start)
	}
	return r.groupOwner(si, m, w)
}

// meetingBodies are the heads of the bodies that meet and keep minutes.
var meetingBodies = wordSet(`committee board council panel commission cabinet assembly subcommittee`)

// latestMeetingBody returns the organisation headed by a meeting body's
// noun (meetingBodies) named last before offset at, -1 when none is.
func (r *Result) latestMeetingBody(at int) int {
	best, bestAt := -1, -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Organisation || len(en.parts) == 0 || !meetingBodies[en.parts[len(en.parts)-1]] {
			continue
		}
		if _, s := r.mentionsBefore(e, at); s > bestAt {
			best, bestAt = e, s
		}
	}
	return best
}

// IsDocumentNoun reports whether a folded word names a writing that
// speaks for its author ("report", "minutes", "leaflet", "policy").
func IsDocumentNoun(w string) bool { return documentNouns[w] }
