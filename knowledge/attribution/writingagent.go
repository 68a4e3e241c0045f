package attribution

import "strings"

// writingAgentBody returns the body that a sentence just before the
// writing at token k of sentence si, in its paragraph, names as the agent
// of a passive ("The café was inspected by Harwick Borough Council … The
// report, published this week, says …", "The review, commissioned by the
// Downs Trust …"): the writing whose owner nothing else gives is the work
// of the body said to have done it. The nearest such agent; -1 when none.
func (r *Result) writingAgentBody(si, k int) int {
	para := r.doc.Sentences[si].Paragraph
	for s := si; s >= 0 && s >= si-1 && r.doc.Sentences[s].Paragraph == para; s-- {
		toks := r.toks[s]
		end := len(toks)
		if s == si {
			end = k
		}
		for n := end - 2; n >= 1; n-- {
			if toks[n].Norm != "by" || r.inQ[s][n] || r.inQ[s][n-1] || !strings.HasSuffix(toks[n-1].Norm, "ed") {
				continue
			}
			m := n + 1
			if toks[m].Norm == "the" && m+1 < len(toks) {
				m++
			}
			if mi, ok := r.nameAt[toks[m].Start]; ok && !r.inQ[s][m] && r.Entities[r.Mentions[mi].Entity].Kind == Organisation {
				return r.Mentions[mi].Entity
			}
		}
	}
	return -1
}
