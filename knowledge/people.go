package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/roles"
)

// titleWords mark that the capitalised words after them name a person.
var titleWords = map[string]bool{
	"president": true, "minister": true, "chancellor": true, "senator": true, "governor": true,
	"secretary": true, "pope": true, "king": true, "queen": true, "prince": true, "princess": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "general": true, "ambassador": true, "premier": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "mayor": true, "judge": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "prof": true, "professor": true, "envoy": true,
	"emperor": true, "chairman": true, "chairwoman": true, "director": true, "sheikh": true,
}

// speechVerbs are verbs whose subject is the speaker of what follows.
var speechVerbs = map[string]bool{
	"say": true, "said": true, "says": true, "saying": true, "state": true, "stated": true, "states": true,
	"stating": true, "assert": true, "asserted": true, "asserting": true, "tell": true, "told": true,
	"add": true, "added": true, "argue": true, "argued": true, "claim": true, "claimed": true,
	"suggest": true, "suggested": true, "describe": true, "described": true, "characterize": true,
	"characterized": true, "characterise": true, "characterised": true, "call": true, "called": true,
	"declare": true, "declared": true, "insist": true, "insisted": true, "warn": true, "warned": true,
	"note": true, "noted": true, "explain": true, "explained": true, "announce": true, "announced": true,
	"remark": true, "remarked": true, "express": true, "expressed": true, "articulate": true,
	"articulated": true, "outline": true, "outlined": true, "promise": true, "promised": true,
	"reaffirm": true, "reaffirmed": true, "write": true, "wrote": true, "tweet": true, "tweeted": true,
	"think": true, "thought": true, "believe": true, "believed": true, "mention": true, "mentioned": true,
	"comment": true, "commented": true, "respond": true, "responded": true, "reply": true, "replied": true,
	"want": true, "wanted": true, "propose": true, "proposed": true, "urge": true, "urged": true,
	"predict": true, "predicted": true, "expect": true, "expected": true, "demand": true, "demanded": true,
	"refuse": true, "refused": true, "mean": true, "meant": true, "view": true, "feel": true, "felt": true,
	"talk": true, "speak": true, "speaks": true, "speaking": true, "spoke": true, "spoken": true, "refer": true, "quote": true, "quoted": true,
}

// IsSpeechVerb reports whether a folded word is a verb of saying or thinking.
func IsSpeechVerb(norm string) bool { return speechVerbs[norm] }

var leadingPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "they": true, "their": true, "them": true,
	"this": true, "these": true, "those": true, "it": true, "its": true, "such": true,
}

// openers are words a sentence may start with before the pronoun that
// makes it depend on the one before ("Although these talks …", "Still, this …").
var openers = map[string]bool{
	"although": true, "but": true, "and": true, "yet": true, "still": true, "so": true, "however": true,
	"though": true, "even": true, "also": true, "meanwhile": true, "moreover": true, "then": true,
	"because": true, "while": true, "instead": true, "indeed": true, "nevertheless": true, "thus": true,
}

// opensWithPronoun reports whether a sentence starts, perhaps after an
// opener, with a pronoun or demonstrative that needs an antecedent.
func opensWithPronoun(toks []Token) bool {
	for i := 0; i < len(toks) && i < 2; i++ {
		if leadingPronouns[toks[i].Norm] {
			return true
		}
		if !openers[toks[i].Norm] {
			return false
		}
	}
	return false
}

func isCapitalised(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// attributeArticle runs the attribution engine (knowledge/attribution) once
// at load and fills People, each sentence's Speaker and People, and the
// Quotations with their speakers. A person's Name is the shortest
// unambiguous name: the surname, or the full name when two people share it.
func (a *Article) attributeArticle(m *attribution.SpeakerModel) {
	doc := attribution.Doc{Text: a.Text}
	for _, p := range a.Paragraphs {
		doc.Paragraphs = append(doc.Paragraphs, attribution.Span{Start: p.Start, End: p.End})
	}
	for _, s := range a.Sentences {
		doc.Sentences = append(doc.Sentences, attribution.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph - 1})
	}
	r := attribution.AnalyzeWith(doc, attributionLexicon(), m)
	a.attr = r
	name := func(e int) string {
		if e < 0 {
			return ""
		}
		return r.Entities[e].Short
	}
	// Asked before the entities are listed: a letter's signer may be a
	// person the engine adds on asking.
	narrators := a.narration(r)
	for _, e := range r.Entities {
		if e.Kind != attribution.Person {
			continue
		}
		a.People = append(a.People, Person{Name: e.Short, Full: e.Name, Variants: e.Variants, Gender: e.Gender, Roles: e.Roles, Descriptors: roles.Expand(e.Descriptors)})
	}
	a.agentDescriptors(r)
	for si := range a.Sentences {
		s := &a.Sentences[si]
		info := r.Sentences[si]
		s.LeadingPronoun = opensWithPronoun(s.tokens)
		s.InQuotation, s.Question = info.Inside, info.Question
		for _, e := range info.People {
			s.People = appendUnique(s.People, name(e))
		}
		s.Speaker = name(info.Subject)
		if info.InQuote && info.SaidBy >= 0 {
			s.Speaker = name(info.SaidBy)
		}
		s.SaidBy = name(info.SaidBy)
		if info.Described >= 0 {
			// "A former town treasurer who stole … was sentenced": the
			// lede describes the person the next sentences name, as a
			// pronoun would refer to them.
			s.People = appendUnique(s.People, name(info.Described))
		}
		if e, ok := narrators[si]; ok {
			// "I counted 37 people" in a letter signed by Dr Whitcombe, or
			// in an "as told to" piece: the narration's "I" is its writer,
			// whom a question names ("How many did Dr Whitcombe count?").
			s.People = appendUnique(s.People, name(e))
		}
		if info.SaidBy >= 0 && r.Entities[info.SaidBy].Kind == attribution.Person && speaksOfSelf(s, info.InQuote, r) {
			// "I've been sacked twice," a quotation's "I" is its speaker:
			// a question naming Munro finds it as it finds "He was sacked".
			s.People = appendUnique(s.People, s.SaidBy)
		}
	}
	at := map[int]int{} // engine quotation → index in a.Quotations
	for qi, q := range r.Quotations {
		if k, ok := at[q.Prev]; ok && q.Prev >= 0 {
			// A quotation running over several paragraphs is one quotation,
			// from its first opening mark to its closing mark.
			aq := &a.Quotations[k]
			aq.End = q.End
			aq.Text = a.Text[aq.Start:aq.End]
			at[qi] = k
			continue
		}
		at[qi] = len(a.Quotations)
		who := name(q.Speaker)
		if q.Speaker >= 0 && r.Entities[q.Speaker].Kind == attribution.Place {
			who = ""
		}
		a.Quotations = append(a.Quotations, Quotation{
			Text: a.Text[q.Start:q.End], Start: q.Start, End: q.End, Paragraph: q.Paragraph + 1,
			Sentence: a.SentenceAt(q.Start), Speaker: who, Rule: q.Rule, Prob: q.Prob, Kind: q.Kind,
		})
	}
	a.headingQuotations()
}

// headingEchoWindow bounds the earlier quotations a subheading's
// quotation is compared with, so that the cost stays linear.
const headingEchoWindow = 40

// headingQuotations adds the quotations in section headings ("## “Not how
// partners behave”"), which are no paragraphs and so are not read by the
// engine. A heading's quotation repeats words quoted in its section: it
// takes the speaker of the section's first quotation holding its words
// (rule "heading"), else none. Only the section is searched, which keeps
// the cost linear in the article's size. The quotations stay in text order.
func (a *Article) headingQuotations() {
	n := len(a.Quotations)
	for si, sec := range a.Sections {
		if sec.HeadingEnd <= sec.HeadingStart {
			continue
		}
		// The article's title (a heading before any paragraph) is about
		// the whole article: its quotation may repeat words quoted in any
		// section. One heading, so the search stays linear.
		first, last := sec.First, sec.Last
		if si == 0 {
			first, last = 1, len(a.Paragraphs)
		}
		h := a.Text[sec.HeadingStart:sec.HeadingEnd]
		for _, q := range attribution.MarkedQuotations(h) {
			if q.Parent >= 0 || q.End <= q.Start {
				continue
			}
			start, end := sec.HeadingStart+q.Start, sec.HeadingStart+q.End
			words := " " + foldedWords(a.Text[start:end]) + " "
			if strings.TrimSpace(words) == "" {
				continue
			}
			who, rule := "", ""
			for bi, bq := range a.Quotations[:n] {
				if bq.Paragraph < first || bq.Paragraph > last {
					continue
				}
				if bq.Speaker != "" && strings.Contains(" "+foldedWords(bq.Text)+" ", words) {
					who, rule = a.Quotations[innermostHolding(a.Quotations[:n], bi, words)].Speaker, "heading"
					break
				}
			}
			if who == "" && si > 0 && len(strings.Fields(words)) >= 3 {
				// A pull quote set as a subheading ("## ‘I don’t want to
				// prove her right’") may repeat words quoted in a section
				// before it: the nearest earlier quotation holding them,
				// within headingEchoWindow quotations. A scare quote's
				// word or two may recur by chance.
				for b := n - 1; b >= 0 && b >= n-headingEchoWindow; b-- {
					bq := a.Quotations[b]
					if bq.Start >= sec.HeadingStart || bq.Speaker == "" {
						continue
					}
					if strings.Contains(" "+foldedWords(bq.Text)+" ", words) {
						who, rule = a.Quotations[innermostHolding(a.Quotations[:n], b, words)].Speaker, "heading"
						break
					}
				}
			}
			if who == "" {
				// A first-person piece's heading lifts a line of its
				// writer's narration ("## YES — “A street is not a car
				// park”" above the essay saying so): the narrator's.
				if who = a.narratorEcho(a.Text[start:end], sec.First, sec.Last); who != "" {
					rule = "heading-narrator"
				}
			}
			if who == "" && si == 0 && attribution.FirstPersonText(a.Text[start:end]) {
				// "# “I once delivered a baby in a lay-by”: the village GP
				// on 36 years of house calls" over a Q&A: an interview's
				// title quotes the one person it interviews.
				if who = soleInterviewee(a.Quotations[:n]); who != "" {
					rule = "heading"
				}
			}
			if who == "" {
				// A person only: "The Back Office, episode 212: “…”"
				// names a show, not who spoke.
				if who = a.headingSpeaker(h, q.OpenStart, q.CloseEnd); who != "" {
					if e, _ := a.attr.Resolve(who); e >= 0 && a.attr.Entities[e].Kind != attribution.Person {
						who = ""
					} else {
						rule = "heading-name"
					}
				}
			}
			para := min(max(sec.First, 1), len(a.Paragraphs))
			a.Quotations = append(a.Quotations, Quotation{
				Text: a.Text[start:end], Start: start, End: end, Paragraph: para,
				Sentence: -1, Speaker: who, Rule: rule, Kind: attribution.KindQuote,
			})
		}
	}
	if len(a.Quotations) > n {
		slices.SortStableFunc(a.Quotations, func(x, y Quotation) int { return x.Start - y.Start })
	}
}

// innermostHolding returns the innermost quotation nested in qs[b] (by
// its offsets; qs is in text order) that holds words and has a speaker,
// else b: a heading repeating "Project, don't shout" takes the speaker of
// the words the interviewee quotes her father saying, not hers.
func innermostHolding(qs []Quotation, b int, words string) int {
	best := b
	for c := b + 1; c < len(qs) && qs[c].Start < qs[b].End; c++ {
		if qs[c].End <= qs[best].End && qs[c].Start >= qs[best].Start && qs[c].Speaker != "" &&
			strings.Contains(" "+foldedWords(qs[c].Text)+" ", words) {
			best = c
		}
	}
	return best
}

// narratorEcho returns the first-person writer of the paragraph among
// first..last (1-based) whose narration, outside quote marks, carries
// words, or "". Short words recur by chance, so four words at least.
func (a *Article) narratorEcho(words string, first, last int) string {
	if len(strings.Fields(words)) < 4 {
		return ""
	}
	for pn := max(first, 1); pn <= last && pn <= len(a.Paragraphs); pn++ {
		p := a.Paragraphs[pn-1]
		i := strings.Index(a.Text[p.Start:p.End], words)
		if i < 0 || a.attr.QuotationAt(p.Start+i) >= 0 {
			continue
		}
		if e := a.attr.Narrator(pn - 1); e >= 0 {
			return a.attr.Entities[e].Short
		}
		return ""
	}
	return ""
}

// headingSpeaker returns the person of the article a heading names as the
// speaker of its quotation h[open:close] (the quote marks included), in the
// forms headlines use: "Name: ‘…’", "‘…’, says Name", and "‘…’: Name
// defiant as …", where the name opens what follows the colon. The name
// must be a person the body names; the heading is read on its own, so no
// sentence of the article is involved.
func (a *Article) headingSpeaker(h string, open, close int) string {
	before, after := h[:open], h[close:]
	if who := a.speakerBefore(before); who != "" {
		return a.headlineName(who)
	}
	if who := a.speakerAfter(after); who != "" {
		return a.headlineName(who)
	}
	toks := Tokenize(after)
	if len(toks) == 0 || !strings.Contains(after[:toks[0].Start], ":") {
		return ""
	}
	for _, n := range a.namesIn(after, toks, a.surnameIndex()) {
		// The name opens the text after the colon, a particle ("du
		// Preez") with it.
		if n.known && (n.i == 0 || n.i == 1 && nameParticles[toks[0].Norm]) {
			return a.headlineName(n.name)
		}
		break
	}
	return ""
}

// headlineName resolves a name read in a heading. A bare surname two people
// share ("du Preez" for the captain and a columnist) has no earlier mention
// to go to, so it goes to the one the article quotes, then names, most: a
// headline is about its principal.
func (a *Article) headlineName(name string) string {
	if !a.attr.Ambiguous(name) {
		return name
	}
	if e := a.attr.BySurname(Fold(name)); e >= 0 {
		return a.attr.Entities[e].Short
	}
	return name
}

// foldedWords folds s to its words, one space apart, punctuation dropped.
func foldedWords(s string) string {
	return strings.Join(strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// attributionLexicon is the WordNet lexicon behind the hand list, decoded
// once per process by knowledge/lexicon.
func attributionLexicon() attribution.Lexicon { return attribution.DefaultLexicon() }

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// adjacent reports whether two tokens are separated only by one space.
func adjacent(text string, a, b Token) bool {
	gap := text[a.End:b.Start]
	return gap == " " || gap == "\u00a0"
}

// surnameIndex maps a folded surname (or a full name's first token) to a
// person's canonical name.
func (a *Article) surnameIndex() map[string]string {
	m := map[string]string{}
	for _, p := range a.People {
		m[Fold(p.Name)] = p.Name
	}
	return m
}

// surnamePartIndex maps each part of a compound surname ("ruiz" of
// "Achterberg-Ruiz", "amours" of "d'Amours", "torre" of "de la Torre") to
// the person it names, so that a question naming the person by one part, or
// by the whole name split into tokens, finds them. A part names the person
// only when no other person of the article has it; particles ("de", "al")
// and one-letter apostrophe prefixes ("d'", "o'") name no one.
func (a *Article) surnamePartIndex() map[string]string {
	m := map[string]string{}
	shared := map[string]bool{}
	for _, p := range a.People {
		// "Horace Beaumont" is a given name and a surname, kept whole when
		// another Beaumont makes it the canonical name; "de la Torre" is
		// one surname.
		f := Fold(p.Name)
		if fs := strings.Fields(f); len(fs) > 1 && !nameParticles[fs[0]] {
			continue
		}
		parts := strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == ' ' })
		if len(parts) < 2 && !strings.Contains(f, "'") {
			continue
		}
		seen := map[string]bool{}
		for _, w := range parts {
			if i := strings.IndexByte(w, '\''); i == 1 {
				w = w[2:] // "d'amours" → "amours"
			}
			if len(w) < 3 || nameParticles[w] || seen[w] {
				continue
			}
			seen[w] = true
			if n, ok := m[w]; ok && n != p.Name {
				shared[w] = true
			}
			m[w] = p.Name
		}
	}
	for w := range shared {
		delete(m, w)
	}
	return m
}

// SaidBy returns the indexes of the sentences in which the person named
// (any name PersonNamed accepts) is reported to speak: their quotations and
// their reported speech ("Natarajan said night closures would be
// limited"). Nil when the article names no such person.
func (a *Article) SaidBy(name string) []int {
	p, ok := a.PersonNamed(name)
	if !ok {
		return nil
	}
	var out []int
	for i, s := range a.Sentences {
		if s.SaidBy == p.Name {
			out = append(out, i)
		}
	}
	return out
}

// namesPersonAt is namesPerson(a.People[k]), as the index judged it at
// parse time.
func (a *Article) namesPersonAt(k int) bool {
	if a.index != nil && k < len(a.index.namesPerson) {
		return a.index.namesPerson[k]
	}
	return namesPerson(a.People[k])
}

// agentDescriptors gives each person the role a passive verb before their
// name makes them — "directed by Siân Pryce" is the director, "coached by
// Ana Ruiz" the coach (roles.AgentBefore) — or the verb after it ("Luca
// Ferrante won …": the winner, roles.AgentAfter), and the role an appointment
// after it newly gives them: "Ada Ruiz, a retired principal, was elected
// mayor" is the new mayor (roles.AppointedAfter).
func (a *Article) agentDescriptors(r *attribution.Result) {
	byName := map[string]int{}
	for k, p := range a.People {
		byName[p.Full] = k
	}
	for _, m := range r.Mentions {
		e := r.Entities[m.Entity]
		k, ok := byName[e.Name]
		if !ok || e.Kind != attribution.Person || m.InQuote {
			continue
		}
		p := &a.People[k]
		if head := roles.AgentBefore(a.Text[max(0, m.Start-40):m.Start]); head != "" && m.TitleStart == m.Start &&
			!slices.ContainsFunc(p.Descriptors, func(o attribution.Descriptor) bool { return o.Head == head }) {
			p.Descriptors = append(slices.Clip(p.Descriptors), attribution.Descriptor{Head: head})
		}
		if head := roles.AgentAfter(a.Text[m.End:min(len(a.Text), m.End+100)]); head != "" &&
			!slices.ContainsFunc(p.Descriptors, func(o attribution.Descriptor) bool { return o.Head == head }) {
			p.Descriptors = append(slices.Clip(p.Descriptors), attribution.Descriptor{Head: head})
		}
		if head, mods := roles.AppointedAfter(a.Text[m.End:min(len(a.Text), m.End+200)]); head != "" {
			d := attribution.Descriptor{Head: head, Modifiers: mods}
			if !slices.ContainsFunc(p.Descriptors, func(o attribution.Descriptor) bool { return o.Head == head && slices.Equal(o.Modifiers, mods) }) {
				p.Descriptors = append(slices.Clip(p.Descriptors), d)
			}
		}
	}
}

// firstPersonSingular are the pronouns a speaker uses of themself.
var firstPersonSingular = wordSet(`i i'm i've i'd i'll me my mine myself`)

// narration returns, by sentence index, the first-person writer of each
// sentence whose own narration (outside any quotation) says "I", "me" or
// "my", where the engine knows the piece's writer (attribution.Narrator):
// a person, or a name that signs a letter and nothing else.
func (a *Article) narration(r *attribution.Result) map[int]int {
	out := map[int]int{}
	for si := range a.Sentences {
		s := &a.Sentences[si]
		if !narratesSelf(s, r) {
			continue
		}
		if e := r.Narrator(s.Paragraph - 1); e >= 0 {
			out[si] = e
		}
	}
	return out
}

// narratesSelf reports a sentence with a first-person singular word
// outside quotation marks: the writer speaks of themself.
func narratesSelf(s *Sentence, r *attribution.Result) bool {
	for _, t := range s.tokens {
		if !firstPersonSingular[t.Norm] || strings.HasPrefix(t.Norm, "i") && t.Text[0] != 'I' {
			continue
		}
		if r.QuotationAt(s.Start+t.Start) < 0 {
			return true
		}
	}
	return false
}

// speaksOfSelf reports a sentence whose quoted words hold a first-person
// singular pronoun: inside a quotation, or anywhere in a sentence that
// starts in one (a transcript's turn, a quotation running on). "I" outside
// quotation marks in narration is the writer ("she told me").
func speaksOfSelf(s *Sentence, inQuote bool, r *attribution.Result) bool {
	for _, t := range s.tokens {
		if !firstPersonSingular[t.Norm] || strings.HasPrefix(t.Norm, "i") && t.Text[0] != 'I' {
			continue
		}
		if inQuote || r.QuotationAt(s.Start+t.Start) >= 0 {
			return true
		}
	}
	return false
}

// soleInterviewee returns the one speaker of every answer of a Q&A among
// qs, the person the article interviews; "" when there are no answers,
// one has no speaker, or they have several.
func soleInterviewee(qs []Quotation) string {
	who := ""
	for _, q := range qs {
		if q.Kind != attribution.KindAnswer {
			continue
		}
		if q.Speaker == "" || who != "" && q.Speaker != who {
			return ""
		}
		who = q.Speaker
	}
	return who
}
