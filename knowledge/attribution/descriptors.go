package attribution

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Descriptor is one role the article gives a person, as written around a
// mention: a role noun with the words that qualify it. "Ukrainian President
// Volodymyr Zelenskyy" gives {Head: "president", Modifiers: ["ukrainian"]};
// "Castellano’s lawyer, J. R. Whitfield," gives {Head: "lawyer", Of:
// "castellano"}; "Jane Roe, the city's chief engineer," gives {Head:
// "engineer", Modifiers: ["chief"], Of: "city"}. Questions name people by
// these ("the union president", "the defense lawyer").
type Descriptor struct {
	// Head is the folded role noun ("president", "lawyer"); an abbreviated
	// title is spelt out ("Sen." → "senator").
	Head string
	// Modifiers are the folded words before the head in its phrase, in
	// order, possessor and determiner excluded ("chief"; "westerly",
	// "falls", "police"). Initials joined by stops are one word ("us").
	Modifiers []string
	// Of names whose role it is, folded: a possessor ("castellano", "city"),
	// the words after "of" ("the director of the museum" → "museum"), or the
	// name of the one a possessive pronoun refers to ("Its president, Ana
	// Paula Gomes," after the union is named → "setubal metalworkers' union");
	// "" when the text does not say.
	Of string
}

// maxDescriptorWords bounds a role phrase: titles and appositives of news
// are short, and a longer run is a clause, not a role.
const maxDescriptorWords = 6

// describe gives every person its descriptors from the phrases around its
// mentions: a title before the name ("Former President", "Assistant U.S.
// Attorney"), a lower-case role before it ("defense lawyer Jane Roe"), a
// role set off by a comma before it ("Its president, Ana Paula Gomes,") and
// an appositive after it ("Jane Roe, the city's chief engineer,"), and then
// any role the entity has that none of these phrases gave. It only reads
// what the sieves found: no attribution depends on it.
func (r *Result) describe() {
	for mi, m := range r.Mentions {
		en := &r.Entities[m.Entity]
		if en.Kind != Person || m.Sentence < 0 {
			continue
		}
		toks := r.toks[m.Sentence]
		k := tokenAt(toks, m.Start)
		tk := tokenAt(toks, m.TitleStart)
		if k < 0 || tk < 0 {
			continue
		}
		after := r.nameEnd(toks, m.End)
		for _, d := range []Descriptor{r.titleDescriptor(m.Sentence, tk, k), r.commaRoleBefore(m.Sentence, tk, mi), r.appositiveAfter(m.Sentence, after), r.copulaAfter(m.Sentence, after), r.copulaAfterAside(m.Sentence, after), r.agentAfter(m.Sentence, after), r.ledBy(m.Sentence, tk)} {
			if isNumber(d.Of) {
				d.Of = "" // "a mother of three"
			}
			if d.Head != "" {
				en.Descriptors = addDescriptor(en.Descriptors, d)
			}
		}
		for _, d := range r.actsFor(m.Sentence, after) {
			en.Descriptors = addDescriptor(en.Descriptors, d)
		}
	}
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person {
			continue
		}
		// "Sen. Ellen Hadley, D-Colo.,": the party and state qualify every
		// role she holds ("the Democratic senator", "the Colorado senator").
		for _, mi := range en.Mentions {
			m := r.Mentions[mi]
			party, state := r.partyTag(m.Sentence, r.nameEnd(r.toks[m.Sentence], m.End))
			if party == "" {
				continue
			}
			for i := range en.Descriptors {
				d := &en.Descriptors[i]
				for _, w := range []string{party, state} {
					if !slices.Contains(d.Modifiers, w) {
						d.Modifiers = append(slices.Clip(d.Modifiers), w)
					}
				}
			}
			en.Descriptors = addDescriptor(en.Descriptors, Descriptor{Head: partyMembers[party], Modifiers: []string{state}})
		}
		for _, ro := range en.Roles {
			words := strings.Fields(ro)
			head := words[len(words)-1]
			// A word often a surname ("farmer") is a role when the article gave it as one.
			if !r.isRoleHead(head) && !(notRoles[head] && r.raw.IsPersonNoun(head)) || slices.ContainsFunc(en.Descriptors, func(d Descriptor) bool {
				return d.Head == head || slices.Contains(d.Modifiers, head)
			}) {
				continue // "Russian" of "Russian President" qualifies, it is no role
			}
			var mods []string
			for _, w := range words[:len(words)-1] {
				if !determiners[w] && !nlp.IsStopWord(w) {
					mods = append(mods, w)
				}
			}
			en.Descriptors = addDescriptor(en.Descriptors, Descriptor{Head: head, Modifiers: mods})
		}
	}
	r.appointedDescriptions()
	r.ledeDescriptions()
	r.speakerDescriptions()
}

// speakerDescriptions gives the speaker of a quotation the description
// its speech tag names them by: "“…,” the Westhaven captain told the
// press conference" makes the one the tag was resolved to the Westhaven
// captain, whom a question may call so though the article names him
// "the skipper" elsewhere.
func (r *Result) speakerDescriptions() {
	for _, q := range r.Quotations {
		if q.Speaker < 0 || q.Kind != KindQuote || q.Rule != "speech-after" || r.Entities[q.Speaker].Kind != Person {
			continue
		}
		si := r.sentenceOf(q.CloseEnd)
		if si < 0 {
			continue
		}
		toks := r.toks[si]
		k := 0
		for k < len(toks) && toks[k].Start < q.CloseEnd {
			k++
		}
		if k+1 >= len(toks) || toks[k].Norm != "the" || r.inQ[si][k] || strings.TrimSpace(r.doc.Text[q.CloseEnd:toks[k].Start]) != "" {
			continue
		}
		d := r.descriptionAfter(si, k)
		en := &r.Entities[q.Speaker]
		if d.Head == "" || len(d.Modifiers) == 0 && d.Of == "" && len(en.Descriptors) > 0 {
			// A bare "the skipper said" after "South Africa's captain, Riaan
			// du Preez," says no more than the role the article gave him,
			// and would make him the skipper more than the other side's
			// captain is.
			continue
		}
		en.Descriptors = addDescriptor(en.Descriptors, d)
	}
}

// appointVerbs give their object a role: "named her its music director",
// "appointed Roe as treasurer".
var appointVerbs = wordSet(`named appointed made elected hired chose picked promoted installed`)

// appointedDescriptions gives the object of an appointment verb the role
// after it: "the Harbour City Philharmonic named her its music director"
// (a pronoun resolved to its person), "the board appointed Jane Roe as
// treasurer".
func (r *Result) appointedDescriptions() {
	for si, toks := range r.toks {
		for v := 0; v+2 < len(toks); v++ {
			if !appointVerbs[toks[v].Norm] || r.inQ[si][v] || r.gapAt(toks, v+1) != " " {
				continue
			}
			e, j := -1, v+2
			if pe, ok := r.pronoun[toks[v+1].Start]; ok && (toks[v+1].Norm == "her" || toks[v+1].Norm == "him") {
				e = pe
			} else if mi, ok := r.titleAt[toks[v+1].Start]; ok {
				e = r.Mentions[mi].Entity
				j = r.nameEnd(toks, r.Mentions[mi].End)
			}
			if e < 0 || r.Entities[e].Kind != Person || j >= len(toks) || r.gapAt(toks, j) != " " {
				continue
			}
			if toks[j].Norm == "as" && j+1 < len(toks) {
				j++
			}
			// The role ends at its head noun: "its music director last
			// spring".
			lo := j
			if determiners[toks[lo].Norm] || possessivePronouns[toks[lo].Norm] || r.isPossessiveToken(toks, lo) {
				lo++
			}
			for h := lo; h < len(toks) && h < lo+3; h++ {
				if h > lo && r.gapAt(toks, h) != " " || r.inQ[si][h] || nlp.IsStopWord(toks[h].Norm) {
					break
				}
				if r.isRoleToken(toks[h]) && !companyNouns[toks[h].Norm] && (h+1 >= len(toks) || !r.isRoleToken(toks[h+1])) {
					d := Descriptor{Head: roleOf(toks[h].Norm), Modifiers: r.modifierWords(toks, lo, h)}
					r.Entities[e].Descriptors = addDescriptor(r.Entities[e].Descriptors, d)
					break
				}
			}
		}
	}
}

// addDescriptor appends d unless an equal one is there.
func addDescriptor(ds []Descriptor, d Descriptor) []Descriptor {
	for _, o := range ds {
		if o.Head == d.Head && o.Of == d.Of && slices.Equal(o.Modifiers, d.Modifiers) {
			return ds
		}
	}
	return append(ds, d)
}

// tokenAt returns the index of the token starting at off, or -1.
func tokenAt(toks []nlp.Token, off int) int {
	for k, t := range toks {
		if t.Start == off {
			return k
		}
		if t.Start > off {
			break
		}
	}
	return -1
}

// nameEnd returns the index of the first token after a name ending at
// offset end (a possessive "’s" inside the last token included).
func (r *Result) nameEnd(toks []nlp.Token, end int) int {
	for k, t := range toks {
		if t.End >= end {
			return k + 1
		}
	}
	return len(toks)
}

// gapAt is the text between tokens k-1 and k.
func (r *Result) gapAt(toks []nlp.Token, k int) string {
	return r.doc.Text[toks[k-1].End:toks[k].Start]
}

// isPossessiveToken reports a possessive "’s"/"'s" word or a plural
// possessive ("players’").
func (r *Result) isPossessiveToken(toks []nlp.Token, k int) bool {
	t := toks[k]
	if strings.HasSuffix(t.Text, "’s") || strings.HasSuffix(t.Text, "'s") {
		return true
	}
	return k+1 < len(toks) && (r.gapAt(toks, k+1) == "’ " || r.gapAt(toks, k+1) == "' ") && strings.HasSuffix(t.Norm, "s")
}

// possessor folds a possessive word ("Castellano’s" → "castellano").
func possessor(t nlp.Token) string {
	return foldName(strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s"))
}

// modifierWords folds toks[i:j] into modifiers, joining initials separated
// by stops ("U.S." → "us") and spelling out abbreviated titles.
func (r *Result) modifierWords(toks []nlp.Token, i, j int) []string {
	var out []string
	for k := i; k < j; k++ {
		w := toks[k].Norm
		if utf8.RuneCountInString(w) == 1 && k+1 < j && utf8.RuneCountInString(toks[k+1].Norm) == 1 && r.gapAt(toks, k+1) == "." {
			w += toks[k+1].Norm
			k++
		}
		if determiners[w] {
			continue
		}
		if w == "ex" && k+1 < len(toks) && r.gapAt(toks, k+1) == "-" {
			w = "former" // "ex-treasurer": a former one
		}
		out = append(out, roleOf(w))
	}
	return out
}

// isRoleHead reports whether a folded word may head a role phrase.
func (r *Result) isRoleHead(w string) bool {
	if g := titleAbbrev[w]; g == "male" || g == "female" {
		return false // "Mr.", "Lady": a title, no role
	}
	return !notRoles[w] && r.lex.IsPersonNoun(w)
}

// isRoleToken reports whether a token may head a role phrase: a word the
// hand list vetoes as more often a surname ("singer", "farmer") is a role
// when written in lower case ("the singer Dolores Quintana").
func (r *Result) isRoleToken(t nlp.Token) bool {
	if notRoles[t.Norm] && !isCap(t) {
		return r.raw.IsPersonNoun(t.Norm)
	}
	return r.isRoleHead(t.Norm)
}

// titleDescriptor reads the title phrase of a mention, toks[tk:k] (the
// engine's titles: "Ukrainian President", "U.S. District Judge"), and the
// lower-case words just before it ("former", "defense lawyer"), stopping at
// a determiner, a possessive (its Of), punctuation or a function word.
func (r *Result) titleDescriptor(si, tk, k int) Descriptor {
	toks := r.toks[si]
	head := -1
	for m := k - 1; m >= tk; m-- {
		if r.isTitleWord(toks[m].Norm) && titleAbbrev[toks[m].Norm] != "male" && titleAbbrev[toks[m].Norm] != "female" {
			head = m
			break
		}
	}
	lo := tk
	var of string
	for lo > 0 && k-lo < maxDescriptorWords {
		gap := r.gapAt(toks, lo)
		p := toks[lo-1]
		if (gap == "’ " || gap == "' ") && strings.HasSuffix(p.Norm, "s") {
			of = foldName(p.Text) // "Rovers’ manager Gareth Pryce"
			break
		}
		if gap == "-" && p.Norm == "ex" {
			lo-- // "ex-treasurer Raymond Castellano"
			continue
		}
		if gap != " " && !(gap == "." || gap == ". ") {
			break
		}
		if (gap == "." || gap == ". ") && utf8.RuneCountInString(p.Norm) != 1 && titleAbbrev[p.Norm] == "" {
			break
		}
		if r.inQ[si][lo-1] != r.inQ[si][k] {
			break
		}
		if r.isPossessiveToken(toks, lo-1) {
			of = possessor(p)
			break
		}
		if nlp.IsStopWord(p.Norm) || determiners[p.Norm] || prepositions[p.Norm] || speechVerbs[p.Norm] ||
			personalPronouns[p.Norm] != "" || isNumber(p.Norm) || fillers[p.Norm] {
			break
		}
		// A lower-case word qualifies a role when it is a role word or
		// a noun used as one ("defense", "police", "union",
		// "transportation critic"), not a verb ("has pressured Ukrainian
		// President …").
		if !isCap(p) && !roleModifiers[p.Norm] && !r.lex.IsPersonNoun(p.Norm) && !r.isOrgWord(p.Norm) && !r.nounModifier(p.Norm) {
			break
		}
		lo--
	}
	if head < 0 {
		// "defense lawyer Jane Roe": the role word right before the name.
		if lo < tk && r.isRoleToken(toks[tk-1]) {
			head = tk - 1
		} else {
			return Descriptor{}
		}
	}
	if !r.isRoleToken(toks[head]) && !r.isRoleHead(roleOf(toks[head].Norm)) {
		return Descriptor{}
	}
	return Descriptor{Head: roleOf(toks[head].Norm), Modifiers: r.modifierWords(toks, lo, head), Of: of}
}

// commaRoleBefore reads a role set off by a comma before a mention
// (toks[tk] opens it): "Castellano’s lawyer, J. R. Whitfield", "The city’s
// chief engineer, Harriet Osei", "Her coach, Daniel Kiprotich", "Its
// president, Ana Paula Gomes". The phrase opens the sentence or follows a
// determiner, a possessive or a possessive pronoun.
func (r *Result) commaRoleBefore(si, tk, mi int) Descriptor {
	toks := r.toks[si]
	if tk >= 2 && toks[tk-1].Norm == "the" && r.gapAt(toks, tk) == " " && r.Mentions[mi].TitleStart < r.Mentions[mi].Start {
		tk-- // "the vicar, the Rev Simon Achterberg,": the title's article
	}
	if a := r.namedDescriptionStart(si, tk); a >= 0 {
		tk = a // "The society's chairman, a retired headmaster named Gordon Pryce,"
	} else if a := r.bodyBeforeTitle(si, tk); a >= 0 {
		tk = a // "The pronouncer, Springvale Community College linguistics professor Harold Nkemelu,"
	}
	if tk < 1 || strings.TrimSpace(r.gapAt(toks, tk)) != "," || r.inQ[si][tk-1] {
		return Descriptor{}
	}
	head := tk - 1
	of, ofNoun := "", ""
	if head >= 2 && !isCap(toks[head]) && toks[head-1].Norm == "of" && r.isRoleToken(toks[head-2]) && !r.inQ[si][head-2] &&
		r.gapAt(toks, head) == " " && r.gapAt(toks, head-1) == " " && !nlp.IsStopWord(toks[head].Norm) && singular(toks[head].Norm) != toks[head].Norm {
		// "The food bank's chair of trustees, the Rev …": a role of a
		// plural noun, whose holder the owner before it may name too.
		ofNoun, head = toks[head].Norm, head-2
	}
	if !r.isRoleToken(toks[head]) && !(ofNoun == "" && head >= 1 && determiners[toks[head-1].Norm] && r.unknownRoleNoun(toks, head-1, head)) {
		// "The head teacher of Ottley Primary, Amanda Sowerby,": a role
		// of a named body before the comma. A noun the lexicon lacks
		// after a determiner ("The pronouncer, … Harold Nkemelu,") is a
		// role by the syntax alone, as after a name (unknownRoleNoun).
		h, body := r.roleOfNamed(si, head)
		if h < 0 {
			return Descriptor{}
		}
		head, of = h, body
	}
	// A capitalised head may be a name's last word ("… Smith, John …")
	// unless a title word or a possessor or determiner opens the phrase
	// ("The town's MP, Sir Anthony Blake-Hollis").
	capHead := isCap(toks[head]) && !r.isTitleWord(toks[head].Norm)
	lo := head
	opened := false
	for lo > 0 && head-lo < maxDescriptorWords {
		gap := r.gapAt(toks, lo)
		if gap != " " && gap != "’ " && gap != "' " {
			opened = strings.ContainsAny(gap, ".;:—–(") || strings.TrimSpace(gap) == "" // punctuation ends the phrase
			break
		}
		p := toks[lo-1]
		if r.isPossessiveToken(toks, lo-1) {
			of = possessor(p)
			// "the city’s": the determiner before the possessor is part of it.
			lo--
			opened = true
			break
		}
		if possessivePronouns[p.Norm] || p.Norm == "its" {
			of = r.pronounOwner(si, lo-1, mi)
			lo--
			opened = true
			break
		}
		if determiners[p.Norm] {
			// "At the meeting, the vicar, …": a comma before the
			// determiner ends what could govern it.
			if lo >= 2 && r.gapAt(toks, lo-1) == " " && governed(toks, lo-1) && !r.agentBy(toks, lo-2) {
				return Descriptor{} // "Counsel assisting the coroner, Ngaire van Heerden"
			}
			lo--
			opened = true
			break
		}
		// "an outside lawyer": a preposition's word right after a
		// determiner qualifies the role.
		adj := prepositions[p.Norm] && !nlp.IsStopWord(p.Norm) && lo >= 2 && determiners[toks[lo-2].Norm] && r.gapAt(toks, lo-1) == " "
		if !adj && (nlp.IsStopWord(p.Norm) || prepositions[p.Norm] || speechVerbs[p.Norm] || isNumber(p.Norm)) {
			break
		}
		lo--
	}
	if lo == 0 && !capHead {
		opened = true
	}
	if !opened || capHead && lo == head {
		return Descriptor{}
	}
	first := lo
	for first < head && (determiners[toks[first].Norm] || possessivePronouns[toks[first].Norm] || r.isPossessiveToken(toks, first)) {
		first++
	}
	if ofNoun != "" {
		of = ofNoun
	}
	return Descriptor{Head: roleOf(toks[head].Norm), Modifiers: r.modifierWords(toks, first, head), Of: of}
}

// namedDescriptionStart returns where an indefinite description that
// introduces the name at token tk of sentence si opens, after a comma ("…,
// a retired headmaster named Gordon Pryce"): the role before that comma
// is the named person's too. -1 when there is none.
func (r *Result) namedDescriptionStart(si, tk int) int {
	toks := r.toks[si]
	if tk < 3 || r.inQ[si][tk-1] || toks[tk-1].Norm != "named" && toks[tk-1].Norm != "called" || r.gapAt(toks, tk) != " " {
		return -1
	}
	for m := tk - 2; m >= 1 && m >= tk-6; m-- {
		if r.inQ[si][m] || r.gapAt(toks, m+1) != " " || isCap(toks[m]) {
			return -1
		}
		if toks[m].Norm == "a" || toks[m].Norm == "an" {
			if m == tk-2 || strings.TrimSpace(r.gapAt(toks, m)) != "," {
				return -1
			}
			return m
		}
		if nlp.IsStopWord(toks[m].Norm) {
			return -1
		}
	}
	return -1
}

// maxBodyWords bounds a body's name before a title (bodyBeforeTitle).
const maxBodyWords = 5

// bodyBeforeTitle returns where a body's name and the lower-case title
// before the name at token tk of sentence si open, after a comma ("…,
// Springvale Community College linguistics professor Harold Nkemelu"):
// capitalised words, then at most three lower-case ones with a role noun,
// one space apart. -1 when there is none.
func (r *Result) bodyBeforeTitle(si, tk int) int {
	toks := r.toks[si]
	if tk < 3 || tk >= len(toks) || r.gapAt(toks, tk) != " " {
		return -1
	}
	m := tk - 1
	role := false
	for ; m >= 1 && m >= tk-3 && !isCap(toks[m]); m-- {
		if r.inQ[si][m] || r.gapAt(toks, m) != " " || nlp.IsStopWord(toks[m].Norm) {
			return -1
		}
		role = role || r.isRoleToken(toks[m])
	}
	if !role {
		return -1
	}
	for lo := m; m >= 1 && m >= lo-maxBodyWords+1; m-- {
		if r.inQ[si][m] || !isCap(toks[m]) || r.isTitleWord(toks[m].Norm) {
			return -1
		}
		if g := r.gapAt(toks, m); strings.TrimSpace(g) == "," {
			return m
		} else if g != " " {
			return -1
		}
	}
	return -1
}

// roleOfNamed reads a role of a named body ending at toks[end]: "head
// teacher of Ottley Primary", "director at the Royal Mint". It returns
// the role noun's index and the body's name, folded, or -1.
func (r *Result) roleOfNamed(si, end int) (int, string) {
	toks := r.toks[si]
	for m := end; m >= 2 && end-m < 6; m-- {
		if r.inQ[si][m] || r.gapAt(toks, m) != " " {
			return -1, ""
		}
		w := toks[m].Norm
		if (w == "of" || w == "at" || w == "for") && m < end {
			if !isCap(toks[m+1]) && !(toks[m+1].Norm == "the" && m+1 < end) || isCap(toks[m-1]) || !r.isRoleToken(toks[m-1]) {
				return -1, ""
			}
			var body []string
			for _, t := range toks[m+1 : end+1] {
				if !determiners[t.Norm] {
					body = append(body, t.Norm)
				}
			}
			return m - 1, strings.Join(body, " ")
		}
		if !isCap(toks[m]) && w != "the" && w != "and" && !(w == "of" && m < end) {
			return -1, ""
		}
	}
	return -1, ""
}

// pronounOwner names whom a possessive pronoun at toks[k] of sentence si
// refers to: the person the pronoun resolution chose for "her"/"his", the
// latest organisation named before it for "its"/"their"; "" when unknown.
func (r *Result) pronounOwner(si, k, mi int) string {
	t := r.toks[si][k]
	if e, ok := r.pronoun[t.Start]; ok && e != r.Mentions[mi].Entity {
		return foldName(r.Entities[e].Name)
	}
	if t.Norm != "its" && t.Norm != "their" {
		return ""
	}
	// The latest organisation named in this sentence or the one before.
	best := -1
	for i := mi - 1; i >= 0; i-- {
		m := r.Mentions[i]
		if m.Sentence < si-1 {
			break
		}
		if m.Start < t.Start && r.Entities[m.Entity].Kind == Organisation {
			best = m.Entity
			break
		}
	}
	if best < 0 {
		return ""
	}
	return foldName(r.Entities[best].Name)
}

// appositiveAfter reads an appositive after a name ending before toks[j]:
// ", the city's chief engineer,", ", a retired fire captain who …", ", the
// director of the museum,". Its head is the last role noun before the
// phrase ends (a comma or stop, "who", "whose", a speech verb) or before
// "of"/"at", whose object is then the role's Of.
func (r *Result) appositiveAfter(si, j int) Descriptor {
	toks := r.toks[si]
	if j <= 0 || j >= len(toks) || strings.TrimSpace(r.gapAt(toks, j)) != "," || r.inQ[si][j] != r.inQ[si][j-1] {
		return Descriptor{}
	}
	if j+2 < len(toks) && isAge(toks[j].Norm) && strings.TrimSpace(r.gapAt(toks, j+1)) == "," {
		j++ // "Marcus Delaney, 31, the head lifeguard,": past the age
	}
	// "Jane Roe, who is the city's chief engineer,"; but "…, now a
	// surgeon in Bristol, was guest of honour": a verb right after the
	// comma is the sentence's, its subject the name before the aside.
	if d := r.copulaRole(si, j); d.Head != "" && toks[j].Norm == "who" {
		return d
	}
	if d := r.agentRole(si, j); d.Head != "" {
		return d // "Ravi Shah, who chairs the committee,"
	}
	if d := r.heldPost(si, j); d.Head != "" {
		return d // "said Rashid Qureshi, who has held the post since 2017"
	}
	return r.roleNounPhrase(si, j)
}

// postNouns are the nouns by which news refers back to a role it has just
// named: "the finance director … said Rashid Qureshi, who has held the
// post for nine years".
var postNouns = map[string]bool{"post": true, "role": true, "job": true, "position": true, "office": true}

// heldVerbs hold or take a post.
var heldVerbs = map[string]bool{"held": true, "holds": true, "took": true, "taken": true, "filled": true, "occupied": true}

// heldPost reads ", who has held the post …" after a name ending before
// toks[j]: the role the post is, the nearest definite role phrase before
// the name in this sentence or the two before it, outside quotations and
// named by no name beside it ("The council's finance director warned …
// “…,” said Rashid Qureshi, who has held the post").
func (r *Result) heldPost(si, j int) Descriptor {
	toks := r.toks[si]
	if j+3 >= len(toks) || toks[j].Norm != "who" || r.inQ[si][j] {
		return Descriptor{}
	}
	k := j + 1
	for k < len(toks) && (toks[k].Norm == "has" || toks[k].Norm == "had" || toks[k].Norm == "have" || toks[k].Norm == "also") {
		k++
	}
	if k+2 >= len(toks) || !heldVerbs[toks[k].Norm] {
		return Descriptor{}
	}
	k++
	if toks[k].Norm == "up" || toks[k].Norm == "over" {
		k++
	}
	if k+1 >= len(toks) || toks[k].Norm != "the" || !postNouns[toks[k+1].Norm] {
		return Descriptor{}
	}
	for s := si; s >= 0 && s >= si-2; s-- {
		st := r.toks[s]
		end := len(st)
		if s == si {
			end = j
		}
		for h := end - 1; h >= 1; h-- {
			if r.inQ[s][h] || isCap(st[h]) || !r.isRoleToken(st[h]) || singular(st[h].Norm) != st[h].Norm {
				continue
			}
			if h+1 < len(st) && (isCap(st[h+1]) || r.lex.IsPersonNoun(st[h+1].Norm)) && r.gapAt(st, h+1) == " " {
				continue // "the finance director Rashid Qureshi" names its own
			}
			if h+1 < len(st) && strings.TrimSpace(r.gapAt(st, h+1)) == "," {
				if _, named := r.nameAt[st[h+1].Start]; named {
					continue // "the chair, Gwen Ashdown," likewise
				}
			}
			// The opener: "the", a possessive, within three words.
			lo, of := -1, ""
			for m := h - 1; m >= 0 && m >= h-3; m-- {
				if r.gapAt(st, m+1) != " " && !(r.isPossessiveToken(st, m) && strings.TrimSpace(r.gapAt(st, m+1)) == "") {
					break
				}
				if r.isPossessiveToken(st, m) {
					of, lo = possessor(st[m]), m+1
					break
				}
				if st[m].Norm == "the" {
					lo = m + 1
					break
				}
				if nlp.IsStopWord(st[m].Norm) || isCap(st[m]) && m+1 < h {
					break
				}
			}
			if lo < 0 {
				continue
			}
			return Descriptor{Head: roleOf(st[h].Norm), Modifiers: r.modifierWords(st, lo, h), Of: of}
		}
	}
	return Descriptor{}
}

// partyRoles are the roles of one who speaks "for" a party: "Harish
// Venkataraman, for the lenders," is the lenders' counsel (in court) and
// their representative, whatever the article calls them.
var partyRoles = []string{"counsel", "lawyer", "representative"}

// actsFor reads ", for the lenders," after a name ending before toks[j]:
// the person acts for that party, which is whose counsel, lawyer and
// representative they are. The party must be people or an organisation
// (a person or organisation noun heads it), so "for the first time" or
// "for example" gives nothing.
func (r *Result) actsFor(si, j int) []Descriptor {
	toks := r.toks[si]
	if j <= 0 || j+2 >= len(toks) || strings.TrimSpace(r.gapAt(toks, j)) != "," || toks[j].Norm != "for" || r.inQ[si][j] {
		return nil
	}
	k := j + 1
	if !determiners[toks[k].Norm] && !possessivePronouns[toks[k].Norm] {
		return nil
	}
	var of []string
	end := -1
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		if r.inQ[si][m] || m > k+1 && strings.ContainsAny(r.gapAt(toks, m), ",;:.()—–\"“”") {
			end = m
			break
		}
		of = append(of, foldName(possessor(toks[m])))
	}
	if end < 0 && k+1+len(of) == len(toks) {
		end = len(toks)
	}
	if end < 0 || len(of) == 0 {
		return nil
	}
	head := of[len(of)-1]
	if !r.lex.IsPersonNoun(singular(head)) && !r.lex.IsOrganisationNoun(singular(head)) && !r.lex.IsPersonNoun(head) && !r.lex.IsOrganisationNoun(head) {
		return nil
	}
	ds := make([]Descriptor, len(partyRoles))
	for i, h := range partyRoles {
		ds[i] = Descriptor{Head: h, Of: strings.Join(of, " ")}
	}
	return ds
}

// agentVerbs name a role by what its holder does, with the role noun:
// "who chairs the committee" is its chair.
var agentVerbs = map[string]string{
	"chairs": "chair", "chaired": "chair", "leads": "leader", "led": "leader", "heads": "head",
	"headed": "head", "runs": "head", "ran": "head", "directs": "director", "directed": "director",
	"manages": "manager", "managed": "manager", "coaches": "coach", "coached": "coach",
	"edits": "editor", "edited": "editor", "founded": "founder", "owns": "owner", "owned": "owner",
	"represents": "representative", "represented": "representative", "presides": "president",
}

// agentRole reads ", who chairs the committee" after a name ending before
// toks[j]: the role the verb's agent holds ("chair"), of what follows.
func (r *Result) agentRole(si, j int) Descriptor {
	toks := r.toks[si]
	if j+2 >= len(toks) || toks[j].Norm != "who" || r.inQ[si][j] {
		return Descriptor{}
	}
	return r.agentVerbAt(si, j+1)
}

// agentVerbAt reads an agent verb at toks[k] (after fillers: "now",
// "also") and its object: the role its agent holds, of what follows.
func (r *Result) agentVerbAt(si, k int) Descriptor {
	toks := r.toks[si]
	for k < len(toks) && (toks[k].Norm == "now" || toks[k].Norm == "also" || toks[k].Norm == "still" || toks[k].Norm == "has" || toks[k].Norm == "currently") {
		k++
	}
	if k >= len(toks) {
		return Descriptor{}
	}
	head, ok := agentVerbs[toks[k].Norm]
	if !ok || k+1 >= len(toks) {
		return Descriptor{}
	}
	if toks[k].Norm == "presides" && toks[k+1].Norm == "over" {
		k++
	}
	var of []string
	for m := k + 1; m < len(toks) && m <= k+6; m++ {
		if m > k+1 && strings.ContainsAny(r.gapAt(toks, m), ",;:.()—–\"“”") || r.inQ[si][m] {
			break
		}
		if w := toks[m].Norm; !determiners[w] && !possessivePronouns[w] {
			if prepositions[w] && w != "of" {
				break
			}
			of = append(of, foldName(possessor(toks[m])))
		}
	}
	if len(of) == 0 {
		return Descriptor{}
	}
	return Descriptor{Head: head, Of: strings.Join(of, " ")}
}

// agentAfter reads "Brekke founded Glide in Oslo", "Osei chairs the
// committee": an agent verb right after the name gives its role, as
// ", who chairs the committee," does.
func (r *Result) agentAfter(si, j int) Descriptor {
	toks := r.toks[si]
	if j <= 0 || j >= len(toks) || r.gapAt(toks, j) != " " || r.inQ[si][j] {
		return Descriptor{}
	}
	return r.agentVerbAt(si, j)
}

// maxAside bounds the words of an aside between a name and its verb.
const maxAside = 14

// copulaAfterAside reads a copula after an aside set off by commas after
// the name ending before toks[j]: "Ifeoma Nwachukwu, now a consultant
// surgeon, was guest of honour", "Jane Roe, 54, is the city's engineer".
func (r *Result) copulaAfterAside(si, j int) Descriptor {
	toks := r.toks[si]
	if j <= 0 || j >= len(toks) || strings.TrimSpace(r.gapAt(toks, j)) != "," || r.inQ[si][j] {
		return Descriptor{}
	}
	for k := j + 1; k < len(toks) && k <= j+maxAside; k++ {
		if r.inQ[si][k] {
			return Descriptor{}
		}
		gap := strings.TrimSpace(r.gapAt(toks, k))
		if gap == "," {
			if _, named := r.nameAt[toks[k].Start]; named {
				return Descriptor{} // a list of names: the verb is theirs
			}
			if k+1 < len(toks) && appointVerbs[toks[k+1].Norm] {
				// "Ada Ruiz, a retired nurse, was elected mayor": the
				// new holder, whom appointedDescriptions describes.
				return Descriptor{}
			}
			return r.copulaRole(si, k)
		}
		if gap != "" && gap != "-" && gap != "’" && gap != "'" {
			return Descriptor{}
		}
	}
	return Descriptor{}
}

// copulaAfter reads "Roe is the city's chief engineer": a copula right
// after the name.
func (r *Result) copulaAfter(si, j int) Descriptor {
	toks := r.toks[si]
	if j <= 0 || j >= len(toks) || r.gapAt(toks, j) != " " {
		return Descriptor{}
	}
	return r.copulaRole(si, j)
}

// copulas link a name to its role: "Roe is the city's engineer", "Roe,
// who was named chief executive in May,", "Roe serves as treasurer".
var copulas = wordSet(`is was became becomes remains remained serves served`)

// copulaRole reads a role after a copula following a name that ends
// before toks[j] ("Roe is the city’s chief engineer", "Roe, who became
// its president in 2019,"), or after "was named/appointed (as)".
func (r *Result) copulaRole(si, j int) Descriptor {
	toks := r.toks[si]
	k := j
	if k < len(toks) && toks[k].Norm == "who" && strings.TrimSpace(r.gapAt(toks, k)) == "," {
		k++
	}
	if k >= len(toks) || r.inQ[si][k] != r.inQ[si][j-1] {
		return Descriptor{}
	}
	switch {
	case copulas[toks[k].Norm]:
		k++
		if k < len(toks) && (toks[k].Norm == "now" || toks[k].Norm == "also" || toks[k].Norm == "still") {
			k++
		}
		if k < len(toks) && (toks[k].Norm == "named" || toks[k].Norm == "appointed" || toks[k].Norm == "elected") {
			k++
		}
	case toks[k].Norm == "has" && k+1 < len(toks) && toks[k+1].Norm == "been":
		k += 2
	default:
		return Descriptor{}
	}
	if k < len(toks) && toks[k].Norm == "as" {
		k++
	}
	if k >= len(toks) || r.gapAt(toks, k) != " " {
		return Descriptor{}
	}
	return r.roleNounPhrase(si, k)
}

// roleNounPhrase reads a role noun phrase starting at toks[j]: "the city's
// chief engineer", "a retired fire captain who …", "the director of the
// museum".
func (r *Result) roleNounPhrase(si, j int) Descriptor {
	toks := r.toks[si]
	first := toks[j]
	if !determiners[first.Norm] && !possessivePronouns[first.Norm] && !r.isPossessiveToken(toks, j) &&
		!roleModifiers[first.Norm] && !r.isRoleHead(first.Norm) && !isDemonym(first.Norm) && !isCap(first) {
		return Descriptor{}
	}
	end := j
	for end < len(toks) && end-j < maxDescriptorWords+2 {
		if end > j && strings.ContainsAny(r.gapAt(toks, end), ",;:.()—–\"“”") {
			break
		}
		w := toks[end].Norm
		if w == "who" || w == "whose" || w == "which" || w == "that" || speechVerbs[w] || w == "and" {
			break
		}
		end++
	}
	// The head: the last role noun before a preposition or the end;
	// after "of", "at" or "for" comes whose role it is.
	stop := end
	for m := j + 1; m < end; m++ {
		if prepositions[toks[m].Norm] {
			stop = m
			if w := toks[m].Norm; w != "of" && w != "at" && w != "for" {
				end = m // "its director in May"
			}
			break
		}
	}
	head := stop - 1
	if head < j || !r.isRoleToken(toks[head]) && !r.unknownRoleNoun(toks, j, head) || companyNouns[toks[head].Norm] {
		return Descriptor{}
	}
	lo := j
	of := ""
	for m := j; m < head; m++ {
		t := toks[m]
		switch {
		case r.isPossessiveToken(toks, m):
			of = possessor(t)
			lo = m + 1
		case possessivePronouns[t.Norm] || t.Norm == "its":
			lo = m + 1
		case determiners[t.Norm]:
			lo = m + 1
		}
	}
	if stop < end {
		var w []string
		for m := stop + 1; m < end; m++ {
			if !determiners[toks[m].Norm] {
				w = append(w, foldName(possessor(toks[m])))
			}
		}
		if len(w) > 0 {
			of = strings.Join(w, " ")
		}
	}
	for m := lo; m < head; m++ {
		if nlp.IsStopWord(toks[m].Norm) || prepositions[toks[m].Norm] || isNumber(toks[m].Norm) {
			return Descriptor{}
		}
	}
	return Descriptor{Head: roleOf(toks[head].Norm), Modifiers: r.modifierWords(toks, lo, head), Of: of}
}

// nounModifier reports a singular word the lexicon knows first as a noun
// as written ("transportation", "climate"), which may qualify a title
// after it as a noun does; a verb's form ("pressured") or a plural
// ("reporters told …") does not.
func (r *Result) nounModifier(w string) bool {
	nf, ok := r.raw.(NounsFirst)
	return ok && singular(w) == w && nf.NounFirst(w)
}

// unknownRoleNoun reports a head noun the lexicon does not know at all
// ("convenor", a regional title) of a phrase toks[j:head+1] opened by a
// determiner or a possessive: set off after a person's name, the syntax
// alone makes it the person's role ("Lena Okonjo, the chapter's convenor
// at the depot,").
func (r *Result) unknownRoleNoun(toks []nlp.Token, j, head int) bool {
	t := toks[head]
	if head == j || isCap(t) || isNumber(t.Norm) || utf8.RuneCountInString(t.Norm) < 4 || nlp.IsStopWord(t.Norm) ||
		r.lex.IsCommonWord(t.Norm) || r.lex.IsPlace(t.Norm) || r.lex.IsOrganisationNoun(t.Norm) {
		return false
	}
	if kw, ok := r.raw.(KnownWords); !ok || kw.KnownWord(t.Norm) {
		return false // a word the lexicon has is a role only as a person noun
	}
	return determiners[toks[j].Norm] || possessivePronouns[toks[j].Norm] || r.isPossessiveToken(toks, j)
}

// partyTag reads the party and state tag of American news after a name
// ending before toks[j] — ", D-Colo.,", " (R-Texas)", ", I-Vt." — and returns
// the party's adjective ("democratic") and the state's name ("colorado"),
// or "" when there is none.
func (r *Result) partyTag(si, j int) (party, state string) {
	toks := r.toks[si]
	if j <= 0 || j+1 >= len(toks) {
		return "", ""
	}
	if g := strings.TrimSpace(r.gapAt(toks, j)); g != "," && g != "(" {
		return "", ""
	}
	party = parties[toks[j].Text]
	if party == "" || r.gapAt(toks, j+1) != "-" {
		return "", ""
	}
	words := r.modifierWords(toks, j+1, min(len(toks), j+3))
	if len(words) == 0 {
		return "", ""
	}
	if st := usStates[words[0]]; st != "" {
		return party, st
	}
	if len(words) > 1 && usStates[words[0]+" "+words[1]] != "" {
		return party, usStates[words[0]+" "+words[1]]
	}
	return "", ""
}

// parties are the one-letter party tags of American news.
var parties = map[string]string{"D": "democratic", "R": "republican", "I": "independent"}

// partyMembers name a party's member, a role of its own ("a Pueblo Democrat").
var partyMembers = map[string]string{"democratic": "democrat", "republican": "republican", "independent": "independent"}

// usStates maps the states' names, AP abbreviations and postal codes
// (folded, initials joined) to the folded name.
var usStates = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Split(`alabama ala al|alaska alaska ak|arizona ariz az|arkansas ark ar|california calif ca|colorado colo co|connecticut conn ct|delaware del de|florida fla fl|georgia ga ga|hawaii hawaii hi|idaho idaho id|illinois ill il|indiana ind in|iowa iowa ia|kansas kan ks|kentucky ky ky|louisiana la la|maine maine me|maryland md md|massachusetts mass ma|michigan mich mi|minnesota minn mn|mississippi miss ms|missouri mo mo|montana mont mt|nebraska neb ne|nevada nev nv|new_hampshire nh nh|new_jersey nj nj|new_mexico nm nm|new_york ny ny|north_carolina nc nc|north_dakota nd nd|ohio ohio oh|oklahoma okla ok|oregon ore or|pennsylvania pa pa|rhode_island ri ri|south_carolina sc sc|south_dakota sd sd|tennessee tenn tn|texas texas tx|utah utah ut|vermont vt vt|virginia va va|washington wash wa|west_virginia wva wv|wisconsin wis wi|wyoming wyo wy`, "|") {
		f := strings.Fields(row)
		name := strings.ReplaceAll(f[0], "_", " ")
		for _, k := range f {
			m[strings.ReplaceAll(k, "_", " ")] = name
		}
	}
	return m
}()

// agentBy reports whether token b is an agent's "by" after a verb ("led by
// an outside lawyer, Akiko Morita,"): the role it governs is the named
// one's, unlike a role after "for" or a participle, which names another
// ("a spokeswoman for the mayor, Jane Roe").
func (r *Result) agentBy(toks []nlp.Token, b int) bool {
	return b >= 1 && toks[b].Norm == "by" && !r.isRoleToken(toks[b-1])
}
