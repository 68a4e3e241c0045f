package attribution

// Narrator returns the first-person writer of paragraph pi (0-based): the
// person who signs the letter it belongs to, else the person an "as told
// to" line names; -1 when the article is no first-person piece. It may add
// the signer of a letter as a person of its own, so a caller that lists
// the entities asks it first.
func (r *Result) Narrator(pi int) int {
	if pi < 0 || pi >= len(r.doc.Paragraphs) {
		return -1
	}
	return r.narrator(pi)
}
