package attribution

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Sieve is one attribution rule: it decides the speaker of quotation q
// (an index into r.Quotations) or passes. A decision may be -1: "a
// spokesperson said" decides that no named entity said it.
type Sieve struct {
	Name  string
	Apply func(r *Result, q int) (speaker int, decided bool)
}

// Sieves are the attribution rules, most certain first. A quotation
// decided by one is left alone by the rest and remembers its name.
var Sieves = []Sieve{
	{"qa", (*Result).sieveQA},
	{"labelled-writing", (*Result).sieveLabelledWriting},
	{"nested", (*Result).sieveNested},
	{"first-person", (*Result).sieveFirstPerson},
	{"reply-received", (*Result).sieveReplyReceived},
	{"asked-you", (*Result).sieveAskedYou},
	{"cataphora", (*Result).sieveCataphora},
	{"vocative-reply", (*Result).sieveVocativeReply},
	{"kin-antecedent", (*Result).sieveKinAntecedent},
	{"writing", (*Result).sieveWriting},
	{"kin-label", (*Result).sieveKinLabel},
	{"speech-after", (*Result).sieveAfter},
	{"speech-before", (*Result).sieveBefore},
	{"dash", (*Result).sieveDash},
	{"signature-line", (*Result).sieveSignatureLine},
	{"by-agent", (*Result).sieveByAgent},
	{"findings", (*Result).sieveFindings},
	{"colon", (*Result).sieveColon},
	{"colon-intro", (*Result).sieveBlockIntro},
	{"read-document", (*Result).sieveReadDocument},
	{"told-by", (*Result).sieveToldBy},
	{"sentence-verb", (*Result).sieveSentenceVerb},
	{"reported-intro", (*Result).sieveReportedIntro},
	{"reply-noun", (*Result).sieveReplyNoun},
	{"continuation", (*Result).sieveContinuation},
	{"dash-turn", (*Result).sieveDashTurn},
	{"multi-paragraph", (*Result).sieveMultiParagraph},
	{"pull-quote", (*Result).sievePullQuote},
	{"adjacent-sentence", (*Result).sieveAdjacent},
	{"writing-back", (*Result).sieveWritingBack},
	{"reported-before", (*Result).sieveReportedBefore},
	{"next-sentence", (*Result).sieveNextSentence},
	{"next-paragraph", (*Result).sieveNextParagraph},
	{"answers-question", (*Result).sieveAnswersQuestion},
	{"previous-paragraph", (*Result).sievePreviousParagraph},
	{"described-relative", (*Result).sieveDescribedRelative},
	{"paragraph-speaker", (*Result).sieveParagraphSpeaker},
	{"sentence-subject", (*Result).sieveSentenceSubject},
	{"previous-subject", (*Result).sievePreviousSubject},
	{"described-then-named", (*Result).sieveDescribedThenNamed},
	{"document", (*Result).sieveDocument},
	{"participle-body", (*Result).sieveParticipleBody},
}

// attribute runs the sieves over the quotations.
func (r *Result) attribute() {
	for _, sv := range Sieves {
		for q := range r.Quotations {
			if r.Quotations[q].Rule != "" {
				continue
			}
			if e, ok := sv.Apply(r, q); ok {
				r.Quotations[q].Speaker, r.Quotations[q].Rule = e, sv.Name
			}
		}
	}
	r.namesakeSubjects()
	r.groupsToBodies()
	// "The Ceann Comhairle, Marian Heffernan, replied: “…”": a name no
	// one holds as a person's, set as an office beside a person's name,
	// is that person's office.
	for q := range r.Quotations {
		if s := r.Quotations[q].Speaker; s >= 0 && r.Entities[s].Kind == Unknown {
			if h := r.appositiveHolder(s); h >= 0 {
				r.Quotations[q].Speaker = h
			}
		}
	}
	// A multi-paragraph quotation decided at a later piece.
	for q := len(r.Quotations) - 1; q >= 0; q-- {
		p := r.Quotations[q].Prev
		if p >= 0 && r.Quotations[p].Speaker < 0 && r.Quotations[q].Speaker >= 0 {
			r.Quotations[p].Speaker, r.Quotations[p].Rule = r.Quotations[q].Speaker, "multi-paragraph"
		}
	}
	// …and one decided at an earlier piece only by a later sieve
	// ("previous-paragraph" after "multi-paragraph" had passed).
	for q := range r.Quotations {
		p := r.Quotations[q].Prev
		if p >= 0 && r.Quotations[q].Rule == "" && r.Quotations[p].Speaker >= 0 {
			r.Quotations[q].Speaker, r.Quotations[q].Rule = r.Quotations[p].Speaker, "multi-paragraph"
		}
	}
	r.takeTurns()
	r.namedLater()
	r.ownedNamedNext()
	r.wifeStyled()
	r.namedByAppositive()
	r.roleTies()
	r.roleNamedNext()
	r.describedNamedNext()
	r.spousePhrases()
	r.resolveNested()
	r.nestedOwnRoles()
	r.nestedEchoes()
	r.headlineEcho()
	r.quotedAgain()
	r.headlineGroup()
	r.nestedGroup()
	for q := range r.Quotations {
		if x, ok := r.tiedTo[r.Quotations[q].Speaker]; ok {
			r.Quotations[q].Speaker = x // "the leader … she said, ‘…’": the tied name's
		}
	}
}

// echoWindow bounds the earlier quotations a nested quotation is compared
// with, so that attribution stays linear.
const echoWindow = 40

// nestedEchoes gives a nested quotation nobody is named for the speaker of
// an earlier quotation holding its words: "“‘I believe so’ is how we got
// here,” said the senator" quotes the executive who said “I believe so. I
// would have to check.” (rule "nested-echo").
func (r *Result) nestedEchoes() {
	for q := range r.Quotations {
		qt := r.Quotations[q]
		if qt.Parent < 0 || qt.Speaker >= 0 {
			continue
		}
		words := foldedWords(r.doc.Text[qt.Start:qt.End])
		if len(strings.Fields(words)) < 2 {
			continue
		}
		for p := q - 1; p >= 0 && p >= q-echoWindow; p-- {
			pt := r.Quotations[p]
			if p == qt.Parent || pt.Parent >= 0 || pt.Speaker < 0 {
				continue
			}
			if strings.Contains(" "+foldedWords(r.doc.Text[pt.Start:pt.End])+" ", " "+words+" ") {
				r.Quotations[q].Speaker, r.Quotations[q].Rule = pt.Speaker, "nested-echo"
				break
			}
		}
	}
}

// quotationIn reports whether sentence si holds a quotation: its role
// phrase is then the quotation's attribution, not narration.
func (r *Result) quotationIn(si int) bool { return slices.Contains(r.inQ[si], true) }

// narrativeRoles reads, in order, the narration's definite role
// descriptions ("Westhaven reached 246/6, the skipper making 88") that
// nobody named so far holds, so that the role sticks to the subject it
// describes before someone else of that role is named ("Calder Vale captain
// Imran Qureshi-Blake" a sentence later): rolePhrase records it.
func (r *Result) narrativeRoles() (added bool) {
	var ties map[string][]int
	for si, toks := range r.toks {
		if r.doc.Sentences[si].Paragraph == 0 {
			continue // a headline's roles are read with the body
		}
		for k := 1; k < len(toks); k++ {
			w := toks[k].Norm
			if toks[k-1].Norm != "the" || r.inQ[si][k] || isCap(toks[k]) || kinNouns[w] || voiceNouns[w] || officials[w] {
				continue
			}
			if kind, ok := r.roleOrOrg(w); !ok || kind != "person" || singular(w) != w {
				continue
			}
			if k+1 < len(toks) && (isCap(toks[k+1]) || !strings.ContainsAny(r.doc.Text[toks[k].End:toks[k+1].Start], ",;:—–") && r.lex.IsPersonNoun(toks[k+1].Norm)) {
				// "the skipper Tobias Fairbrother" names him itself; in
				// "the chief executive" the head is the next word.
				continue
			}
			if r.personAfter(si, k) {
				continue // "The member called to order was Jean-Claude d’Amours": the sentence names the holder
			}
			e, ok := r.rolePhrase(si, k, 0)
			if !ok || e >= 0 || r.introducedUnnamed(si, w) {
				continue
			}
			// rolePhrase refuses a subject the article gives another role
			// anywhere; here only what was said of the subject so far
			// counts ("named player of the series" comes later).
			e = r.roleSubjectBefore(si, w, r.lex.PersonGender(w))
			if e >= 0 && r.quotationIn(si) && r.otherRole(e, w) && !slices.ContainsFunc(r.Entities[e].Roles, func(ro string) bool { return r.sameRole(ro, w) }) {
				// A quotation's own "the director said": a wrong speaker
				// is worse than none, so the subject the article calls a
				// critic is not made the director (a synonym of her role,
				// "the singer" for a vocalist, still fits).
				continue
			}
			if e >= 0 && r.Entities[e].Kind == Person && !r.titledBefore(e, toks[k].Start) {
				if ties == nil {
					ties = r.roleTieMap()
				}
				if xs := ties[w]; len(xs) == 1 && xs[0] != e {
					// "Ifeoma Nwachukwu … was guest of honour": the
					// article says who holds the role; the subject
					// before "The guest of honour's advice" does not.
					continue
				}
				r.Entities[e].Roles = appendUnique(r.Entities[e].Roles, w)
				added = true
			}
		}
	}
	return added
}

// namesakeSubjects gives a quotation attributed by a bare surname that two
// people share ("“…,” Fairbrother said.") to the namesake the paragraph
// has been about, when an earlier sentence of the paragraph has him for
// subject, by name, pronoun or role ("He was full of praise for his
// brother"): the nearest compatible mention, pronouns counted, which
// mention grouping (before pronouns are read) could not see. The quotations
// continuing it follow.
func (r *Result) namesakeSubjects() {
	for q := range r.Quotations {
		qt := r.Quotations[q]
		e := qt.Speaker
		if e < 0 || qt.Rule != "speech-after" && qt.Rule != "speech-before" || r.Entities[e].Kind != Person || !r.sameSurnameTaken(e) {
			continue
		}
		si := r.sentenceOf(qt.OpenStart)
		if si < 0 || !r.bareSurnameIn(si, e) {
			continue
		}
		o := -1
		for s := si - 1; s >= 0 && r.doc.Sentences[s].Paragraph == qt.Paragraph; s-- {
			if sub := r.Sentences[s].Subject; sub >= 0 {
				o = sub
				break
			}
		}
		if o < 0 || o == e || r.Entities[o].last != r.Entities[e].last {
			continue
		}
		r.Quotations[q].Speaker = o
		for c := q + 1; c < len(r.Quotations) && r.Quotations[c].Rule == "continuation" && r.Quotations[c].Speaker == e; c++ {
			r.Quotations[c].Speaker = o
		}
	}
}

// bareSurnameIn reports whether sentence si names entity e, outside
// quotations, by its surname alone, untitled.
func (r *Result) bareSurnameIn(si, e int) bool {
	for k, t := range r.toks[si] {
		if r.inQ[si][k] {
			continue
		}
		// "The younger Marsh": a qualified surname decides itself.
		if k > 0 && !r.inQ[si][k-1] && !speechVerbs[r.toks[si][k-1].Norm] && strings.TrimSpace(r.doc.Text[r.toks[si][k-1].End:t.Start]) == "" {
			continue
		}
		// "Sen. Ellingboe": a title decides between namesakes itself.
		if mi, ok := r.nameAt[t.Start]; ok && r.Mentions[mi].Entity == e && r.Mentions[mi].TitleStart == r.Mentions[mi].Start && foldName(r.doc.Text[r.Mentions[mi].Start:r.Mentions[mi].End]) == r.Entities[e].last {
			return true
		}
	}
	return false
}

// personAfter reports whether sentence si names a person outside
// quotations after token k.
func (r *Result) personAfter(si, k int) bool {
	for m := k + 1; m < len(r.toks[si]); m++ {
		if mi, ok := r.nameAt[r.toks[si][m].Start]; ok && !r.inQ[si][m] && r.Entities[r.Mentions[mi].Entity].Kind == Person {
			return true
		}
	}
	return false
}

// titledBefore reports whether a mention of entity e before offset at
// carries a title or role ("Calder Vale captain Imran Qureshi-Blake").
func (r *Result) titledBefore(e, at int) bool {
	for _, mi := range r.Entities[e].Mentions {
		if m := r.Mentions[mi]; m.Start < at && m.TitleStart < m.Start {
			return true
		}
	}
	return false
}

// headlineEcho gives a quotation of the first paragraph (the headline)
// whose words a later quotation repeats ("‘I WOKE TO HIM STANDING OVER MY
// BED’: Gran, 84, tells …" and "‘I woke to him standing over my bed,’ she
// said.") the later one's speaker: the body names who said it, the
// headline only describes.
func (r *Result) headlineEcho() {
	for q := range r.Quotations {
		qt := r.Quotations[q]
		// The standfirst under a headline ("*“…,” says one
		// first-timer*") describes as the headline does; it keeps a
		// speaker it names.
		if qt.Parent >= 0 || qt.Paragraph != 0 && (qt.Speaker >= 0 || !r.standfirst(qt.Paragraph)) {
			continue
		}
		words := " " + foldedWords(r.doc.Text[qt.Start:qt.End]) + " "
		if len(strings.Fields(words)) < 3 {
			continue // a scare quote's word or two may recur by chance
		}
		for b := q + 1; b < len(r.Quotations); b++ {
			bt := r.Quotations[b]
			if bt.Paragraph == qt.Paragraph || bt.Speaker < 0 || r.standfirst(bt.Paragraph) {
				continue
			}
			if strings.Contains(" "+foldedWords(r.doc.Text[bt.Start:bt.End])+" ", words) {
				// The words may be quoted inside that quotation: the
				// innermost quotation holding them says them.
				for c := b + 1; c < len(r.Quotations) && r.Quotations[c].OpenStart < bt.End; c++ {
					if ct := r.Quotations[c]; ct.Speaker >= 0 && r.nestedIn(c, b) &&
						strings.Contains(" "+foldedWords(r.doc.Text[ct.Start:ct.End])+" ", words) {
						bt = ct
					}
				}
				r.Quotations[q].Speaker, r.Quotations[q].Rule = bt.Speaker, "headline"
				break
			}
		}
	}
}

// quotedAgain gives a quotation no one is found for the speaker of another
// quotation that holds its words in full: a story's opening paraphrase
// quotes a line the body gives whole and attributes ("The chairman said
// it was “the closest final I have judged”" and later "“It was the
// closest final I have judged …,” he said"). Four words or more, so a
// scare quote's word or two that recur by chance are left alone.
func (r *Result) quotedAgain() {
	for q := range r.Quotations {
		qt := r.Quotations[q]
		if qt.Parent >= 0 || qt.Speaker >= 0 || qt.Kind != KindQuote {
			continue
		}
		words := foldedWords(r.doc.Text[qt.Start:qt.End])
		if len(strings.Fields(words)) < 4 {
			continue
		}
		words = " " + words + " "
		for d := 1; d <= echoWindow; d++ {
			found := false
			for _, b := range []int{q + d, q - d} {
				if b < 0 || b >= len(r.Quotations) {
					continue
				}
				bt := r.Quotations[b]
				if bt.Parent >= 0 || bt.Speaker < 0 || bt.End-bt.Start <= qt.End-qt.Start {
					continue
				}
				if strings.Contains(" "+foldedWords(r.doc.Text[bt.Start:bt.End])+" ", words) {
					r.Quotations[q].Speaker, r.Quotations[q].Rule = bt.Speaker, "quoted-again"
					found = true
					break
				}
			}
			if found {
				break
			}
		}
	}
}

// standfirst reports whether paragraph pi is a standfirst: a paragraph
// wholly in italics or bold straight under the headline, or under another
// such paragraph.
func (r *Result) standfirst(pi int) bool {
	if pi < 1 || pi > 2 {
		return false
	}
	for k := 1; k <= pi; k++ {
		p := r.doc.Paragraphs[k]
		s := strings.TrimSpace(r.doc.Text[p.Start:p.End])
		if len(s) < 3 || !strings.ContainsAny(s[:1], "*_") || !strings.ContainsAny(s[len(s)-1:], "*_") {
			return false
		}
	}
	return true
}

// interviewHeadline gives a first-person quotation of the headline that
// no one is found for ("‘I once delivered a baby in a lay-by’: the
// village GP on 36 years of house calls") over a Q&A to the one person
// the article interviews: an interview's headline quotes its interviewee.
// It runs after the speaker stage, which settles the answers' speaker.
func (r *Result) interviewHeadline() {
	for q, qt := range r.Quotations {
		if qt.Paragraph != 0 || qt.Parent >= 0 || qt.Speaker >= 0 || qt.Kind != KindQuote || !FirstPersonText(r.doc.Text[qt.Start:qt.End]) {
			continue
		}
		if e := r.soleInterviewee(); e >= 0 {
			r.Quotations[q].Speaker, r.Quotations[q].Rule = e, "headline"
		}
	}
}

// firstPersonWords mark a quotation spoken in the first person.
var firstPersonWords = wordSet(`i i'm i’m i've i’ve i'd i’d i'll i’ll me my we we're we’re we've we’ve our us`)

// FirstPersonText reports whether quotation text s speaks in the first
// person ("I once delivered a baby").
func FirstPersonText(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(c rune) bool {
		return c == ' ' || c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '—' || c == '"' || c == '“' || c == '”'
	}) {
		if firstPersonWords[w] {
			return true
		}
	}
	return false
}

// soleInterviewee returns the one speaker of every answer of a Q&A, the
// person the article interviews; -1 when there are no answers, one has
// no speaker, or they have several.
func (r *Result) soleInterviewee() int {
	e := -1
	for _, qt := range r.Quotations {
		if qt.Kind != KindAnswer {
			continue
		}
		if qt.Speaker < 0 || e >= 0 && qt.Speaker != e {
			return -1
		}
		e = qt.Speaker
	}
	return e
}

// nestedIn reports whether quotation c is nested, at any depth, in
// quotation p.
func (r *Result) nestedIn(c, p int) bool {
	for n := 0; c >= 0 && n < nestedChain; n++ {
		c = r.Quotations[c].Parent
		if c == p {
			return true
		}
	}
	return false
}

// foldedWords folds s to its words, one space apart, punctuation dropped.
func foldedWords(s string) string {
	return strings.Join(strings.FieldsFunc(nlp.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// sentenceOf returns the sentence holding offset off (the nearest before it
// between sentences), or -1.
func (r *Result) sentenceOf(off int) int {
	ss := r.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return i
	}
	if i > 0 {
		return i - 1
	}
	return -1
}

// tokRange is the tokens toks[i:j] of sentence si.
type tokRange struct{ si, i, j int }

// after returns the tokens outside quotations after quotation q, up to
// the next quotation, in its sentence; when the quotation ends its
// sentence, the start of the next sentence of the paragraph.
func (r *Result) after(q int) tokRange {
	qt := r.Quotations[q]
	si := r.sentenceOf(qt.CloseEnd - 1)
	if si < 0 {
		return tokRange{}
	}
	toks := r.toks[si]
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= qt.CloseEnd })
	// The quotation ends its sentence: its attribution may open the next
	// one ("“…” Webb said."), unless its own sentence had one before it
	// ("He said: “No.” She replied: …").
	if i == len(toks) && si+1 < len(r.toks) && r.doc.Sentences[si+1].Paragraph == qt.Paragraph {
		if b := r.before(q); b.j > b.i {
			return tokRange{}
		}
		si, i = si+1, 0
		toks = r.toks[si]
	}
	j := i
	for j < len(toks) && !r.inQ[si][j] {
		j++
	}
	return tokRange{si, i, j}
}

// before returns the tokens outside quotations before quotation q, back
// to the previous quotation, in its sentence.
func (r *Result) before(q int) tokRange {
	qt := r.Quotations[q]
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return tokRange{}
	}
	toks := r.toks[si]
	j := sort.Search(len(toks), func(k int) bool { return toks[k].End > qt.OpenStart })
	i := j
	for i > 0 && !r.inQ[si][i-1] {
		i--
	}
	return tokRange{si, i, j}
}

// subjectBefore finds who speaks with the verb at token v of sentence si:
// a name, pronoun or role phrase ending just before it (over fillers and an
// appositive), not before token lo.
func (r *Result) subjectBefore(si, v, lo int) (int, bool) {
	if e, ok := r.quantifierAppositive(si, v, lo); ok {
		return e, true
	}
	if e, ok := r.describedSubject(si, v, lo); ok {
		return e, true
	}
	toks := r.toks[si]
	k := v - 1
	// Over fillers, but not over the comma closing an aside ("Obi,
	// speaking separately, called"): the aside is skipped below.
	for k >= lo && (fillers[toks[k].Norm] || r.lyAdverb(toks[k].Norm)) && !r.isName(toks[k]) &&
		!strings.Contains(r.doc.Text[toks[k].End:toks[k+1].Start], ",") {
		k--
	}
	k = r.progressiveAux(si, v, k, lo)
	// "Kaveri Textiles Ltd on Friday told": a time between the subject
	// and the verb.
	for k > lo && timeWords[toks[k].Norm] && !r.isName(toks[k]) {
		k--
		if k > lo && (toks[k].Norm == "on" || toks[k].Norm == "last" || toks[k].Norm == "this") {
			k--
		}
	}
	if k < lo {
		return -1, false
	}
	if e := r.officeSpeaker(si, k, lo); e >= 0 {
		return e, true // "Tillman's office said": its holder's voice
	}
	if e := r.possessiveBody(si, k, lo); e >= 0 {
		return e, true
	}
	if r.unnamedPronoun[toks[k].Start] && !r.inQ[si][k] {
		return -1, true // "he said" of someone the article does not name
	}
	// "The minister, Ann Roe, speaking in the Assembly on Monday, said":
	// a participle aside between commas; the subject stands before it.
	if v > lo && v < len(toks) && strings.Contains(r.gapAt(toks, v), ",") {
		for m := k; m > lo && m > k-10; m-- {
			if g := r.gapAt(toks, m); strings.Contains(g, ",") {
				if strings.HasSuffix(toks[m].Norm, "ing") && asideOpeners[toks[m].Norm] {
					k = m - 1
				}
				break
			} else if strings.ContainsAny(g, ".;:") {
				break
			}
		}
	}
	// "… and someone at the back of the room shouted “…”": an indefinite
	// pronoun opening the verb's clause is a speaker the text does not name.
	if r.opensWithIndefinitePronoun(si, k, lo) {
		return -1, true
	}
	// "… by the Forward Alliance, which called the manifesto “…”": a
	// relative pronoun right before the verb stands for the name before
	// its comma.
	if (toks[k].Norm == "which" || toks[k].Norm == "who") && k > lo && strings.Contains(r.gapAt(toks, k), ",") && !r.inQ[si][k-1] {
		if e, ok := r.entityEndingAt(toks[k-1]); ok {
			if kind := r.Entities[e].Kind; kind == Person || kind == Organisation {
				return e, true
			}
		}
		// "a statement from the district, which said …": a body's
		// definite description stands for the body it names.
		if toks[k].Norm == "which" && k-2 >= lo && toks[k-2].Norm == "the" && !isCap(toks[k-1]) && !r.inQ[si][k-2] {
			if e, ok := r.rolePhrase(si, k-1, lo); ok && e >= 0 && r.Entities[e].Kind == Organisation {
				return e, true
			}
		}
	}
	// "The Fiscal Studies Unit, an independent think tank, said": an
	// indefinite description set off by commas describes the name before
	// it, which is the subject.
	if e := r.beforeIndefiniteAppositive(si, v, k, lo); e >= 0 {
		return e, true
	}
	// "the man on the phone said": a plain person given a function.
	if e := r.plainPersonByFunction(si, k, lo); e >= 0 {
		return e, true
	}
	// "Gerrit du Preez – no relation to the captain – had called": the
	// subject stands before a dash or bracket aside.
	if strings.ContainsAny(r.doc.Text[toks[k].End:toks[k+1].Start], "—–)") {
		for m := k; m > lo; m-- {
			if strings.ContainsAny(r.doc.Text[toks[m-1].End:toks[m].Start], "—–(") {
				k = m - 1
				break
			}
		}
	}
	// "One parent, whose son won the prize, said".
	if e := r.oneNounAside(si, k, lo); e >= 0 {
		return e, true
	}
	// "A source close to the palace, who asked not to be named because he
	// was not authorised to speak, said": the subject stands before a
	// relative clause set off by commas, however long.
	if kk := r.beforeRelativeAside(si, k, lo); kk >= 0 {
		// "A patient's daughter who arrived for visiting said": an
		// indefinite person phrase opening the sentence.
		// Someone described without a role is no one the article names;
		// a role is left to the rules below ("a harbour official, who
		// asked not to be named, said").
		if a, n := r.openingIndefinite(si); n == kk && a >= lo && r.toks[si][a].Norm != "one" && !r.indefiniteIsRole(si, a, n) {
			// The sets name them by the phrase as written ("a patient's
			// daughter"), a source no one.
			return r.indefiniteRoleSpeaker(si, a, n), true
		}
		if e, ok := r.entityEndingAt(toks[kk]); ok && r.Entities[e].Kind != Place {
			return e, true
		}
		// "Geoffrey Penrose, Lord Penrose of Alderley, who …, said": a
		// peer's place ends the title; the name before the title's comma.
		if e, ok := r.entityEndingAt(toks[kk]); ok && r.Entities[e].Kind == Place {
			for m := kk; m > lo && m > kk-8; m-- {
				if strings.Contains(r.gapAt(toks, m), ",") {
					if f, ok := r.entityEndingAt(toks[m-1]); ok && r.Entities[f].Kind == Person {
						return f, true
					}
					break
				}
			}
		}
		if r.unnamedPerson(si, lo, kk) && (r.anonymousHead(si, lo, kk) || r.saysUnnamed(si, kk, k+1)) {
			// Someone the article does not name: the sets name them by
			// the phrase as first written ("a source close to the
			// palace").
			return r.unnamedPhraseSpeaker(si, lo, kk), true
		}
		for m := lo; m <= kk; m++ {
			d := m - 1
			for d > lo && officeModifiers[toks[d].Norm] {
				d-- // "The fourth official, who is not amused, tells him"
			}
			if _, ok := r.roleOrOrg(toks[m].Norm); ok && m > lo && d >= lo && determiners[toks[d].Norm] {
				return r.roleSubject(si, m, lo)
			}
		}
	}
	// "In a statement, the Fellbridge stewards said": a panel known only
	// by its plural role noun speaks as one.
	if e := r.pluralGroup(si, k, lo); e >= 0 {
		return e, true
	}
	// "In a statement, the family said", "his relatives said": a group of
	// people the article does not name speaks, not the person they are
	// the family of.
	if groupNouns[toks[k].Norm] && k > lo && !r.inQ[si][k] && !isCap(toks[k]) &&
		(determiners[toks[k-1].Norm] || possessivePronouns[toks[k-1].Norm] || possessive(toks[k-1].Text, false)) {
		return -1, true
	}
	// "A source close to the club said": someone unnamed, however the
	// phrase goes on.
	if k-lo < 10 && r.unnamedPerson(si, lo, k) && slices.ContainsFunc(toks[lo:min(k, lo+3)+1], func(t nlp.Token) bool { return anonymousNouns[t.Norm] }) {
		// "a council insider said": a noun that places the source makes
		// the phrase the speaker's name.
		if anonymousNouns[toks[k].Norm] && r.placedInsider(si, k, lo) {
			return r.indefiniteRoleSpeaker(si, k-2, k), true
		}
		return r.unnamedPhraseSpeaker(si, lo, k), true
	}
	// "Ogunlesi, she added, “…”": a subject pronoun right before the verb
	// is its subject, whoever the sentence opened with.
	if (toks[k].Norm == "he" || toks[k].Norm == "she") && k > lo && strings.Contains(r.doc.Text[toks[k-1].End:toks[k].Start], ",") {
		if e, ok := r.pronoun[toks[k].Start]; ok {
			return e, true
		}
	}
	// "Pierre-Luc Ste-Marie, a spokesman for the shipyard, Chantier naval
	// du Fleuve, said": a sentence opening with a person's name and an
	// appositive set off by commas, then nothing but asides before the
	// verb, has that person for subject.
	if e := r.openingAppositiveName(si, k, v, lo); e >= 0 {
		return e, true
	}
	// "A friend of Orlov’s, the singer Elise Marchetti, said": a
	// description opening the clause, set off before a person's name,
	// is what the name names; the name is the subject.
	if e := r.namedDescription(si, k, lo); e >= 0 {
		return e, true
	}
	// "Jane Roe, the city's chief engineer, said": skip the appositive.
	if strings.Contains(r.doc.Text[toks[k].End:toks[k+1].Start], ",") || (k+1 == v && strings.Contains(r.doc.Text[toks[k].End:toks[v].Start], ",")) {
		for m := k; m >= lo && m > k-14; m-- {
			if m > lo && strings.Contains(r.doc.Text[toks[m-1].End:toks[m].Start], ",") {
				if e, ok := r.entityEndingAt(toks[m-1]); ok {
					// "The Lord-Lieutenant of Westmarch, Dame Harriet
					// Coyle, said", "The lawyer for Ann Roe, Tom Kay,
					// said": a role of a place, body or person, then a
					// name as the whole aside: the name holds the role
					// and speaks.
					if mi, ok := r.endAt[toks[k].End]; ok && r.Mentions[mi].Entity != e && r.Entities[r.Mentions[mi].Entity].Kind == Person &&
						r.Mentions[mi].TitleStart == toks[m].Start && m-2 > lo && prepositions[toks[m-2].Norm] && r.lex.IsPersonNoun(toks[m-3].Norm) {
						return r.Mentions[mi].Entity, true
					}
					if p := r.roleAppositiveHolder(si, m-1, lo, e); p >= 0 {
						return p, true
					}
					return r.overPrepositions(si, m-1, lo, e), true
				}
				// "The journal's editors, in an accompanying commentary,
				// described …": a role phrase before the aside, when the
				// aside names no one ("A spokesman for the association,
				// Luca Ferrante, added": Ferrante).
				if _, named := r.entityEndingAt(toks[k]); !named {
					if e, ok := r.rolePhrase(si, m-1, lo); ok && e >= 0 {
						return e, true
					}
					if e := r.documentOwner(si, m-1, lo); e >= 0 {
						return e, true // "The club's statement, issued on Monday, said"
					}
				}
				// "Ruth Gray, 45, from Leeds, told": an age is one more
				// aside; the place after "from" is no speaker. So is a
				// party and state ("Rep. Gary Whitcomb, R-Ind., the
				// committee's chairman, said").
				if isNumber(toks[m-1].Norm) || r.partyState(si, m-1) {
					continue
				}
				// "Madam Chua, supported by her nephew, Mr Alvin Chua,
				// said": the name after a participle's "by" phrase is its
				// agent; the subject stands before the participle.
				if e := r.beforeByParticiple(si, m-1, lo); e >= 0 {
					return e, true
				}
				break
			}
		}
	}
	if mi, ok := r.endAt[toks[k].End]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Place && strings.Contains(r.doc.Text[toks[k].End:toks[k+1].Start], ",") {
		return -1, false // "…, from Leeds, told": a place set off as an aside
	}
	// "X welcomed the deal but said …": a coordinated verb shares the
	// sentence's subject.
	if (toks[k].Norm == "but" || toks[k].Norm == "and") && k > lo {
		// "The judge, a retired teacher from Castle Brereton, …, declined
		// … but said": a role phrase opening the clause is that subject,
		// not a name inside its aside.
		if n := r.openingDefiniteRole(si, lo); n >= 0 {
			if e, ok := r.roleSubject(si, n, lo); ok && e >= 0 {
				return e, true
			}
		}
		// "She poured a glass of Muscadet and said": a pronoun opening
		// the clause is its subject, not a name in its object.
		if e, ok := r.pronounOpens(si, lo, k); ok {
			return e, true
		}
		if e := r.firstEntity(si, lo); e >= 0 {
			return e, true
		}
		// "The man from the distribution company came up from London,
		// sat in our office and said": the role phrase opening the clause.
		if j := r.openingFunctionEnd(si, lo); j > lo && j < k {
			if e := r.plainPersonByFunction(si, j, lo); e >= 0 {
				return e, true
			}
		}
	}
	// "Tess signs off by calling it “…”": so is a gerund's after "by",
	// when a name opens the clause and nothing but its predicate stands
	// between ("the manager answered by telling him to …" is the
	// manager's, not the quarry's named before).
	if toks[k].Norm == "by" && strings.HasSuffix(toks[v].Norm, "ing") && k > lo {
		if mi, ok := r.titleAt[toks[lo].Start]; ok && k-lo <= 8 {
			e := r.Mentions[mi].Entity
			clause := true
			for _, t := range toks[lo:k] {
				if clauseBreaks[t.Norm] || t.Norm == "who" || t.Norm == "which" {
					clause = false
				}
			}
			if clause && (r.Entities[e].Kind == Person || r.potential(e)) {
				return e, true
			}
		}
	}
	// "…, adding that …", "…, before adding that …": the participle's
	// subject is the sentence's.
	participleAside := strings.Contains(r.doc.Text[toks[k].End:toks[v].Start], ",") ||
		k+1 == v && k > lo && participleLinks[toks[k].Norm] && strings.Contains(r.gapAt(toks, k), ",")
	if strings.HasSuffix(toks[v].Norm, "ing") && participleAside {
		// The subject the pronouns resolved ("He expressed confidence …
		// between the two nations, asserting"), else the first name.
		if e := r.Sentences[si].Subject; e >= 0 && lo == 0 {
			return e, true
		}
		if e := r.firstEntity(si, lo); e >= 0 {
			return e, true
		}
		// "“…,” he said, before adding that …": the clause's subject
		// pronoun after the quotation.
		for m := lo; m < k; m++ {
			if e, ok := r.pronoun[toks[m].Start]; ok && (toks[m].Norm == "he" || toks[m].Norm == "she") && !r.inQ[si][m] {
				return e, true
			}
		}
	}
	// "Dolores Quintana, who remembers her as …".
	if toks[k].Norm == "who" && k > lo {
		// Not a place ("Lord Penrose of Alderley, who …"): "who" is a
		// person, the one the title names.
		if e, ok := r.entityEndingAt(toks[k-1]); ok && r.Entities[e].Kind != Place {
			return e, true
		}
		// "Jean-Claude d’Amours, the Opposition MPP and no relation to
		// the minister, who had shouted": "who" goes over the appositive
		// to the person named before it.
		if strings.Contains(r.gapAt(toks, k), ",") {
			for m := k - 1; m > lo && m > k-16; m-- {
				if !strings.Contains(r.gapAt(toks, m), ",") {
					continue
				}
				if e, ok := r.entityEndingAt(toks[m-1]); ok && r.Entities[e].Kind == Person {
					return e, true
				}
				break
			}
		}
	}
	if possessive(toks[k].Text, personalPronouns[toks[k].Norm] != "") {
		return -1, false // "His remarks", "Trump’s comments"
	}
	// "“…,” it said": the organisation named last.
	if toks[k].Norm == "it" && (k == lo || !r.isName(toks[k-1])) {
		if e := r.latestOrganisation(si, toks[k].Start); e >= 0 {
			return e, true
		}
	}
	// "Harbour Council has rejected the plan. “…,” they said": British
	// English makes a body plural; only the body the sentence before
	// opens with, as "they" may be any people.
	if toks[k].Norm == "they" && (k == lo || !r.isName(toks[k-1])) {
		if e := r.openingBody(si - 1); e >= 0 && r.doc.Sentences[si-1].Paragraph == r.doc.Sentences[si].Paragraph {
			return e, true
		}
	}
	if e, ok := r.entityEndingAt(toks[k]); ok {
		return r.overPrepositions(si, k, lo, e), true
	}
	if e, ok := r.ageDescription(si, k-3, lo); ok {
		return e, true // "the 29-year-old said"
	}
	if e, ok := r.ageRoleDescription(si, k, lo); ok {
		return e, true // "the 45-year-old mother of three said"
	}
	if e, ok := r.ownedKin(si, k, lo); ok {
		return e, true // "his brother had told him"
	}
	if e, ok := r.kinEpithet(si, k, lo); ok {
		return e, true // "the grandmother-of-five says"
	}
	// "“…,” the statement said": the writing's author, as the sentences
	// before name them.
	if documentNouns[toks[k].Norm] && k > lo && toks[k-1].Norm == "the" {
		if e := r.authorBefore(si, toks[k].Norm, toks[k].Start); e >= 0 {
			return e, true
		}
	}
	if e := r.documentOwner(si, k, lo); e >= 0 {
		return e, true
	}
	if e := r.unitOwner(si, k, lo); e >= 0 {
		return e, true
	}
	return r.roleSubject(si, k, lo)
}

// unitOwner resolves a body's own unit to the body when token k of
// sentence si heads one: "The council's planning team said", "Harbourline's
// press office said" — the team speaks for the body that owns it. The
// owner must be a known organisation (a person's office stays theirs);
// -1 otherwise.
func (r *Result) unitOwner(si, k, lo int) int {
	toks := r.toks[si]
	w := toks[k].Norm
	if !r.isOrgWord(w) || r.lex.IsPersonNoun(w) || isCap(toks[k]) || r.inQ[si][k] {
		return -1
	}
	m := k - 1
	for m > lo && m >= k-3 && !possessive(toks[m].Text, false) && !isCap(toks[m]) && !r.inQ[si][m] &&
		strings.TrimSpace(r.gapAt(toks, m+1)) == "" {
		m-- // "planning", "environmental health"
	}
	if m < lo || !possessive(toks[m].Text, false) || strings.TrimSpace(r.gapAt(toks, m+1)) != "" {
		return -1
	}
	e, ok := r.entityEndingAt(toks[m])
	if !ok {
		// "the council's": only a body whose own name ends in that noun
		// (Harwick District Council); a body found by kind alone may be
		// a wrong guess, and the plain sieves decide then.
		owner := strings.TrimSuffix(strings.TrimSuffix(toks[m].Norm, "’s"), "'s")
		e, ok = r.rolePhrase(si, m, lo)
		if ok && e >= 0 && !strings.HasSuffix(foldName(r.Entities[e].Name), " "+owner) {
			return -1
		}
	}
	if !ok || e < 0 || r.Entities[e].Kind != Organisation {
		return -1
	}
	return e
}

// documentOwner resolves a writing's possessor when token k of sentence
// si is a document noun: "The club's official statement said" — the club
// wrote it. -1 otherwise.
func (r *Result) documentOwner(si, k, lo int) int {
	toks := r.toks[si]
	// "The club's statement, issued on Monday, said": over a short aside
	// set off by a comma after the writing, naming no one.
	for a := k - 1; !documentNouns[toks[k].Norm] && a >= lo && a >= k-6; a-- {
		if r.isName(toks[a+1]) {
			return -1
		}
		if documentNouns[toks[a].Norm] && strings.Contains(r.doc.Text[toks[a].End:toks[a+1].Start], ",") {
			k = a
		}
	}
	if !documentNouns[toks[k].Norm] {
		return -1
	}
	m := k - 1
	for m > lo && m >= k-2 && !possessive(toks[m].Text, false) && !isCap(toks[m]) {
		m-- // "official", "written"
	}
	if m < lo || !possessive(toks[m].Text, false) {
		return -1
	}
	if e, ok := r.entityEndingAt(toks[m]); ok {
		return e // "Harbourline's statement"
	}
	if e, ok := r.rolePhrase(si, m, lo); ok && e >= 0 {
		return e
	}
	return -1
}

// openingAppositiveName returns the person named at the start lo of
// sentence si when an appositive opened by a determiner or possessive
// follows the name and runs, through commas only, to the token k before
// the verb at v; -1 otherwise.
func (r *Result) openingAppositiveName(si, k, v, lo int) int {
	toks := r.toks[si]
	if !strings.Contains(r.doc.Text[toks[k].End:toks[v].Start], ",") {
		return -1
	}
	mi, ok := r.titleAt[toks[lo].Start]
	if !ok || r.Entities[r.Mentions[mi].Entity].Kind != Person {
		return -1
	}
	b := r.nameEnd(toks, r.Mentions[mi].End)
	// "President Amina Duru, in a goodwill message read by the Secretary
	// to the Government, Dr. Femi Ojo, described …": an aside opened by a
	// preposition or "speaking" is skipped as an appositive is.
	if b+1 >= k || strings.TrimSpace(r.gapAt(toks, b)) != "," || !(determiners[toks[b].Norm] || possessivePronouns[toks[b].Norm] || asideOpeners[toks[b].Norm]) {
		return -1
	}
	for m := b; m <= k; m++ {
		if m > b && strings.ContainsAny(r.gapAt(toks, m), ".;:()—–") && !gapOK(r.gapAt(toks, m), toks[m-1]) {
			return -1 // a dash, a bracket, a stop: more than asides ("Dr. Femi Ojo" is none)
		}
		if r.inQ[si][m] || speechVerbs[toks[m].Norm] || toks[m].Norm == "and" || toks[m].Norm == "who" || toks[m].Norm == "which" {
			return -1
		}
	}
	return r.Mentions[mi].Entity
}

// roleAppositiveHolder returns the person named before a comma-set role
// phrase whose object is the body or place e ending at token a of sentence
// si ("Alderman F. W. Gedge, chairman of the council's Entertainments
// Committee, which leases the pavilion, said"): a name inside the role's
// prepositional phrase is never the verb's subject, its holder is; -1
// when the words are no such phrase.
func (r *Result) roleAppositiveHolder(si, a, lo, e int) int {
	toks := r.toks[si]
	if kind := r.Entities[e].Kind; kind == Person {
		return -1
	}
	mi, ok := r.endAt[toks[a].End]
	if !ok {
		return -1
	}
	m := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= r.Mentions[mi].TitleStart }) - 1
	for m > lo && (determiners[toks[m].Norm] || possessive(toks[m].Text, false)) && !r.inQ[si][m] {
		m-- // "of the council's …"
	}
	if m <= lo || (toks[m].Norm != "of" && toks[m].Norm != "for" && toks[m].Norm != "at") || strings.TrimSpace(r.gapAt(toks, m)) != "" {
		return -1
	}
	// The role: a person noun right before the preposition, with up to
	// maxRoleModifiers words and a determiner after the comma.
	n := m - 1
	if kind, ok := r.roleOrOrg(toks[n].Norm); !ok || kind != "person" || r.inQ[si][n] {
		return -1
	}
	for b := n; b > lo && b >= n-maxRoleModifiers-1; b-- {
		g := r.gapAt(toks, b)
		if strings.TrimSpace(g) == "," {
			if p, ok := r.entityEndingAt(toks[b-1]); ok && r.Entities[p].Kind == Person && !r.inQ[si][b-1] {
				return p
			}
			return -1
		}
		if strings.TrimSpace(g) != "" || r.inQ[si][b] || r.isName(toks[b]) {
			return -1
		}
	}
	return -1
}

// asideOpeners open an aside between a subject and its verb.
var asideOpeners = wordSet(`in at during on speaking writing addressing through via`)

// numberWords are the numbers news spells out in epithets.
var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve`)

// kinEpithet reads a family epithet ending at token k of sentence si
// ("the mother-of-two", "the grandmother-of-five"): the person of the
// story it fits — of the noun's gender, the most named of the recent
// subjects (salientSubject) — since tabloids call their principal so;
// ok is false when the words are no such epithet.
func (r *Result) kinEpithet(si, k, lo int) (int, bool) {
	toks := r.toks[si]
	if k-3 < lo || !(numberWords[toks[k].Norm] || isNumber(toks[k].Norm)) || toks[k-1].Norm != "of" || !kinNouns[toks[k-2].Norm] ||
		r.doc.Text[toks[k-2].End:toks[k-1].Start] != "-" || r.doc.Text[toks[k-1].End:toks[k].Start] != "-" || !determiners[toks[k-3].Norm] {
		return -1, false
	}
	return r.salientSubjectOf(si, toks[k].Start, r.lex.PersonGender(toks[k-2].Norm)), true
}

// ownedKin reads a family noun at token k of sentence si owned by a
// possessive pronoun or a possessor ("his brother", "Liam's older
// brother") as the relative the article names so ("Mr Fitzgerald’s older
// brother, Declan Fitzgerald"), or decides that no one named speaks; ok is
// false when the words are no owned family noun.
func (r *Result) ownedKin(si, k, lo int) (int, bool) {
	toks := r.toks[si]
	noun := singular(toks[k].Norm)
	if !kinNouns[noun] || r.inQ[si][k] {
		return -1, false
	}
	for m := k - 1; m >= lo && m >= k-2; m-- {
		t := toks[m]
		if g := personalPronouns[t.Norm]; g != "" && possessivePronouns[t.Norm] {
			// "her father said": whoever "her" was resolved to, the
			// father the article names is the one of a woman named last.
			if e := r.kinOf(r.pronounOr(t.Start), noun); e >= 0 {
				return e, true
			}
			return r.relativeOfRecent(noun, g, t.Start), true
		}
		if mi, ok := r.endAt[t.End]; ok && r.possessive(mi) {
			return r.kinOf(r.Mentions[mi].Entity, noun), true
		}
		if firstPersonOwners[t.Norm] && !r.inQ[si][m] && (k+1 >= len(toks) || !isCap(toks[k+1])) {
			// "My husband says he will come" in the writer's own words:
			// a relative the article knows only so, named by the phrase
			// as first written; "My brother Donal" is named.
			name := strings.ToLower(r.doc.Text[t.Start:toks[k].End])
			key := "p\x00" + name
			return r.roleOnlyKeyed(key, name, noun), true
		}
		if possessivePronouns[t.Norm] || determiners[t.Norm] || isCap(t) {
			return -1, false
		}
	}
	return -1, false
}

// ageDescription reads "the N-year-old" at toks[d:d+4] of sentence si (d
// not before lo): the person the article gave that age ("Jamie Vance,
// 29,"), else the latest subject before it; ok is false when the words are
// not an age description.
func (r *Result) ageDescription(si, d, lo int) (int, bool) {
	toks := r.toks[si]
	if d < lo || d < 0 || d+3 >= len(toks) || toks[d].Norm != "the" || !isNumber(toks[d+1].Norm) ||
		toks[d+2].Norm != "year" || toks[d+3].Norm != "old" || r.inQ[si][d] ||
		r.doc.Text[toks[d+1].End:toks[d+2].Start] != "-" || r.doc.Text[toks[d+2].End:toks[d+3].Start] != "-" {
		return -1, false
	}
	if e := r.byAge(toks[d+1].Norm, toks[d].Start); e >= 0 {
		return e, true
	}
	return r.recentSubject(si, ""), true
}

// ageRoleDescription reads "the N-year-old" and a person noun ending at
// token k of sentence si, or the noun with an "of" complement ("the
// 45-year-old mother of three", "the 71-year-old retired teacher"): as
// ageDescription, the person given that age, else the latest subject.
func (r *Result) ageRoleDescription(si, k, lo int) (int, bool) {
	toks := r.toks[si]
	for d := k - 4; d >= lo && d >= k-8; d-- {
		if d+4 > k || !r.lex.IsPersonNoun(toks[d+4].Norm) && !r.lex.IsPersonNoun(toks[min(d+5, k)].Norm) {
			continue
		}
		ok := true
		for m := d + 4; m <= k; m++ {
			if r.inQ[si][m] || strings.ContainsAny(r.gapAt(toks, m), ",;:") || isCap(toks[m]) {
				ok = false
			}
		}
		// The head before "of", or the last word: a person noun.
		head := k
		for m := d + 4; m <= k; m++ {
			if toks[m].Norm == "of" {
				head = m - 1
				break
			}
		}
		if !ok || head < d+4 || !r.lex.IsPersonNoun(toks[head].Norm) {
			continue
		}
		if e, isAge := r.ageDescription(si, d, lo); isAge {
			return e, true
		}
	}
	return -1, false
}

// byAge returns the person whose latest mention before offset at is
// followed by its age n set off by commas ("Jamie Vance, 29,"), or -1.
func (r *Result) byAge(n string, at int) int {
	best := -1
	last := -1
	for _, m := range r.Mentions {
		if m.Start >= at || m.Start < last {
			continue
		}
		en := &r.Entities[m.Entity]
		if en.Kind != Person && !r.potential(m.Entity) {
			continue
		}
		toks := r.toks[m.Sentence]
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
		if k < len(toks) && toks[k].Norm == n && strings.TrimSpace(r.doc.Text[m.End:toks[k].Start]) == "," {
			best, last = m.Entity, m.Start
		}
	}
	return best
}

// firstEntity returns the first person, organisation or unknown name of
// sentence si outside quotations from token lo on, or -1.
func (r *Result) firstEntity(si, lo int) int {
	for k := lo; k < len(r.toks[si]); k++ {
		if r.inQ[si][k] {
			continue
		}
		if mi, ok := r.nameAt[r.toks[si][k].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind != Place {
			return r.Mentions[mi].Entity
		}
	}
	return -1
}

// openingBody returns the organisation whose name opens sentence si
// (perhaps after "The"), or -1.
func (r *Result) openingBody(si int) int {
	if si < 0 {
		return -1
	}
	toks := r.toks[si]
	for k := 0; k < len(toks) && k < 2; k++ {
		if mi, ok := r.titleAt[toks[k].Start]; ok {
			if e := r.Mentions[mi].Entity; r.Entities[e].Kind == Organisation {
				return e
			}
			return -1
		}
		if toks[k].Norm != "the" {
			return -1
		}
	}
	return -1
}

// paragraphCompany returns the one organisation that may be a company
// (isCompany) named outside quotations in sentence si's paragraph before
// offset at; -1 when none or several are.
func (r *Result) paragraphCompany(si, at int) int {
	return r.onlyEntity(r.paraSen[r.doc.Sentences[si].Paragraph][0], si, at, r.isCompany)
}

// latestOrganisation returns the organisation named last before offset at
// outside quotations, in sentence si or the two before it, or -1.
func (r *Result) latestOrganisation(si, at int) int {
	for s := si; s >= 0 && s >= si-2; s-- {
		toks := r.toks[s]
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].Start >= at || r.inQ[s][k] {
				continue
			}
			if mi, ok := r.nameAt[toks[k].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Organisation {
				return r.Mentions[mi].Entity
			}
		}
	}
	return -1
}

// overPrepositions walks back from a place or organisation ending at
// token k over the phrases that place the speaker ("Prof. Henrik van Aalst
// of Wageningen University in the Netherlands wrote") to the person they
// belong to.
func (r *Result) overPrepositions(si, k, lo, e int) int {
	toks := r.toks[si]
	// "the family of Leon Marsh said", "a lawyer for Ms. Roe said": the
	// relatives or the representative speak, not the one named.
	if mi, ok := r.endAt[toks[k].End]; ok && (r.Entities[e].Kind == Person || r.Entities[e].Kind == Unknown) {
		m := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= r.Mentions[mi].TitleStart }) - 1
		if m > lo && (toks[m].Norm == "of" || toks[m].Norm == "for") && representNouns[toks[m-1].Norm] {
			return -1
		}
	}
	for hop := 0; hop < 3 && r.Entities[e].Kind != Person; hop++ {
		mi, ok := r.endAt[toks[k].End]
		if !ok {
			return e
		}
		m := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= r.Mentions[mi].TitleStart })
		m--
		for m >= lo && determiners[toks[m].Norm] {
			m--
		}
		if m < lo+1 || !prepositions[toks[m].Norm] {
			return e
		}
		prev, ok := r.entityEndingAt(toks[m-1])
		if !ok {
			if r.Entities[e].Kind == Place && r.lex.IsPersonNoun(toks[m-1].Norm) {
				return -1 // "an elder in Cold Narrows": someone unnamed
			}
			// "The head of the Federal Rail Safety Administration told":
			// a person by their post at the body, not the body (whose
			// spokesman does speak for it).
			if w := toks[m-1].Norm; r.Entities[e].Kind == Organisation && (toks[m].Norm == "of" || toks[m].Norm == "at") &&
				(ofHeads[w] || r.lex.IsPersonNoun(w) && !notRoles[w] && !voiceNouns[w]) && !r.isOrgWord(w) {
				// "A nurse at Pendle General Hospital said": someone the
				// article knows only by the whole placed phrase.
				if d := m - 2; d >= lo && (toks[d].Norm == "a" || toks[d].Norm == "an" || toks[d].Norm == "one") && !r.inQ[si][d] {
					return r.phraseSpeaker(si, m-1, k, lo, "")
				}
				return -1
			}
			return e
		}
		e, k = prev, m-1
	}
	return e
}

// subjectAfter finds a name, pronoun or role phrase starting at token k
// ("said Tom Hadley", "said the mayor").
func (r *Result) subjectAfter(si, k, hi int) (int, bool) {
	toks := r.toks[si]
	if k >= hi {
		return -1, false
	}
	if r.unnamedPronoun[toks[k].Start] {
		return -1, true // "‘…,’ she said" of someone the article does not name
	}
	if mi, ok := r.titleAt[toks[k].Start]; ok {
		// "from Met Éireann's head of forecasting, Declan Moriarty,": the
		// possessor's role is named in the appositive that follows.
		if e := r.namedRoleAfter(si, r.Mentions[mi].End, hi); e >= 0 {
			return e, true
		}
		return r.Mentions[mi].Entity, true
	}
	// "said his team manager", "said their coach": the role phrase is
	// the subject, not its possessor.
	if possessivePronouns[toks[k].Norm] && !r.inQ[si][k] {
		for m := k + 1; m < hi && m <= k+1+maxRoleModifiers && !r.inQ[si][m]; m++ {
			w := toks[m].Norm
			if kinNouns[w] || plainPeople[w] || r.possessiveRole(si, m, k) != k {
				continue
			}
			if m+1 < hi && r.gapAt(toks, m+1) == " " && r.lex.IsPersonNoun(toks[m+1].Norm) {
				continue // "his team manager": the head comes later
			}
			return r.possessiveRoleSpeaker(si, k, m), true
		}
	}
	if e, ok := r.pronoun[toks[k].Start]; ok {
		return e, true
	}
	if e, ok := r.ageDescription(si, k, k); ok && k+3 < hi {
		return e, true // "said the 29-year-old"
	}
	// "said one market trader": "one" opens an indefinite person as "a"
	// does.
	if determiners[toks[k].Norm] || toks[k].Norm == "a" || toks[k].Norm == "one" && k+1 < hi && !isCap(toks[k+1]) {
		for m := k + 1; m < hi && m <= k+4; m++ {
			// "said the union's regional organiser, Shona Pike": a
			// possessor is never the phrase's head.
			if r.isPossessiveToken(toks, m) {
				continue
			}
			if _, ok := r.roleOrOrg(toks[m].Norm); ok {
				// "the team captain": the head comes later; but "the
				// German, who …" ends at "who" (WordNet's WHO).
				// Not over the comma before an appositive name ("the
				// organiser, Shona Pike": Shona is a people too).
				if m+1 < hi && !nlp.IsStopWord(toks[m+1].Norm) && !strings.Contains(r.gapAt(toks, m+1), ",") && (r.lex.IsPersonNoun(toks[m+1].Norm) || r.isOrgWord(toks[m+1].Norm)) {
					continue
				}
				if e := r.appositiveNameAfter(si, m); e >= 0 {
					// A claim's "the commissioner said" names her too.
					r.Entities[e].Roles = appendUnique(r.Entities[e].Roles, singular(toks[m].Norm))
					return e, true
				}
				return r.roleSubject(si, m, k)
			}
		}
		// "said the union's regional organiser, Shona Pike" with a role
		// noun the lexicon lacks: the person the appositive names.
		for m := k + 1; m+1 < hi && m <= k+5; m++ {
			if g := r.gapAt(toks, m+1); strings.TrimSpace(g) == "," {
				if e := r.appositiveNameAfter(si, m); e >= 0 {
					return e, true
				}
				break
			} else if strings.ContainsAny(g, ".;:—–()") {
				break
			}
		}
	}
	return -1, false
}

// unnamedPhraseSpeaker returns the person known only by the indefinite
// phrase from token a to token k of sentence si ("a source close to the
// club", "one official at the ministry"), named by it as written in lower
// case, as the sets name someone the article does not name: -1 when the
// phrase crosses a quotation or punctuation, or holds no person noun.
func (r *Result) unnamedPhraseSpeaker(si, a, k int) int {
	toks := r.toks[si]
	head := ""
	for m := a; m <= k; m++ {
		if r.inQ[si][m] || m > a && strings.ContainsAny(r.gapAt(toks, m), ",.;:—–()\"“”‘’") {
			return -1
		}
		if head == "" && m > a && (anonymousNouns[toks[m].Norm] || voiceNouns[toks[m].Norm] || r.lex.IsPersonNoun(toks[m].Norm)) {
			head = toks[m].Norm
		}
	}
	if head == "" || voiceNouns[head] {
		return -1 // a spokesman speaks for a body, found elsewhere
	}
	name := strings.ToLower(r.doc.Text[toks[a].Start:toks[k].End])
	key := "a\x00" + name + "\x00" + strconv.Itoa(si)
	return r.roleOnlyKeyed(key, name, head)
}

// beforeRelativeAside returns the token before ", who …," when the verb's
// clause at token k (the token before the verb) ends such an aside in
// sentence si, -1 otherwise.
func (r *Result) beforeRelativeAside(si, k, lo int) int {
	toks := r.toks[si]
	if k+1 >= len(toks) || !strings.Contains(r.doc.Text[toks[k].End:toks[k+1].Start], ",") {
		return -1
	}
	for m := k; m > lo && m > k-40; m-- {
		gap := r.doc.Text[toks[m-1].End:toks[m].Start]
		if r.inQ[si][m] || strings.ContainsAny(gap, ".;:") {
			return -1
		}
		if toks[m].Norm == "who" && strings.Contains(gap, ",") {
			return m - 1
		}
	}
	return -1
}

// unnamedPerson reports whether tokens [from, to] of sentence si are an
// indefinite description of a person ("A source close to the palace", "an
// official in the ministry", "one resident"): someone the article does not
// name.
func (r *Result) unnamedPerson(si, from, to int) bool {
	toks := r.toks[si]
	if d := toks[from].Norm; d != "a" && d != "an" && d != "one" && d != "another" {
		return false
	}
	for m := from + 1; m <= to && m <= from+3; m++ {
		if r.isName(toks[m]) {
			return false
		}
		if kind, ok := r.roleOrOrg(toks[m].Norm); ok && kind == "person" || anonymousNouns[toks[m].Norm] {
			return true
		}
	}
	return false
}

// representNouns are the people who speak for someone named after "of" or
// "for": "the family of Leon Marsh", "a lawyer for Ms. Roe". A spokesman
// is his principal's voice, and stays theirs.
var representNouns = wordSet(`family families relatives parents children friends lawyer lawyers attorney
	attorneys solicitor solicitors counsel`)

// lyAdverb reports whether w reads as an "-ly" adverb ("firmly",
// "reportedly"), not a noun that ends so ("family", "ally", "assembly").
func (r *Result) lyAdverb(w string) bool {
	if !strings.HasSuffix(w, "ly") {
		return false
	}
	nf, ok := r.raw.(NounsFirst)
	return !ok || !nf.NounFirst(w)
}

// groupNouns are the relatives and friends who speak together.
var groupNouns = wordSet(`family families relatives parents children friends neighbours neighbors`)

// anonymousNouns are how news names a person it will not name, which
// WordNet reads first as things ("a source close to the club").
var anonymousNouns = wordSet(`source sources insider insiders`)

// appositiveNameAfter returns the person named in apposition to the role
// noun at token k of sentence si, after the role's "of"/"for" complement
// and a comma ("said the Commissioner for Local Government and
// Chieftaincy Affairs, Mrs. Bolanle Okunowo, who …"), or -1. The
// complement is a few capitalised or function words, no clause.
func (r *Result) appositiveNameAfter(si, k int) int {
	toks := r.toks[si]
	for m := k + 1; m < len(toks) && m <= k+10; m++ {
		gap := r.doc.Text[toks[m-1].End:toks[m].Start]
		if r.inQ[si][m] || strings.ContainsAny(gap, ".;:—–(") {
			return -1
		}
		if strings.TrimSpace(gap) == "," {
			mi, ok := r.titleAt[toks[m].Start]
			if !ok {
				return -1
			}
			if e := r.Mentions[mi].Entity; r.Entities[e].Kind == Person {
				return e
			}
			return -1
		}
		if m == k+1 && toks[m].Norm != "of" && toks[m].Norm != "for" && toks[m].Norm != "at" {
			return -1
		}
		if !isCap(toks[m]) && !acronymSkips[toks[m].Norm] && toks[m].Norm != "for" && toks[m].Norm != "at" {
			return -1
		}
	}
	return -1
}

// namedRoleAfter returns the person named after a possessive name ending
// at offset end by a role and a comma ("Met Éireann's head of
// forecasting, Declan Moriarty"), or -1.
func (r *Result) namedRoleAfter(si, end, hi int) int {
	toks := r.toks[si]
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= end })
	if k >= len(toks) || !possessive(toks[k].Text, false) {
		return -1
	}
	for m := k + 1; m < hi && m <= k+6; m++ {
		if r.inQ[si][m] || strings.ContainsAny(r.doc.Text[toks[m-1].End:toks[m].Start], ".;:") {
			return -1
		}
		if mi, ok := r.titleAt[toks[m].Start]; ok {
			e := r.Mentions[mi].Entity
			if strings.TrimSpace(r.doc.Text[toks[m-1].End:toks[m].Start]) == "," && r.Entities[e].Kind == Person {
				return e
			}
			return -1
		}
	}
	return -1
}

func (r *Result) isName(t nlp.Token) bool {
	_, ok := r.endAt[t.End]
	return ok
}

// entityEndingAt returns the entity of a name ending at t, or of a pronoun at t.
func (r *Result) entityEndingAt(t nlp.Token) (int, bool) {
	if mi, ok := r.endAt[t.End]; ok {
		return r.Mentions[mi].Entity, true
	}
	if e, ok := r.pronoun[t.Start]; ok {
		return e, true
	}
	return -1, false
}

func (r *Result) roleOrOrg(w string) (string, bool) {
	// "the authority said" after the Monetary Authority: a word of both
	// kinds is the body's when the article names a body by it and gives
	// no one the role.
	if r.isOrgWord(w) && r.bodyNamedBy(w) && !r.articleRoles[w] {
		return "org", true
	}
	if r.lex.IsPersonNoun(w) && !notRoles[w] {
		return "person", true
	}
	if r.lex.IsPersonNoun(singular(w)) && !notRoles[singular(w)] {
		return "person", true
	}
	if r.isOrgWord(w) {
		return "org", true
	}
	if r.articleRoles[w] {
		return "person", true
	}
	return "", false
}

// bodyNamedBy reports whether the article names an organisation with
// folded word w in its name.
func (r *Result) bodyNamedBy(w string) bool {
	for _, e := range r.byWord[w] {
		if r.Entities[e].Kind == Organisation {
			return true
		}
	}
	return false
}

// bodyRole reports whether organisation en is what role noun w (folded)
// names by the lexicon's BodyRoles: "the regulator" and the Financial
// Conduct Authority; for a person's role, only when no person holds it.
func (r *Result) bodyRole(w string, en *Entity) bool {
	br, ok := r.raw.(BodyRoles)
	if !ok || en.Kind != Organisation || len(en.parts) == 0 {
		return false
	}
	key := [2]string{singular(w), singular(en.parts[len(en.parts)-1])}
	v, ok := r.bodyRoles[key]
	if !ok {
		if r.bodyRoles == nil {
			r.bodyRoles = map[[2]string]bool{}
		}
		v = br.BodyRole(key[0], key[1])
		r.bodyRoles[key] = v
	}
	return v
}

// sameRole reports whether role nouns a and b name the same role by the
// lexicon's RoleSynonyms ("captain" and "skipper"); memoised per pair.
func (r *Result) sameRole(a, b string) bool {
	rs, ok := r.raw.(RoleSynonyms)
	if !ok || a == b {
		return a == b
	}
	key := [2]string{"=" + a, b} // shares bodyRoles' memo, apart by the prefix
	v, ok := r.bodyRoles[key]
	if !ok {
		if r.bodyRoles == nil {
			r.bodyRoles = map[[2]string]bool{}
		}
		v = rs.SameRole(a, b)
		r.bodyRoles[key] = v
	}
	return v
}

// bodyByRole returns the one organisation bodyRole fits, -1 when none
// does, -2 when several do.
func (r *Result) bodyByRole(w string) int {
	found := -1
	for e := range r.Entities {
		if r.bodyRole(w, &r.Entities[e]) {
			if found >= 0 {
				return -2
			}
			found = e
		}
	}
	return found
}

// rolePhrase resolves a role phrase whose head noun is token k ("the
// mayor", "the city's chief engineer", "the ministry") to the latest
// entity with that role, or decides -1 (an unnamed source) when none has it.
func (r *Result) rolePhrase(si, k, lo int) (int, bool) {
	toks := r.toks[si]
	if e := r.officeSpeaker(si, k, lo); e >= 0 {
		return e, true // "the governor's office said": its holder's voice
	}
	kind, ok := r.roleOrOrg(toks[k].Norm)
	if !ok && r.bodyByRole(toks[k].Norm) != -1 {
		kind, ok = "org", true // "the regulator" for the Financial Conduct Authority
	}
	if !ok && k > lo && toks[k-1].Norm == "the" && isCap(toks[k]) && r.nationalityNoun(toks[k].Norm) {
		kind, ok = "person", true // "the Brazilian said"
	}
	if !ok && k > lo && toks[k-1].Norm == "the" && !isCap(toks[k]) && !r.inQ[si][k] {
		// "the festival said" after the Fenwick Water Folk Festival: the
		// one name the article gives, ending in that noun.
		if e := r.nameByHead(toks[k].Norm, toks[k].Start); e >= 0 {
			r.Entities[e].Kind = Organisation // a body the text calls by its kind
			return e, true
		}
		// "the district said" after Millbrook Public Schools: a school
		// district, by the lexicon.
		if e := r.kindBody(toks[k].Norm, toks[k].Start, true); e >= 0 {
			return e, true
		}
	}
	if !ok {
		return -1, false
	}
	det, definite, detAt := false, false, -1
	for m, n := k-1, 0; m >= lo && n < 4; m, n = m-1, n+1 {
		if determiners[toks[m].Norm] || strings.HasSuffix(toks[m].Text, "’s") || strings.HasSuffix(toks[m].Text, "'s") {
			det, definite, detAt = true, toks[m].Norm == "the", m
			break
		}
		// "A Department of Health and Social Care spokesperson": the
		// organisation's name counts as one word.
		if mi, ok := r.endAt[toks[m].End]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Organisation {
			for m > lo && toks[m-1].Start >= r.Mentions[mi].TitleStart {
				m--
			}
		}
	}
	// Headlines drop articles: "‘Keep lifting,’ foreman told crane
	// driver" names the foreman as "the foreman" would.
	if !det && kind == "person" && r.doc.Sentences[si].Paragraph == 0 && (k == lo || r.inQ[si][k-1]) {
		// The body names the foreman later: the one person of that role.
		if e := r.ByRole(toks[k].Norm); e >= 0 {
			return e, true
		}
		det = true
	}
	if !det {
		// "…,” police said": a body's noun without an article, opening
		// its clause, is the body the article names by it.
		if kind == "org" && (k == lo || k == 0 || r.inQ[si][k-1] || strings.Contains(r.doc.Text[toks[k-1].End:toks[k].Start], ",")) {
			if e := r.ByRole(toks[k].Norm); e >= 0 {
				return e, true
			}
		}
		return -1, false
	}
	w := toks[k].Norm
	at := toks[k].Start
	mod := r.phraseNameModifier(si, k, lo)
	if kind == "person" && (mod != "" || partyNouns[w]) {
		// "the Maine senator", "the Utah Republican", "the Republican"
		// after "Sen. Ann Cole, D-Maine,": the one person described by
		// that noun with those words.
		if e := r.byDescriptor(w, mod); e >= 0 {
			return e, true
		}
	}
	if kind == "person" && mod != "" {
		// "the Rovers manager" is whom the article titles for the Rovers
		// ("Rovers boss Siobhán Kettering"), as a claim's is (BySide).
		if e := r.BySide(mod, w); e >= 0 && r.onSide(&r.Entities[e], mod) {
			return e, true
		}
	}
	if kind == "org" && (w == "club" || w == "team") {
		// "the club's statement" in a match report naming its opponents
		// too: the club the article names most by a sports club's name.
		if e := r.ByRole(w); e >= 0 {
			return e, true
		}
	}
	best, bestAt := -1, -1
	for e := range r.Entities {
		en := &r.Entities[e]
		match := false
		if kind == "person" && en.Kind == Person {
			for _, ro := range en.Roles {
				// A voice noun is nobody's synonym: "the spokesperson" is
				// not the union's "lead representative".
				// "the CEO" is the article's "chief executive".
				if ro == w || ro == singular(w) || strings.HasSuffix(ro, " "+w) || r.sameRole(ro, singular(w)) && (!voiceNouns[w] || strings.HasPrefix(lastWord(ro), "spokes")) ||
					slices.Contains(roleAliases[w], ro) {
					match = true
				}
			}
			// "the Westhaven captain" is not "Calder Vale captain Imran
			// Qureshi-Blake": the descriptor names another side.
			if match && mod != "" && r.otherSide(en, w, mod) {
				match = false
			}
			// "the mayor" is not "the late mayor Alfred Reiss" nor a
			// former one, unless the phrase says so ("the former mayor").
			if match && mod == "" && slices.Contains(en.former, w) {
				match = false
			}
		}
		if kind == "org" && en.Kind == Organisation {
			for _, p := range en.parts {
				if p == w {
					match = true
				}
			}
			for _, ro := range en.Roles {
				// "the network operator, Coastline Energy" … "the company said".
				if ro == w || genericCompanyNouns[w] && companyNouns[ro] {
					match = true
				}
			}
			match = match || r.bodyRole(w, en) || w == "union" && labourBody(en)
		}
		if !match {
			continue
		}
		if _, s := r.mentionsBefore(e, at); s > bestAt {
			best, bestAt = e, s
		}
	}
	if best < 0 && kind == "org" && definite {
		// "the utility said", "the water company said" after Severn Vale
		// Water: the body of that kind, by the lexicon.
		if e := r.kindBody(w, at, true); e >= 0 {
			return e, true
		}
	}
	if best < 0 && kind == "org" && definite && (companyNouns[w] || houseNouns[w] && k > lo && !determiners[toks[k-1].Norm]) {
		// "the auction house said", "the company said" after Whitcombe &
		// Gerrard: a business noun that no body's name or role holds
		// refers back to the latest trade-named body.
		if e := r.latestTradeBody(si, at); e >= 0 {
			return e, true
		}
	}
	if best < 0 && kind == "person" && definite && r.doc.Sentences[si].Paragraph <= 2 {
		// A lede's description that the story names just after: "the
		// operations manager answered …" before "its former operations
		// manager, Dale R. Pruitt": the one person of that role.
		if e := r.laterHolder(w, mod, at); e >= 0 {
			return e, true
		}
	}
	if best < 0 && kind == "person" {
		// Nobody holds the role, and a body is what it names: "the
		// Financial Conduct Authority … the regulator said" (the latest
		// such body named).
		for e := range r.Entities {
			if _, s := r.mentionsBefore(e, at); s > bestAt && r.bodyRole(w, &r.Entities[e]) {
				best, bestAt = e, s
			}
		}
		if best >= 0 {
			return best, true
		}
	}
	if best < 0 && kind == "person" && definite && !r.inQ[si][k] {
		// "the supplier said" after "Fenwick Energy, the regional
		// supplier", "a spokesperson for the regulator" after the
		// Information Commissioner's Office: a business's or a
		// regulator's noun that no one holds is the body named before.
		if companyNouns[w] {
			if e := r.latestTradeBody(si, at); e >= 0 {
				return e, true
			}
		}
		if regulatorNouns[w] {
			if e := r.latestBodyHeaded(si, at, regulatorHeads); e >= 0 {
				return e, true
			}
		}
	}
	if best < 0 && kind == "person" && w == "official" {
		if e := r.officialOfBody(si, k); e >= 0 {
			return e, true
		}
	}
	if best < 0 && kind == "person" && voiceNouns[w] {
		// Nobody has the role: "a council spokesman" speaks for the
		// council, "the journal's editors" for the journal.
		if e := r.orgVoice(si, k, lo); e >= 0 {
			return e, true
		}
		if e := r.earlierVoice(si, k); e >= 0 {
			return e, true
		}
		if e := r.speakingBodyBefore(si, k); e >= 0 {
			return e, true
		}
		// "Media contact: Faith Nyambura, Communications Officer. “…,”
		// the spokesperson said.": the one person the paragraph names
		// before it.
		if definite {
			if e := r.onlyPersonInParagraph(si, at); e >= 0 {
				return e, true
			}
		}
		if e := r.bareVoiceBody(si, k, lo); e >= 0 {
			return e, true
		}
	}
	// "A spokeswoman for the state road authority said": a description
	// after a preposition is the object of another noun, not the
	// subject, so it refers back to no one.
	objectOf := detAt > lo && prepositions[toks[detAt-1].Norm]
	if best < 0 && kind == "person" && definite && !objectOf && !voiceNouns[w] && !r.inQ[si][k] && !r.introducedUnnamed(si, w) {
		// "“…,” the widow says" after "Lucía Ferrante buried her
		// husband", "insisted the finance minister" after "Tomas Berg did
		// not mince words": a definite description nobody holds refers
		// back to the latest subject it fits. A family noun wants a
		// person known to fit its gender; any other, one whom the article
		// gives no other role ("Coach Ann Lee" is not "the striker").
		var e int
		if xs := r.roleTieMap()[w]; len(xs) == 1 && !kinNouns[w] && r.genderFits(xs[0], r.lex.PersonGender(w)) {
			// "Ifeoma Nwachukwu … was guest of honour. … The guest of
			// honour's advice": the one the article ties the role to.
			e = xs[0]
		} else if kinNouns[w] {
			e = r.recentSubject(si, r.lex.PersonGender(w))
		} else {
			// A capitalised description ("the Dane", "the Frenchman") is
			// a nationality, which goes with any role ("boss Erik
			// Sorensen … the Dane said").
			unfit := func(e int) bool {
				// A capitalised office ("the Prime Minister", "the
				// Governor") is no nationality: it wants a subject with no
				// other role.
				office := handRoles[w] || k >= 2 && isCap(toks[k-1]) && toks[k-1].Norm != "the"
				return officials[w] || (!isCap(toks[k]) || office) && r.otherRole(e, w) || !r.genderFits(e, r.lex.PersonGender(w))
			}
			// The latest subject ("Millbrook's manager, Craig Dunn, was
			// furious. “…,” the Scot said."); but not a relative just
			// introduced, when the story's principal fits ("… staying with
			// her daughter, Carol Pryce. … the pensioner said").
			e = r.roleSubjectBefore(si, w, "")
			if e >= 0 && r.kinIntroduced(e) {
				if p := r.salientSubject(si, toks[k].Start); p >= 0 && !unfit(p) {
					e = p
				}
			}
			if e >= 0 && unfit(e) {
				e = -1
			}
		}
		if e >= 0 {
			// From here on the article calls her so: "the widow said"
			// in a claim names her too.
			r.Entities[e].Roles = appendUnique(r.Entities[e].Roles, w)
		}
		return e, true
	}
	if best < 0 && kind == "org" && companyNouns[w] {
		// "In a statement, Northline ATS said it … ‘…,’ the company
		// said": the one company the paragraph names before it; else the
		// organisation the article is most about.
		if best = r.paragraphCompany(si, at); best < 0 {
			best = r.mostMentioned(r.isCompany, at)
		}
	}
	return best, true
}

// ByParty returns the one person whom role or party noun (folded)
// with the folded capitalised words mods before it describes by a party
// and state tag after a name ("the Indiana Republican" for "Rep. Gary
// Whitcomb, R-Ind."), or -1.
func (r *Result) ByParty(noun string, mods []string) int {
	if len(mods) == 0 && !partyNouns[noun] {
		return -1
	}
	return r.byDescriptor(noun, strings.Join(mods, " "))
}

// partyNouns name a member of an American party.
var partyNouns = wordSet(`democrat republican independent`)

// byDescriptor returns the one person whom role noun w with the
// capitalised words mod describes by a party and state tag after a
// mention ("the Maine senator", "the Utah Republican" for "Sen. Ann
// Cole, D-Maine," and "Sen. Tom Reed, R-Utah,"): w is the person's role or
// party, and mod the state's words or the party; -1 when none or several
// fit.
func (r *Result) byDescriptor(w, mod string) int {
	w = singular(foldName(w))
	mods := strings.Fields(mod)
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person {
			continue
		}
		fits := false
		for _, mi := range en.Mentions {
			m := r.Mentions[mi]
			if m.Sentence < 0 {
				continue
			}
			toks := r.toks[m.Sentence]
			j := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= m.End })
			party, state := r.partyTag(m.Sentence, j)
			if party == "" {
				continue
			}
			words := append(strings.Fields(state), party, partyMembers[party])
			role := w == party || w == partyMembers[party] || slices.ContainsFunc(en.Roles, func(ro string) bool { return ro == w || r.sameRole(ro, w) })
			if role && !slices.ContainsFunc(mods, func(x string) bool { return !slices.Contains(words, x) }) {
				fits = true
				break
			}
		}
		if !fits {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// laterHolder returns the one person holding role w whom the article
// first names after offset at, not on a side other than mod; -1 when
// none or several do.
func (r *Result) laterHolder(w, mod string, at int) int {
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person || !slices.ContainsFunc(en.Roles, func(ro string) bool {
			return ro == w || ro == singular(w) || strings.HasSuffix(ro, " "+w)
		}) || mod != "" && r.otherSide(en, w, mod) {
			continue
		}
		if n, _ := r.mentionsBefore(e, at); n > 0 {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// phraseNameModifier returns the folded capitalised words between the
// determiner and the role noun at token k ("the Westhaven captain" →
// "westhaven"), "" when there are none.
func (r *Result) phraseNameModifier(si, k, lo int) string {
	toks := r.toks[si]
	m := k - 1
	for m >= lo && m > k-4 && isCap(toks[m]) && !r.inQ[si][m] {
		m--
	}
	if m == k-1 || m < lo || toks[m].Norm != "the" {
		return ""
	}
	var ws []string
	for _, t := range toks[m+1 : k] {
		ws = append(ws, t.Norm)
	}
	return strings.Join(ws, " ")
}

// otherSide reports whether a mention of entity en is titled with role w
// (or a synonym) qualified by a name other than mod, a name the article
// uses for something else ("Calder Vale captain Imran Qureshi-Blake"
// against "the Westhaven captain"). Read from the titles, as descriptors
// are only drawn after attribution.
func (r *Result) otherSide(en *Entity, w, mod string) bool {
	for _, mi := range en.Mentions {
		m := r.Mentions[mi]
		words := r.wordsBefore(m)
		if len(words) < 2 || words[len(words)-1] != w && !r.sameRole(words[len(words)-1], singular(w)) {
			continue
		}
		title := " " + strings.Join(words[:len(words)-1], " ") + " "
		// "Opposition transportation critic" is the Opposition's, though
		// "transportation" names a ministry too.
		if strings.Contains(title, " "+mod+" ") {
			continue
		}
		for i := range r.Entities {
			if r.Entities[i].Kind == Person {
				continue
			}
			for _, v := range r.Entities[i].Variants {
				if strings.HasSuffix(title, " "+v+" ") {
					return true
				}
			}
		}
	}
	return false
}

// wordsBefore returns the folded words just before a mention, its title
// included: "calder vale captain" before Imran Qureshi-Blake.
func (r *Result) wordsBefore(m Mention) []string {
	from := m.TitleStart
	for n := 0; from > 0 && n < 6; n++ {
		from = strings.LastIndexAny(r.doc.Text[:from-1], " \n")
		if from < 0 {
			from = 0
			break
		}
		from++
	}
	return strings.Fields(foldedWords(r.doc.Text[from:m.Start]))
}

// onSide reports whether a mention of entity en is titled by a role that
// the side's name qualifies ("Rovers boss Siobhán Kettering" for side
// "rovers").
func (r *Result) onSide(en *Entity, side string) bool {
	for _, mi := range en.Mentions {
		words := r.wordsBefore(r.Mentions[mi])
		if len(words) < 2 || !r.lex.IsPersonNoun(words[len(words)-1]) {
			continue
		}
		if strings.HasSuffix(" "+strings.Join(words[:len(words)-1], " ")+" ", " "+side+" ") {
			return true
		}
	}
	return false
}

// officials are roles whose bearer a report often leaves unnamed beside
// the person it is about ("Castellano pleaded guilty. “…,” the judge
// said.", "Reed was taken to hospital. “…,” the doctor said."): never
// taken for the subject before them.
var officials = wordSet(`judge magistrate coroner prosecutor juror witness officer constable detective sheriff
	deputy interviewer reporter host moderator referee umpire clerk doctor nurse surgeon paramedic`)

// introducedUnnamed reports whether one of the sentences shortly before si
// (or si itself) introduces someone unnamed by the noun w ("a police
// officer"): "the officer" then refers to that person, not to a named one.
func (r *Result) introducedUnnamed(si int, w string) bool {
	for s := si; s >= 0 && s > si-descriptionWindow; s-- {
		toks := r.toks[s]
		for k, t := range toks {
			if t.Norm != w || r.inQ[s][k] {
				continue
			}
			for m := k - 1; m >= 0 && m >= k-3; m-- {
				if toks[m].Norm == "a" || toks[m].Norm == "an" {
					return true
				}
				if determiners[toks[m].Norm] || isCap(toks[m]) {
					break
				}
			}
		}
	}
	return false
}

// descriptionWindow bounds the sentences read back for an unnamed
// introduction, so that attribution stays linear.
const descriptionWindow = 12

// otherRole reports whether entity e has a role other than w: a person
// the article calls "the coach" is not "the striker".
func (r *Result) otherRole(e int, w string) bool {
	for _, ro := range r.Entities[e].Roles {
		// A past role ("a retired dinner lady") says nothing of what
		// the person is called now ("the pensioner"), nor does a family
		// tie ("her sister" may be "the bride").
		// Nor does a team's armband: a captain still plays a position
		// ("Harbour City captain Danny Okonjo … the defender said").
		if titleAbbrev[ro] != "" || ro == w || strings.HasSuffix(ro, " "+w) || !r.lex.IsPersonNoun(ro) || slices.Contains(r.Entities[e].former, ro) || kinNouns[lastWord(ro)] ||
			armbandRoles[lastWord(ro)] {
			continue
		}
		return true
	}
	return false
}

// armbandRoles lead a team while holding a place in it, so they go with
// any player's role.
var armbandRoles = wordSet(`captain skipper co-captain vice-captain`)

// genderFits reports whether entity e may be of gender g ("" fits all).
func (r *Result) genderFits(e int, g string) bool {
	return g == "" || r.Entities[e].Gender == "" || r.Entities[e].Gender == g
}

// salientSubject returns, of the people who are subjects of the few
// sentences before si (as recentSubject reads them), the one the article
// has named or referred to most before offset at, the nearest on a tie: an epithet
// nobody holds ("the pensioner said") refers to the story's principal
// rather than to a relative just introduced ("… staying with her daughter,
// Carol Pryce. ‘…,’ Carol said.").
func (r *Result) salientSubject(si, at int) int { return r.salientSubjectOf(si, at, "") }

// salientSubjectOf is salientSubject among the people of gender g (any,
// when g is "").
func (r *Result) salientSubjectOf(si, at int, g string) int {
	para := r.doc.Sentences[si].Paragraph
	best, bestN := -1, -1
	for s := si - 1; s >= 0 && s >= si-salienceWindow && r.doc.Sentences[s].Paragraph >= para-2; s-- {
		e := r.Sentences[s].Subject
		if e < 0 && len(r.outsideAny[s]) > 0 && r.potential(r.outsideAny[s][0]) {
			e = r.outsideAny[s][0]
		}
		if e < 0 || r.Entities[e].Kind != Person && !r.potential(e) || !r.genderFits(e, g) {
			continue
		}
		n, _ := r.mentionsBefore(e, at)
		if e < len(r.pronounAt) {
			n += sort.SearchInts(r.pronounAt[e], at) // "she said" counts too
		}
		if n > bestN {
			best, bestN = e, n
		}
	}
	return best
}

// salienceWindow bounds the sentences read back for an epithet's referent.
const salienceWindow = 6

// recentSubject returns the subject of the nearest of the few sentences
// before si (in its paragraph or the one before) that is a person of
// gender g (any, when g is ""), or -1.
func (r *Result) recentSubject(si int, g string) int {
	e, _ := r.recentSubjectAt(si, g)
	return e
}

// roleSubjectBefore is recentSubject for a definite role phrase of role
// noun w nobody holds, save a subject taken from a sentence where that
// role phrase itself speaks ("The home's manager said Mrs Finch was …",
// "The coach told reporters Smith had …"): whoever such a sentence names
// after its verb is who the role spoke of, not who holds it.
func (r *Result) roleSubjectBefore(si int, w, g string) int {
	e, s := r.recentSubjectAt(si, g)
	if e >= 0 && r.roleSpeaksIn(s, w) {
		return -1
	}
	return e
}

// roleSpeaksIn reports whether sentence s has, outside quotations, the
// definite role phrase of role noun w just before a speech verb: "the
// manager said", "the home's manager told".
func (r *Result) roleSpeaksIn(s int, w string) bool {
	toks := r.toks[s]
	for m := 1; m+1 < len(toks); m++ {
		if toks[m].Norm != w || r.inQ[s][m] || !speechVerbs[toks[m+1].Norm] {
			continue
		}
		d := m - 1
		if d > 0 && possessive(toks[d].Text, false) && !isCap(toks[d]) {
			d-- // "the home's manager"
		}
		if toks[d].Norm == "the" {
			return true
		}
	}
	return false
}

// recentSubjectAt is recentSubject with the sentence it took the subject
// from (-1 with none).
func (r *Result) recentSubjectAt(si int, g string) (int, int) {
	para := r.doc.Sentences[si].Paragraph
	for s := si - 1; s >= 0 && s >= si-3 && r.doc.Sentences[s].Paragraph >= para-1; s-- {
		e := r.Sentences[s].Subject
		if e < 0 && len(r.outsideAny[s]) > 0 && r.potential(r.outsideAny[s][0]) {
			e = r.outsideAny[s][0] // "Tomas Berg did not mince words": a name with no other evidence
		}
		if e < 0 || r.Entities[e].Kind != Person && !r.potential(e) {
			continue
		}
		// A gendered noun ("widow") wants a person known to fit: the
		// dead husband of unknown gender is no widow.
		if g == "" || r.Entities[e].Gender == g {
			return e, s
		}
	}
	return -1, -1
}

// voiceNouns are the unnamed people who speak for an organisation.
var voiceNouns = wordSet(`spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
	representatives editors`)

// orgVoice returns the organisation that modifies the voice noun at token
// k of sentence si ("a council spokesman", "A Department of Health and
// Social Care spokesperson", "the journal's editors"), or -1.
func (r *Result) orgVoice(si, k, lo int) int {
	toks := r.toks[si]
	for m := k - 1; m >= lo && m >= k-3; m-- {
		if mi, ok := r.endAt[toks[m].End]; ok {
			return r.voicedName(si, mi, m, k, lo)
		}
		w := strings.TrimSuffix(strings.TrimSuffix(toks[m].Norm, "'s"), "’s")
		if r.isOrgWord(w) && !isCap(toks[m]) {
			if e := r.sideBefore(si, m); e >= 0 {
				r.Entities[e].Kind = Organisation // a spokesman speaks for a body
				return e
			}
			if e := r.ByRole(w); e >= 0 {
				return e
			}
			// "a department spokesperson" when the article names two
			// departments: the one named last before it.
			return r.latestWithWord(w, toks[m].Start, false)
		}
		if !isCap(toks[m]) && m == k-1 && m > lo && determiners[toks[m-1].Norm] {
			if e := r.namePrefixBody(w, toks[m].Start); e >= 0 {
				return e // "A county spokesperson" after Corran County Fire Rescue
			}
		}
		// "A Garda spokesman" after "An Garda Síochána": a capitalised
		// word of a name the article gave before, standing for it.
		if isCap(toks[m]) && m > lo && determiners[toks[m-1].Norm] {
			// "A Homeway spokesman" after "Homeway said" and "the Homeway
			// Brisk kettle": the body named by the word alone, not a
			// product its name makes part of a longer one.
			e := r.wholeNameBody(w, toks[m].Start)
			if e < 0 {
				e = r.latestWithWord(w, toks[m].Start, true)
			}
			if e < 0 {
				e = r.bodyMistakenForPerson(w, toks[m].Start)
			}
			if e >= 0 {
				r.Entities[e].Kind = Organisation // a spokesman speaks for a body
			}
			return e
		}
		if determiners[toks[m].Norm] {
			break
		}
	}
	// "A spokesperson for Bakery Workers Local 118": the name after "for".
	if k+2 < len(toks) && (toks[k+1].Norm == "for" || toks[k+1].Norm == "of") {
		n := k + 2
		if determiners[toks[n].Norm] && n+1 < len(toks) {
			n++
		}
		if mi, ok := r.nameAt[toks[n].Start]; ok && !r.inQ[si][n] {
			if e := r.Mentions[mi].Entity; r.Entities[e].Kind == Organisation || r.Entities[e].Kind == Unknown {
				r.Entities[e].Kind = Organisation
				return e
			}
		}
		// "A spokesman for the authority": the body the article named
		// by that head word.
		if w := toks[n].Norm; n > k+2 && toks[n-1].Norm == "the" && !isCap(toks[n]) && !r.inQ[si][n] && r.isOrgWord(w) &&
			(n+1 == len(toks) || !r.isOrgWord(toks[n+1].Norm)) {
			// Only a body named or described by the word: "the group" is
			// no "House" that ByRole may offer for a generic noun.
			if e := r.ByRole(w); e >= 0 && (slices.Contains(r.Entities[e].parts, w) || slices.Contains(r.Entities[e].Roles, w)) {
				return e
			}
			if e := r.latestWithWord(w, toks[n].Start, false); e >= 0 {
				return e
			}
		}
		// "A spokeswoman for the group": the body the article last named
		// that the noun fits.
		if w := toks[n].Norm; n == k+3 && toks[k+2].Norm == "the" && !isCap(toks[n]) && r.isOrgWord(w) && !r.inQ[si][n] {
			if e := r.latestOrganisation(si, toks[k].Start); e >= 0 {
				return e
			}
		}
	}
	// "We put these points to the council. A spokesman said: “…”": a bare
	// voice opening a sentence speaks for the body the sentence before it
	// in the paragraph brings in.
	if k == lo+1 && (toks[lo].Norm == "a" || toks[lo].Norm == "an") && si > 0 && r.doc.Sentences[si-1].Paragraph == r.doc.Sentences[si].Paragraph &&
		(k+1 >= len(toks) || toks[k+1].Norm != "for" && toks[k+1].Norm != "of") {
		prev := r.toks[si-1]
		for m := len(prev) - 1; m > 0; m-- {
			if r.inQ[si-1][m] {
				continue
			}
			if mi, ok := r.endAt[prev[m].End]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Organisation {
				return r.Mentions[mi].Entity
			}
			if w := prev[m].Norm; prev[m-1].Norm == "the" && !isCap(prev[m]) && r.isOrgWord(w) {
				if e := r.ByRole(w); e >= 0 && (slices.Contains(r.Entities[e].parts, w) || slices.Contains(r.Entities[e].Roles, w)) {
					return e
				}
				// "The Product Safety Directorate … had been working with
				// the company": a generic word the article names no body
				// by leaves the body named before it.
				if e := r.latestWithWord(w, prev[m].Start, false); e >= 0 {
					return e
				}
			}
		}
	}
	// "I contacted Larkspur on 2 May." then a paragraph "A spokesperson
	// says: ‘…’": the body the paragraph before brought in.
	if k == lo+1 && (toks[lo].Norm == "a" || toks[lo].Norm == "an") && (k+1 >= len(toks) || toks[k+1].Norm != "for" && toks[k+1].Norm != "of") {
		return r.paragraphVoiceBody(si)
	}
	return -1
}

// voicedName is the body a name (mention mi, ending at token m of sentence
// si) stands for when it modifies voice noun k: an organisation, or a
// name of no known kind of two words or more directly before the noun
// and after a determiner ("A Premiership Cup spokesperson", when the
// article names the cup only so), which the voice noun makes a body. -1
// otherwise.
func (r *Result) voicedName(si, mi, m, k, lo int) int {
	e := r.Mentions[mi].Entity
	en := &r.Entities[e]
	if en.Kind == Organisation {
		return e
	}
	toks := r.toks[si]
	// "A Homeway spokesman said": a name no title or gender makes a
	// person's, right before the voice noun, is the body it speaks for
	// ("Homeway said …" made it look like a person).
	bodyLike := en.Kind == Person && en.Gender == "" && en.evidence["titled"] == 0 && len(en.Roles) == 0 &&
		r.lex.GivenNameGender(en.first) == ""
	if en.Kind != Unknown && !bodyLike || en.Kind == Unknown && len(en.parts) < 2 || m != k-1 {
		return -1
	}
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= r.Mentions[mi].Start })
	if first <= lo || first >= len(toks) || !determiners[toks[first-1].Norm] {
		return -1
	}
	en.Kind = Organisation // a spokesperson speaks for a body
	return e
}

// namePrefixBody returns the body a lower-case word before a voice noun
// stands for when the article names it only inside a longer name ("a
// county spokesperson" where the article names the Corran County
// Emergency Communications Center): the body named by the longer name's
// words up to that word ("Corran County"), made an organisation of its
// own unless the article names it so already. The latest such name before
// offset at decides; -1 when none.
func (r *Result) namePrefixBody(w string, at int) int {
	e := r.latestWithWord(w, at, true)
	if e < 0 {
		return -1
	}
	words := strings.Fields(r.Entities[e].Name)
	n := slices.IndexFunc(words, func(x string) bool { return foldName(x) == w })
	if n < 1 || n == len(words)-1 {
		return -1 // the word opens or heads the name: no smaller body
	}
	name := strings.Join(words[:n+1], " ")
	f := foldName(name)
	for i := range r.Entities {
		if en := &r.Entities[i]; foldName(en.Name) == f && (en.Kind == Organisation || en.Kind == Unknown || en.Kind == Place) {
			en.Kind = Organisation
			return i
		}
	}
	parts := strings.Fields(f)
	r.Entities = append(r.Entities, Entity{Kind: Organisation, Name: name, Short: name, Variants: []string{f, "the " + f},
		first: parts[0], last: parts[len(parts)-1], parts: parts, evidence: map[string]int{string(Organisation): 1}})
	r.starts = append(r.starts, nil)
	r.indexParts(len(r.Entities) - 1)
	return len(r.Entities) - 1
}

// sideBefore returns the body or name of no known kind that sentence si
// names before token k as a titled person's side ("Harbour City chairman
// Neil Saddiq did not respond, but a club spokesperson said": Harbour
// City, as the article titles its people), the nearest first; -1 when
// none. Such a name is the club, company or council the voice noun means
// rather than another body of that kind the article names elsewhere.
func (r *Result) sideBefore(si, k int) int {
	toks := r.toks[si]
	for m := k - 1; m >= 0; m-- {
		mi, ok := r.nameAt[toks[m].Start]
		if !ok || r.inQ[si][m] {
			continue
		}
		e := r.Mentions[mi].Entity
		en := &r.Entities[e]
		if en.Kind != Organisation && en.Kind != Unknown {
			continue
		}
		side := foldName(en.Name)
		for p := range r.Entities {
			if pe := &r.Entities[p]; pe.Kind == Person && r.onSide(pe, side) {
				return e
			}
		}
	}
	return -1
}

// namedDescription returns the person whose name ends at token k of
// sentence si, set off by commas, when the clause from lo opens with an
// article and a common noun and reaches that name's comma without another
// comma ("A friend of Orlov’s, the singer Elise Marchetti, said", "The
// mother of the boy, Angela Brooks, said"); -1 otherwise.
func (r *Result) namedDescription(si, k, lo int) int {
	toks := r.toks[si]
	if k+1 >= len(toks) || !strings.Contains(r.gapAt(toks, k+1), ",") || lo+1 >= k || r.inQ[si][lo] {
		return -1
	}
	if w := toks[lo].Norm; w != "a" && w != "an" && w != "the" || isCap(toks[lo+1]) && !r.titledRoleOf(si, lo+1, k) ||
		!r.lex.IsPersonNoun(toks[lo+1].Norm) && !r.lex.IsPersonNoun(toks[min(lo+2, k)].Norm) {
		return -1
	}
	mi, ok := r.endAt[toks[k].End]
	if !ok || r.Entities[r.Mentions[mi].Entity].Kind != Person {
		return -1
	}
	// The name's own comma: the one before its appositive phrase.
	m := k
	for m > lo && !strings.Contains(r.gapAt(toks, m), ",") {
		m--
	}
	if m <= lo+1 {
		return -1
	}
	for x := lo + 1; x < m; x++ {
		if strings.Contains(r.gapAt(toks, x), ",") || r.inQ[si][x] {
			return -1
		}
	}
	return r.Mentions[mi].Entity
}

// titledRoleOf reports whether the capitalised words from token a of
// sentence si are an office written with capitals and held "of" or "for"
// a place or body ("Vicar of Kelford", "Chief Constable of Kelshire"):
// up to three capitalised words, the last a person noun, then the
// preposition, before token k. The name after "of" is the office's
// place, never its holder.
func (r *Result) titledRoleOf(si, a, k int) bool {
	toks := r.toks[si]
	for n := a; n < k && n < a+3; n++ {
		if !isCap(toks[n]) || r.inQ[si][n] || strings.TrimSpace(r.gapAt(toks, n+1)) != "" {
			return false
		}
		if p := toks[n+1].Norm; (p == "of" || p == "for") && r.lex.IsPersonNoun(toks[n].Norm) {
			return true
		}
	}
	return false
}

// participleLinks may stand between an aside's comma and its participle
// ("he said, before adding that …").
var participleLinks = wordSet(`before after while then`)

// partyState reports whether token k of sentence si ends a US party and
// state abbreviation ("R-Ind.", "D-Ohio").
func (r *Result) partyState(si, k int) bool {
	toks := r.toks[si]
	return k >= 1 && len(toks[k-1].Text) == 1 && strings.Contains("DRI", toks[k-1].Text) && r.doc.Text[toks[k-1].End:toks[k].Start] == "-" && isCap(toks[k])
}

// onlyPersonInParagraph returns the one person, or name that may be one,
// sentence si's paragraph names outside quotations before offset at; -1
// when none or several are.
func (r *Result) onlyPersonInParagraph(si, at int) int {
	only := -1
	for s := r.paraSen[r.doc.Sentences[si].Paragraph][0]; s <= si; s++ {
		for k, t := range r.toks[s] {
			if t.Start >= at {
				break
			}
			mi, ok := r.nameAt[t.Start]
			if !ok || r.inQ[s][k] {
				continue
			}
			e := r.Mentions[mi].Entity
			if r.Entities[e].Kind != Person && !r.potential(e) || r.roleShapedName(e) {
				continue
			}
			if only >= 0 && only != e {
				return -1
			}
			only = e
		}
	}
	return only
}

// roleShapedName reports whether a name that may be a person's is an
// office written in capitals ("Communications Officer"): its last word a
// person noun, its first no given name.
func (r *Result) roleShapedName(e int) bool {
	en := &r.Entities[e]
	if en.Kind != Unknown || len(en.parts) < 2 {
		return false
	}
	return r.lex.IsPersonNoun(en.parts[len(en.parts)-1]) && r.lex.GivenNameGender(en.parts[0]) == ""
}

// latestWithWord returns the organisation (or, with unknown, a name of no
// known kind) with folded word w in its name whose latest mention before
// offset at is the nearest, or -1.
func (r *Result) latestWithWord(w string, at int, unknown bool) int {
	best, bestAt := -1, -1
	for _, e := range r.byWord[w] {
		en := &r.Entities[e]
		if en.Kind != Organisation && !(unknown && en.Kind == Unknown && len(en.parts) >= 2) {
			continue
		}
		if _, s := r.mentionsBefore(e, at); s > bestAt {
			best, bestAt = e, s
		}
	}
	return best
}

// wholeNameBody returns the entity named by the one word w alone,
// mentioned before offset at, that may be a body: an organisation, a name
// of no known kind, or one taken for a person that no title, gender, role
// or given name makes one. -1 when none.
func (r *Result) wholeNameBody(w string, at int) int {
	for _, e := range r.byWord[w] {
		en := &r.Entities[e]
		if len(en.parts) != 1 || en.parts[0] != w {
			continue
		}
		body := en.Kind == Organisation || en.Kind == Unknown ||
			en.Kind == Person && en.Gender == "" && en.evidence["titled"] == 0 && len(en.Roles) == 0 && r.lex.GivenNameGender(w) == ""
		if n, _ := r.mentionsBefore(e, at); body && n > 0 {
			return e
		}
	}
	return -1
}

// bodyMistakenForPerson returns the entity taken for a person whose first
// name word is w although w is no given name, named last before offset at,
// or -1: "A TramLink spokesperson" after "TramLink Lowmarsh says …", which
// the verb made a person. Nobody calls a person's voice "a Tom
// spokesperson", so the word standing first in a name is a body's.
func (r *Result) bodyMistakenForPerson(w string, at int) int {
	best, bestAt := -1, -1
	for _, e := range r.byWord[w] {
		en := &r.Entities[e]
		if en.Kind != Person || len(en.parts) < 2 || en.parts[0] != w || r.lex.GivenNameGender(w) != "" || len(en.Roles) > 0 {
			continue
		}
		if _, s := r.mentionsBefore(e, at); s > bestAt {
			best, bestAt = e, s
		}
	}
	return best
}

// voiceWindow bounds the sentences read back for an earlier mention of a
// voice noun.
const voiceWindow = 3

// earlierVoice resolves "the spokesman" to the organisation of the voice
// noun met shortly before in the paragraph or the one before it ("A
// council spokesman said …" then "‘…,’ the spokesman said."), or -1.
func (r *Result) earlierVoice(si, k int) int {
	w := singular(r.toks[si][k].Norm)
	para := r.doc.Sentences[si].Paragraph
	for s := si; s >= 0 && s > si-voiceWindow && r.doc.Sentences[s].Paragraph >= para-1; s-- {
		for m := range r.toks[s] {
			if (s == si && m >= k) || r.inQ[s][m] || singular(r.toks[s][m].Norm) != w {
				continue
			}
			if e := r.orgVoice(s, m, 0); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// mostMentioned returns the entity with the most mentions before offset
// at among those keep accepts, or -1.
func (r *Result) mostMentioned(keep func(*Entity) bool, at int) int {
	best, n := -1, 0
	for e := range r.Entities {
		en := &r.Entities[e]
		if !keep(en) {
			continue
		}
		c, _ := r.mentionsBefore(e, at)
		if c > n {
			best, n = e, c
		}
	}
	return best
}

// verbSubject finds a speech verb in toks[i:j] of sentence si with its
// speaker: before it or, for "said Webb", after it. last picks the last
// such verb, else the first.
func (r *Result) verbSubject(tr tokRange, last bool, maxFromEdge int) (int, bool) {
	toks := r.toks[tr.si]
	order := make([]int, 0, tr.j-tr.i)
	for k := tr.i; k < tr.j; k++ {
		order = append(order, k)
	}
	if last {
		for a, b := 0, len(order)-1; a < b; a, b = a+1, b-1 {
			order[a], order[b] = order[b], order[a]
		}
	}
	for _, v := range order {
		if maxFromEdge > 0 && ((last && tr.j-v > maxFromEdge) || (!last && v-tr.i > maxFromEdge)) {
			break
		}
		if !speechVerbs[toks[v].Norm] || r.isName(toks[v]) || r.indefiniteNoun(tr.si, v) {
			continue
		}
		if e, ok := r.subjectBefore(tr.si, v, tr.i); ok {
			return e, true
		}
		// "X told the tribunal that …": who is told is no speaker.
		if addresseeVerbs[toks[v].Norm] {
			continue
		}
		if e, ok := r.subjectAfter(tr.si, v+1, tr.j); ok {
			return e, true
		}
	}
	return -1, false
}

// quantifierAppositive decides "One, a retired nurse from Ashby, said" (a
// lone quantifier pronoun opening the clause, then an indefinite role
// phrase between commas before speech verb v): the speaker is the person
// known only by that phrase, not a name inside it.
func (r *Result) quantifierAppositive(si, v, lo int) (int, bool) {
	toks := r.toks[si]
	if v-lo < 4 || !loneQuantifiers[toks[lo].Norm] || !strings.Contains(r.gapAt(toks, lo+1), ",") ||
		toks[lo+1].Norm != "a" && toks[lo+1].Norm != "an" || !strings.Contains(r.gapAt(toks, v), ",") {
		return -1, false
	}
	for m := lo + 2; m < v; m++ {
		if r.inQ[si][m] || strings.Contains(r.gapAt(toks, m), ",") {
			break
		}
		if kind, ok := r.roleOrOrg(toks[m].Norm); ok && kind == "person" {
			if e := r.indefiniteRoleSpeaker(si, lo+1, m); e >= 0 {
				return e, true
			}
			break
		}
	}
	return -1, false
}

// indefiniteNoun reports whether the speech verb at token v of sentence
// si, in its base form, is a noun of an indefinite singular phrase: "an
// independent think tank", "a briefing note", "each pledge". No singular
// subject takes a verb's base form, so "a … note" cannot be a finite verb.
func (r *Result) indefiniteNoun(si, v int) bool {
	toks := r.toks[si]
	// The base form is the one whose "-s" form is a verb too ("think",
	// "note"; not "said", "notes").
	w := toks[v].Norm
	if !speechVerbs[w+"s"] && !speechVerbs[w+"es"] {
		return false
	}
	for m := v - 1; m >= 0 && m >= v-3; m-- {
		if r.inQ[si][m] || strings.TrimSpace(r.gapAt(toks, m+1)) != "" {
			return false
		}
		switch toks[m].Norm {
		case "a", "an", "each", "every":
			return true
		}
	}
	return false
}

// openingDefiniteRole returns the token of a person's role noun in a definite
// phrase opening tokens from lo of sentence si ("The judge, …", "The
// head coach …"), or -1.
func (r *Result) openingDefiniteRole(si, lo int) int {
	toks := r.toks[si]
	if lo >= len(toks) || toks[lo].Norm != "the" || r.inQ[si][lo] {
		return -1
	}
	for n := lo + 1; n < len(toks) && n <= lo+1+maxRoleModifiers; n++ {
		if r.inQ[si][n] || r.isName(toks[n]) || strings.TrimSpace(r.gapAt(toks, n)) != "" {
			return -1
		}
		if kind, ok := r.roleOrOrg(toks[n].Norm); ok && kind == "person" {
			if n+1 < len(toks) && strings.TrimSpace(r.gapAt(toks, n+1)) == "" && !speechVerbs[toks[n+1].Norm] {
				continue // a modifier: "the head coach"
			}
			return n
		}
	}
	return -1
}

// indefinitePronouns are subjects that name nobody.
var indefinitePronouns = wordSet(`someone somebody anyone anybody`)

// maxIndefiniteClause bounds the words from an indefinite pronoun to its
// verb ("someone at the back of the room shouted").
const maxIndefiniteClause = 8

// opensWithIndefinitePronoun reports whether the clause ending at token k of
// sentence si, before a speech verb, opens with an indefinite pronoun:
// after the sentence's start, a comma or "and"/"but", with no name or
// punctuation between.
func (r *Result) opensWithIndefinitePronoun(si, k, lo int) bool {
	toks := r.toks[si]
	for m := k; m >= lo && m > k-maxIndefiniteClause; m-- {
		if r.inQ[si][m] || r.isName(toks[m]) {
			return false
		}
		if indefinitePronouns[toks[m].Norm] {
			return m == 0 || coordinators[toks[m-1].Norm] || strings.Contains(r.gapAt(toks, m), ",")
		}
		if m > 0 && strings.ContainsAny(r.gapAt(toks, m), ",;:—–()") {
			return false
		}
	}
	return false
}

// maxAppositiveWords bounds an indefinite description between commas
// after a name.
const maxAppositiveWords = 8

// beforeIndefiniteAppositive returns the person or organisation named
// right before a comma-set indefinite description that ends at token k,
// just before speech verb v of sentence si ("The Fiscal Studies Unit, an
// independent think tank, said"), or -1.
func (r *Result) beforeIndefiniteAppositive(si, v, k, lo int) int {
	toks := r.toks[si]
	if v >= len(toks) || !strings.Contains(r.gapAt(toks, v), ",") {
		return -1
	}
	for a := k; a > lo && a > k-maxAppositiveWords; a-- {
		g := r.gapAt(toks, a)
		if !strings.Contains(g, ",") {
			if strings.ContainsAny(g, ".;:—–()") || r.inQ[si][a] {
				return -1
			}
			continue
		}
		if toks[a].Norm != "a" && toks[a].Norm != "an" {
			return -1
		}
		if e, ok := r.entityEndingAt(toks[a-1]); ok && !r.inQ[si][a-1] {
			if kind := r.Entities[e].Kind; kind == Person || kind == Organisation {
				return e
			}
		}
		return -1
	}
	return -1
}

// addresseeVerbs take the one spoken to as their object: the name after
// them is never their subject.
var addresseeVerbs = wordSet(`told tell tells telling informed informs assured assures reminded reminds urged urges`)

// timeWords are the days and times news puts between a subject and its
// verb ("on Friday told", "yesterday said").
var timeWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week
	month year morning afternoon evening night`)

// sieveVocativeReply decides a reply in dialogue: a paragraph opening
// with a quotation that only a pronoun attributes ("“Aye,” he says.") or
// nothing, right after a paragraph whose one quotation addresses someone
// by name ("Then: “Thank you, Callum.”"), is the addressee's, when the
// pronoun fits.
func (r *Result) sieveVocativeReply(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote || qt.Paragraph == 0 || r.doc.Paragraphs[qt.Paragraph].Start != qt.OpenStart {
		return -1, false
	}
	g := ""
	if tr := r.after(q); tr.j > tr.i {
		toks := r.toks[tr.si]
		pg, isPron := personalPronouns[toks[tr.i].Norm]
		if !isPron || tr.i+1 >= tr.j || !speechVerbs[toks[tr.i+1].Norm] {
			return -1, false
		}
		g = pg
	} else if b := r.before(q); b.j > b.i {
		return -1, false
	}
	prev := -1
	for p := q - 1; p >= 0 && r.Quotations[p].Paragraph >= qt.Paragraph-1; p-- {
		if pt := r.Quotations[p]; pt.Paragraph == qt.Paragraph-1 && pt.Parent < 0 {
			if prev >= 0 {
				return -1, false // a paragraph of several quotations is no one line of dialogue
			}
			prev = p
		}
	}
	if prev < 0 {
		return -1, false
	}
	e := r.vocativeIn(prev)
	if e < 0 || e == r.Quotations[prev].Speaker || !r.genderFits(e, g) {
		return -1, false
	}
	return e, true
}

// sieveKinAntecedent decides a quotation only a pronoun attributes ("“Twice,”
// he says.") when the sentence just before opens with a relative of
// someone as its subject ("Her father hears this from the wheelhouse."):
// the pronoun refers back to that relative, whom the article introduced
// by name ("His daughter, Kirsty, …" makes Kirsty's father Callum).
func (r *Result) sieveKinAntecedent(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	tr := r.after(q)
	if tr.j-tr.i < 2 {
		return -1, false
	}
	toks := r.toks[tr.si]
	g, isPron := personalPronouns[toks[tr.i].Norm]
	if !isPron || possessivePronouns[toks[tr.i].Norm] || !speechVerbs[toks[tr.i+1].Norm] {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart) - 1
	if si < 0 || r.hasQuote(si) || len(r.toks[si]) < 3 {
		return -1, false
	}
	prev := r.toks[si]
	if !possessivePronouns[prev[0].Norm] || !kinNouns[singular(prev[1].Norm)] || r.lex.PersonGender(singular(prev[1].Norm)) != g {
		return -1, false
	}
	if e, ok := r.ownedKin(si, 1, 0); ok && e >= 0 && r.genderFits(e, g) {
		return e, true
	}
	return -1, false
}

// vocativeIn returns the person quotation q addresses by name, set off by
// a comma at its start or the end of one of its sentences ("Callum, come
// here", "Thank you, Callum."), or -1.
func (r *Result) vocativeIn(q int) int {
	qt := r.Quotations[q]
	s := r.doc.Text[qt.Start:qt.End]
	for _, m := range r.Mentions {
		if m.Start < qt.Start || m.End > qt.End || m.Entity < 0 || r.Entities[m.Entity].Kind != Person {
			continue
		}
		before, after := s[:m.TitleStart-qt.Start], strings.TrimSpace(s[m.End-qt.Start:])
		opens := strings.TrimSpace(before) == "" && strings.HasPrefix(after, ",")
		// The name closes the quotation or one of its sentences ("…
		// three years, Rory. I’ve had …").
		closes := strings.HasSuffix(strings.TrimSpace(before), ",") && (after == "" || strings.Trim(after, ".!?,") == "" || strings.IndexAny(after, ".!?") == 0)
		if opens || closes || vocativeAfterOpener(before, after) {
			return m.Entity
		}
	}
	return -1
}

// vocativeAfterOpener reports whether a name between the words before
// and after it inside a quotation is set off by commas right after a
// short opener of the quotation's first sentence ("With respect, Ingrid,
// the ice …", "Look, Tom, …"); a noun phrase before the commas ("the
// minister, Tom Hale, …") makes it an appositive instead.
func vocativeAfterOpener(before, after string) bool {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, ",") || !strings.HasPrefix(after, ",") || strings.ContainsAny(b[:len(b)-1], ".!?;:,") {
		return false
	}
	words := strings.Fields(strings.ToLower(b[:len(b)-1]))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if determiners[w] || possessivePronouns[w] || w == "its" || w == "your" {
			return false
		}
	}
	return true
}

// sieveAnswersQuestion decides a quotation that answers the writer's own
// question: a paragraph that is only the quotation, after a short
// paragraph of narration asking something ("Does Callum know that?"),
// is the speaker of the quotation just before the question, whom the
// writer asked.
func (r *Result) sieveAnswersQuestion(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote || qt.Paragraph < 2 {
		return -1, false
	}
	para := r.doc.Paragraphs[qt.Paragraph]
	if strings.TrimSpace(r.doc.Text[para.Start:qt.OpenStart]) != "" || strings.TrimSpace(r.doc.Text[qt.CloseEnd:para.End]) != "" {
		return -1, false
	}
	ask := r.doc.Paragraphs[qt.Paragraph-1]
	a := strings.TrimSpace(r.doc.Text[ask.Start:ask.End])
	if !strings.HasSuffix(a, "?") || strings.ContainsAny(a, "\"“”‘’«»") || len(strings.Fields(a)) > 15 {
		return -1, false
	}
	for p := q - 1; p >= 0; p-- {
		pt := r.Quotations[p]
		if pt.Paragraph < qt.Paragraph-2 {
			break
		}
		if pt.Paragraph == qt.Paragraph-2 && pt.Parent < 0 {
			if pt.Speaker >= 0 {
				return pt.Speaker, true
			}
			break
		}
	}
	return -1, false
}

// sieveDash decides a quotation signed after a dash, as a notebook's
// "quote of the day" or a pull quote is ("“…” — Rautio, on the rookie"):
// the name right after the dash, when it may be a person or a body.
func (r *Result) sieveDash(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	p := r.doc.Paragraphs[qt.Paragraph]
	rest := r.doc.Text[qt.CloseEnd:p.End]
	trimmed := strings.TrimLeft(rest, " ")
	dash := ""
	for _, d := range []string{"—", "–", "-- ", "- "} {
		if strings.HasPrefix(trimmed, d) {
			dash = d
			break
		}
	}
	if dash == "" || (dash == "- " || dash == "-- ") && len(trimmed) == len(rest) {
		return -1, false
	}
	off := qt.CloseEnd + len(rest) - len(trimmed) + len(dash)
	for off < p.End && r.doc.Text[off] == ' ' {
		off++
	}
	return r.signatureAt(off, p.End)
}

// signatureAt returns the person or body whose name opens a dash
// signature at off, in a paragraph ending at end. A signature ends the
// paragraph or goes on with an aside ("— Rautio, on the rookie"), not with
// a verb ("— Fleck laughed —").
func (r *Result) signatureAt(off, end int) (int, bool) {
	mi, ok := r.titleAt[off]
	if !ok {
		mi, ok = r.nameAt[off]
	}
	if !ok {
		// "‘…’ — the judges.": a panel known only by its role.
		if e := r.groupAt(off); e >= 0 {
			return e, true
		}
	}
	if !ok || r.Mentions[mi].Entity < 0 {
		return -1, false
	}
	if after := strings.TrimSpace(r.doc.Text[r.Mentions[mi].End:end]); after != "" && !strings.ContainsAny(after[:1], ",.;(") {
		return -1, false
	}
	e := r.Mentions[mi].Entity
	if en := &r.Entities[e]; en.Kind == Person || en.Kind == Organisation || r.potential(e) {
		return e, true
	}
	return -1, false
}

// sieveSignatureLine gives a paragraph that is nothing but a quotation
// (a pull quote, a "quote of the day") to the name opening the next
// paragraph after a dash: "> “…”" then "— Jan Roe, owner of the café,
// after …". The name must open the line; a dash before a verb is prose.
func (r *Result) sieveSignatureLine(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote && qt.Kind != KindBlockQuote || qt.Paragraph+1 >= len(r.doc.Paragraphs) || !r.onlyQuotation(q) {
		return -1, false
	}
	next := r.doc.Paragraphs[qt.Paragraph+1]
	line := r.doc.Text[next.Start:next.End]
	trimmed := strings.TrimLeft(line, " \t")
	dash := ""
	for _, d := range []string{"—", "–"} {
		if strings.HasPrefix(trimmed, d) {
			dash = d
			break
		}
	}
	if dash == "" {
		return -1, false
	}
	off := next.Start + len(line) - len(trimmed) + len(dash)
	for off < next.End && (r.doc.Text[off] == ' ' || r.doc.Text[off] == '\t') {
		off++
	}
	return r.signatureAt(off, next.End)
}

// labelParticiples are the participles of verbs that give something a
// name or a grade in the passive, their agent after "by": "rated “good” by
// the inspectors", "described as “reckless” by the union".
var labelParticiples = wordSet(`rated described called branded labelled labeled dubbed termed deemed judged graded hailed condemned criticised criticized praised`)

// sieveByAgent gives a quotation that a passive labelling verb introduces
// to the agent named right after it ("The school was rated “good” by the
// Schools Office"): the agent's words, not the subject's.
func (r *Result) sieveByAgent(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	b, a := r.before(q), r.after(q)
	if b.j <= b.i || a.j-a.i < 2 || a.si != b.si {
		return -1, false
	}
	toks := r.toks[a.si]
	v := b.j - 1
	if toks[v].Norm == "as" && v > b.i {
		v--
	}
	if !labelParticiples[toks[v].Norm] || toks[a.i].Norm != "by" {
		return -1, false
	}
	n := a.i + 1
	if toks[n].Norm == "the" && n+1 < a.j {
		n++
	}
	mi, ok := r.nameAt[toks[n].Start]
	if !ok {
		mi, ok = r.titleAt[toks[n].Start]
	}
	if !ok && n == a.i+1 {
		// "rated “good” by inspectors": holders of a role the article
		// ties to one body speak for it.
		if b := r.bareGroupBody(a.si, n); b >= 0 {
			return b, true
		}
	}
	if !ok || r.Mentions[mi].Entity < 0 {
		return -1, false
	}
	e := r.Mentions[mi].Entity
	if en := &r.Entities[e]; en.Kind == Person || en.Kind == Organisation || r.potential(e) {
		return e, true
	}
	return -1, false
}

// sieveAskedYou decides a quotation an interviewer's question puts to the
// guest as the guest's own words ("You said in March, and I'm quoting you
// here, “…”. Do you stand by that?"): "you" with a speech verb before it
// in the question gives it to whoever answers the question.
func (r *Result) sieveAskedYou(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	turn := -1
	for p := q - 1; p >= 0 && r.Quotations[p].Paragraph == qt.Paragraph; p-- {
		if r.Quotations[p].Kind == KindQuestion && r.Quotations[p].End >= qt.CloseEnd {
			turn = p
		}
	}
	if turn < 0 {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, false
	}
	toks := r.toks[si]
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= qt.OpenStart })
	for k := j - 1; k >= 0 && toks[k].Start >= r.Quotations[turn].Start; k-- {
		if toks[k].Norm != "you" || r.inQ[si][k] {
			continue
		}
		for v := k + 1; v < j && v <= k+3; v++ {
			if speechVerbs[toks[v].Norm] {
				for a := q + 1; a < len(r.Quotations); a++ {
					if r.Quotations[a].Kind == KindAnswer && r.Quotations[a].Parent < 0 {
						return r.interviewee(r.Quotations[a].Paragraph), true
					}
					if r.Quotations[a].Kind == KindQuestion {
						break
					}
				}
				return -1, false
			}
		}
	}
	return -1, false
}

func (r *Result) sieveQA(q int) (int, bool) {
	qt := r.Quotations[q]
	switch qt.Kind {
	case KindAnswer:
		return r.interviewee(qt.Paragraph), true
	case KindQuestion:
		if e := r.labelled(qt.Paragraph); e >= 0 {
			return e, true
		}
		return r.examiner(qt.Paragraph), true
	}
	return -1, false
}

// examinerCues are the words by which a report introduces who puts the
// questions of a transcript excerpt ("Under questioning by …", "On
// cross-examination, …'s attorney, X, pressed the foreman").
var examinerCues = wordSet(`questioning questioned examination examined cross-examination cross-examined
	cross examination examining cross-examining pressed asked asking interviewed`)

// examiner is who asks the unlabelled questions of the Q&A turn in
// paragraph pi ("Q. …"): the person the narration just before the run of
// turns names as questioning — after "by" ("Under questioning by Deputy
// District Attorney Simone Achebe-Hart, …"), else the subject of the
// questioning word ("X pressed the foreman", "X asked"). -1 when the
// article does not say, as in most interviews.
func (r *Result) examiner(pi int) int {
	pj := pi - 1
	for pj >= 0 {
		p := r.doc.Paragraphs[pj]
		if _, _, ok := turnLabel(r.doc.Text[p.Start:p.End]); !ok {
			break
		}
		pj--
	}
	if pj < 0 {
		return -1
	}
	for si := r.paraSen[pj][0]; si < r.paraSen[pj][1]; si++ {
		toks := r.toks[si]
		for k, t := range toks {
			if !examinerCues[t.Norm] || r.inQ[si][k] {
				continue
			}
			if k+1 < len(toks) && toks[k+1].Norm == "by" {
				if e := r.personFrom(si, toks[k+1].End, len(r.doc.Text)); e >= 0 {
					return e
				}
				continue
			}
			if e := r.personFrom(si, r.doc.Sentences[si].Start, t.Start); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// personFrom returns the first person named outside quotations in
// sentence si within [from, to) who is not a possessor ("Pruitt's
// attorney"), or -1.
// modifiesRole reports whether the name ending at offset end in sentence
// si qualifies a lower-case role noun that a name follows ("Crown
// prosecutor Émile Desrosiers", "Labour leader Ann Roe").
func (r *Result) modifiesRole(si, end int) bool {
	toks := r.toks[si]
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	if k+1 >= len(toks) || r.gapAt(toks, k) != " " || r.gapAt(toks, k+1) != " " {
		return false
	}
	return !isCap(toks[k]) && r.lex.IsPersonNoun(toks[k].Norm) && r.isNameStart(toks[k+1])
}

func (r *Result) personFrom(si, from, to int) int {
	for _, m := range r.Mentions {
		if m.Sentence != si || m.InQuote || m.TitleStart < from || m.End > to || m.Entity < 0 {
			continue
		}
		if rest := r.doc.Text[m.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		if r.modifiesRole(si, m.End) {
			continue // "by Crown prosecutor Émile Desrosiers": the prosecutor
		}
		if r.Entities[m.Entity].Kind == Person || r.Entities[m.Entity].Kind == Unknown {
			return m.Entity
		}
	}
	return -1
}

// labelled returns the entity a Q&A label names ("**Okafor:**"), or -1.
func (r *Result) labelled(pi int) int {
	p := r.doc.Paragraphs[pi]
	name, _, ok := turnLabel(r.doc.Text[p.Start:p.End])
	if !ok {
		return -1
	}
	if e, ok := r.labels[name]; ok {
		return e
	}
	if anonymousLabel(name) {
		r.labels[name] = -1
		return -1
	}
	who := readerName(name)
	e := -1
	if o := strings.IndexByte(name, '('); o > 0 && strings.HasSuffix(name, ")") {
		// "The Speaker (Hon. Angus McCrimmon)": the holder speaks; but
		// "MARGIT BREKKE (CLIP)" is the name before a one-word note on
		// the turn.
		inner := name[o+1 : len(name)-1]
		if len(strings.Fields(inner)) >= 2 {
			e, _ = r.Resolve(inner)
		}
		if e < 0 {
			if e, _ = r.Resolve(strings.TrimSpace(name[:o])); e < 0 {
				e, _ = r.Resolve(inner)
			}
		}
	}
	if e < 0 {
		e, _ = r.Resolve(who)
	}
	if e < 0 {
		e = r.byInitials(name)
	}
	if e < 0 && readerLabel(name) {
		// "Kieran, Ardmore:": a reader the article knows by that line only.
		n := readerName(name)
		key := "reader:" + foldName(n)
		if x, ok := r.roleOnly[key]; ok {
			e = x
		} else {
			e = r.addRoleOnly(key, n, foldName(n))
			r.Entities[e].Roles = nil
		}
	}
	if officeLabel(name) {
		// "The Taoiseach:": the holder of the office the article names.
		office := strings.Join(strings.Fields(name)[1:], " ")
		if h := r.officeHolder(office); h >= 0 {
			e = h
		} else if h, _ := r.Resolve(office); h >= 0 {
			e = h
		} else if h := r.ByRole(strings.ToLower(office)); h >= 0 {
			e = h
		}
	}
	if e >= 0 && r.Entities[e].Kind != Person {
		if h := r.appositiveHolder(e); h >= 0 {
			e = h // "The Ceann Comhairle, Marian Heffernan,": she holds it
		}
	}
	if e >= 0 && (r.Entities[e].Kind != Person || len(r.Entities[e].parts) < 2 && r.Entities[e].Gender == "" && len(r.Entities[e].Roles) == 0) {
		// "CITYSCAPE:" when "Cityscape’s housing editor, Lena Marsh" chairs:
		// a name no one holds as a person's is the publication's.
		if h := r.possessedHolder(e); h >= 0 {
			e = h
		}
	}
	if e < 0 && r.Ambiguous(name) {
		// "**Osei:**" when the article names Nia and her brother Kofi
		// Osei: the one the article's own usage makes the surname name.
		e = r.BySurname(nameParts(foldName(name))[0])
	}
	if role := strings.ToLower(name); e < 0 && hostRoles[role] {
		e = r.hostNamed(role)
	}
	if e < 0 && wordLabel(name) {
		e = r.roleLabel(strings.ToLower(name))
	}
	r.labels[name] = e
	return e
}

// possessedHolder returns the person the article introduces as body e's
// own by a possessive and an appositive ("chaired by Cityscape’s housing
// editor, Lena Marsh"): a transcript that labels its questions with the
// publication's name means that person. -1 when there is none.
func (r *Result) possessedHolder(e int) int {
	for _, mi := range r.Entities[e].Mentions {
		m := r.Mentions[mi]
		rest := r.doc.Text[m.End:]
		after := m.End + len("’s ")
		if strings.HasPrefix(rest, "'s ") {
			after = m.End + len("'s ")
		} else if !strings.HasPrefix(rest, "’s ") {
			continue
		}
		toks := r.toks[m.Sentence]
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= after })
		for n := k; n < len(toks) && n <= k+4; n++ {
			if r.gapAt(toks, n) != ", " {
				continue
			}
			if hi, ok := r.titleAt[toks[n].Start]; ok {
				h := r.Mentions[hi]
				if en := &r.Entities[h.Entity]; en.Kind == Person || r.potential(h.Entity) {
					return h.Entity
				}
			}
			break
		}
	}
	return -1
}

// officeHolder returns the person the article sets beside the office
// ("The Cathaoirleach, Nora Glynn, later …"), or -1.
func (r *Result) officeHolder(office string) int {
	text := r.doc.Text
	pat := office + ", "
	for from := 0; ; {
		i := strings.Index(text[from:], pat)
		if i < 0 {
			return -1
		}
		at := from + i
		from = at + len(pat)
		if !strings.HasSuffix(strings.ToLower(text[max(at-4, 0):at]), "the ") {
			continue
		}
		if hi, ok := r.titleAt[at+len(pat)]; ok {
			h := r.Mentions[hi]
			if en := &r.Entities[h.Entity]; (en.Kind == Person || r.potential(h.Entity)) && strings.HasPrefix(text[h.End:], ",") {
				return h.Entity
			}
		}
	}
}

// appositiveHolder returns the person a name that is no person's is set
// beside as an office ("The Ceann Comhairle, Marian Heffernan, replied"):
// a mention of e after "the", then a comma and a person's name, then a
// comma; -1 when there is none.
func (r *Result) appositiveHolder(e int) int {
	for _, mi := range r.Entities[e].Mentions {
		m := r.Mentions[mi]
		if !strings.HasSuffix(strings.ToLower(strings.TrimRight(r.doc.Text[max(m.TitleStart-4, 0):m.TitleStart], " ")), "the") {
			continue
		}
		rest := r.doc.Text[m.End:]
		if !strings.HasPrefix(rest, ", ") {
			continue
		}
		hi, ok := r.titleAt[m.End+2]
		if !ok {
			continue
		}
		h := r.Mentions[hi]
		if en := &r.Entities[h.Entity]; h.Entity != e && (en.Kind == Person || r.potential(h.Entity)) && strings.HasPrefix(r.doc.Text[h.End:], ",") {
			return h.Entity
		}
	}
	return -1
}

// byInitials returns the one person whose initials a transcript's label
// spells ("MK:" for Mark Keating, "AD:" for Aoibheann Doyle), as radio and
// parliamentary transcripts label turns once the intro has named the
// people; -1 when the label is no run of two to four capitals or no
// person, or more than one, has those initials.
func (r *Result) byInitials(label string) int {
	if n := len(label); n < 2 || n > 4 || strings.ContainsFunc(label, func(c rune) bool { return c < 'A' || c > 'Z' }) {
		return -1
	}
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person && !(en.Kind == Unknown && len(en.parts) >= 2) || en.RoleOnly {
			continue
		}
		var all []rune
		for _, w := range strings.Fields(en.Name) {
			if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
				all = append(all, unicode.ToUpper([]rune(nlp.Fold(string(c)))[0]))
			}
		}
		if len(all) < 2 {
			continue
		}
		if string(all) != label && string([]rune{all[0], all[len(all)-1]}) != label {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// roleLabel is the person a transcript's one-word role label names
// ("Dispatcher:" → "the dispatcher"), whom the article knows only by that
// role: named by the fullest phrase the article uses for it, as roleSpeaker
// names a role nobody holds. A plain description ("Caller:", "Woman:") or a
// word that is no role is nobody, and so is a host ("Interviewer:"),
// whom the article names or leaves unnamed: -1.
func (r *Result) roleLabel(w string) int {
	if hostRoles[w] || !r.lex.IsPersonNoun(w) || singular(w) != w || plainPeople[w] || kinNouns[w] || anonymousNouns[w] || voiceNouns[w] {
		return -1
	}
	return r.roleOnlyFor(w)
}

// interviewee is who answers in a Q&A: the label's name, else the person
// the rest of the article names most (a profile's subject), counting
// mentions and pronouns outside the Q&A.
func (r *Result) interviewee(pi int) int {
	if e, ok := r.scriptTurn(pi); ok {
		return e // "SOT: …" under "SUPER: Name | Role"; not "VO" or "SOT"
	}
	if e := r.labelled(pi); e >= 0 {
		return e
	}
	p := r.doc.Paragraphs[pi]
	if name, _, ok := turnLabel(r.doc.Text[p.Start:p.End]); ok && anonymousLabel(name) {
		return -1 // "UNIDENTIFIED FEMALE:" is nobody the article names
	}
	// An unlabelled paragraph that carries on a named answer is that
	// answer's speaker's (see continuedAnswers).
	for pj := pi - 1; pj >= 0 && r.answerIn(pj); pj-- {
		if e := r.labelled(pj); e >= 0 {
			return e
		}
		p := r.doc.Paragraphs[pj]
		if _, _, ok := turnLabel(r.doc.Text[p.Start:p.End]); ok {
			break
		}
	}
	if e := r.addressee(pi); e >= 0 {
		return e
	}
	if e, ok := r.interviewer[-1]; ok {
		return e
	}
	if r.interviewer == nil {
		r.interviewer = map[int]int{}
	}
	r.interviewer[-1] = r.ledeOrMostMentioned()
	return r.interviewer[-1]
}

// anonymousLabel reports whether a turn's label says that its speaker is
// not known ("UNIDENTIFIED MALE", "Unknown speaker").
func anonymousLabel(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && (f[0] == "unidentified" || f[0] == "unknown" || f[0] == "unnamed")
}

// answerIn reports whether paragraph pi is an answer turn of a transcript.
func (r *Result) answerIn(pi int) bool {
	for _, qt := range r.Quotations {
		if qt.Paragraph == pi && qt.Kind == KindAnswer && qt.Parent < 0 {
			return true
		}
	}
	return false
}

// addressee returns the person the latest question before answer
// paragraph pi addresses by name, in a transcript whose answers carry no
// name ("Q. Mr Fitzmaurice, what was the wind speed?" / "A. It was …"):
// the witness answers until a question addresses someone else. -1 when no
// question names anyone. Built in one pass over the quotations.
func (r *Result) addressee(pi int) int {
	if r.addressed == nil {
		r.addressed = map[int]int{}
		cur := -1
		for _, qt := range r.Quotations {
			switch qt.Kind {
			case KindQuestion:
				if e := r.vocative(qt.Start); e >= 0 {
					cur = e
				}
			case KindAnswer:
				r.addressed[qt.Paragraph] = cur
			}
		}
	}
	if e, ok := r.addressed[pi]; ok {
		return e
	}
	return -1
}

// vocative returns the person named, with or without a title, at offset
// off and set off by a comma ("Mr Fitzmaurice, what …"), or -1.
func (r *Result) vocative(off int) int {
	mi, ok := r.titleAt[off]
	if !ok {
		return -1
	}
	m := r.Mentions[mi]
	rest := r.doc.Text[m.End:]
	if !strings.HasPrefix(rest, ",") {
		return -1
	}
	if en := &r.Entities[m.Entity]; en.Kind == Person || r.potential(m.Entity) {
		return m.Entity
	}
	return -1
}

// ledeOrMostMentioned returns a profile's subject: the subject of the
// first sentence outside the Q&A that has a person for subject ("Tomas
// Reyes, 41, opened Brasa in 2019. His father, Eduardo Reyes, …"), when
// the article names that person at least half as often as the person it
// names most; else the person it names most.
func (r *Result) ledeOrMostMentioned() int {
	count := r.mentionCounts()
	most, n := -1, 0
	for e, c := range count {
		if en := &r.Entities[e]; en.Kind != Person && !(en.Kind == Unknown && len(en.parts) >= 2) {
			continue
		}
		if c > n || (c == n && e < most) {
			most, n = e, c
		}
	}
	for si, info := range r.Sentences {
		if info.InQuote || r.hasQuote(si) {
			continue
		}
		if e := info.Subject; e >= 0 && r.Entities[e].Kind == Person {
			if 2*count[e] >= n {
				return e
			}
			break
		}
	}
	return most
}

// mentionCounts counts each entity's names and pronouns outside
// quotations.
func (r *Result) mentionCounts() map[int]int {
	count := map[int]int{}
	for si := range r.doc.Sentences {
		if r.Sentences[si].InQuote {
			continue
		}
		for _, t := range r.toks[si] {
			if mi, ok := r.nameAt[t.Start]; ok && !r.Mentions[mi].InQuote {
				count[r.Mentions[mi].Entity]++
			} else if e, ok := r.pronoun[t.Start]; ok {
				count[e]++
			}
		}
	}
	return count
}

// sieveNested decides a quotation inside another: the person the outer
// speaker quotes, found by a speech verb inside the outer quotation ("He
// used to say, “Play the rest.”", "The gaffer just said “attack the back
// post”"), a pronoun there going to the latest person the outer quotation
// names; nobody when the outer words do not say.
func (r *Result) sieveNested(q int) (int, bool) {
	qt := r.Quotations[q]
	p := qt.Parent
	if p < 0 || r.Quotations[p].Kind == KindQuestion {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, true
	}
	toks := r.toks[si]
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= qt.OpenStart })
	i := j
	for i > 0 && toks[i-1].Start >= r.Quotations[p].Start {
		i--
	}
	if e, ok := r.nestedVerb(q, si, i, j); ok {
		return e, true
	}
	// "My coach says that all the time. ‘Make them find it.’": words
	// opening a sentence of the outer quotation after one whose speech
	// verb points at them ("says that", "always said so").
	if ps := si - 1; j == i && ps >= 0 && r.doc.Sentences[ps].Start >= r.Quotations[p].OpenStart && r.pointsAhead(ps) {
		pt := r.toks[ps]
		pi := 0
		for pi < len(pt) && pt[pi].Start < r.Quotations[p].Start {
			pi++
		}
		if e, ok := r.nestedVerb(q, ps, pi, len(pt)); ok {
			return e, true
		}
	}
	return -1, true
}

// nestedVerb decides nested quotation q by the speech verb before token j
// of sentence si, in the outer quotation from token i (see sieveNested);
// ok is false when no verb there decides.
func (r *Result) nestedVerb(q, si, i, j int) (int, bool) {
	qt := r.Quotations[q]
	p := qt.Parent
	toks := r.toks[si]
	// Up to eight words back: "He said to me this morning, “…”", "I
	// said to him before he went on, ‘…’", "She texted me on Saturday
	// night, one line: “…”"; up to fourteen over a "that" of reported
	// speech ("Liam Breathnach told this programme last month that the
	// meters would “…”").
	that := false
	for v := j - 1; v >= i && (v >= j-8 || that && v >= j-14); v-- {
		that = that || toks[v].Norm == "that"
		if !speechVerbs[toks[v].Norm] && !messageVerbs[toks[v].Norm] && !thinkingVerbs[toks[v].Norm] {
			continue
		}
		k := v - 1
		for k >= i && (fillers[toks[k].Norm] || r.lyAdverb(toks[k].Norm) || habitual[toks[k].Norm] ||
			progressive[toks[k].Norm] && strings.HasSuffix(toks[v].Norm, "ing")) {
			k--
		}
		if k < i {
			if passOn[toks[v].Norm] && v+1 < j && objectPronouns[toks[v+1].Norm] {
				// "‘Tell him, “Granny says thank you”’": words the outer
				// speaker gives someone to pass on are the speaker's own.
				r.markNested(q, "speaker")
				return -1, true
			}
			break
		}
		// "My neighbor called me … and said, ‘…’": a coordinated verb's
		// subject opens the clause.
		if (toks[k].Norm == "and" || toks[k].Norm == "but") && k > i {
			for m := i; m < k && m < i+4; m++ {
				if noun := r.ownNoun(si, m, i); noun != "" {
					r.markNested(q, relPrefix+noun)
					r.markOwnPhrase(q, si, m, i)
					return -1, true
				}
			}
			// "In my first lesson she stopped me … and said, “…”": the
			// clause's subject says it.
			if m := r.clauseSubject(si, i, k); m >= 0 {
				k = m
			} else if e, ok := r.clausePhrase(si, i, k); ok {
				// "the then minister stood up and said", "One of the
				// little ones came up to me … and said": the phrase
				// opening the clause names them.
				return e, true
			}
		}
		// "I was on the phone to him saying ‘…’": an object pronoun is
		// the one spoken to; the nearest subject before it speaks.
		if objectPronouns[toks[k].Norm] || toks[k].Norm == "her" && k > i && prepositions[toks[k-1].Norm] {
			for m := k - 1; m >= i && m >= k-8; m-- {
				if subjectPronouns[toks[m].Norm] && (m == i || !prepositions[toks[m-1].Norm]) {
					k = m
					break
				}
			}
		}
		// "My husband said, ‘…’": the outer speaker's relative.
		if noun := r.ownNoun(si, k, i); noun != "" {
			r.markNested(q, relPrefix+noun)
			r.markOwnPhrase(q, si, k, i)
			return -1, true
		}
		if mi, ok := r.endAt[toks[k].End]; ok {
			if r.unnamedAtPlace(si, mi, i) {
				// "a tenant in Kell Street said to me": someone known only by
				// the placed role phrase.
				m := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= r.Mentions[mi].TitleStart }) - 1
				for m >= i && determiners[toks[m].Norm] {
					m--
				}
				return r.phraseSpeaker(si, m-1, m-1, i, ""), true
			}
			return r.overPrepositions(si, k, i, r.Mentions[mi].Entity), true
		}
		// "He'd say, ‘…’", "I'd tell them, ‘…’": a pronoun with a
		// contracted "would" or "will" is the verb's subject all the same.
		kn := uncontracted(toks[k].Norm)
		if g := personalPronouns[kn]; g != "" {
			e := r.latestNamedIn(r.Quotations[p].Start, toks[k].Start, g, false)
			if e < 0 {
				// "Douglas rang me at the house. He said, “…”": a given
				// name of the pronoun's gender the outer words use alone.
				e = r.givenNameBefore(p, toks[k].Start, g)
			}
			if e < 0 {
				// "“Giorgio used to say …,” she says. “He said, ‘…’”": the
				// person named in the paragraph's earlier quotation.
				para := r.doc.Paragraphs[r.Quotations[p].Paragraph]
				e = r.latestNamedIn(para.Start, r.Quotations[p].Start, g, true)
			}
			if e < 0 && r.Quotations[p].Kind == KindAnswer {
				// "Q. Did you speak to Mr. Pruitt …?" / "A. … He said,
				// ‘…’": the person the question before the answer names.
				if pi := r.Quotations[p].Paragraph - 1; pi >= 0 {
					para := r.doc.Paragraphs[pi]
					// The words after the label: the asker is not whom
					// the question names.
					if _, cs, ok := turnLabel(r.doc.Text[para.Start:para.End]); ok {
						if f := r.latestNamedIn(para.Start+cs, para.End, g, false); f != r.Quotations[p].Speaker {
							e = f
						}
					}
				}
			}
			if e < 0 {
				// "my coach was standing on the corner … he shouted,
				// ‘…’": the outer speaker's relative named before, in this
				// quotation or an earlier one of the paragraph ("‘Mum’s
				// tough,’ Carol said. ‘She keeps saying, “…”’").
				noun, nsi, nk := r.ownNounBefore(p, toks[k].Start, g)
				for pq := p - 1; noun == "" && pq >= 0 && r.Quotations[pq].Paragraph == r.Quotations[p].Paragraph; pq-- {
					if r.Quotations[pq].Parent < 0 {
						noun, nsi, nk = r.ownNounBefore(pq, r.Quotations[pq].End, g)
					}
				}
				if noun != "" {
					r.markOwnPhrase(q, nsi, nk, 0) // "My father … he used to say"
				}
				if noun == "" && r.Quotations[p].Kind == KindAnswer {
					noun = r.askedAbout(p, g) // "Q: What did your father teach you?"
				}
				if noun != "" {
					r.markNested(q, relPrefix+noun)
				} else if psi, pk := r.phraseBefore(p, toks[k].Start, g); psi >= 0 {
					// "I had a chap last May who … he said, “…”", "“The
					// woman I spoke to was brilliant,” Grant said. “She
					// said, ‘…’”": the person the speaker's words know
					// only by a phrase.
					return r.phraseSpeaker(psi, pk, pk, 0, g), true
				} else {
					// "Lindgren's father, Per Lindgren, travelled. “He
					// phoned me and said, ‘…’”": someone of that gender
					// the paragraph names, other than the outer speaker.
					r.markNested(q, pronPrefix+g)
				}
			}
			return e, true
		}
		if kn == "they" {
			// "We've sent the council photos. They wrote back and said
			// the defects were “…”": the body the outer words name.
			if e := r.quotedBodyBefore(p, toks[k].Start); e >= 0 {
				return e, true
			}
		}
		switch kn {
		case "i", "we":
			// "I told them, ‘…’": the outer speaker quotes themself.
			r.markNested(q, "speaker")
			return -1, true
		case "you":
			// "you told her, ‘…’": the person the outer speaker addresses.
			r.markNested(q, "addressee")
			return -1, true
		}
		if e, ok := r.rolePhrase(si, k, i); ok && e >= 0 {
			return e, true
		}
		if _, named := r.endAt[toks[k].End]; !named && isCap(toks[k]) && !nlp.IsStopWord(toks[k].Norm) {
			// "‘Pete always said, “…”’": a short form of one person's
			// given name.
			if e := r.givenNameHolder(toks[k].Norm); e >= 0 {
				return e, true
			}
		}
		if e, ok := r.nestedRolePhrase(si, k, i); ok {
			return e, true
		}
		definite := k > i && toks[k-1].Norm == "the" && !isCap(toks[k])
		if r.lex.IsPersonNoun(toks[k].Norm) {
			// "The gaffer": a role the article gives nobody by that
			// word; the outer speaker's superior is not known.
			if e := r.roleAnyone(toks[k].Norm, qt.OpenStart); e >= 0 {
				return e, true
			}
			if !definite {
				// "your own leader said": the phrase names them.
				return r.phraseSpeaker(si, k, k, i, ""), true
			}
		}
		if definite && r.unknownOrPerson(toks[k].Norm) {
			// "The physio told me, “…”": someone the speaker knows by a
			// role the article names no one by.
			if e := r.roleSpeaker(si, k); e >= 0 {
				return e, true
			}
			return r.phraseSpeaker(si, k, k, i, ""), true // "the woman"
		}
		// "the man on the phone just told me": a person noun placed by a
		// short prepositional phrase.
		for m := k - 1; m > i && m >= k-3; m-- {
			if prepositions[toks[m].Norm] {
				if st := r.phraseStart(si, m-1, i, ""); st >= 0 && toks[st].Norm == "the" {
					return r.phraseSpeaker(si, m-1, k, i, ""), true
				}
				break
			}
		}
		break
	}
	return -1, false
}

// clausePhrase returns the person named by the phrase opening the clause
// from token i to k of sentence si: a phrase phraseSpeaker names ("the
// then minister"), or "one of" a plural person noun ("One of the little
// ones"), which names one person known only by it. ok is false when the
// clause opens with neither.
func (r *Result) clausePhrase(si, i, k int) (int, bool) {
	toks := r.toks[si]
	if i+3 < k && toks[i].Norm == "one" && toks[i+1].Norm == "of" {
		for h := i + 2; h < k && h <= i+5; h++ {
			if w := toks[h].Norm; !isCap(toks[h]) && (r.lex.IsPersonNoun(singular(w)) && singular(w) != w || w == "ones") {
				name := r.doc.Text[toks[i].Start:toks[h].End]
				key := "phrase\x00" + foldName(name)
				return r.roleOnlyKeyed(key, name, singular(w)), true
			}
		}
		return -1, false
	}
	// After a short adverbial at most ("In 2014 the then minister").
	for h := i; h < k && h <= i+6; h++ {
		if m := r.phraseStart(si, h, i, ""); m >= 0 && (m == i || prepositions[toks[i].Norm] && m <= i+3) {
			return r.phraseSpeaker(si, h, h, i, ""), true
		}
	}
	return -1, false
}

// givenNameBefore returns a person named by a given name of gender g
// standing alone in quotation p before offset at, that no mention names
// ("Douglas rang me at the house"): the latest, made on first use; -1
// when none.
func (r *Result) givenNameBefore(p, at int, g string) int {
	qt := r.Quotations[p]
	name := ""
	for si := max(r.sentenceOf(qt.Start), 0); si < len(r.toks) && r.doc.Sentences[si].Start < min(qt.End, at); si++ {
		toks := r.toks[si]
		for k, t := range toks {
			if t.Start < qt.Start || t.Start >= at || k+1 >= len(toks) || !isCap(t) || isCap(toks[k+1]) || nlp.IsStopWord(t.Norm) || r.innerAt(p, t.Start) {
				continue
			}
			if _, ok := r.nameAt[t.Start]; ok {
				continue
			}
			if r.lex.GivenNameGender(t.Norm) == g && !r.lex.IsPersonNoun(t.Norm) {
				name = t.Text
			}
		}
	}
	if name == "" {
		return -1
	}
	key := "given\x00" + foldName(name)
	if e, ok := r.roleOnly[key]; ok {
		return e
	}
	e := r.addRoleOnly(key, name, "person")
	r.Entities[e].Gender = g
	return e
}

// givenNameHolder returns the one person whose given
// name is w or begins with it, or whose given name w is a common short
// form of ("Pete" for Peter Marsden, "Bill" for William Hale); -1 when
// none or several.
func (r *Result) givenNameHolder(w string) int {
	if len(w) < 3 {
		return -1
	}
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person || en.RoleOnly || len(en.parts) == 0 {
			continue
		}
		g := en.parts[0]
		if g != w && !strings.HasPrefix(g, w) && !slices.Contains(shortForms[w], g) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// shortForms maps common English short forms of given names that are no
// prefix of them to the names.
var shortForms = map[string][]string{
	"bill": {"william"}, "billy": {"william"}, "will": {"william"}, "bob": {"robert"}, "bobby": {"robert"},
	"rob": {"robert"}, "robbie": {"robert"}, "jim": {"james"}, "jimmy": {"james"}, "jack": {"john"},
	"johnny": {"john", "jonathan"}, "dick": {"richard"}, "rick": {"richard", "eric", "frederick"},
	"harry": {"henry", "harold"}, "ted": {"edward", "theodore"}, "ned": {"edward"}, "eddie": {"edward", "edwin"},
	"tony": {"anthony", "antony"}, "peggy": {"margaret"}, "meg": {"margaret"}, "maggie": {"margaret"},
	"betty": {"elizabeth"}, "beth": {"elizabeth", "bethany"}, "liz": {"elizabeth"}, "lizzie": {"elizabeth"},
	"sally": {"sarah"}, "polly": {"mary"}, "molly": {"mary"}, "kate": {"katherine", "catherine", "kathleen"},
	"katie": {"katherine", "catherine", "kathleen"}, "sandy": {"alexander", "sandra"}, "alex": {"alexander", "alexandra"},
	"mike": {"michael"}, "mick": {"michael"}, "micky": {"michael"}, "pete": {"peter"}, "joe": {"joseph"},
	"sue": {"susan", "suzanne"}, "jenny": {"jennifer"}, "chuck": {"charles"}, "charlie": {"charles", "charlotte"},
}

// pointsAhead reports whether sentence si ends on a speech verb whose
// object points at words to come ("My coach says that all the time.",
// "He always said so:").
func (r *Result) pointsAhead(si int) bool {
	toks := r.toks[si]
	for v := len(toks) - 2; v >= 0 && v >= len(toks)-6; v-- {
		if r.inQ[si][v] != r.inQ[si][len(toks)-1] {
			return false
		}
		if speechVerbs[toks[v].Norm] && pointers[toks[v+1].Norm] {
			return true
		}
	}
	return false
}

// pointers are the objects by which a speech verb points at words.
var pointers = wordSet(`that this so it`)

// thinkingVerbs bring in a thought, quoted as if spoken ("I was watching
// the coats and thinking, ‘…’").
var thinkingVerbs = wordSet(`thinking wondering`)

// progressive are the forms of "be" before a verb's -ing form ("I was
// thinking").
var progressive = wordSet(`was were am is are been`)

// passOn are the imperatives by which a speaker gives someone words to
// pass on ("Tell him, ‘…’").
var passOn = wordSet(`tell give`)

// messageVerbs pass words on in writing or as advice ("she texted me:
// ‘…’", "the officer had advised her, ‘…’"); within a quotation they
// introduce a nested one as a speech verb does.
var messageVerbs = wordSet(`texted messaged emailed e-mailed advised`)

// objectPronouns are only ever the object of a verb or preposition.
var objectPronouns = wordSet(`him me us them`)

// subjectPronouns may be the subject of a clause.
var subjectPronouns = wordSet(`he she i we you they`)

// clauseSubject returns the index of the last token of the first subject
// in toks[i:k] of sentence si — a subject pronoun or a name not after a
// preposition ("In my first lesson she stopped me") — or -1.
func (r *Result) clauseSubject(si, i, k int) int {
	toks := r.toks[si]
	for m := i; m < k; m++ {
		if m > i && prepositions[toks[m-1].Norm] {
			continue
		}
		if subjectPronouns[toks[m].Norm] {
			return m
		}
		if mi, ok := r.nameAt[toks[m].Start]; ok {
			for n := m; n < k; n++ {
				if toks[n].End >= r.Mentions[mi].End {
					return n
				}
			}
			return -1
		}
	}
	return -1
}

// askedAbout returns the family noun the paragraph before Q&A answer p
// (its question) asks about with "your" ("What did your father teach
// you?") when its gender does not differ from g; else "".
func (r *Result) askedAbout(p int, g string) string {
	pi := r.Quotations[p].Paragraph - 1
	if pi < 0 {
		return ""
	}
	for si := r.paraSen[pi][0]; si < r.paraSen[pi][1]; si++ {
		toks := r.toks[si]
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].Norm != "your" {
				continue
			}
			for m := k + 1; m < len(toks) && m <= k+2; m++ {
				if w := singular(toks[m].Norm); kinNouns[w] {
					if kg := r.lex.PersonGender(w); kg == "" || kg == g {
						return w
					}
				}
			}
		}
	}
	return ""
}

// habitual are the words between a speaker and a speech verb that say the
// words were said often ("used to say", "keeps saying", "kept telling").
var habitual = wordSet(`to used keeps kept keep always`)

// latestNamedIn returns the latest person named between from and to
// (inside quotations only, when quoted) whose gender fits g, or -1. A
// possessor ("Walter's uncle") is a pronoun's antecedent only when no other
// person fits: "Horace, Walter's uncle. He used to say …" is about Horace.
func (r *Result) latestNamedIn(from, to int, g string, quoted bool) int {
	best, possessor := -1, -1
	for si := max(r.sentenceOf(from), 0); si < len(r.toks) && r.doc.Sentences[si].Start < to; si++ {
		for k, t := range r.toks[si] {
			mi, ok := r.nameAt[t.Start]
			if !ok || t.Start < from || t.Start >= to || quoted && !r.Mentions[mi].InQuote || nameGiven(r.toks[si], k) {
				continue
			}
			// A full name without other evidence may be the person a
			// pronoun refers to ("My mentor, Ada Vance, … She used to say").
			// Only a given name of the pronoun's gender makes it one
			// ("Chinese New Year" is no one).
			en := &r.Entities[r.Mentions[mi].Entity]
			// A given name alone of the pronoun's gender is someone too
			// ("a text from Bernadette in Claremorris. She says: “…”").
			if en.Kind == Person && (en.Gender == "" || en.Gender == g) || r.potential(r.Mentions[mi].Entity) && en.Gender == g ||
				en.Kind == Unknown && len(en.parts) == 1 && en.Gender == "" && r.lex.GivenNameGender(en.parts[0]) == g {
				if r.possessive(mi) {
					possessor = r.Mentions[mi].Entity
				} else {
					best = r.Mentions[mi].Entity
				}
			}
		}
	}
	if best < 0 {
		best = possessor
	}
	return best
}

// namingVerbs give someone a name: "He called me Ah Ma", "they named her
// Rose", "known as Pip".
var namingVerbs = wordSet(`call calls called calling name names named nicknamed dubbed`)

// nameGiven reports whether the name at token k is one given to someone
// the sentence already refers to ("He called me Ah Ma": Ah Ma is me), so
// that it is no new referent for a pronoun after it.
func nameGiven(toks []nlp.Token, k int) bool {
	if k >= 2 && namingVerbs[toks[k-2].Norm] && (objectPronouns[toks[k-1].Norm] || toks[k-1].Norm == "her") {
		return true
	}
	return k >= 2 && toks[k-1].Norm == "as" && toks[k-2].Norm == "known"
}

// roleAnyone resolves an informal role word ("gaffer", "boss") to the one
// person the article gives a role of the same gender-neutral kind, the
// latest person with any role before at; -1 when there is none.
func (r *Result) roleAnyone(w string, at int) int {
	if e, ok := r.roleOnly[w]; ok {
		if x, ok := r.tiedTo[e]; ok {
			return x // the role-only person roleTies named
		}
	}
	if e := r.ByRole(w); e >= 0 {
		return e
	}
	if syn, ok := informalRoles[w]; ok {
		for _, s := range syn {
			if e := r.ByRole(s); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// informalRoles are the informal words news uses for a role.
var informalRoles = map[string][]string{
	"gaffer": {"manager", "coach", "head coach"}, "boss": {"manager", "chief executive", "coach", "head coach"},
	"skipper": {"captain"}, "ref": {"referee"}, "gov": {"governor"}, "prez": {"president"},
}

// quoteAntecedents stand in apposition for a quotation just closed, as
// the antecedent of a relative clause about it ("something the ministry
// has denied", "a claim the company rejects", "which the mayor disputes").
var quoteAntecedents = wordSet(`something which claim accusation allegation charge assertion description
	characterisation characterization suggestion view phrase`)

func (r *Result) sieveAfter(q int) (int, bool) {
	if r.Quotations[q].Parent >= 0 {
		return -1, false
	}
	tr := r.after(q)
	if tr.j <= tr.i {
		return -1, false
	}
	// "said it was ‘concerned’ and had asked Kwena for …": a quotation
	// inside a coordinated predicate; its verb is the one before it.
	if coordinators[r.toks[tr.si][tr.i].Norm] || opensAdverbialClause(r.toks[tr.si][tr.i].Norm) {
		return -1, false
	}
	// "…,” something the ministry has denied" / "…,” a claim the
	// company rejects": the words after stand for the quotation and
	// whoever answers it in the relative clause did not say it.
	if toks := r.toks[tr.si]; quoteAntecedents[toks[tr.i].Norm] ||
		tr.i+1 < tr.j && (toks[tr.i].Norm == "a" || toks[tr.i].Norm == "an") && quoteAntecedents[toks[tr.i+1].Norm] {
		return -1, false
	}
	if e, ok := r.accordingTo(tokRange{tr.si, tr.i, min(tr.j, tr.i+4)}); ok {
		return e, true
	}
	e, ok := r.verbSubject(tokRange{tr.si, tr.i, min(tr.j, tr.i+8)}, false, 4)
	if e < 0 {
		if n := r.verbRoleName(tr); n >= 0 {
			return n, true
		}
	}
	if e < 0 && tr.i+1 < tr.j && r.toks[tr.si][tr.i].Norm == "the" || e < 0 && tr.i+1 < tr.j && speechVerbs[r.toks[tr.si][tr.i].Norm] && r.toks[tr.si][tr.i+1].Norm == "the" {
		// "“…,” the 34-year-old mother of two told the Herald. Her name
		// is Priya Das": a description the next sentence names.
		if n := r.namedNext(tr.si); n >= 0 {
			return n, true
		}
	}
	return e, ok
}

// maxTrailerRoleWords bounds the lower-case role words between a speech
// verb and the name after a quotation ("says volunteer co-ordinator Sam
// Jelbert").
const maxTrailerRoleWords = 3

// verbRoleName returns the person a trailer names after its verb and a
// bare role in lower case, the listings' and captions' inverted tag:
// "“…,” says owner Mo Azizi.", "“…,” says volunteer co-ordinator Sam
// Jelbert." The name must end the trailer's clause. -1 otherwise.
func (r *Result) verbRoleName(tr tokRange) int {
	toks := r.toks[tr.si]
	if tr.j-tr.i < 3 || !speechVerbs[toks[tr.i].Norm] {
		return -1
	}
	k := tr.i + 1
	for n := 0; k < tr.j && n < maxTrailerRoleWords+2 && !isCap(toks[k]); n++ {
		if nlp.IsStopWord(toks[k].Norm) || determiners[toks[k].Norm] || strings.TrimSpace(r.gapAt(toks, k)) != "" && r.gapAt(toks, k) != "-" {
			return -1
		}
		k++
	}
	if k == tr.i+1 || k >= tr.j {
		return -1
	}
	role := false
	for m := tr.i + 1; m < k; m++ {
		role = role || r.lex.IsPersonNoun(toks[m].Norm) || r.lex.IsPersonNoun(strings.ReplaceAll(r.doc.Text[toks[m].Start:toks[k-1].End], "-", ""))
	}
	if !role {
		return -1
	}
	mi, ok := r.titleAt[toks[k].Start]
	if !ok {
		mi, ok = r.nameAt[toks[k].Start]
	}
	if !ok {
		return -1
	}
	m := r.Mentions[mi]
	if m.Entity < 0 || r.Entities[m.Entity].Kind != Person && !r.potential(m.Entity) {
		return -1
	}
	// The name ends the clause: a full stop, a comma or the trailer's end.
	end := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if end < tr.j && !strings.ContainsAny(r.gapAt(toks, end), ",.;") {
		return -1
	}
	return m.Entity
}

// opensAdverbialClause reports whether w opens an adverbial clause after a
// quotation ("said the talks had “gone backwards” after the council
// repeated …"): its subject and verb are another event's, not the speech
// tag. "As" stays out: "“…,” as one trader put it" does name the speaker.
func opensAdverbialClause(w string) bool {
	return w != "as" && subordinators[w]
}

// namedNext returns the person the sentence after si names by a copula
// with a pronoun ("Her name is Priya Das", "She is Priya Das"), in the
// same paragraph, or -1.
func (r *Result) namedNext(si int) int {
	sj := si + 1
	if sj >= len(r.toks) || r.doc.Sentences[sj].Paragraph != r.doc.Sentences[si].Paragraph {
		return -1
	}
	toks := r.toks[sj]
	k := 0
	switch {
	case len(toks) > 3 && (toks[0].Norm == "her" || toks[0].Norm == "his") && toks[1].Norm == "name":
		k = 2
	case len(toks) > 2 && (toks[0].Norm == "she" || toks[0].Norm == "he"):
		k = 1
	default:
		return -1
	}
	if toks[k].Norm != "is" && toks[k].Norm != "was" {
		return -1
	}
	if mi, ok := r.titleAt[toks[k+1].Start]; ok {
		if e := r.Mentions[mi].Entity; r.Entities[e].Kind == Person || r.potential(e) {
			return e
		}
	}
	return -1
}

// sieveDocument gives a quotation attributed to a document ("“…,” the
// statement said") to the speaker of the latest earlier quotation whose
// sentence names that document ("In a statement read by police, Agnieszka
// Nowak said her husband “…”"), within docQuoteWindow paragraphs, when the
// sentences before name no author (authorBefore).
func (r *Result) sieveDocument(q int) (int, bool) {
	if r.Quotations[q].Parent >= 0 {
		return -1, false
	}
	tr := r.after(q)
	if tr.j-tr.i < 3 {
		return -1, false
	}
	toks := r.toks[tr.si]
	noun := toks[tr.i+1].Norm
	if toks[tr.i].Norm != "the" || !documentNouns[noun] || !speechVerbs[toks[tr.i+2].Norm] {
		return -1, false
	}
	para := r.Quotations[q].Paragraph
	for pq := q - 1; pq >= 0 && pq >= q-docQuoteMax && r.Quotations[pq].Paragraph >= para-docQuoteWindow; pq-- {
		pt := r.Quotations[pq]
		if pt.Speaker < 0 || pt.Parent >= 0 {
			continue
		}
		si := r.sentenceOf(pt.OpenStart)
		if si < 0 {
			continue
		}
		for k, t := range r.toks[si] {
			if !r.inQ[si][k] && (t.Norm == noun || t.Norm == noun+"s") {
				return pt.Speaker, true
			}
		}
	}
	return -1, false
}

// docQuoteWindow and docQuoteMax bound the paragraphs and quotations read
// back for a document's author, so that attribution stays linear.
const (
	docQuoteWindow = 3
	docQuoteMax    = 20
)

// sieveCataphora gives a quotation that opens a paragraph with a bare
// pronoun's attribution ("“I never planned any of this,” she says.") to the
// person the next sentence introduces ("Marisol Ortega-Vance has played
// …"), the feature lede that names its speaker only after the quote: when
// that person is named there for the first time and the pronoun has no
// antecedent known to be of its gender.
func (r *Result) sieveCataphora(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	p := r.doc.Paragraphs[qt.Paragraph]
	if strings.Trim(r.doc.Text[p.Start:qt.OpenStart], " \t*_>") != "" {
		return -1, false
	}
	tr := r.after(q)
	toks := r.toks[tr.si]
	if tr.j-tr.i < 2 || tr.si != r.sentenceOf(qt.CloseEnd-1) {
		return -1, false
	}
	pron, verb := toks[tr.i], toks[tr.i+1]
	g := personalPronouns[pron.Norm]
	if g == "" || possessivePronouns[pron.Norm] || !speechVerbs[verb.Norm] {
		return -1, false
	}
	// A section's first paragraph after its heading ("Third-place finish")
	// names its speaker afresh: the pronoun's earlier referents and the
	// name's earlier mentions belong to the sections before.
	opens := r.opensSection(qt.Paragraph)
	if e, ok := r.pronoun[pron.Start]; ok && r.Entities[e].Gender == g && !opens {
		return -1, false
	}
	// The next sentence: the rest of this paragraph, or the next one.
	next := tr.si + 1
	if next >= len(r.toks) || r.doc.Sentences[next].Paragraph > qt.Paragraph+1 || len(r.toks[next]) == 0 || r.inQ[next][0] {
		return -1, false
	}
	mi, ok := r.titleAt[r.toks[next][0].Start]
	if !ok {
		return -1, false
	}
	e := r.Mentions[mi].Entity
	if en := &r.Entities[e]; en.Kind != Person && !r.potential(e) || en.Gender != "" && en.Gender != g {
		return -1, false
	}
	if n, _ := r.mentionsBefore(e, r.Mentions[mi].Start); n > 0 && !opens {
		return -1, false // named before: the pronoun had its chance
	}
	return e, true
}

// opensSection reports whether paragraph para follows a heading: the
// paragraph before is one, or a heading line lies between the two (a
// caller may leave headings out of its paragraphs).
func (r *Result) opensSection(para int) bool {
	if para == 0 {
		return false
	}
	pp := r.doc.Paragraphs[para-1]
	if _, ok := nlp.HeadingText(strings.TrimSpace(r.doc.Text[pp.Start:pp.End])); ok {
		return true
	}
	for _, line := range strings.Split(r.doc.Text[pp.End:r.doc.Paragraphs[para].Start], "\n") {
		if _, ok := nlp.HeadingText(strings.TrimSpace(line)); ok {
			return true
		}
	}
	return false
}

func (r *Result) sieveBefore(q int) (int, bool) {
	if r.Quotations[q].Parent >= 0 {
		return -1, false
	}
	tr := r.before(q)
	if tr.j <= tr.i {
		return -1, false
	}
	if e, ok := r.accordingTo(tr); ok {
		return e, true
	}
	if e := r.coordinatedAfterQuote(q, tr); e >= 0 {
		return e, true
	}
	return r.verbSubject(tr, true, 7)
}

// coordinatedAfterQuote returns the speaker of the quotation just before
// q in its sentence when only "and" or "but" and a verb of saying stand
// between them: the verb shares that quotation's subject ("…, called the
// plan “…” and accused the council of “…”", "… described it as “…” but
// warned that “…”"). The earlier quotation must have been decided by its
// own words before it; else -1.
func (r *Result) coordinatedAfterQuote(q int, tr tokRange) int {
	toks := r.toks[tr.si]
	if q == 0 || tr.i == 0 || tr.j-tr.i < 2 || !r.inQ[tr.si][tr.i-1] || toks[tr.i].Norm != "and" && toks[tr.i].Norm != "but" {
		return -1
	}
	v := tr.i + 1
	if v+1 < tr.j && r.lyAdverb(toks[v].Norm) {
		v++ // "and later accused", "but quickly added"
	}
	if !speechVerbs[toks[v].Norm] || r.isName(toks[v]) {
		return -1
	}
	p := q - 1
	for p >= 0 && r.Quotations[p].Parent >= 0 {
		p--
	}
	if p < 0 || r.sentenceOf(r.Quotations[p].OpenStart) != tr.si || r.Quotations[p].Rule != "speech-before" {
		return -1
	}
	return r.Quotations[p].Speaker
}

func (r *Result) accordingTo(tr tokRange) (int, bool) {
	toks := r.toks[tr.si]
	for k := tr.i; k+2 < tr.j+1 && k+2 <= len(toks)-1; k++ {
		if toks[k].Norm == "according" && toks[k+1].Norm == "to" {
			return r.subjectAfter(tr.si, k+2, max(tr.j, k+3))
		}
	}
	return -1, false
}

func (r *Result) sieveColon(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 {
		return -1, false
	}
	tr := r.before(q)
	if tr.j <= tr.i {
		return -1, false
	}
	toks := r.toks[tr.si]
	mi, ok := r.titleAt[toks[tr.i].Start]
	if !ok {
		return -1, false
	}
	last := toks[tr.j-1]
	if last.End < r.Mentions[mi].End {
		return -1, false
	}
	if !strings.Contains(r.doc.Text[last.End:qt.OpenStart], ":") {
		return -1, false
	}
	// "Ruiz: “…”": the clause is the name; "Cole quoted a letter from
	// Reed:" ends on someone else's.
	if me, ok := r.endAt[last.End]; !ok || r.Mentions[me].Entity != r.Mentions[mi].Entity {
		if r.labelAppositive(tr, mi) {
			return r.Mentions[mi].Entity, true
		}
		return r.colonSubject(tr, mi)
	}
	return r.Mentions[mi].Entity, true
}

// maxLabelAppositive bounds the words of a description between a name
// and the colon of its quotation.
const maxLabelAppositive = 12

// labelAppositive reports whether the words from mention mi, which opens
// token range tr, to the colon are the name and a description set off by
// a comma, with no verb of saying: a roundup's "Kerryn Doyle, the
// Opposition’s water spokeswoman: “…”", "Fenella Hale, convenor of Save
// Selwyn Reef (no relation): “…”".
func (r *Result) labelAppositive(tr tokRange, mi int) bool {
	toks := r.toks[tr.si]
	// The name opens its sentence or follows the item before's quotation.
	if e := r.Mentions[mi].Entity; r.Entities[e].Kind != Person && !r.potential(e) || tr.j-tr.i > maxLabelAppositive+3 || tr.i > 0 && !r.inQ[tr.si][tr.i-1] {
		return false
	}
	k := tr.i
	for k < tr.j && toks[k].End <= r.Mentions[mi].End {
		k++
	}
	// k == tr.i: the name ends inside its first token ("Joan’s card").
	if k == tr.i || k >= tr.j || !strings.HasPrefix(strings.TrimSpace(r.gapAt(toks, k)), ",") {
		return false
	}
	for m := k; m < tr.j; m++ {
		if speechVerbs[toks[m].Norm] || thatVerbs[toks[m].Norm] {
			return false
		}
	}
	return true
}

// colonSubject decides "Cole fired back: “…”", "Hollis was blunter still:
// “…”": a short clause before the colon that opens with a person's name
// and names no one else is that person's lead-in; -1, false otherwise.
func (r *Result) colonSubject(tr tokRange, mi int) (int, bool) {
	e := r.Mentions[mi].Entity
	toks := r.toks[tr.si]
	if r.Entities[e].Kind != Person && !r.potential(e) || tr.j-tr.i > 12 || tr.i > 0 && !r.sentenceInitial(tr.si, tr.i) {
		return -1, false
	}
	for k := tr.i; k < tr.j; k++ {
		if m, ok := r.nameAt[toks[k].Start]; ok && r.Mentions[m].Entity != e {
			return -1, false
		}
		if _, ok := r.pronoun[toks[k].Start]; ok && k > tr.i {
			return -1, false // "Cole read him the letter:"
		}
		if nlp.IsStopWord(toks[k].Norm) && (toks[k].Norm == "that" || toks[k].Norm == "from" || toks[k].Norm == "by") {
			return -1, false // "Cole quoted a letter from …:"
		}
	}
	return e, true
}

func (r *Result) sieveBlockIntro(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || (qt.Kind != KindBlockQuote && qt.Kind != KindQuote) {
		return -1, false
	}
	p := r.doc.Paragraphs[qt.Paragraph]
	if strings.TrimSpace(r.doc.Text[p.Start:qt.OpenStart]) != "" && qt.Kind == KindQuote {
		return -1, false
	}
	// A signature line after a block quote: "> — Jane Roe".
	if qt.Kind == KindBlockQuote && qt.End < p.End {
		for si := r.paraSen[qt.Paragraph][0]; si < r.paraSen[qt.Paragraph][1]; si++ {
			for _, t := range r.toks[si] {
				mi, ok := r.titleAt[t.Start]
				if ok && t.Start > qt.End && strings.Trim(r.doc.Text[qt.End:t.Start], " \t\n>—–-―~") == "" {
					return r.Mentions[mi].Entity, true
				}
			}
		}
	}
	// The paragraph before ends with a colon: "Okafor wrote:", "… read
	// from a letter by Lorraine DeSantis-Ruiz, a retired fire captain:".
	si := r.sentenceOf(qt.OpenStart) - 1
	if si >= 0 && r.doc.Sentences[si].Paragraph == qt.Paragraph-1 && strings.HasSuffix(strings.TrimSpace(r.sentenceText(si)), ":") {
		toks := r.toks[si]
		for k := len(toks) - 2; k >= 0; k-- {
			if toks[k].Norm == "by" || (toks[k].Norm == "from" && k+1 < len(toks) && r.isNameStart(toks[k+1])) {
				// "sent us this from Riverside Terrace:" – a place sends nothing.
				if e, ok := r.subjectAfter(si, k+1, len(toks)); ok && e >= 0 && r.Entities[e].Kind != Place {
					return e, true
				}
			}
		}
		// "… read part of the letter into the record:" after "The
		// Association said in a letter …": the letter's author speaks.
		if e := r.documentAuthor(si); e >= 0 {
			return e, true
		}
		if e, ok := r.verbSubject(tokRange{si, 0, len(toks)}, true, 0); ok {
			return e, true
		}
		// The one person or body the sentence names, places aside.
		var named []int
		for _, e := range r.outside[si] {
			if r.Entities[e].Kind != Place {
				named = append(named, e)
			}
		}
		if len(named) == 1 {
			return named[0], true
		}
	}
	return -1, false
}

// genericCompanyNouns name any business, whatever noun the article
// introduced it with ("the operator", later "the company").
var genericCompanyNouns = wordSet(`company firm`)

// coordinators join a second predicate to the first ("said it was
// ‘concerned’ and had asked …").
var coordinators = wordSet(`and but or`)

// sieveReportedIntro gives a block quote the speaker of the reported
// speech that ends the paragraph just before it ("Dr Naledi Khumalo-Webb,
// a mining analyst, said the closure had been expected." then "> The only
// surprise is …"): news sets the speaker's own words off under the
// sentence that reports them.
func (r *Result) sieveReportedIntro(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindBlockQuote {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart) - 1
	if si < 0 || r.doc.Sentences[si].Paragraph != qt.Paragraph-1 || r.hasQuote(si) {
		return -1, false
	}
	if e, ok := r.verbSubject(tokRange{si, 0, len(r.toks[si])}, false, 0); ok && e >= 0 && r.Entities[e].Kind != Place {
		return e, true
	}
	return -1, false
}

// sieveReportedBefore gives a quotation standing alone, with no
// attribution in its own sentence, the speaker of the reported speech in
// the sentence just before it in its paragraph ("Her son said on Sunday
// that she had kept singing to the end. “Last week …”"): the quotation
// carries on what that sentence reported. A block quote under such a
// paragraph is sieveReportedIntro's.
func (r *Result) sieveReportedBefore(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	if b := r.before(q); b.j > b.i {
		return -1, false
	}
	if a := r.after(q); a.j > a.i {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart) - 1
	if si < 0 || r.doc.Sentences[si].Paragraph != qt.Paragraph || r.hasQuote(si) || len(r.toks[si]) == 0 ||
		subordinators[r.toks[si][0].Norm] {
		return -1, false // "When Cole asked whether …, Ruiz stood up.": the verb is the clause's, not the sentence's
	}
	if e, ok := r.verbSubject(tokRange{si, 0, len(r.toks[si])}, false, 0); ok && e >= 0 && r.Entities[e].Kind != Place {
		return e, true
	}
	return -1, false
}

// nameByHead returns the one entity of two words or more, named before
// offset at, whose name ends in the common noun w and that is no person
// (an organisation, or a name of no known kind: "Fenwick Water Folk
// Festival" for "the festival"); -1 when none or several.
func (r *Result) nameByHead(w string, at int) int {
	if nlp.IsStopWord(w) || r.lex.IsPersonNoun(w) || r.lex.IsPlace(w) {
		return -1
	}
	found := -1
	for _, e := range r.byWord[w] {
		en := &r.Entities[e]
		if en.Kind == Person || en.Kind == Place || en.RoleOnly || len(en.parts) < 2 || en.last != w || e == found {
			continue
		}
		if n, _ := r.mentionsBefore(e, at); n == 0 {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// documentNouns are the writings a speaker may be quoted from.
var documentNouns = wordSet(`letter statement note email e-mail message submission petition memo memorandum post
	report decision notice leaflet response filing ruling judgment review card schedule manifesto
	minutes catalogue catalog log policy declaration document citation`)

// sieveReadDocument gives a quotation that a sentence reads out of a
// writing ("He read from a letter sent to his office by a fishermen's
// co-operative: “…”") to the writing's author: the body or person named
// after "by" or "from", no one when that author is unnamed ("by a
// co-operative"), the reader when the writing is their own ("read his
// statement:").
func (r *Result) sieveReadDocument(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 {
		return -1, false
	}
	tr := r.before(q)
	if tr.j <= tr.i || !strings.Contains(r.doc.Text[r.toks[tr.si][tr.j-1].End:qt.OpenStart], ":") {
		return -1, false
	}
	toks := r.toks[tr.si]
	for k := tr.i; k < tr.j; k++ {
		if !readingVerbs[toks[k].Norm] {
			continue
		}
		for m := k + 1; m < tr.j && m <= k+5; m++ {
			if !documentNouns[toks[m].Norm] {
				continue
			}
			for n := m + 1; n+1 < tr.j; n++ {
				if toks[n].Norm != "by" && toks[n].Norm != "from" {
					continue
				}
				if e, ok := r.subjectAfter(tr.si, n+1, tr.j); ok && e >= 0 && r.Entities[e].Kind != Place {
					return e, true
				}
				if toks[n+1].Norm == "a" || toks[n+1].Norm == "an" {
					return -1, true // an author the article does not name
				}
			}
			for _, t := range toks[k+1 : m] {
				if possessivePronouns[t.Norm] {
					return r.subjectBefore(tr.si, k, tr.i)
				}
			}
			return -1, false
		}
	}
	return -1, false
}

// readingVerbs introduce someone else's writing read aloud.
var readingVerbs = wordSet(`read reads reading quoted quotes quoting`)

// documentWindow bounds the sentences read back for a document's author.
const documentWindow = 3

// documentAuthor returns the author of the writing sentence si reads from
// ("Whitlock-Baptiste read part of the letter into the record") when an
// earlier sentence, in this paragraph or the one before, attributes a
// writing of that kind to someone ("The Alder Avenue Merchants Association
// … said in a letter to the council"); else -1.
func (r *Result) documentAuthor(si int) int {
	toks := r.toks[si]
	noun := ""
	for k := 0; k < len(toks) && noun == ""; k++ {
		if !readingVerbs[toks[k].Norm] || r.inQ[si][k] {
			continue
		}
		for m := k + 1; m < len(toks) && m <= k+5; m++ {
			if documentNouns[toks[m].Norm] && (toks[m-1].Norm == "the" || possessivePronouns[toks[m-1].Norm] || toks[m-1].Norm == "its") {
				noun = toks[m].Norm
				break
			}
		}
	}
	if noun == "" {
		return -1
	}
	return r.authorBefore(si, noun, r.doc.Sentences[si].Start)
}

// authorBefore returns who the sentences before offset at (sentence si and
// the few before it, in its paragraph or the one before) say wrote a
// writing of kind noun: "a statement from the Pilots' Association", "a
// letter by Lorraine DeSantis-Ruiz", "The Association … said in a letter",
// or, up to two paragraphs back, "Inspectors from the Board visited …, and
// their report was published" (the body its sentence opens with); -1
// when none.
func (r *Result) authorBefore(si int, noun string, at int) int {
	para := r.doc.Sentences[si].Paragraph
	for s := si; s >= 0 && s >= si-documentWindow && r.doc.Sentences[s].Paragraph >= para-2; s-- {
		toks := r.toks[s]
		for n := len(toks) - 1; n >= 1; n-- {
			if r.doc.Sentences[s].Paragraph < para-1 && toks[n-1].Norm != "their" && toks[n-1].Norm != "its" {
				continue // only a possessor reaches two paragraphs back
			}
			t := toks[n]
			if t.Norm != noun || t.Start >= at || r.inQ[s][n] {
				continue
			}
			if p := toks[n-1].Norm; p == "their" || p == "its" {
				// "Inspectors from the Board visited …, and their report
				// was published": the sentence's opening subject.
				if e := r.openingBody(s); e >= 0 {
					return e
				}
				if e := r.bareGroupBody(s, 0); e >= 0 {
					return e
				}
				continue
			} else if p != "a" && p != "an" {
				continue
			}
			// "a statement from the Association", "a letter by Roe".
			if m := n + 1; m+1 < len(toks) && (toks[m].Norm == "from" || toks[m].Norm == "by") {
				m++
				if determiners[toks[m].Norm] && m+1 < len(toks) {
					m++
				}
				if mi, ok := r.titleAt[toks[m].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind != Place {
					return r.Mentions[mi].Entity
				}
			}
			if e, ok := r.verbSubject(tokRange{s, 0, n}, true, 0); ok && e >= 0 {
				return e
			}
		}
	}
	return -1
}

func (r *Result) isNameStart(t nlp.Token) bool {
	_, ok := r.titleAt[t.Start]
	return ok
}

func (r *Result) sentenceText(si int) string {
	s := r.doc.Sentences[si]
	return r.doc.Text[s.Start:s.End]
}

func (r *Result) sieveSentenceVerb(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, false
	}
	toks := r.toks[si]
	if e, ok := r.introducedAs(si, qt.OpenStart); ok {
		return e, true
	}
	// Only the sentence's own words: not those of its other quotations.
	for i := 0; i < len(toks); {
		if r.inQ[si][i] {
			i++
			continue
		}
		j := i
		for j < len(toks) {
			if !r.inQ[si][j] {
				j++
				continue
			}
			// "One parent, whose son went out on “rhythm,” said the
			// rules were “…”": a quoted word inside the subject's
			// aside, the verb right after it, is part of the clause.
			w := j
			for w < len(toks) && r.inQ[si][w] {
				w++
			}
			if w >= len(toks) || !r.quotedWordAt(si, j) || toks[w-1].End > qt.OpenStart || !speechVerbs[toks[w].Norm] {
				break
			}
			j = w
		}
		if e, ok := r.verbSubject(tokRange{si, i, j}, false, 0); ok && e >= 0 {
			return e, true
		} else if ok && r.unnamedSpeaker(si, i, j) {
			return -1, true // "A source close to the palace … said": no one named
		}
		i = j
	}
	return -1, false
}

// introAsVerbs name someone to an audience in words the quotation gives:
// "the chair introduced her only as “Okafor, from the unit.”"
var introAsVerbs = wordSet(`introduced introduces introducing announced announces`)

// introducedAs decides a quotation right after "<subject> introduced her
// (only) as" in its sentence: the words are the introducer's, and the
// clause nearest the quotation, not an earlier one of the sentence, gives
// the subject ("the midwife answered, and the chair introduced her as").
func (r *Result) introducedAs(si, open int) (int, bool) {
	toks := r.toks[si]
	k := -1 // the last token before the quotation
	for m := range toks {
		if toks[m].Start >= open {
			break
		}
		k = m
	}
	if k < 2 || toks[k].Norm != "as" || r.inQ[si][k] {
		return -1, false
	}
	v := -1
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if introAsVerbs[toks[m].Norm] {
			v = m
			break
		}
	}
	if v < 1 {
		return -1, false
	}
	lo := v - 1 // the clause's start: after the last comma or semicolon before v
	for lo > 0 && !r.inQ[si][lo-1] {
		if g := r.gapAt(toks, lo); strings.ContainsAny(g, ",;") {
			break
		}
		lo--
	}
	if toks[lo].Norm == "and" || toks[lo].Norm == "but" || toks[lo].Norm == "then" {
		lo++
	}
	if lo >= v {
		return -1, false
	}
	if e, ok := r.subjectBefore(si, v, lo); ok {
		return e, true
	}
	// "the chair of the meeting introduced her": the role before "of".
	for k := lo + 1; k < v-1; k++ {
		if toks[k+1].Norm == "of" && toks[k-1].Norm == "the" {
			if e, ok := r.roleSubject(si, k, lo); ok && e >= 0 {
				return e, true
			}
			break
		}
	}
	return -1, false
}

// unnamedSpeaker reports whether the first speech verb of tokens [i, j) of
// sentence si has for subject an indefinite description of a person,
// perhaps before a relative clause ("A source close to the palace, who
// asked not to be named, said").
func (r *Result) unnamedSpeaker(si, i, j int) bool {
	toks := r.toks[si]
	for v := i + 1; v < j; v++ {
		if !speechVerbs[toks[v].Norm] {
			continue
		}
		kk := r.beforeRelativeAside(si, v-1, i)
		if kk < 0 {
			kk = v - 1
		}
		// A lede's "A pensioner who … says" is named later (lede.go):
		// only a source, a spokesman or one the text says is not named.
		return r.unnamedPerson(si, i, kk) && (r.anonymousHead(si, i, kk) || r.saysUnnamed(si, kk, v))
	}
	return false
}

// anonymousHead reports whether tokens [from, to] of sentence si hold an
// anonymous source's noun or a voice noun ("a source", "a spokesman").
func (r *Result) anonymousHead(si, from, to int) bool {
	for _, t := range r.toks[si][from : to+1] {
		if anonymousNouns[t.Norm] || voiceNouns[t.Norm] {
			return true
		}
	}
	return false
}

// saysUnnamed reports whether the aside between tokens from and to of
// sentence si says the speaker is not named ("who asked not to be named",
// "on condition of anonymity").
func (r *Result) saysUnnamed(si, from, to int) bool {
	for _, t := range r.toks[si][from:to] {
		if t.Norm == "named" || t.Norm == "anonymity" || t.Norm == "identified" {
			return true
		}
	}
	return false
}

// explicit reports whether a rule found the speaker beside the quotation.
func explicit(rule string) bool {
	switch rule {
	case "speech-after", "speech-before", "colon", "sentence-verb", "reply-noun", "continuation", "multi-paragraph", "qa", "colon-intro", "vocative-reply", "dash", "kin-antecedent", "writing", "writing-back", "labelled-writing":
		return true
	}
	return false
}

func (r *Result) sieveContinuation(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 {
		return -1, false
	}
	for p := q - 1; p >= 0; p-- {
		pq := r.Quotations[p]
		if pq.Paragraph != qt.Paragraph {
			return -1, false
		}
		if pq.Parent >= 0 || pq.End >= qt.CloseEnd {
			continue // an interviewer's question holding it is no earlier quotation
		}
		if !explicit(pq.Rule) || pq.Speaker < 0 {
			return -1, false
		}
		// Nobody else named in the sentences between them.
		for si := r.sentenceOf(pq.CloseEnd-1) + 1; si >= 0 && si < len(r.toks) && r.doc.Sentences[si].Start < qt.OpenStart; si++ {
			for k, t := range r.toks[si] {
				if t.Start < pq.CloseEnd || t.Start >= qt.OpenStart || r.inQ[si][k] {
					continue
				}
				if e, ok := r.entityEndingAt(t); ok && e != pq.Speaker && r.Entities[e].Kind == Person {
					return -1, false
				}
			}
		}
		return pq.Speaker, true
	}
	return -1, false
}

func (r *Result) sieveMultiParagraph(q int) (int, bool) {
	p := r.Quotations[q].Prev
	if p < 0 || r.Quotations[p].Rule == "" || r.Quotations[p].Speaker < 0 {
		return -1, false
	}
	return r.Quotations[p].Speaker, true
}

func (r *Result) sieveAdjacent(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	last := r.sentenceOf(qt.CloseEnd - 1)
	first := r.sentenceOf(qt.OpenStart)
	for _, si := range []int{last + 1, first - 1} {
		if si < 0 || si >= len(r.toks) || r.doc.Sentences[si].Paragraph != qt.Paragraph {
			continue
		}
		if r.hasQuote(si) {
			continue
		}
		if e, ok := r.verbSubject(tokRange{si, 0, len(r.toks[si])}, false, 0); ok && e >= 0 &&
			(r.Sentences[si].Subject < 0 || r.Sentences[si].Subject == e) {
			return e, true
		}
	}
	return -1, false
}

// sievePreviousSubject gives a quotation that is a sentence of its own the
// subject of the sentence before it in the paragraph: "… the elder
// Castellano stood and turned toward the gallery. “I’m sorry.”"
func (r *Result) sievePreviousSubject(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si <= 0 || r.doc.Sentences[si-1].Paragraph != qt.Paragraph || r.Sentences[si-1].Subject < 0 {
		return -1, false
	}
	for k, in := range r.inQ[si] {
		if !in && r.toks[si][k].Start < qt.CloseEnd {
			return -1, false
		}
	}
	// Weak evidence that conflicts: "Ybarra paused. “I believe so.”"
	// when two Ybarras are in the story names neither for certain —
	// unless the other was introduced as a relative, whom news names in
	// full ("Her brother, Kofi Osei, …").
	if e := r.Sentences[si-1].Subject; r.Entities[e].Kind == Person && r.bareSurnameIn(si-1, e) && r.unrelatedNamesake(e) {
		return -1, false
	}
	return r.Sentences[si-1].Subject, true
}

// unrelatedNamesake reports whether another person of the article shares
// entity e's surname without being introduced as someone's relative.
func (r *Result) unrelatedNamesake(e int) bool {
	en := &r.Entities[e]
	for _, o := range r.byWord[en.last] {
		if oe := &r.Entities[o]; o != e && oe.Kind == Person && oe.last == en.last && len(oe.parts) >= 2 && !r.kinIntroduced(o) {
			return true
		}
	}
	return false
}

func (r *Result) hasQuote(si int) bool {
	for _, in := range r.inQ[si] {
		if in {
			return true
		}
	}
	return false
}

// onlyQuotation reports whether quotation q's paragraph holds nothing
// but it.
func (r *Result) onlyQuotation(q int) bool {
	qt := r.Quotations[q]
	p := r.doc.Paragraphs[qt.Paragraph]
	// Each side looked at in place: joining them copied the paragraph.
	return !strings.ContainsFunc(r.doc.Text[p.Start:qt.OpenStart], nlp.IsWordRune) &&
		!strings.ContainsFunc(r.doc.Text[qt.CloseEnd:p.End], nlp.IsWordRune)
}

// backReferences open a sentence that points back at words just quoted:
// "That was the verdict of Irene Walsh", "Those were the words of …",
// "So says …".
var backReferences = wordSet(`that those these this so such`)

// sieveNextParagraph gives a paragraph that is nothing but a quotation the
// person the next paragraph names when that paragraph opens by pointing
// back at it: "‘I think people forget we exist.’¶That was the verdict of
// Irene Walsh, 81, …".
func (r *Result) sieveNextParagraph(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote && qt.Kind != KindBlockQuote || qt.Paragraph+1 >= len(r.paraSen) || !r.onlyQuotation(q) {
		return -1, false
	}
	ps := r.paraSen[qt.Paragraph+1]
	if ps[1] <= ps[0] {
		return -1, false
	}
	if e, ok := r.pointedBackBy(ps[0]); ok || !r.opensBody(qt.Paragraph) {
		return e, ok
	}
	return r.quoteLedeSpeaker(ps)
}

// opensBody reports whether paragraph pi is the first of the article's
// body: only the headline (no final stop), headings, a byline and a
// standfirst in italics or bold stand before it.
func (r *Result) opensBody(pi int) bool {
	for k := 0; k < pi; k++ {
		p := r.doc.Paragraphs[k]
		s := strings.TrimSpace(r.doc.Text[p.Start:p.End])
		switch {
		case s == "", strings.HasPrefix(s, "#"), strings.HasPrefix(strings.TrimLeft(s, "*_"), "By "):
		case k == 0 && !strings.ContainsAny(s[len(s)-1:], ".!?\"”’'"):
		case len(s) > 2 && strings.ContainsAny(s[:1], "*_") && strings.ContainsAny(s[len(s)-1:], "*_"):
		default:
			return false
		}
	}
	return true
}

// quoteLedeSpeaker returns the speaker of a quotation that opens an
// article on its own (a "quote lede"), which the next paragraph (its
// sentences ps) introduces by pointing back with "who said it" and naming
// the person within its first two sentences ("The woman who said it …
// had just won. Sandra Brierley, a retired pharmacist, …"). A paragraph
// that only opens with a name is no sign: the lede may be someone's cry
// the story goes on to explain.
func (r *Result) quoteLedeSpeaker(ps [2]int) (int, bool) {
	toks := r.toks[ps[0]]
	for k := 0; k+2 < len(toks) && k < 8; k++ {
		if toks[k].Norm != "who" || !speechVerbs[toks[k+1].Norm] || !backReferences[toks[k+2].Norm] && toks[k+2].Norm != "it" {
			continue
		}
		for si := ps[0]; si < ps[1] && si < ps[0]+2; si++ {
			for j := range r.toks[si] {
				if r.inQ[si][j] {
					continue
				}
				mi, ok := r.nameAt[r.toks[si][j].Start]
				if !ok {
					continue
				}
				// A name the text gives no other sign of is a person's
				// here: the paragraph says it said the words.
				if e := r.Mentions[mi].Entity; !r.Entities[e].RoleOnly && (r.Entities[e].Kind == Person || r.potential(e)) {
					return e, true
				}
			}
		}
		break
	}
	return -1, false
}

// sourceVerbs say where words came from: "The warning came from Henrik
// Vaage".
var sourceVerbs = wordSet(`came comes`)

// pointedBackBy returns the person a sentence names as the source of the
// words just quoted when it opens by pointing back at them: "That was the
// verdict of Irene Walsh", "So says …", "The warning came from Henrik
// Vaage, who …"; else -1, false.
func (r *Result) pointedBackBy(si int) (int, bool) {
	toks := r.toks[si]
	if len(toks) < 3 || r.hasQuote(si) || !r.sentenceInitial(si, 0) {
		return -1, false
	}
	from := -1
	// "That" must stand alone as the subject, not open a noun phrase
	// ("That council …"): a verb of being or saying follows it.
	if backReferences[toks[0].Norm] {
		switch toks[1].Norm {
		case "was", "is", "were", "are", "says", "said", "came", "comes", "sums", "summed":
			from = 2
		}
	}
	// "The warning came from …", "Those words came from …".
	if from < 0 && (backReferences[toks[0].Norm] || toks[0].Norm == "the") {
		for v := 2; v < len(toks)-1 && v <= 3; v++ {
			if sourceVerbs[toks[v].Norm] && toks[v+1].Norm == "from" {
				from = v + 2
				break
			}
		}
	}
	// "That passage from Ferrer-Olmos's note circulated widely", "Those
	// lines of Heaney's": words pointed back at, with whose they are.
	if from < 0 && backReferences[toks[0].Norm] && (quotedNouns[toks[1].Norm] || documentNouns[toks[1].Norm]) {
		for k := 2; k < len(toks) && k <= 4; k++ {
			if !(prepositions[toks[k].Norm] || r.isPossessiveToken(toks, k)) {
				continue
			}
			if r.isPossessiveToken(toks, k) {
				k-- // the possessor is itself the name
			}
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				if mi, ok := r.nameAt[toks[m].Start]; ok {
					if e := r.Mentions[mi].Entity; r.Entities[e].Kind == Person || r.Entities[e].Kind == Organisation {
						return e, true
					}
					break
				}
			}
			break
		}
	}
	if from < 0 {
		return -1, false
	}
	// "That was the message from Denise Farrow-Lang, legislative director
	// of …": whose words they were is a person, even with no other sign.
	if e := r.firstEntity(si, from); e >= 0 && (r.Entities[e].Kind == Person || r.potential(e)) {
		return e, true
	}
	return -1, false
}

// quotedNouns name words someone said or wrote, pointed back at after a
// quotation ("That passage from …", "Those words of …").
var quotedNouns = wordSet(`passage line lines words remark remarks comment comments quote quotation sentence
	paragraph verdict warning assessment message`)

// sieveNextSentence gives a quotation that is a sentence of its own the
// person the next sentence of its paragraph names when that sentence
// points back at it: "“There is no version of this …” The warning came
// from Henrik Vaage, who leads the union."
func (r *Result) sieveNextSentence(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	last := r.sentenceOf(qt.CloseEnd - 1)
	if si < 0 || last+1 >= len(r.toks) || r.doc.Sentences[last+1].Paragraph != qt.Paragraph {
		return -1, false
	}
	for k, in := range r.inQ[si] {
		if !in && r.toks[si][k].Start < qt.OpenStart {
			return -1, false // words of the sentence before the quotation
		}
	}
	for k, in := range r.inQ[last] {
		if !in && r.toks[last][k].Start >= qt.CloseEnd {
			return -1, false
		}
	}
	return r.pointedBackBy(last + 1)
}

func (r *Result) sievePreviousParagraph(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote || qt.Paragraph == 0 {
		return -1, false
	}
	// The paragraph is nothing but the quotation.
	if !r.onlyQuotation(q) {
		return -1, false
	}
	for pq := q - 1; pq >= 0; pq-- {
		x := r.Quotations[pq]
		if x.Paragraph < qt.Paragraph-1 {
			break
		}
		if x.Paragraph == qt.Paragraph-1 && x.Parent < 0 && x.Speaker >= 0 && explicit(x.Rule) {
			return x.Speaker, true
		}
	}
	// "Okafor was blunt.¶“We are years behind.”": the previous paragraph
	// ends on its speaker.
	if ps := r.paraSen[qt.Paragraph-1]; ps[1] > ps[0] {
		last := ps[1] - 1
		if e := r.Sentences[last].Subject; e >= 0 && !r.hasQuote(last) {
			return e, true
		}
	}
	return -1, false
}

func (r *Result) sieveParagraphSpeaker(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	var people []int
	before := map[int]bool{} // named at or before the sentence that closes the quotation
	qs := r.sentenceOf(max(qt.CloseEnd-1, qt.OpenStart))
	for si := r.paraSen[qt.Paragraph][0]; si < r.paraSen[qt.Paragraph][1]; si++ {
		for _, e := range r.outsideAny[si] {
			people = appendInt(people, e)
			before[e] = before[e] || si <= qs
		}
	}
	if r.inQuestion(q) {
		// The interviewer named by the turn's label asks; the words a
		// question quotes are someone else's.
		people = slices.DeleteFunc(people, func(e int) bool { return e == r.labelled(qt.Paragraph) })
	}
	// "Tierney came out with a letter. “…,” it begins. Daddy framed
	// it.": someone named only after the quotation closes does not share
	// it with the one person named before.
	if len(people) > 1 {
		if only := slices.DeleteFunc(slices.Clone(people), func(e int) bool { return !before[e] }); len(only) == 1 && r.Entities[only[0]].Kind == Person {
			people = only
		}
	}
	if len(people) != 1 {
		return -1, false
	}
	// Weak evidence: a name only after the quotation ("… “no knee-jerk
	// decisions.” Strathbeg host Ayr Thistle on Saturday") speaks only
	// when the article has shown it to be a person.
	if e := people[0]; !before[e] && (r.Entities[e].Kind != Person || r.Entities[e].Gender == "") {
		return -1, false
	}
	// Nor does a name of no known kind that the text gives only after the
	// quotation opens ("Marchers chanted “No more cuts” as they passed
	// Union Square").
	if e := people[0]; r.Entities[e].Kind != Person {
		if n, _ := r.mentionsBefore(e, qt.OpenStart); n == 0 {
			return -1, false
		}
	}
	return people[0], true
}

// inQuestion reports whether quotation q lies inside an interviewer's
// question turn.
func (r *Result) inQuestion(q int) bool {
	qt := r.Quotations[q]
	for p := q - 1; p >= 0 && r.Quotations[p].Paragraph == qt.Paragraph; p-- {
		if r.Quotations[p].Kind == KindQuestion && r.Quotations[p].End >= qt.CloseEnd {
			return true
		}
	}
	return false
}

func (r *Result) sieveSentenceSubject(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 || r.Sentences[si].Subject < 0 {
		return -1, false
	}
	if r.inQuestion(q) && r.Sentences[si].Subject == r.labelled(qt.Paragraph) {
		return -1, false // the label before a question's words is no subject of them
	}
	return r.Sentences[si].Subject, true
}

// reported fills each sentence's SaidBy: the speaker of the quotation it
// holds, or the subject of a verb of reporting ("Natarajan said night
// closures would be limited", "according to Natarajan").
func (r *Result) reported() {
	for q, qt := range r.Quotations {
		if qt.Speaker < 0 || qt.Parent >= 0 {
			continue
		}
		for si := r.sentenceOf(qt.OpenStart); si >= 0 && si < len(r.toks) && r.doc.Sentences[si].Start < qt.CloseEnd; si++ {
			if r.Sentences[si].SaidBy < 0 {
				r.Sentences[si].SaidBy, r.Sentences[si].Rule = qt.Speaker, r.Quotations[q].Rule
			}
		}
	}
	for si, toks := range r.toks {
		info := &r.Sentences[si]
		if info.SaidBy >= 0 || r.hasQuote(si) {
			continue
		}
		if e, ok := r.accordingTo(tokRange{si, 0, len(toks)}); ok && e >= 0 {
			info.SaidBy, info.Rule = e, "according-to"
			continue
		}
		for v := range toks {
			if !reportingVerbs[toks[v].Norm] || v+1 >= len(toks) {
				continue
			}
			if e, ok := r.subjectBefore(si, v, 0); ok && e >= 0 {
				info.SaidBy, info.Rule = e, "reported"
				break
			}
		}
	}
}

// possessive reports whether mention mi is a possessor ("Walter's").
func (r *Result) possessive(mi int) bool {
	m := r.Mentions[mi]
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(r.doc.Text[m.Start:m.End], suf) || strings.HasPrefix(r.doc.Text[m.End:], suf) {
			return true
		}
	}
	return false
}

// locatives place an unnamed person: "a farmer in Upper Dell".
var locatives = wordSet(`in at from near outside`)

// unnamedAtPlace reports whether mention mi, ending before a speech verb
// in sentence si, is the place of an unnamed person ("an elder in Cold
// Narrows told me"): a person noun and a locative preposition before it.
func (r *Result) unnamedAtPlace(si, mi, lo int) bool {
	toks := r.toks[si]
	m := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= r.Mentions[mi].TitleStart }) - 1
	for m >= lo && determiners[toks[m].Norm] {
		m--
	}
	if m < lo+1 || !locatives[toks[m].Norm] {
		return false
	}
	if _, ok := r.entityEndingAt(toks[m-1]); ok {
		return false
	}
	return r.lex.IsPersonNoun(toks[m-1].Norm)
}

// markNested records how a nested quotation's speaker follows from its
// outer quotation's (see resolveNested).
func (r *Result) markNested(q int, how string) {
	if r.nestedBy == nil {
		r.nestedBy = map[int]string{}
	}
	r.nestedBy[q] = how
}

// resolveNested gives the nested quotations marked by markNested their
// speaker once the outer quotations have theirs: the outer speaker for
// "I told them, ‘…’", and for "you told her, ‘…’" the person the outer
// speaker was last reported addressing ("Abernathy told Castellano").
func (r *Result) resolveNested() {
	for q := range r.Quotations {
		how, ok := r.nestedBy[q]
		if !ok {
			continue
		}
		qt := &r.Quotations[q]
		p := qt.Parent
		for p >= 0 && r.Quotations[p].Parent >= 0 && r.Quotations[p].Speaker < 0 {
			p = r.Quotations[p].Parent
		}
		if p < 0 || r.Quotations[p].Speaker < 0 {
			continue
		}
		switch {
		case strings.HasPrefix(how, relPrefix):
			noun := strings.TrimPrefix(how, relPrefix)
			qt.Speaker = r.relativeOf(r.Quotations[p].Speaker, noun)
			if qt.Speaker < 0 {
				qt.Speaker = r.kinBySurname(r.Quotations[p].Speaker, noun)
			}
			if phrase := r.ownPhrase[q]; qt.Speaker < 0 && phrase != "" {
				// "‘My mum says “…”’": someone the outer speaker knows
				// and the article never names, named by the phrase.
				key := "own\x00" + strconv.Itoa(r.Quotations[p].Speaker) + "\x00" + foldName(phrase)
				if e, ok := r.roleOnly[key]; ok {
					qt.Speaker = e
				} else {
					qt.Speaker = r.addRoleOnly(key, phrase, noun)
				}
			}
		case how == "speaker":
			qt.Speaker = r.Quotations[p].Speaker
		case how == "addressee":
			qt.Speaker = r.addresseeOf(r.Quotations[p].Speaker, r.Quotations[p].OpenStart)
		case strings.HasPrefix(how, pronPrefix):
			g := strings.TrimPrefix(how, pronPrefix)
			if e := r.possessedKinBefore(r.Quotations[p], g); e >= 0 {
				qt.Speaker = e
				continue
			}
			qt.Speaker = r.namedBeforeOther(r.Quotations[p], g, r.Quotations[p].Speaker)
			if qt.Speaker < 0 && r.Quotations[p].Paragraph > 0 {
				// "‘He used to say, “…”’ she said." opening a paragraph:
				// the man the paragraph before names or refers to.
				prev := r.Quotations[p]
				prev.Paragraph--
				prev.OpenStart = r.doc.Paragraphs[prev.Paragraph].End
				qt.Speaker = r.namedBeforeOther(prev, g, r.Quotations[p].Speaker)
			}
		}
	}
}

// pronPrefix marks a nested quotation whose speaker is a pronoun with no
// antecedent in the outer quotation ("pron:male").
const pronPrefix = "pron:"

// namedBeforeOther returns the last person of gender g (or of unknown
// gender) that quotation qt's paragraph names outside quotations before
// it, other than speaker; -1 when none.
func (r *Result) namedBeforeOther(qt Quotation, g string, speaker int) int {
	best := -1
	// A turn's label ("Kirsty Baird:") names who speaks the turn, not
	// whom it mentions.
	from := 0
	para := r.doc.Paragraphs[qt.Paragraph]
	if _, cs, ok := turnLabel(r.doc.Text[para.Start:para.End]); ok {
		from = para.Start + cs
	}
	psi, pk, bestAt, bestSi, phraseAt := -1, -1, -1, -1, -1
	// "Chioma said the idea came from their grandmother, who …. “She used
	// to say, ‘…’”": a later phrase naming someone the article knows only
	// by it is the pronoun's antecedent rather than a person named before.
	result := func() int {
		if psi >= 0 && phraseAt > bestAt {
			return r.phraseSpeaker(psi, pk, pk, 0, g)
		}
		return best
	}
	for si := r.paraSen[qt.Paragraph][0]; si < r.paraSen[qt.Paragraph][1]; si++ {
		for k, t := range r.toks[si] {
			if t.Start >= qt.OpenStart {
				return result()
			}
			if r.inQ[si][k] || t.Start < from {
				continue
			}
			// "she had spoken to her friend": a relation beside a person
			// the sentence names is likelier that person.
			if m := r.phraseStart(si, k, 0, g); m >= 0 && !r.besideName(si, m, k) && !(possessivePronouns[r.toks[si][m].Norm] && bestSi == si) {
				psi, pk, phraseAt = si, k, t.Start
			}
			e := -1
			if mi, ok := r.nameAt[t.Start]; ok {
				e = r.Mentions[mi].Entity
			} else if pe, ok := r.pronoun[t.Start]; ok {
				e = pe // "Her coach, Derek Ames, …": she is named by "her"
			}
			if e < 0 {
				continue
			}
			if en := &r.Entities[e]; e != speaker && (en.Kind == Person || r.potential(e)) && (en.Gender == "" || en.Gender == g) {
				best, bestAt, bestSi = e, t.Start, si
			}
		}
	}
	return result()
}

// besideName reports whether the phrase from token m to k of sentence si
// stands beside a name ("Okafor, the elder twin,", "the elder twin,
// Chioma Okafor"): it describes that person, whom a name already stands
// for.
func (r *Result) besideName(si, m, k int) bool {
	toks := r.toks[si]
	if m >= 1 && strings.TrimSpace(r.doc.Text[toks[m-1].End:toks[m].Start]) == "," {
		if _, ok := r.endAt[toks[m-1].End]; ok {
			return true
		}
	}
	if k+1 < len(toks) && strings.TrimSpace(r.doc.Text[toks[k].End:toks[k+1].Start]) == "," {
		if _, ok := r.nameAt[toks[k+1].Start]; ok {
			return true
		}
	}
	// "arrived as a refugee", "was a schoolteacher": a predicate says
	// what someone else was; "it was the champion who" singles them out.
	cleft := m >= 2 && toks[m-2].Norm == "it" && k+1 < len(toks) && toks[k+1].Norm == "who"
	return m >= 1 && predicative[toks[m-1].Norm] && !cleft
}

// predicative words put a noun phrase in a predicate.
var predicative = wordSet(`as is was were be been being became becomes become`)

// addressVerbs take the person spoken to as their object.
var addressVerbs = wordSet(`told tells tell asked asks warned warns urged urges reminded reminds addressed addresses
	thanked thanks assured assures scolded scolds`)

// addresseeWindow bounds the sentences read back for an addressee, so
// that attribution stays linear in the article's size.
const addresseeWindow = 80

// addresseeOf returns the person speaker was last reported addressing
// before offset before ("Abernathy told Castellano", "the judge warned
// Castellano") within addresseeWindow sentences, or -1.
func (r *Result) addresseeOf(speaker, before int) int {
	from := r.sentenceOf(before)
	for si := from; si >= 0 && si > from-addresseeWindow; si-- {
		toks := r.toks[si]
		for v := len(toks) - 2; v >= 1; v-- {
			if toks[v].Start >= before || !addressVerbs[toks[v].Norm] || r.inQ[si][v] {
				continue
			}
			k := v - 1
			for k > 0 && fillers[toks[k].Norm] {
				k--
			}
			subj, ok := r.entityEndingAt(toks[k])
			if !ok {
				if e, ok := r.pronoun[toks[k].Start]; ok {
					subj = e
				} else {
					continue
				}
			}
			if subj != speaker {
				continue
			}
			mi, ok := r.titleAt[toks[v+1].Start]
			if !ok {
				continue
			}
			if e := r.Mentions[mi].Entity; e != speaker && r.Entities[e].Kind == Person {
				return e
			}
		}
	}
	return -1
}

// sieveDescribedThenNamed gives a quotation whose sentence has an
// indefinite description as the subject of a speech verb and names no one
// ("A pensioner who has run a reading group for thirty years says the plan
// would leave residents ‘cut off’.") the first person the next sentence or
// paragraph names: the news lede that introduces its speaker only after.
func (r *Result) sieveDescribedThenNamed(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 || si+1 >= len(r.toks) || len(r.toks[si]) < 3 {
		return -1, false
	}
	// Bodies and places may be named ("The head of the Federal Rail
	// Safety Administration told a Senate panel"), no one who may be a
	// person.
	for _, e := range r.outsideAny[si] {
		if k := r.Entities[e].Kind; k != Organisation && k != Place {
			return -1, false
		}
	}
	toks := r.toks[si]
	j := 0 // after a dateline ("WASHINGTON — The head of …")
	for k := 1; k < len(toks) && k <= 6; k++ {
		if r.isDateline(toks, k) {
			j = k
			break
		}
	}
	if j == 0 && !r.sentenceInitial(si, 0) || r.inQ[si][j] || j+3 >= len(toks) {
		return -1, false
	}
	// "A pensioner …"; "The head of …" only before anyone is named: then
	// it refers back to no one.
	switch toks[j].Norm {
	case "a", "an":
	case "the":
		if r.personNamedBefore(toks[j].Start) {
			return -1, false
		}
	default:
		return -1, false
	}
	described := false
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if r.lex.IsPersonNoun(toks[k].Norm) && !notRoles[toks[k].Norm] || ofHeads[toks[k].Norm] && k+1 < len(toks) && toks[k+1].Norm == "of" {
			described = true
			break
		}
	}
	if !described {
		return -1, false
	}
	speaks := false
	for k, t := range toks {
		if !r.inQ[si][k] && speechVerbs[t.Norm] && t.Start < qt.OpenStart {
			speaks = true
			break
		}
	}
	if !speaks {
		return -1, false
	}
	// Only the next sentence: a person named later is no longer the lede's.
	if e := r.firstEntity(si+1, 0); e >= 0 && r.Entities[e].Kind == Person {
		return e, true
	}
	return -1, false
}

// personNamedBefore reports whether anyone who may be a person is
// mentioned before offset at.
func (r *Result) personNamedBefore(at int) bool {
	// Once per article, so that attribution stays linear.
	if !r.firstPersonSet {
		r.firstPerson, r.firstPersonSet = -1, true
		for _, m := range r.Mentions {
			if (r.Entities[m.Entity].Kind == Person || r.potential(m.Entity)) && (r.firstPerson < 0 || m.Start < r.firstPerson) {
				r.firstPerson = m.Start
			}
		}
	}
	return r.firstPerson >= 0 && r.firstPerson < at
}

// uncontracted returns a folded pronoun without a contracted "would" or
// "will" ("he'd" → "he", "we’ll" → "we"); other words as they are.
func uncontracted(w string) string {
	for _, suf := range []string{"'d", "’d", "'ll", "’ll"} {
		if b, ok := strings.CutSuffix(w, suf); ok && (personalPronouns[b] != "" || b == "i" || b == "we" || b == "you" || b == "they") {
			return b
		}
	}
	return w
}

// relPrefix marks a nested quotation spoken by the outer speaker's
// relative or associate ("rel:husband").
const relPrefix = "rel:"

// ownNoun returns the person noun at token k of sentence si when a
// speaker's "my" or "our" owns it ("my husband", "our old coach"), not
// before token lo; else "".
func (r *Result) ownNoun(si, k, lo int) string {
	toks := r.toks[si]
	// "Mum’s tough": in a speaker's own words, a capitalised family word
	// is the speaker's relative.
	if isCap(toks[k]) && r.inQ[si][k] && k >= lo {
		w := strings.TrimSuffix(strings.TrimSuffix(toks[k].Norm, "'s"), "’s")
		if rel := kinAddress[w]; rel != "" {
			return rel
		}
	}
	// "my mum": a family word of address is its relation.
	noun := toks[k].Norm
	if rel := kinAddress[noun]; rel != "" {
		noun = rel
	}
	if k <= lo || !r.lex.IsPersonNoun(noun) || notRoles[noun] || isCap(toks[k]) {
		return ""
	}
	for m := k - 1; m >= lo && m >= k-3; m-- {
		if toks[m].Norm == "my" || toks[m].Norm == "our" {
			return noun
		}
		if isCap(toks[m]) || determiners[toks[m].Norm] || prepositions[toks[m].Norm] {
			return ""
		}
	}
	return ""
}

// markOwnPhrase records the phrase "my/our … noun" that ends at token k
// of sentence si, not before token lo, for nested quotation q.
func (r *Result) markOwnPhrase(q, si, k, lo int) {
	toks := r.toks[si]
	if r.ownPhrase == nil {
		r.ownPhrase = map[int]string{}
	}
	for m := k - 1; m >= lo && m >= k-3; m-- {
		if toks[m].Norm == "my" || toks[m].Norm == "our" {
			r.ownPhrase[q] = r.doc.Text[toks[m].Start:toks[k].End]
			return
		}
	}
	// "‘Grandad said “…”’": a family word of address names them as
	// written.
	if w := strings.TrimSuffix(strings.TrimSuffix(toks[k].Norm, "'s"), "’s"); isCap(toks[k]) && kinAddress[w] != "" {
		r.ownPhrase[q] = r.doc.Text[toks[k].Start : toks[k].Start+len(w)]
	}
}

// nestedChain bounds the pieces of a multi-paragraph quotation read back
// for a relative, so that attribution stays linear.
const nestedChain = 6

// ownNounBefore returns the latest person noun owned by the speaker ("my
// coach") in quotation p and the pieces before it of the same
// multi-paragraph quotation, before offset at, whose gender does not
// differ from g; else "".
func (r *Result) ownNounBefore(p, at int, g string) (noun string, si, k int) {
	for n := 0; p >= 0 && n < nestedChain; p, n = r.Quotations[p].Prev, n+1 {
		qt := r.Quotations[p]
		found, fsi, fk := "", -1, -1
		for si := max(r.sentenceOf(qt.Start), 0); si < len(r.toks) && r.doc.Sentences[si].Start < min(qt.End, at); si++ {
			for k, t := range r.toks[si] {
				if t.Start < qt.Start || t.End > qt.End || t.Start >= at {
					continue
				}
				if noun := r.ownNoun(si, k, 0); noun != "" {
					if ng := r.lex.PersonGender(noun); ng == "" || ng == g {
						found, fsi, fk = noun, si, k
					}
				}
			}
		}
		if found != "" {
			return found, fsi, fk
		}
	}
	return "", -1, -1
}

// phraseBefore returns the sentence and head token of the latest phrase
// phraseSpeaker names (of gender g) in quotation p and the pieces before
// it of the same multi-paragraph quotation, before offset at, or in the
// earlier outer quotations of its paragraph; (-1, -1) when none.
func (r *Result) phraseBefore(p, at int, g string) (int, int) {
	var pieces []int
	for n, c := 0, p; c >= 0 && n < nestedChain; c, n = r.Quotations[c].Prev, n+1 {
		pieces = append(pieces, c)
	}
	for pq := p - 1; pq >= 0 && r.Quotations[pq].Paragraph == r.Quotations[p].Paragraph; pq-- {
		if r.Quotations[pq].Parent < 0 {
			pieces = append(pieces, pq)
		}
	}
	for _, c := range pieces {
		qt := r.Quotations[c]
		bsi, bk := -1, -1
		for si := max(r.sentenceOf(qt.Start), 0); si < len(r.toks) && r.doc.Sentences[si].Start < min(qt.End, at); si++ {
			for k, t := range r.toks[si] {
				if t.Start < qt.Start || t.End > qt.End || t.Start >= at || r.innerAt(c, t.Start) {
					continue
				}
				if r.phraseStart(si, k, 0, g) >= 0 {
					bsi, bk = si, k
				}
			}
		}
		if bsi >= 0 {
			return bsi, bk
		}
	}
	return -1, -1
}

// innerAt reports whether offset at lies in a quotation nested in p.
func (r *Result) innerAt(p, at int) bool {
	for q := p + 1; q < len(r.Quotations) && r.Quotations[q].Start < r.Quotations[p].End; q++ {
		if r.Quotations[q].Parent == p && at >= r.Quotations[q].OpenStart && at < r.Quotations[q].End {
			return true
		}
	}
	return false
}

// relativeOf returns the person the article introduces as speaker's noun
// ("Her husband, Alan Pettigrew", "His neighbor, Beatrice Lund", "Alan
// Pettigrew, her husband,"), the possessive referring to speaker; -1 when
// none. The first such person is taken.
func (r *Result) relativeOf(speaker int, noun string) int {
	if speaker < 0 {
		return -1
	}
	if r.relatives == nil {
		r.indexRelatives()
	}
	if e, ok := r.relatives[relKey{speaker, singular(noun)}]; ok {
		return e
	}
	return -1
}

// pronounOr returns the entity the pronoun at offset off refers to, or -1.
func (r *Result) pronounOr(off int) int {
	if e, ok := r.pronoun[off]; ok {
		return e
	}
	return -1
}

// kinBySurname returns, for a relative the article never introduces as
// speaker's ("My father used to tell the sales team, ‘…’" by Annika
// Thorsrud-Bell), the one other person of the noun's gender whose surname
// is speaker's or a part of a double-barrelled one (Harald Thorsrud): kin
// share names. -1 when none or several fit.
func (r *Result) kinBySurname(speaker int, noun string) int {
	if speaker < 0 || !kinNouns[singular(noun)] {
		return -1
	}
	sp := &r.Entities[speaker]
	if len(sp.parts) < 2 {
		return -1
	}
	g := r.lex.PersonGender(singular(noun))
	own := strings.Split(sp.last, "-")
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if e == speaker || en.Kind != Person && !r.potential(e) || len(en.parts) < 2 || !r.genderFits(e, g) {
			continue
		}
		if !slices.Contains(own, en.last) && !slices.Contains(strings.Split(en.last, "-"), sp.last) {
			continue
		}
		if r.otherKin(e, singular(noun)) {
			continue // "his younger sister, Niamh Delacey" is not his mother
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// kinOf returns the person who is owner's relation noun: the one the
// article introduces so ("Her son Owen" makes Owen's mother the owner
// of "her"), else the one other person who shares owner's surname
// (kinBySurname) and is known to be of the noun's gender: "his mother"
// of Owen Brierley is the one other Brierley, a woman. A namesake of
// unknown gender is no evidence for a phrase in the narration. -1 when
// the text does not decide.
func (r *Result) kinOf(owner int, noun string) int {
	if e := r.relativeOf(owner, noun); e >= 0 {
		return e
	}
	e := r.kinBySurname(owner, noun)
	if e >= 0 && r.Entities[e].Gender != r.lex.PersonGender(singular(noun)) {
		return -1
	}
	return e
}

// relativeOfRecent returns the person the article introduces as the
// relation noun of someone of gender g ("her father" of a woman), the
// owner whose latest mention before offset at is nearest; -1 when none.
func (r *Result) relativeOfRecent(noun, g string, at int) int {
	if r.relatives == nil {
		r.indexRelatives()
	}
	best, bestAt := -1, -1
	for k, e := range r.relatives {
		if k.noun != noun || !r.genderFits(k.owner, g) {
			continue
		}
		if _, last := r.mentionsBefore(k.owner, at); last > bestAt || last == bestAt && e < best {
			best, bestAt = e, last
		}
	}
	return best
}

// inverseKin returns the family noun by which a relative calls its owner
// of gender g ("daughter" of a woman: "mother"), or "" when unknown.
func inverseKin(noun, g string) string {
	pair, ok := kinInverses[noun]
	if !ok {
		return ""
	}
	switch g {
	case "male":
		return pair[0]
	case "female":
		return pair[1]
	}
	return ""
}

// kinInverses maps a family noun to the (male, female) nouns for its owner.
var kinInverses = map[string][2]string{
	"son": {"father", "mother"}, "daughter": {"father", "mother"}, "child": {"father", "mother"},
	"father": {"son", "daughter"}, "mother": {"son", "daughter"},
	"husband": {"", "wife"}, "wife": {"husband", ""},
	"brother": {"brother", "sister"}, "sister": {"brother", "sister"},
	"grandson": {"grandfather", "grandmother"}, "granddaughter": {"grandfather", "grandmother"},
	"grandfather": {"grandson", "granddaughter"}, "grandmother": {"grandson", "granddaughter"},
	"nephew": {"uncle", "aunt"}, "niece": {"uncle", "aunt"}, "uncle": {"nephew", "niece"}, "aunt": {"nephew", "niece"},
}

// kinAddress are the family words a speaker uses as a name for their own
// relative ("Mum’s tough", "Dad said"), with the relation they stand for.
var kinAddress = map[string]string{
	"mum": "mother", "mom": "mother", "mam": "mother", "mummy": "mother", "mommy": "mother", "ma": "mother",
	"dad": "father", "daddy": "father", "pa": "father",
	"nan": "grandmother", "nana": "grandmother", "nanna": "grandmother", "gran": "grandmother", "granny": "grandmother", "grandma": "grandmother",
	"grandad": "grandfather", "granddad": "grandfather", "grandpa": "grandfather",
}

// relKey is an owner and a relation noun (singular).
type relKey struct {
	owner int
	noun  string
}

// indexRelatives finds, in one pass over the mentions, every person
// introduced as someone's relation: "<possessive> [modifiers] noun, Name"
// and "Name, <possessive> noun,".
func (r *Result) indexRelatives() {
	r.relatives = map[relKey]int{}
	owner := func(si, k int) int {
		t := r.toks[si][k]
		if e, ok := r.pronoun[t.Start]; ok && possessivePronouns[t.Norm] {
			return e
		}
		if mi, ok := r.endAt[t.End]; ok && r.possessive(mi) {
			return r.Mentions[mi].Entity
		}
		return -1
	}
	add := func(o int, noun string, e int) {
		k := relKey{o, singular(noun)}
		if _, ok := r.relatives[k]; !ok && o >= 0 && o != e {
			r.relatives[k] = e
			// "her daughter, Carol Pryce": Carol's mother is the owner.
			// An owner of unknown gender is either parent ("His daughter,
			// Elena" of a captain no pronoun has sexed: "My father said").
			gs := []string{r.Entities[o].Gender}
			if gs[0] == "" {
				gs = []string{"male", "female"}
			}
			for _, g := range gs {
				if inv := inverseKin(singular(noun), g); inv != "" {
					if _, ok := r.relatives[relKey{e, inv}]; !ok {
						r.relatives[relKey{e, inv}] = o
					}
				}
			}
		}
	}
	for _, m := range r.Mentions {
		if en := &r.Entities[m.Entity]; en.Kind == Organisation || en.Kind == Place {
			continue
		}
		si := m.Sentence
		toks := r.toks[si]
		ti := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= m.TitleStart })
		if ti >= 2 && strings.TrimSpace(r.doc.Text[toks[ti-1].End:toks[ti].Start]) == "," && !isCap(toks[ti-1]) {
			for k := ti - 2; k >= 0 && k >= ti-4; k-- {
				if o := owner(si, k); o >= 0 {
					add(o, toks[ti-1].Norm, m.Entity)
					break
				}
			}
		}
		// "Her son Owen", "his wife Linda": a family noun needs no comma
		// before the name when the possessive stands right before it.
		if ti >= 2 && r.doc.Text[toks[ti-1].End:toks[ti].Start] == " " && kinNouns[toks[ti-1].Norm] && !r.inQ[si][ti-1] {
			if o := owner(si, ti-2); o >= 0 {
				add(o, toks[ti-1].Norm, m.Entity)
			}
		}
		// "her son, the conductor Sir Hugo Carrow-Bright": a role with
		// "the" between the relation's comma and the name.
		for d := ti - 2; d >= 2 && d >= ti-4; d-- {
			if toks[d].Norm != "the" || strings.TrimSpace(r.doc.Text[toks[d-1].End:toks[d].Start]) != "," || !kinNouns[singular(toks[d-1].Norm)] {
				continue
			}
			if slices.ContainsFunc(toks[d+1:ti], func(x nlp.Token) bool { return isCap(x) || kinNouns[x.Norm] }) {
				break
			}
			for k := d - 2; k >= 0 && k >= d-4; k-- {
				if o := owner(si, k); o >= 0 {
					add(o, toks[d-1].Norm, m.Entity)
					break
				}
			}
			break
		}
		tj := sort.Search(len(toks), func(x int) bool { return toks[x].Start >= m.End })
		if tj+1 < len(toks) && strings.TrimSpace(r.doc.Text[m.End:toks[tj].Start]) == "," && possessivePronouns[toks[tj].Norm] {
			add(owner(si, tj), toks[tj+1].Norm, m.Entity)
		}
	}
	// "Her coach, a former county champion who has taught her since she
	// was eight, watched from the back. Derek Amoah said …": a relation
	// described in a sentence naming no one, named as the next sentence
	// opens.
	for si := 0; si+1 < len(r.toks); si++ {
		toks := r.toks[si]
		if len(toks) < 3 || len(r.toks[si+1]) == 0 || r.inQ[si][0] || !possessivePronouns[toks[0].Norm] ||
			!r.lex.IsPersonNoun(toks[1].Norm) || strings.TrimSpace(r.doc.Text[toks[1].End:toks[2].Start]) != "," ||
			slices.ContainsFunc(toks, func(t nlp.Token) bool { _, ok := r.nameAt[t.Start]; return ok }) {
			continue
		}
		if mi, ok := r.nameAt[r.toks[si+1][0].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person {
			add(owner(si, 0), toks[1].Norm, r.Mentions[mi].Entity)
		}
	}
	// "Keith and Anne Lowther" or "Dave Pickering and his wife Linda":
	// a couple is each other's husband and wife, so that "Her husband
	// added:" after "said Mrs Lowther" is Keith. As in spousePhrases, only
	// when the article names one couple: with two, "her" may be either wife.
	couples := r.couples
	if len(couples) == 0 {
		couples, _ = r.pairedCouples()
	}
	if len(couples) == 1 {
		add(couples[0][0], "wife", couples[0][1])
	}
}

// hostNamed returns the person the narration gives a transcript's host
// role ("MODERATOR:" → "It was moderated by the station's political
// editor, Ruth Hallam", "the moderator, Ruth Hallam,"), or -1: the first
// person named after "<role verb> by" in a sentence outside quotations,
// else the only person the article gives that role.
func (r *Result) hostNamed(role string) int {
	stem := strings.TrimSuffix(strings.TrimSuffix(role, "or"), "er")
	for si := range r.doc.Sentences {
		toks := r.toks[si]
		for k := 0; k+1 < len(toks); k++ {
			w := toks[k].Norm
			if r.inQ[si][k] || toks[k+1].Norm != "by" || len(stem) < 4 || !strings.HasPrefix(w, stem) || !strings.HasSuffix(w, "ed") {
				continue
			}
			if e := r.personFrom(si, toks[k+1].End, r.doc.Sentences[si].End); e >= 0 {
				return e
			}
		}
	}
	found := -1
	for e := range r.Entities {
		if r.Entities[e].Kind == Person && slices.Contains(r.Entities[e].Roles, role) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// toldVerbs are the verbs whose passive names, after "by", who spoke to
// the subject ("Kohl was told by his engineer, Mara Quint, that …").
var toldVerbs = wordSet(`told informed warned advised assured reminded urged instructed`)

// passiveBe are the forms of "be" before a passive participle.
var passiveBe = wordSet(`was were been being is are`)

// sieveToldBy decides a quotation in a sentence whose subject was told
// something by someone before the quotation opens ("Wolff was told by his
// engineer, Mara Quint, that Berti was ‘struggling badly’"): the words are
// the teller's, not the subject's. The first person named after "by".
func (r *Result) sieveToldBy(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, false
	}
	toks := r.toks[si]
	for k := 1; k+1 < len(toks) && toks[k+1].End <= qt.OpenStart; k++ {
		if !toldVerbs[toks[k].Norm] || toks[k+1].Norm != "by" || !passiveBe[toks[k-1].Norm] || r.inQ[si][k] {
			continue
		}
		if e := r.personFrom(si, toks[k+1].End, qt.OpenStart); e >= 0 {
			return e, true
		}
	}
	return -1, false
}

// beforeByParticiple returns the person named just before a comma that
// opens a participle's "by" phrase ending at token end ("Madam Chua,
// supported by her nephew"), or -1.
func (r *Result) beforeByParticiple(si, end, lo int) int {
	toks := r.toks[si]
	for p := end - 1; p > lo && p > end-8; p-- {
		if !strings.Contains(r.gapAt(toks, p), ",") {
			continue
		}
		if p+1 <= end && strings.HasSuffix(toks[p].Norm, "ed") && toks[p+1].Norm == "by" {
			if e, ok := r.entityEndingAt(toks[p-1]); ok && r.Entities[e].Kind == Person {
				return e
			}
		}
		return -1
	}
	return -1
}

// replyNouns name the answer in an exchange ("The reply was short: '…'").
var replyNouns = wordSet(`reply answer response`)

// maxReplyParagraphs bounds how far back an exchange's other party is
// looked for.
const maxReplyParagraphs = 3

// sieveReplyNoun gives a quotation that a colon introduces as "the reply"
// ("The reply was short: '…'", "Back came the answer: '…'") to the other
// party of the exchange just quoted: the latest speaker before the one
// quoted last, different from them. A possessor ("Kohl's answer") or a
// name in the introduction is left to the other sieves.
func (r *Result) sieveReplyNoun(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || q == 0 {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, false
	}
	intro := r.doc.Text[r.doc.Sentences[si].Start:qt.OpenStart]
	if !strings.HasSuffix(strings.TrimSpace(intro), ":") {
		return -1, false
	}
	toks := r.toks[si]
	found := false
	for k, t := range toks {
		if t.Start >= qt.OpenStart {
			break
		}
		if r.inQ[si][k] || r.isName(t) {
			return -1, false
		}
		if replyNouns[t.Norm] && k > 0 && toks[k-1].Norm == "the" {
			found = true
		}
	}
	if !found {
		return -1, false
	}
	last := -1
	for p := q - 1; p >= 0 && qt.Paragraph-r.Quotations[p].Paragraph <= maxReplyParagraphs; p-- {
		pq := r.Quotations[p]
		if pq.Parent >= 0 || pq.Speaker < 0 {
			continue
		}
		if last < 0 {
			last = pq.Speaker
			continue
		}
		if pq.Speaker != last {
			return pq.Speaker, true
		}
	}
	return -1, false
}

// officialOfBody returns the organisation whose name modifies "official"
// at token k of sentence si or at an earlier "official" of the last few
// sentences ("A senior GKMC official said …. “…,” the official said."),
// or -1: an official left unnamed speaks for the body, as a spokesman does.
func (r *Result) officialOfBody(si, k int) int {
	para := r.doc.Sentences[si].Paragraph
	for s := si; s >= 0 && s > si-voiceWindow && r.doc.Sentences[s].Paragraph >= para-1; s-- {
		toks := r.toks[s]
		for m := len(toks) - 1; m > 0; m-- {
			if (s == si && m > k) || r.inQ[s][m] || toks[m].Norm != "official" {
				continue
			}
			mi, ok := r.endAt[toks[m-1].End]
			if !ok || r.doc.Text[toks[m-1].End:toks[m].Start] != " " {
				continue
			}
			if e := r.Mentions[mi].Entity; r.Entities[e].Kind == Organisation {
				return e
			}
		}
	}
	return -1
}

// houseNouns are heads that name a business with a modifier before them
// ("the auction house", "the fashion house", "the trading firm").
var houseNouns = wordSet(`house firm company group`)

// tradeBodyBack bounds the paragraphs read back for the body that "the
// company" refers to.
const tradeBodyBack = 10

// latestTradeBody returns the latest organisation named before offset at
// of sentence si, within tradeBodyBack paragraphs, whose name is a trade
// name: no organisation noun heads it ("Whitcombe & Gerrard", "Fenwick
// Energy", not "Rail Workers' Union"); -1 when there is none.
func (r *Result) latestTradeBody(si, at int) int {
	return r.latestBody(si, at, func(en *Entity) bool { return !r.isOrgWord(en.parts[len(en.parts)-1]) })
}

// latestBody returns the latest organisation named before offset at of
// sentence si, within tradeBodyBack paragraphs, that has a name and that
// keep accepts; -1 when there is none.
func (r *Result) latestBody(si, at int, keep func(*Entity) bool) int {
	lo := r.doc.Sentences[si].Paragraph - tradeBodyBack
	for s := si; s >= 0 && r.doc.Sentences[s].Paragraph >= lo; s-- {
		toks := r.toks[s]
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].Start >= at || r.inQ[s][k] {
				continue
			}
			mi, ok := r.nameAt[toks[k].Start]
			if !ok {
				continue
			}
			en := &r.Entities[r.Mentions[mi].Entity]
			if en.Kind == Organisation && len(en.parts) > 0 && keep(en) {
				return r.Mentions[mi].Entity
			}
		}
	}
	return -1
}

// regulatorNouns name a body by what it does to others; WordNet gives
// only their person senses ("an official responsible for control").
var regulatorNouns = wordSet(`regulator watchdog ombudsman inspectorate`)

// regulatorHeads are the heads of a regulator's name ("Information
// Commissioner's Office", "Financial Conduct Authority").
var regulatorHeads = wordSet(`office authority commission agency inspectorate ombudsman regulator board`)

// latestBodyHeaded returns the latest organisation named before offset at
// of sentence si, within tradeBodyBack paragraphs, whose name's last word
// is one of heads; -1 when there is none.
func (r *Result) latestBodyHeaded(si, at int, heads map[string]bool) int {
	return r.latestBody(si, at, func(en *Entity) bool { return heads[en.parts[len(en.parts)-1]] })
}

// BodyByNoun returns the organisation a claim's definite business or
// regulator noun names ("the company", "the auction house", "the
// regulator"): the one trade-named body of the article, or the one body
// headed as a regulator is; -1 when the noun is neither or the article
// has none or several. modified tells "the auction house" from "the house".
func (r *Result) BodyByNoun(w string, modified bool) int {
	trade := companyNouns[w] || modified && houseNouns[w]
	if !trade && !regulatorNouns[w] {
		// "the utility", "the district": the body of that kind the
		// article names last (bodyKind), when no body's name holds the
		// noun and the claim gives it no modifier of its own.
		if modified || r.bodyNamedBy(w) {
			return -1
		}
		return r.kindBody(w, len(r.doc.Text), false)
	}
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Organisation || len(en.parts) == 0 || len(en.Mentions) == 0 {
			continue
		}
		head := en.parts[len(en.parts)-1]
		if trade && r.isOrgWord(head) || !trade && !regulatorHeads[head] {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}
