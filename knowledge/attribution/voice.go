package attribution

// maxVoiceLookback bounds the sentences of the paragraph before that a
// bare voice opening a paragraph looks back over for its body.
const maxVoiceLookback = 3

// paragraphVoiceBody returns the body a bare indefinite voice noun opening
// the paragraph of sentence si speaks for ("I contacted Larkspur on 2 May.
// …" then a paragraph "A spokesperson says: ‘…’"): the organisation named
// last in the closing sentences of the paragraph before, outside
// quotations, or a name of two words or more of no known kind there (or
// a place only by how it was used),
// which the voice makes a body (as voicedName does). -1 when none is.
func (r *Result) paragraphVoiceBody(si int) int {
	para := r.doc.Sentences[si].Paragraph
	if para == 0 || r.paraSen[para][0] != si {
		return -1
	}
	prev := r.paraSen[para-1]
	for s := prev[1] - 1; s >= prev[0] && s >= prev[1]-maxVoiceLookback; s-- {
		toks := r.toks[s]
		for m := len(toks) - 1; m >= 0; m-- {
			if r.inQ[s][m] {
				continue
			}
			mi, ok := r.nameAt[toks[m].Start]
			if !ok {
				continue
			}
			e := r.Mentions[mi].Entity
			if e < 0 {
				continue
			}
			switch en := &r.Entities[e]; {
			case en.Kind == Organisation:
				return e
			case (en.Kind == Unknown || en.Kind == Place && en.evidence[string(Place)] == 0) && len(en.parts) >= 2:
				// A place only by its use ("wrote to Birchwood Home") is
				// no more a place than a body.
				en.Kind = Organisation // a spokesperson speaks for a body
				return e
			}
		}
	}
	return -1
}
