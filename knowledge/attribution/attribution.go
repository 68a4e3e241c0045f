// Package attribution finds who said what in a news article: quotation
// spans for every quoting style (curly, straight, British single, nested,
// multi-paragraph, Markdown block quotes, Q&A turns), the people and
// organisations the text names (mentions grouped into entities, with their
// roles and gender), and the speaker of every quotation, decided by an
// ordered list of small rules (sieves) from most to least certain, in the
// manner of Muzny et al. (EACL 2017) and Stanford CoreNLP's quote
// attribution. Every quotation remembers the sieve that decided.
//
// Analysis runs once per article, in time linear in its size.
package attribution

import (
	"slices"
	"sort"
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Span is a byte range of the article.
type Span struct{ Start, End int }

// Sentence is a sentence of the document: its span and paragraph index.
type Sentence struct {
	Start, End int
	Paragraph  int
}

// Doc is the article as the caller split it.
type Doc struct {
	Text       string
	Paragraphs []Span
	Sentences  []Sentence // in order; each inside its paragraph
}

// EntityKind says what an entity is.
type EntityKind string

// Entity kinds.
const (
	Person       EntityKind = "person"
	Organisation EntityKind = "organisation"
	Place        EntityKind = "place"
	Unknown      EntityKind = "unknown"
)

// Entity is one real person, organisation or place, with every name the
// article uses for it.
type Entity struct {
	Kind EntityKind
	// Name is the fullest name seen ("Ellen Hadley").
	Name string
	// Short is the shortest name that is unambiguous in the article: the
	// surname, or the full name when two people share the surname.
	Short string
	// Variants are the folded forms that refer to it ("ellen hadley",
	// "hadley", "sen. hadley", "senator hadley").
	Variants []string
	// Gender is "male", "female" or "" (unknown).
	Gender string
	// Roles are the folded role nouns the article gives it ("senator").
	Roles []string
	// Descriptors are the roles with the words that qualify them, as the
	// article writes them around the mentions ("Ukrainian President",
	// "Castellano’s lawyer", "the city's chief engineer").
	Descriptors []Descriptor
	// Mentions are indexes into Result.Mentions.
	Mentions []int
	// RoleOnly reports a person the article never names, known only by
	// a role ("the controller", "the bowser driver"): Name and Short are
	// then that role phrase as the article writes it.
	RoleOnly bool

	first, last string   // folded first and last name parts
	former      []string // roles the article says it held no longer
	nameGender  bool     // Gender comes from the given name alone: the article's pronouns may overrule it
	parts       []string
	evidence    map[string]int
}

// Mention is a name in the text.
type Mention struct {
	// Start and End are the name's offsets (titles excluded).
	Start, End int
	// TitleStart is where the title or role before it starts (== Start when none).
	TitleStart int
	Sentence   int
	Entity     int
	InQuote    bool
}

// SentenceInfo is what attribution knows about one sentence.
type SentenceInfo struct {
	// Subject is the entity the sentence is about (its first person
	// outside quotations not governed by a preposition, pronouns
	// resolved), or -1.
	Subject int
	// People are the person entities it mentions, pronouns resolved, in order.
	People []int
	// SaidBy is who the sentence reports as speaking: the speaker of a
	// quotation in it, or of reported speech ("Natarajan said night
	// closures would be limited"), or -1.
	SaidBy int
	// Rule is the sieve or "reported" rule that set SaidBy.
	Rule string
	// InQuote reports that the sentence starts at or inside a quotation
	// (its words are the speaker's).
	InQuote bool
	// Inside reports that the sentence starts strictly inside a quotation
	// opened before it ("It was more than 400 transfers,” Liang said."):
	// it does not stand alone.
	Inside bool
	// Question reports that the sentence is an interviewer's question.
	Question bool
	// Described is the person the sentence's opening description names
	// when a later sentence names them ("A former town treasurer who stole
	// … was sentenced" and then "Raymond Castellano, 61, … pleaded
	// guilty"), or -1.
	Described int
}

// Result is the attribution of one article.
type Result struct {
	Entities   []Entity
	Mentions   []Mention
	Quotations []Quotation
	Sentences  []SentenceInfo

	doc  Doc
	lex  Lexicon
	raw  Lexicon       // the lexicon as given, without the hand list's vetoes
	toks [][]nlp.Token // per sentence, absolute offsets
	// roleUse memoises usedAsRole: whether the text uses a title word as
	// a role anywhere ("the dean", "Dean of Students").
	roleUse map[string]bool
	// firstPerson memoises personNamedBefore: the offset of the first
	// mention of anyone who may be a person, once known (set is true).
	firstPerson    int
	firstPersonSet bool
	// bodyRoles memoises bodyRole by role and head word.
	bodyRoles  map[[2]string]bool
	nameAt     map[int]int // name's first token start → mention index
	titleAt    map[int]int // title's (or name's) first token start → mention index
	endAt      map[int]int // name's last token end → mention index
	outside    [][]int     // per sentence: person entities named or referred to outside quotations
	outsideAny [][]int     // the same with names that may be people (no evidence either way)
	pronoun    map[int]int // pronoun token start → entity
	// tookPronoun counts, per entity, the pronouns of each gender given to
	// it so far in a resolution pass.
	tookPronoun map[int]map[string]int
	// tookFirst is, per entity and gender, the sentence in which it first
	// took such a pronoun in the pass; resolving the sentence being read.
	tookFirst map[entityGender]int
	resolving int
	// myKin maps a relation ("father") to the person a first-person
	// narration introduces as "my father, <Name>" (-1: several).
	myKin map[string]int
	// couples are the marriages the article states by name ("Dave
	// Pickering and his wife Linda"): husband, wife.
	couples   [][2]int
	pronounAt [][]int        // per entity: the offsets of the pronouns referring to it, sorted
	bareUse   map[string]int // folded surname → the person the article calls by it alone (-2: several)
	titledUse map[string]int // "mrs finch" → the person that form first named (-2: ambiguous then)
	inQ       [][]bool       // per sentence, per token: inside a quotation

	byWord      map[string][]int // entities by each word of their names
	starts      [][]int          // per entity: its mentions' offsets, sorted
	paraSen     [][2]int         // per paragraph: its sentences [first, last+1)
	interviewer map[int]int      // memoised interviewee (key -1)
	addressed   map[int]int      // per answer paragraph: whom the questions before it address by name (built once)
	labels      map[string]int   // memoised Q&A label → entity
	// nestedBy marks nested quotations whose inner speaker is "I"/"we"
	// (the outer speaker) or "you" (whom the outer speaker addresses),
	// known only once the outer quotation is attributed.
	nestedBy map[int]string
	// ownPhrase holds, per nested quotation marked as the outer
	// speaker's relative or acquaintance, the phrase as written ("My
	// mum", "Our teacher"): its speaker when the article names no one so.
	ownPhrase map[int]string
	// articleRoles are the roles the article gives people (learnRoles),
	// set before attribution and again once analysis is done.
	articleRoles map[string]bool
	// roleOnly maps a folded role noun to the person the article knows
	// only by it (roleSpeaker).
	roleOnly map[string]int
	// tiedTo maps a role-only person to the named person roleTies found
	// holds the role, so that a quotation resolved to the role later
	// (a nested one) goes to the name too.
	tiedTo map[int]int
	// unnamedPronoun marks the offsets of the "he" and "she" that refer to
	// someone the article describes without naming ("A patient's daughter
	// … ‘…,’ she said"): their speaker is no one, not the last person named.
	unnamedPronoun map[int]bool
	// relatives maps an owner and a relation noun to the person the
	// article introduces so ("Her husband, Alan Pettigrew"); built once,
	// when a nested quotation needs it.
	relatives map[relKey]int
	// narrators memoises narrator per paragraph; toldToE is the "as told
	// to" teller once toldToSet.
	narrators map[int]int
	toldToE   int
	toldToSet bool
	// sieveSpk and sieveRule are the sieves' verdicts before the speaker
	// model; cands are the model's candidates per quotation (model.go).
	sieveSpk  []int
	sieveRule []string
	cands     [][]SpeakerCandidate
}

// Analyze attributes a document with the committed speaker model. lex may
// be nil (the hand list alone).
func Analyze(doc Doc, lex Lexicon) *Result {
	return AnalyzeWith(doc, lex, DefaultSpeakerModel())
}

// AnalyzeWith attributes a document with speaker model m (nil: the sieves
// alone), for the tool that fits and cross-validates the model.
func AnalyzeWith(doc Doc, lex Lexicon, m *SpeakerModel) *Result {
	if lex == nil {
		lex = HandLexicon{}
	}
	r := &Result{doc: doc, lex: newCached(Combined{Lex: lex}), raw: lex, nameAt: map[int]int{}, titleAt: map[int]int{}, endAt: map[int]int{}, pronoun: map[int]int{},
		byWord: map[string][]int{}, labels: map[string]int{}}
	r.Quotations = findQuotations(doc.Text, doc.Paragraphs)
	r.tokenize()
	r.findMentions()
	r.initialsAliases()
	r.familyNames()
	r.kinAddressNames()
	r.indexMentions()
	r.bodiesByReference()
	// The roles a passive's agent and an appointment give ("directed by
	// Siân Pryce"), before any role phrase is read.
	r.agentRoles()
	genders := make([]string, len(r.Entities))
	byName := make([]bool, len(r.Entities))
	for i := range r.Entities {
		genders[i], byName[i] = r.Entities[i].Gender, r.Entities[i].nameGender
	}
	r.resolve()
	// Before the narration's roles are read: "The commander closed the
	// throttles. He …" is about someone unnamed, not the last man named.
	r.indefiniteAntecedents()
	r.possessiveRoleObjects()
	r.quantifierAntecedents()
	r.describedAntecedents()
	r.definiteDescribedAntecedents()
	r.relativeDescribedAntecedents()
	r.selfIdentified()
	r.oneOfSeveralPronouns()
	r.roleAntecedents()
	r.askedRoleAntecedents()
	if r.narrativeRoles() {
		// Afresh, from the genders the names gave, with the roles the
		// narration gave: "the skipper laughed" now has its subject.
		for i := range genders {
			r.Entities[i].Gender, r.Entities[i].nameGender = genders[i], byName[i]
		}
		r.resolve()
		r.indefiniteAntecedents()
		r.possessiveRoleObjects()
		r.quantifierAntecedents()
		r.describedAntecedents()
		r.definiteDescribedAntecedents()
		r.relativeDescribedAntecedents()
		r.selfIdentified()
		r.oneOfSeveralPronouns()
		r.roleAntecedents()
		r.askedRoleAntecedents()
	}
	r.nameEntities()
	r.orgDescriptions()
	r.unnamedBodies()
	r.voicePronouns()
	// The quotation's role phrase reads the roles the article gives
	// people as a claim's does ("“…,” the mukhtar said").
	r.appointedRoles()
	r.learnRoles()
	r.attribute()
	r.speakerStage(m)
	r.interviewHeadline()
	// Whoever speaks is a person, unless known to be an organisation or place.
	for _, q := range r.Quotations {
		if q.Speaker >= 0 && r.Entities[q.Speaker].Kind == Unknown {
			r.Entities[q.Speaker].Kind = Person
		}
	}
	// Again, now that speaking for a body has shown which names are
	// organisations ("a spokesperson for Bakery Workers Local 118").
	r.orgDescriptions()
	r.nameEntities()
	r.reported()
	r.describe()
	// Again, with the roles attribution and description gave, for a
	// claim's role phrase.
	r.learnRoles()
	// The result is read by concurrent callers from here on: no more
	// writes to the memo tables.
	r.lex = Combined{Lex: lex}
	return r
}

// learnRoles records the roles the article gives people, so that a role
// phrase whose noun no lexicon knows ("the mukhtar said") is a role when,
// and only when, the article attaches it to a person ("Samir Haddad-Nour,
// the mukhtar of the village,"); one set, read by roleOrOrg and ByRole for
// quotations and claims alike.
func (r *Result) learnRoles() {
	r.articleRoles = map[string]bool{}
	for _, en := range r.Entities {
		if en.Kind == Person {
			for _, ro := range en.Roles {
				r.articleRoles[ro] = true
			}
		}
	}
}

func (r *Result) tokenize() {
	r.toks = make([][]nlp.Token, len(r.doc.Sentences))
	r.inQ = make([][]bool, len(r.doc.Sentences))
	r.Sentences = make([]SentenceInfo, len(r.doc.Sentences))
	outer := r.outerQuotes()
	qi := 0
	for si, s := range r.doc.Sentences {
		toks := nlp.TokenizeWith(r.doc.Text[s.Start:s.End], noStem)
		in := make([]bool, len(toks))
		for k := range toks {
			toks[k].Start += s.Start
			toks[k].End += s.Start
			for qi < len(outer) && outer[qi].CloseEnd <= toks[k].Start {
				qi++
			}
			in[k] = qi < len(outer) && outer[qi].OpenStart <= toks[k].Start
		}
		r.toks[si], r.inQ[si] = toks, in
		r.Sentences[si] = SentenceInfo{Subject: -1, SaidBy: -1, Described: -1}
	}
}

// noStem skips stemming: attribution compares folded words only.
func noStem(w string) string { return w }

// outerQuotes returns the quotations not nested in another, in order,
// but for an interviewer's questions that quote someone: their words are
// read as narration, so that "You said in March, “…”" or "Col. Abernathy
// said in a statement that “…”" attributes as it would in prose.
func (r *Result) outerQuotes() []Quotation {
	var out []Quotation
	for i, q := range r.Quotations {
		if q.Kind == KindQuestion && i+1 < len(r.Quotations) && r.Quotations[i+1].Paragraph == q.Paragraph {
			continue
		}
		if q.Parent < 0 {
			out = append(out, q)
		}
	}
	return out
}

// QuotationAt returns the index of the innermost quotation holding offset
// off, or -1.
func (r *Result) QuotationAt(off int) int {
	// Quotations are in order of their opening marks and nest: the one
	// holding off is the last opened before it or one of its parents.
	q := sort.Search(len(r.Quotations), func(i int) bool { return r.Quotations[i].OpenStart > off }) - 1
	for q >= 0 && off >= r.Quotations[q].CloseEnd {
		q = r.Quotations[q].Parent
	}
	return q
}

// indexMentions sorts each entity's mention offsets and finds each
// paragraph's sentences, for look-ups in time logarithmic or constant.
func (r *Result) indexMentions() {
	r.starts = make([][]int, len(r.Entities))
	for e := range r.Entities {
		for _, mi := range r.Entities[e].Mentions {
			r.starts[e] = append(r.starts[e], r.Mentions[mi].Start)
		}
		slices.Sort(r.starts[e])
	}
	r.paraSen = make([][2]int, len(r.doc.Paragraphs))
	for si, s := range r.doc.Sentences {
		p := &r.paraSen[s.Paragraph]
		if p[1] == 0 {
			p[0] = si
		}
		p[1] = si + 1
	}
}

// mentionsBefore counts entity e's mentions before offset at, and returns
// the last one's offset (-1 when none).
func (r *Result) mentionsBefore(e, at int) (n, last int) {
	n = sort.SearchInts(r.starts[e], at)
	if n == 0 {
		return 0, -1
	}
	return n, r.starts[e][n-1]
}

// SameSpeaker reports whether got, a speaker as the engine names it (a
// person's short name or a body's name), is the speaker an annotator names
// in full as gold ("Ellen Hadley"); "" matches only "". The held-out tests
// and the fit tools score speakers by it.
func (r *Result) SameSpeaker(gold, got string) bool {
	if gold == "" || got == "" {
		return gold == got
	}
	if nlp.Fold(gold) == nlp.Fold(got) {
		return true
	}
	e, _ := r.Resolve(gold)
	return e >= 0 && r.Entities[e].Short == got
}

// Resolve returns the entity a name refers to ("Ellen Hadley", "Sen.
// Hadley", "Hadley", "De Vries"): a variant of exactly one entity, persons
// first, a title or first name deciding between people who share a
// surname. A full name whose surname the article has but whose first name
// it does not ("Tom Hadley" when only Ellen Hadley is named) is no one;
// Resolve then reports other = true.
func (r *Result) Resolve(name string) (entity int, other bool) {
	f := foldName(name)
	if f == "" {
		return -1, false
	}
	// Titles before the name: kept to decide, dropped to match.
	parts := strings.Fields(f)
	var titles []string
	for len(parts) > 1 && (titleAbbrev[strings.TrimSuffix(parts[0], ".")] != "" || handRoles[parts[0]] || roleModifiers[parts[0]] ||
		len(parts) > 2 && r.lex.IsPersonNoun(parts[0])) {
		// A role noun before a full name is a title too ("Speaker Angus
		// McCrimmon", "Reeve Marie St-Pierre"); before a bare surname it
		// may be a given name ("Guy Ritchie").
		titles = append(titles, roleOf(strings.TrimSuffix(parts[0], ".")))
		parts = parts[1:]
	}
	bare := strings.Join(parts, " ")
	for _, kind := range []EntityKind{Person, Organisation, Unknown, Place} {
		var found []int
		for i := range r.Entities {
			e := &r.Entities[i]
			if e.Kind != kind {
				continue
			}
			if slices.Contains(e.Variants, f) || slices.Contains(e.Variants, bare) || (kind == Person && e.last == bare) ||
				(kind == Person && strings.EqualFold(lastWord(e.Name), bare)) {
				found = append(found, i)
			}
		}
		if len(found) > 1 && len(titles) > 0 {
			found = slices.DeleteFunc(found, func(i int) bool { return !r.fitsTitles(i, titles) })
		}
		if len(found) == 1 {
			return found[0], false
		}
		if len(found) > 1 {
			return -1, false // ambiguous: two Hadleys
		}
	}
	nparts := nameParts(bare)
	// "Sir Anthony", "Priya": a first name alone names the one person of
	// the article who has it.
	if len(nparts) == 1 {
		found := -1
		for i := range r.Entities {
			if e := &r.Entities[i]; e.Kind == Person && len(e.parts) >= 2 && e.first == nparts[0] {
				if found >= 0 {
					return -1, false
				}
				found = i
			}
		}
		if found >= 0 && (len(titles) == 0 || r.fitsTitles(found, titles)) {
			return found, false
		}
	}
	if len(nparts) >= 2 {
		first, last := nparts[0], nparts[len(nparts)-1]
		other := false
		for i := range r.Entities {
			e := &r.Entities[i]
			if e.Kind != Person || e.last != last {
				continue
			}
			if e.first == first || (len(e.parts) >= 2 && len(first) == 1 && strings.HasPrefix(e.first, first)) || len(e.parts) == 1 {
				// "Vladimir Vladimirovich Putin", "J. Whitfield"; and a
				// person the article names by surname only may be anyone
				// of that surname.
				return i, false
			}
			other = true
		}
		return -1, other
	}
	return -1, false
}

// Ambiguous reports whether a name names two or more people of the
// article ("Hadley" when Ellen and Tom Hadley are both named).
func (r *Result) Ambiguous(name string) bool {
	f := foldName(name)
	parts := nameParts(f)
	if len(parts) != 1 {
		return false
	}
	n := 0
	for _, e := range r.Entities {
		if e.Kind == Person && e.last == parts[0] {
			n++
		}
	}
	return n > 1
}

// fitsTitles reports whether entity e agrees with the titles before a
// name: the same role, or a gender that does not contradict.
func (r *Result) fitsTitles(e int, titles []string) bool {
	en := &r.Entities[e]
	for _, t := range titles {
		if g := titleAbbrev[t]; g == "male" || g == "female" {
			if en.Gender != "" && en.Gender != g {
				return false
			}
			continue
		}
		if !slices.Contains(en.Roles, t) {
			return false
		}
	}
	return true
}

// ByPhrase returns the one organisation whose name holds a role phrase's
// head noun and every one of its modifiers ("the islanders' association"
// for the Inchmurray Islanders' Association, "the water ministry" for the
// Ministry of Water); -1 when none or several do. Modifiers are compared
// folded, without a possessive, singular or plural alike.
func (r *Result) ByPhrase(modifiers []string, head string) int {
	head = foldName(head)
	if len(modifiers) == 0 || !r.isOrgWord(head) {
		return -1
	}
	found := -1
	for i := range r.Entities {
		en := &r.Entities[i]
		if en.Kind != Organisation || !slices.Contains(en.parts, head) {
			continue
		}
		all := true
		for _, m := range modifiers {
			m = strings.TrimSuffix(strings.TrimSuffix(foldName(m), "'s"), "'")
			if !slices.ContainsFunc(en.parts, func(p string) bool {
				p = strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "'")
				return p == m || singular(p) == singular(m)
			}) {
				all = false
				break
			}
		}
		if all {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// ByRole returns the entity a role phrase names ("the judge", "the
// ministry", "the company"): the one person with that role, the one
// organisation with that word in its name or role; -1 when none has it,
// -2 when several do.
func (r *Result) ByRole(noun string) int {
	noun = foldName(noun)
	if _, ok := r.roleOrOrg(noun); !ok {
		return r.bodyByRole(noun) // "the regulator": the one body it describes
	}
	// "the CEO": the role as the article spells it out.
	for _, long := range roleAliases[noun] {
		if e := r.ByRole(long); e != -1 {
			return e
		}
	}
	// Both readings: "authority" is an expert and an organisation.
	var found []int
	isPerson := r.lex.IsPersonNoun(noun) || r.lex.IsPersonNoun(singular(noun)) || r.articleRoles[noun]
	isOrg := r.isOrgWord(noun)
	for i := range r.Entities {
		en := &r.Entities[i]
		switch {
		case isPerson && en.Kind == Person && (slices.Contains(en.Roles, noun) || slices.Contains(en.Roles, singular(noun))):
			found = append(found, i)
		case isOrg && en.Kind == Organisation && (r.headPart(en, noun) || slices.Contains(en.Roles, noun)):
			found = append(found, i)
		case isPerson && en.Kind == Organisation && slices.Contains(en.Roles, noun):
			found = append(found, i) // "the administrators": the firm the article calls so
		}
	}
	if len(found) == 0 && isPerson {
		// "the skipper" for the one the article calls its captain.
		for i := range r.Entities {
			en := &r.Entities[i]
			if en.Kind == Person && slices.ContainsFunc(en.Roles, func(ro string) bool { return r.sameRole(ro, singular(noun)) }) {
				found = append(found, i)
			}
		}
	}
	if len(found) == 0 && noun == "union" {
		// "the union" for a body of workers by another head word ("All
		// India Textile Workers' Federation").
		for i := range r.Entities {
			en := &r.Entities[i]
			if en.Kind == Organisation && labourBody(en) {
				found = append(found, i)
			}
		}
	}
	if len(found) == 0 && (noun == "club" || noun == "team") {
		// "the club's statement": the club the article names most, by a
		// sports club's head word ("Strathbeg Athletic", "Brechin Rovers").
		if e := r.mostMentioned(func(en *Entity) bool {
			return en.Kind == Organisation && len(en.parts) >= 2 && clubHeads[en.last]
		}, len(r.doc.Text)); e >= 0 {
			return e
		}
	}
	if len(found) > 1 {
		// "the mayor" is the one who holds the office now, not "the late
		// mayor Alfred Reiss" nor a former one.
		current := slices.DeleteFunc(slices.Clone(found), func(i int) bool {
			return slices.Contains(r.Entities[i].former, noun) || slices.Contains(r.Entities[i].former, singular(noun))
		})
		if len(current) == 1 {
			found = current
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	if len(found) == 0 && !isOrg {
		if e := r.bodyByRole(noun); e != -1 {
			return e // "the regulator": the one body it describes
		}
	}
	if len(found) == 0 && isOrg && companyNouns[noun] {
		return r.mostMentioned(r.isCompany, len(r.doc.Text))
	}
	if len(found) > 1 {
		return -2
	}
	return -1
}

// BySide returns the one person holding the role noun (or a synonym of
// it) whom no title puts on a side other than side, the folded name
// qualifying the role ("the Westhaven captain" is not "Calder Vale captain
// Imran Qureshi-Blake" but the Westhaven skipper): the rule the
// quotations' role phrases follow, for a claim's. -1 when none, -2 when
// several.
func (r *Result) BySide(side, noun string) int {
	noun, side = singular(foldName(noun)), foldName(side)
	if side == "" || !r.lex.IsPersonNoun(noun) {
		return -1
	}
	holds := func(en *Entity, same bool) bool {
		return slices.ContainsFunc(en.Roles, func(ro string) bool {
			return ro == noun || singular(ro) == noun || strings.HasSuffix(ro, " "+noun) || same && r.sameRole(ro, noun) ||
				same && (slices.Contains(informalRoles[ro], noun) || slices.Contains(informalRoles[noun], ro))
		})
	}
	// First the one the article titles for that side ("Rovers boss
	// Siobhán Kettering" for "the Rovers manager").
	found := -1
	for i := range r.Entities {
		en := &r.Entities[i]
		if en.Kind != Person || !holds(en, true) || !r.onSide(en, side) {
			continue
		}
		if found >= 0 {
			found = -2
			break
		}
		found = i
	}
	if found >= 0 {
		return found
	}
	for _, same := range []bool{false, true} {
		found := -1
		for i := range r.Entities {
			en := &r.Entities[i]
			if en.Kind != Person || !holds(en, same) || r.otherSide(en, noun, side) {
				continue
			}
			if found >= 0 {
				return -2
			}
			found = i
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// isCompany reports whether an organisation may be what "the company"
// refers to: not a public body, union or party by its head word ("Leeds
// City Council" is no company).
func (r *Result) isCompany(en *Entity) bool {
	if en.Kind != Organisation || len(en.parts) == 0 {
		return false
	}
	for k, p := range en.parts {
		if publicHeads[p] && (k+1 == len(en.parts) || en.parts[k+1] == "of" || en.parts[k+1] == "for") {
			return false
		}
	}
	return true
}

// publicHeads head the names of public bodies, unions and parties, which
// news never calls "the company".
var publicHeads = wordSet(`council government ministry department parliament assembly senate congress court
	tribunal police army navy authority agency commission committee union party office cabinet bureau
	university college school hospital`)

// labourWords in a body's name make it a workers' organisation, which
// news calls "the union" whatever its head word.
var labourWords = wordSet(`workers employees labour labor`)

// labourBody reports whether an organisation's name makes it a workers'
// organisation.
func labourBody(en *Entity) bool {
	return slices.ContainsFunc(en.parts, func(p string) bool { return labourWords[strings.TrimSuffix(p, "'")] })
}

// clubHeads end the names of sports clubs (WordNet knows none of these
// as an organisation).
var clubHeads = wordSet(`fc afc cf united athletic rovers thistle albion wanderers club`)

// headPart reports whether noun is a part of organisation en's name that
// heads it, not one modifying a later organisation word: "the union" is no
// name of Bharat Union Bank, whose head is "bank", but "the ministry" is
// the Ministry of Transport.
func (r *Result) headPart(en *Entity, noun string) bool {
	for k, p := range en.parts {
		if p == noun && (k+1 == len(en.parts) || !r.isOrgWord(en.parts[k+1])) {
			return true
		}
	}
	return false
}

// roleAliases spell out the abbreviated roles news uses for people the
// article introduces by the long form ("the CEO" for its chief executive).
var roleAliases = map[string][]string{
	"ceo": {"chief executive", "executive"}, "cfo": {"chief financial officer", "financial officer"},
	"coo": {"chief operating officer", "operating officer"},
}

// orgDescriptions gives an organisation the common noun by which the text
// goes on to call it: "A spokesperson for Bakery Workers Local 118 said the
// union welcomed it" makes "the union" that body, when no organisation's
// name holds the noun and it is the only organisation named in the
// sentence so far or, failing that, in the sentence before.
func (r *Result) orgDescriptions() {
	for si, toks := range r.toks {
		for k := 1; k < len(toks); k++ {
			w := toks[k].Norm
			if r.inQ[si][k] || isCap(toks[k]) || !r.isOrgWord(w) || r.lex.IsPersonNoun(w) || companyNouns[w] {
				continue
			}
			if k+1 < len(toks) && r.isOrgWord(toks[k+1].Norm) {
				continue // "the union office": the head comes later
			}
			if e := r.namedAfter(si, k); e >= 0 && r.headedByThe(si, k) {
				// "the cycling charity Beicio Diogel": the noun names the
				// kind of body the name is.
				if en := &r.Entities[e]; en.Kind == Unknown || en.Kind == Person && en.Gender == "" {
					en.Kind = Organisation
				}
				if r.Entities[e].Kind == Organisation {
					r.Entities[e].Roles = appendUnique(r.Entities[e].Roles, w)
				}
				continue
			}
			if toks[k-1].Norm != "the" {
				continue
			}
			if r.ByRole(w) != -1 {
				continue // a body named so, or several
			}
			e := r.onlyOrganisation(si, toks[k].Start)
			if e < 0 && si > 0 && r.doc.Sentences[si-1].Paragraph == r.doc.Sentences[si].Paragraph {
				e = r.onlyOrganisation(si-1, r.doc.Sentences[si-1].End)
			}
			if e >= 0 {
				r.Entities[e].Roles = appendUnique(r.Entities[e].Roles, w)
			}
		}
	}
}

// namedAfter returns the entity whose name follows token k of sentence si
// one space on ("the charity Beicio Diogel"), or -1.
func (r *Result) namedAfter(si, k int) int {
	toks := r.toks[si]
	if k+1 >= len(toks) || r.doc.Text[toks[k].End:toks[k+1].Start] != " " || !isCap(toks[k+1]) {
		return -1
	}
	mi, ok := r.nameAt[toks[k+1].Start]
	if !ok {
		return -1
	}
	return r.Mentions[mi].Entity
}

// headedByThe reports whether the noun at token k of sentence si opens
// with "the", over a few lower-case modifiers ("the cycling charity").
func (r *Result) headedByThe(si, k int) bool {
	toks := r.toks[si]
	for m := k - 1; m >= 0 && k-m <= maxBodyModifiers+1; m-- {
		t := toks[m]
		switch {
		case t.Norm == "the":
			return true
		case r.inQ[si][m] || isCap(t) || nlp.IsStopWord(t.Norm) || r.lex.IsPersonNoun(t.Norm):
			return false
		}
	}
	return false
}

// onlyOrganisation returns the one organisation named outside quotations in
// sentence si before offset at, or -1 when none or several are.
func (r *Result) onlyOrganisation(si, at int) int {
	return r.onlyEntity(si, si, at, func(e *Entity) bool { return e.Kind == Organisation })
}

// onlyEntity returns the one entity keep accepts among the names outside
// quotations in sentences from to si (in si before offset at), or -1 when
// none or several are.
func (r *Result) onlyEntity(from, si, at int, keep func(*Entity) bool) int {
	found := -1
	for s := from; s <= si; s++ {
		for k, t := range r.toks[s] {
			if t.Start >= at {
				break
			}
			mi, ok := r.nameAt[t.Start]
			if !ok || r.inQ[s][k] || !keep(&r.Entities[r.Mentions[mi].Entity]) {
				continue
			}
			if e := r.Mentions[mi].Entity; found >= 0 && found != e {
				return -1
			} else {
				found = e
			}
		}
	}
	return found
}

// IsPersonRole reports whether a folded word names a person's role.
func (r *Result) IsPersonRole(w string) bool {
	k, _ := r.roleOrOrg(w)
	return k == "person"
}

// IsRoleNoun reports whether a folded word names a person's role or an
// organisation ("judge", "ministry").
func (r *Result) IsRoleNoun(w string) bool {
	_, ok := r.roleOrOrg(w)
	return ok
}

// SaidBy returns the indexes of the sentences in which entity e is
// reported to speak: its quotations and its reported speech.
func (r *Result) SaidBy(e int) []int {
	var out []int
	for si, s := range r.Sentences {
		if s.SaidBy == e && e >= 0 {
			out = append(out, si)
		}
	}
	return out
}

// NamedBy returns the person entities the article itself names by the one
// word w (folded, a surname) without a title or first name, in order: when
// two people share a surname, the article often keeps the bare surname for
// one of them ("Mbeki’s deputy, Joe Mbeki": Grace is "Mbeki").
func (r *Result) NamedBy(w string) []int {
	var out []int
	for _, m := range r.Mentions {
		if m.TitleStart != m.Start || r.Entities[m.Entity].Kind != Person {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(r.doc.Text[m.Start:m.End], "’s"), "'s")
		name = strings.TrimSuffix(name, "’")
		if foldName(name) == w && !slices.Contains(out, m.Entity) {
			out = append(out, m.Entity)
		}
	}
	return out
}

// BySeniority returns, of the two people of the article who share the
// surname w (folded), the elder (order > 0) or the younger (order < 0), as
// the article tells them apart by ages, kinship or Jr./Sr. ("the elder
// Lewis"); -1 when it does not, or when no two people share it.
func (r *Result) BySeniority(w string, order int) int {
	var same []int
	for i := range r.Entities {
		if e := &r.Entities[i]; e.Kind == Person && len(e.parts) >= 2 && e.last == w {
			same = append(same, i)
		}
	}
	return r.seniorAmong(same, order)
}

// seniorAmong picks of people sharing a surname the elder (order > 0) or
// the younger (order < 0): of two, by ages, kinship or suffixes
// (bySeniority); of three or more ("Gareth Lewis, 58, and his son Owen
// Lewis, 31" and Gareth's wife), by the ages given, when two or more are.
// It returns -1 when the text does not tell.
func (r *Result) seniorAmong(same []int, order int) int {
	if len(same) < 2 || order == 0 {
		return -1
	}
	if len(same) == 2 {
		return r.bySeniority(same[0], same[1], order)
	}
	best, bestAge, n := -1, 0, 0
	for _, e := range same {
		age := r.ageOf(e)
		if age == 0 {
			continue
		}
		n++
		if best < 0 || (order > 0) == (age > bestAge) && age != bestAge {
			best, bestAge = e, age
		}
	}
	if n < 2 {
		return -1
	}
	return best
}

// SeniorityOrder reads a word that tells two of a family apart: +1 for
// "elder" (older, senior, eldest, oldest), -1 for "younger" (junior,
// youngest), else 0.
func SeniorityOrder(w string) int {
	switch w {
	case "elder", "older", "senior", "eldest", "oldest":
		return 1
	case "younger", "junior", "youngest":
		return -1
	}
	return 0
}

// Surname is the folded word the article uses as the entity's surname: a
// name's last word, or its first for a name written surname first ("Goh
// Boon Kiat" later called "Goh").
func (e *Entity) Surname() string { return e.last }

// BySurname returns the person a bare surname w (folded) names in the
// article: the only person of that surname; else the only one the article
// itself calls by the surname alone; else the one it quotes most, then
// names most (news writing keeps the bare surname for its principal and
// names a relative in full). It returns -1 when none stands out.
func (r *Result) BySurname(w string) int {
	var same []int
	for i := range r.Entities {
		if e := &r.Entities[i]; e.Kind == Person && len(e.parts) >= 2 && e.last == w {
			same = append(same, i)
		}
	}
	switch {
	case len(same) == 0:
		return -1
	case len(same) == 1:
		return same[0]
	}
	if by := r.NamedBy(w); len(by) == 1 && slices.Contains(same, by[0]) {
		return by[0]
	}
	quoted := map[int]int{}
	for _, q := range r.Quotations {
		if q.Speaker >= 0 {
			quoted[q.Speaker]++
		}
	}
	best, tie := -1, false
	for _, e := range same {
		switch {
		case best < 0:
			best = e
		case quoted[e] > quoted[best] || quoted[e] == quoted[best] && len(r.Entities[e].Mentions) > len(r.Entities[best].Mentions):
			best, tie = e, false
		case quoted[e] == quoted[best] && len(r.Entities[e].Mentions) == len(r.Entities[best].Mentions):
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// TitledSurnameOf reports whether a claim's honorific and surname ("Mr
// Okafor", "Mrs. Finch") name entity e, when the surname is e's and more
// than one person of the article has it: the title must fit e's gender,
// and when the article itself writes that titled form, at least one of
// its uses must be e's (the article's usage decides between namesakes:
// "Mr Okafor said" after "His father did not dispute it" is the father).
// ok is false when the name is no honorific and surname, or the surname
// is not e's.
func (r *Result) TitledSurnameOf(e int, claimed string) (match, ok bool) {
	parts := strings.Fields(foldName(claimed))
	if e < 0 || len(parts) != 2 || !honorifics[strings.TrimSuffix(parts[0], ".")] {
		return false, false
	}
	en := &r.Entities[e]
	if en.Kind != Person || len(en.parts) < 2 || en.last != parts[1] {
		return false, false
	}
	if r.soleNamesake(e, func(int) bool { return true }) == -1 {
		return false, false // the surname is no one else's: Resolve decides
	}
	title := strings.TrimSuffix(parts[0], ".")
	if g := r.genderOf(title); g != "" && en.Gender != "" && en.Gender != g {
		return false, true
	}
	used := false
	for _, m := range r.Mentions {
		if m.TitleStart >= m.Start || m.End > len(r.doc.Text) {
			continue
		}
		w := strings.Fields(foldName(r.doc.Text[m.TitleStart:m.End]))
		if len(w) != 2 || strings.TrimSuffix(w[0], ".") != title || w[1] != parts[1] {
			continue
		}
		if m.Entity == e {
			return true, true
		}
		used = true
	}
	return !used, true
}
