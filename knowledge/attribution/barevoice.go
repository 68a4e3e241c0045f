package attribution

// bareVoiceBody returns the body an unnamed spokesperson with nothing to
// say whose ("A spokeswoman said …", "the spokesman added") speaks for:
// the organisation the article last made speak before it ("NHS Blood and
// Transplant said …"), as a reader takes it. -1 when the phrase says
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
	for s := si; s >= 0; s-- {
		ts := r.toks[s]
		end := len(ts) - 1
		if s == si {
			end = k - 2
		}
		for m := end - 1; m >= 0; m-- {
			if r.inQ[s][m] || r.inQ[s][m+1] || !speechVerbs[ts[m+1].Norm] || r.gapAt(ts, m+1) != " " {
				continue
			}
			if mi, ok := r.endAt[ts[m].End]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Organisation {
				return r.Mentions[mi].Entity
			}
		}
	}
	return -1
}
