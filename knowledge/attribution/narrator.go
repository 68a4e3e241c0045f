package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// A first-person piece quotes its own writer: an "as told to" column
// ("I told him, “…”") or a letters page, whose every letter is signed
// below its last paragraph ("Margaret Ellery, Haddon"). The narrator of a
// paragraph is that writer: the person who signs the letter it belongs
// to, else the person an "as told to" line names; -1 when the article is
// no first-person piece.

// maxSignOffWords bounds a letter's sign-off: a name with a place, a
// bracketed title or a short role ("Priya Venkatesan, chair, Friends of
// Haddon Library").
const maxSignOffWords = 10

// maxLetterParagraphs bounds how far below a paragraph its letter's
// sign-off may stand.
const maxLetterParagraphs = 6

// narrator returns the first-person writer of paragraph pi, or -1.
func (r *Result) narrator(pi int) int {
	if r.narrators == nil {
		r.narrators = map[int]int{}
	}
	if e, ok := r.narrators[pi]; ok {
		return e
	}
	e := -1
	for pj := pi; pj < len(r.doc.Paragraphs) && pj <= pi+maxLetterParagraphs; pj++ {
		if pj > pi {
			// A markdown heading opens the next letter: a sign-off below
			// it is another writer's.
			if strings.HasPrefix(strings.TrimSpace(r.doc.Text[r.doc.Paragraphs[pj].Start:r.doc.Paragraphs[pj].End]), "#") {
				break
			}
			if e = r.signOff(pj); e >= 0 {
				break
			}
		}
		// A sign-off the caller took for a heading stands between
		// paragraphs.
		end := len(r.doc.Text)
		if pj+1 < len(r.doc.Paragraphs) {
			end = r.doc.Paragraphs[pj+1].Start
		}
		for _, line := range strings.Split(r.doc.Text[r.doc.Paragraphs[pj].End:end], "\n") {
			if e = r.signOffLine(strings.TrimSpace(line)); e >= 0 {
				break
			}
		}
		if e >= 0 {
			break
		}
	}
	if e < 0 {
		e = r.bylineAbove(pi)
	}
	if e < 0 {
		e = r.toldTo()
	}
	r.narrators[pi] = e
	return e
}

// bylineAbove returns the writer a byline line names ("**By Folasade
// Adeyinka-Ross**") above paragraph pi with no heading between: in a
// column or a head-to-head debate each piece is its byline writer's, and
// its "I" is that writer. -1 when no byline stands above the paragraph.
func (r *Result) bylineAbove(pi int) int {
	for pj := pi; pj >= 0; pj-- {
		line := strings.TrimSpace(r.doc.Text[r.doc.Paragraphs[pj].Start:r.doc.Paragraphs[pj].End])
		if strings.HasPrefix(line, "#") {
			return -1
		}
		line = strings.Trim(line, "*_ ")
		if rest, ok := strings.CutPrefix(line, "By "); ok && !strings.ContainsAny(rest, ",.;:") {
			// "By a Staff Reporter" names no one: signOffLine wants
			// capitalised name words only.
			return r.signOffLine(rest)
		}
		// A heading between paragraphs opens another piece.
		if pj > 0 && strings.Contains("\n"+r.doc.Text[r.doc.Paragraphs[pj-1].End:r.doc.Paragraphs[pj].Start], "\n#") {
			return -1
		}
	}
	return -1
}

// signOff returns the person who signs a letter with paragraph pi — a
// short line that opens with a person's name, then nothing, a comma or a
// bracket ("Joan Haig (Mrs), Station Road"), with no sentence's stop and
// no quote mark — or -1.
func (r *Result) signOff(pi int) int {
	p := r.doc.Paragraphs[pi]
	line := strings.TrimSpace(r.doc.Text[p.Start:p.End])
	if line == "" || len(strings.Fields(line)) > maxSignOffWords || strings.ContainsAny(line, "\"“”‘’«»:") {
		return -1
	}
	if last, _ := utf8.DecodeLastRuneInString(line); last == '.' || last == '!' || last == '?' {
		return -1
	}
	// The name opens the line: one look-up, so that asking of every
	// paragraph stays linear in the article.
	body := r.doc.Text[p.Start:p.End]
	lead := len(body) - len(strings.TrimLeft(body, " \t"))
	lead += signOffDash(body[lead:])
	mi, ok := r.titleAt[p.Start+lead]
	if !ok {
		return -1
	}
	m := r.Mentions[mi]
	rest := strings.TrimRight(r.doc.Text[m.End:p.End], " \t")
	if rest != "" && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " (") {
		return -1
	}
	if en := &r.Entities[m.Entity]; en.Kind == Person || r.potential(m.Entity) || en.Kind == Unknown && len(strings.Fields(r.doc.Text[m.Start:m.End])) >= 2 {
		return m.Entity
	}
	return -1
}

// signOffDash returns the length of the dash and spaces that open a
// letter's sign-off ("— Sunita Rai, Fernhill"), or 0.
func signOffDash(s string) int {
	for _, d := range []string{"—", "–", "―", "-"} {
		if rest, ok := strings.CutPrefix(s, d); ok && strings.HasPrefix(rest, " ") {
			return len(s) - len(strings.TrimLeft(rest, " \t"))
		}
	}
	return 0
}

// signOffLine returns the person who signs a letter with a line that is
// no paragraph of the document (the caller's heading): a full name of two
// to four capitalised words, then nothing, a comma or a bracket, with no
// sentence's stop and no quote mark. A name the article uses nowhere else
// becomes a person of its own. -1 when the line is no sign-off.
func (r *Result) signOffLine(line string) int {
	line = line[signOffDash(line):]
	if line == "" || len(strings.Fields(line)) > maxSignOffWords || strings.ContainsAny(line, "\"“”‘’«»:#*>") {
		return -1
	}
	if last, _ := utf8.DecodeLastRuneInString(line); last == '.' || last == '!' || last == '?' {
		return -1
	}
	line = strings.TrimSpace(line)
	name := line
	if i := strings.IndexAny(line, ",("); i >= 0 {
		name = strings.TrimSpace(line[:i])
	}
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 || !capitalisedWords(f) {
		return -1
	}
	for _, w := range f {
		if lw := strings.ToLower(w); nlp.IsStopWord(lw) || leadInWords[lw] || r.lex.IsCommonWord(lw) && r.lex.GivenNameGender(lw) == "" && w == f[0] {
			return -1
		}
	}
	if e, _ := r.Resolve(name); e >= 0 {
		if en := &r.Entities[e]; en.Kind == Person || r.potential(e) {
			return e
		}
		return -1
	}
	key := "signoff:" + foldName(name)
	if e, ok := r.roleOnly[key]; ok {
		return e
	}
	parts := nameParts(foldName(name))
	e := r.addRoleOnly(key, name, parts[len(parts)-1])
	en := &r.Entities[e]
	en.Roles, en.RoleOnly = nil, false
	en.Variants = appendUnique(en.Variants, parts[len(parts)-1])
	en.first, en.parts = parts[0], parts
	return e
}

// toldTo returns the person an "as told to" line names as the piece's
// teller: the last person named before "as told to" in its paragraph
// ("— Nora Quilligan, 74, as told to Colm Hegarty"), or -1.
func (r *Result) toldTo() int {
	if r.toldToSet {
		return r.toldToE
	}
	r.toldToSet, r.toldToE = true, -1
	low := strings.ToLower(r.doc.Text)
	at := strings.Index(low, "as told to ")
	if at < 0 {
		r.toldToE = r.spokeToStandfirst()
		return r.toldToE
	}
	pi := r.paragraphAt(at)
	if pi < 0 {
		return -1
	}
	for _, m := range r.Mentions {
		if m.Start < r.doc.Paragraphs[pi].Start || m.End > at {
			continue
		}
		if en := &r.Entities[m.Entity]; en.Kind == Person || r.potential(m.Entity) {
			r.toldToE = m.Entity
		}
	}
	return r.toldToE
}

// spokeToStandfirst returns the teller an interview's standfirst names
// before "He spoke to …" or "She talked to …" (the interviewer): the
// first person of that paragraph, whose gender the pronoun does not
// contradict ("Walter Pryce, 71, has run the Regal since 1974. He spoke to
// Kirsty Abernethy."), or -1. Only the first three paragraphs hold a
// standfirst.
func (r *Result) spokeToStandfirst() int {
	for si, sent := range r.doc.Sentences {
		pi := sent.Paragraph
		if pi >= 3 {
			break
		}
		{
			toks := r.toks[si]
			if len(toks) < 4 {
				continue
			}
			g := personalPronouns[toks[0].Norm]
			if (toks[0].Norm != "he" && toks[0].Norm != "she") || !interviewVerbs[toks[1].Norm] || toks[2].Norm != "to" && toks[2].Norm != "with" {
				continue
			}
			start := r.doc.Paragraphs[pi].Start
			for _, m := range r.Mentions {
				if m.Start < start || m.End > toks[0].Start {
					continue
				}
				en := &r.Entities[m.Entity]
				if en.Kind == Person && (en.Gender == "" || en.Gender == g) {
					return m.Entity
				}
			}
			return -1
		}
	}
	return -1
}

// interviewVerbs are the verbs by which a standfirst says whom the teller
// gave the interview to ("He spoke to", "She talked to").
var interviewVerbs = wordSet(`spoke talked talks speaks spoken`)

// paragraphAt returns the paragraph holding offset off, or -1.
func (r *Result) paragraphAt(off int) int {
	for pi, p := range r.doc.Paragraphs {
		if off >= p.Start && off < p.End {
			return pi
		}
	}
	return -1
}

// sieveFirstPerson gives the narrator the quotations the narration
// introduces as the writer's own: "I told him, “…”", "I wrote: “…”",
// "“…,” I said", "Then I crossed it out and wrote “…”".
func (r *Result) sieveFirstPerson(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote || !r.saidByI(q) {
		return -1, false
	}
	if e := r.narrator(qt.Paragraph); e >= 0 {
		return e, true
	}
	return -1, false
}

// saidByI reports whether quotation q is introduced by the first person:
// "I" right before the last verb of saying of the six words before it
// ("I told him, “…”", "I said so in the chamber then: “…”",
// "then, under the last entry, I wrote: “…”"), or "I" and a verb of saying
// right after it ("“…,” I said").
func (r *Result) saidByI(q int) bool {
	if b := r.before(q); b.j > b.i {
		toks := r.toks[b.si]
		for v := b.j - 1; v > b.i && v >= b.j-6; v-- {
			if !speechVerbs[toks[v].Norm] {
				continue
			}
			k := v - 1
			for k > b.i && (fillers[toks[k].Norm] || r.lyAdverb(toks[k].Norm)) {
				k--
			}
			return toks[k].Text == "I" || r.coordinatedI(b.si, b.i, k)
		}
		return false
	}
	a := r.after(q)
	if a.j-a.i < 2 || a.si != r.sentenceOf(r.Quotations[q].CloseEnd-1) {
		return false // "“…” I remember thinking …": a new sentence
	}
	toks := r.toks[a.si]
	return toks[a.i].Text == "I" && speechVerbs[toks[a.i+1].Norm]
}

// coordinatedI reports whether toks[k] is the "and" joining a first
// clause of "I" to the verb of saying after it: "I leaned out and told
// him", "I stood up and said". Up to three lower-case words, no punctuation,
// stand between "I" and "and"; lo bounds the search.
func (r *Result) coordinatedI(si, lo, k int) bool {
	toks := r.toks[si]
	if toks[k].Norm != "and" {
		return false
	}
	for m := k - 1; m >= lo && m >= k-4; m-- {
		if strings.TrimSpace(r.doc.Text[toks[m].End:toks[m+1].Start]) != "" || r.inQ[si][m] {
			return false
		}
		if toks[m].Text == "I" {
			return m < k-1
		}
		if isCap(toks[m]) {
			return false
		}
	}
	return false
}

// sievePullQuote gives a first-person piece's writer a pull quote: a
// paragraph that is nothing but a quotation no rule attributed, whose
// words the narration also carries outside quote marks, as a magazine
// lifts a line of the text into large type.
func (r *Result) sievePullQuote(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote && qt.Kind != KindBlockQuote || qt.Paragraph < 0 {
		return -1, false
	}
	p := r.doc.Paragraphs[qt.Paragraph]
	if qt.OpenStart != p.Start || strings.TrimSpace(r.doc.Text[qt.CloseEnd:p.End]) != "" {
		return -1, false
	}
	words := r.doc.Text[qt.Start:qt.End]
	if len(strings.Fields(words)) < 4 {
		return -1, false
	}
	for from := 0; ; {
		i := strings.Index(r.doc.Text[from:], words)
		if i < 0 {
			return -1, false
		}
		at := from + i
		if at != qt.Start && r.QuotationAt(at) < 0 {
			if e := r.narrator(qt.Paragraph); e >= 0 {
				return e, true
			}
			return -1, false
		}
		from = at + len(words)
	}
}

// receivedNouns are what a writer receives back from the one written to.
var receivedNouns = wordSet(`reply response answer letter email e-mail`)

// askVerbs address the one whose reply the writer then quotes.
var askVerbs = wordSet(`wrote write emailed asked complained appealed`)

// sieveReplyReceived gives a quoted reply to whom the sentence says the
// writer wrote or put the question ("I wrote to Haddon Borough Council to
// ask where it would go and received this reply: “…”"): the name after
// "wrote to" or "asked" in the clause before "received … reply".
func (r *Result) sieveReplyReceived(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	b := r.before(q)
	if b.j-b.i < 4 {
		return -1, false
	}
	toks := r.toks[b.si]
	rv := -1
	for k := b.j - 1; k >= b.i && k >= b.j-4; k-- {
		if receivedNouns[toks[k].Norm] {
			for m := k - 1; m >= b.i && m >= k-3; m-- {
				if toks[m].Norm == "received" || toks[m].Norm == "got" || toks[m].Norm == "had" {
					rv = m
				}
			}
			break
		}
	}
	if rv < 0 {
		return -1, false
	}
	for k := b.i; k < rv; k++ {
		if !askVerbs[toks[k].Norm] {
			continue
		}
		m := k + 1
		if m < rv && toks[m].Norm == "to" {
			m++
		}
		if m < rv && toks[m].Norm == "the" {
			m++
		}
		if mi, ok := r.titleAt[toks[m].Start]; ok && m < rv {
			return r.Mentions[mi].Entity, true
		}
	}
	return -1, false
}
