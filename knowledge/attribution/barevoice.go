package attribution

// bareVoiceBody returns the body an unnamed spokesperson with nothing to
// say whose ("A spokeswoman said …", "the spokesman added") speaks for:
// the body a spokesperson of the same noun was quoted for just before
// (voiceQuotedBefore), else the organisation the article last made speak
// before it ("NHS Blood and Transplant said …"), as a reader takes it. -1 when the phrase says
// whose voice it is (a modifier, "for"/"of" after it) or no body has
// spoken.
func (r *Result) bareVoiceBody(si, k, lo int) int {
	toks := r.toks[si]
	if k < 1 || k <= lo || k+1 >= len(toks) || r.inQ[si][k] || r.inQ[si][k-1] || !determiners[toks[k-1].Norm] ||
		!speechVerbs[toks[k+1].Norm] || r.gapAt(toks, k+1) != " " {
		return -1
	}
	if k-1 > lo && !r.clauseStart(si, k-1, lo) {
		return -1
	}
	if e := r.voiceQuotedBefore(si, k); e >= 0 {
		return e
	}
	// The latest sentence in which a body speaks decides; two bodies
	// speaking in it leave the voice unnamed, as a careful reader would.
	for s := si; s >= 0; s-- {
		ts := r.toks[s]
		end := len(ts) - 1
		if s == si {
			end = k - 2
		}
		found := -1
		for m := end - 1; m >= 0; m-- {
			if r.inQ[s][m] || r.inQ[s][m+1] || !speechVerbs[ts[m+1].Norm] || r.gapAt(ts, m+1) != " " {
				continue
			}
			mi, ok := r.endAt[ts[m].End]
			if !ok || r.Entities[r.Mentions[mi].Entity].Kind != Organisation {
				continue
			}
			if e := r.Mentions[mi].Entity; found < 0 {
				found = e
			} else if e != found {
				return -1
			}
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// voiceQuotedBefore returns the organisation whose quotation a sentence
// with voice noun token k's word brought in, in sentence si's paragraph
// or the two before ("A spokesperson says: ‘We are sorry …’ ¶ Asked why,
// the spokesperson says …"): the same voice goes on. -1 when none.
func (r *Result) voiceQuotedBefore(si, k int) int {
	w := singular(r.toks[si][k].Norm)
	para := r.doc.Sentences[si].Paragraph
	for q := len(r.Quotations) - 1; q >= 0; q-- {
		qt := r.Quotations[q]
		if qt.OpenStart >= r.doc.Sentences[si].Start || qt.Speaker < 0 || qt.Parent >= 0 {
			continue
		}
		s := r.sentenceOf(qt.OpenStart)
		if s < 0 || r.doc.Sentences[s].Paragraph < para-2 {
			break
		}
		if r.Entities[qt.Speaker].Kind != Organisation {
			continue
		}
		for m, t := range r.toks[s] {
			if !r.inQ[s][m] && singular(t.Norm) == w {
				return qt.Speaker
			}
		}
	}
	return -1
}
