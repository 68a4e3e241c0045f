package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

var personalPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true, "herself": true,
}

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

// prepositions before a name make it an object ("talks with Zelenskyy"),
// not the subject, unless it is a possessor ("by Trump’s pressure").
var prepositions = map[string]bool{
	"with": true, "to": true, "from": true, "by": true, "for": true, "on": true, "about": true, "against": true,
	"between": true, "of": true, "at": true, "toward": true, "towards": true, "into": true, "onto": true, "upon": true,
	"over": true, "under": true, "like": true, "than": true, "without": true, "among": true,
}

// isPossessive reports whether a mention owns what follows ("Trump’s", "his").
func isPossessive(t Token) bool {
	return t.Norm == "his" || t.Norm == "her" || t.Norm == "hers" || t.Norm != strings.ToLower(Fold(t.Text))
}

func isCapitalised(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// findPeople derives the people of the article from the text: capitalised
// name sequences after a title ("Russian President Vladimir Putin"), and
// two-or-three-word capitalised names before a speech verb ("Jane Doe said").
func (a *Article) findPeople() {
	byName := map[string]int{}
	add := func(name []Token) {
		if len(name) == 0 || len(name) > 3 {
			return
		}
		sur := name[len(name)-1].Norm
		if len(sur) < 2 || titleWords[sur] || IsStopWord(sur) {
			return
		}
		parts := make([]string, len(name))
		for i, t := range name {
			parts[i] = strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s")
		}
		full := strings.Join(parts, " ")
		i, ok := byName[sur]
		if !ok {
			i = len(a.People)
			byName[sur] = i
			a.People = append(a.People, Person{Name: parts[len(parts)-1], Full: full})
		}
		p := &a.People[i]
		if len(full) > len(p.Full) {
			p.Full = full
		}
		p.Variants = appendUnique(p.Variants, Fold(full))
	}
	for _, s := range a.Sentences {
		toks := s.tokens
		for i := 0; i < len(toks); {
			if !isCapitalised(toks[i]) {
				i++
				continue
			}
			j := i
			for j+1 < len(toks) && isCapitalised(toks[j+1]) && adjacent(s.Text, toks[j], toks[j+1]) {
				j++
			}
			seq := toks[i : j+1]
			lastTitle := -1
			for k, t := range seq {
				if titleWords[t.Norm] {
					lastTitle = k
				}
			}
			switch {
			case lastTitle >= 0 && lastTitle < len(seq)-1:
				add(seq[lastTitle+1:])
			case lastTitle < 0 && len(seq) >= 2 && j+1 < len(toks) && speechVerbs[toks[j+1].Norm]:
				add(seq)
			}
			i = j + 1
		}
	}
	for i := range a.People {
		p := &a.People[i]
		sur := Fold(p.Name)
		p.Variants = appendUnique(p.Variants, sur)
		if f := strings.Fields(Fold(p.Full)); len(f) > 1 {
			p.Variants = appendUnique(p.Variants, f[0]+" "+sur)
		}
		for t := range titleWords {
			if len(t) > 3 {
				p.Variants = appendUnique(p.Variants, t+" "+sur)
			}
		}
	}
}

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

// attribute fills Sentence.People, Speaker and LeadingPronoun, resolving
// "he", "his", "he’s" to the subject of the latest sentence that names
// someone (in the paragraph, else the one before): centring on the subject
// rather than the last name read gets "Trump pressed Putin. He’s even
// pressured Zelenskyy" right.
func (a *Article) attribute() {
	names := a.surnameIndex()
	prevSubject := ""
	for pi := range a.Paragraphs {
		for _, si := range a.Paragraphs[pi].Sentences {
			s := &a.Sentences[si]
			s.LeadingPronoun = opensWithPronoun(s.tokens)
			for ti, t := range s.tokens {
				var who string
				if n, ok := names[t.Norm]; ok && isCapitalised(t) {
					// "Donald Trump": count the full name once, at its surname.
					who = n
				} else if personalPronouns[t.Norm] {
					switch {
					case len(s.People) > 0 && ti > 0:
						who = s.People[0]
					default:
						who = prevSubject
					}
				}
				if who == "" {
					continue
				}
				if s.Speaker == "" && !(ti > 0 && prepositions[s.tokens[ti-1].Norm] && !isPossessive(t)) {
					s.Speaker = who
				}
				s.People = appendUnique(s.People, who)
			}
			if s.Speaker != "" {
				prevSubject = s.Speaker
			}
		}
	}
}

// findQuotations indexes every “…” (or straight "…") quotation.
func (a *Article) findQuotations() {
	for _, p := range a.Paragraphs {
		text := a.Text[p.Start:p.End]
		for _, q := range quotedSpans(text) {
			start, end := p.Start+q[0], p.Start+q[1]
			si := a.SentenceAt(start)
			speaker := ""
			if si >= 0 {
				speaker = a.Sentences[si].Speaker
			}
			a.Quotations = append(a.Quotations, Quotation{
				Text: a.Text[start:end], Start: start, End: end, Paragraph: p.Number, Sentence: si, Speaker: speaker,
			})
		}
	}
}

// quotedSpans returns the byte spans inside double quotation marks
// (“…”, "…", «…») in text, marks excluded.
func quotedSpans(text string) [][2]int {
	var out [][2]int
	open := -1
	var closer rune
	for i, r := range text {
		if open < 0 {
			switch r {
			case '“':
				open, closer = i+len("“"), '”'
			case '"':
				open, closer = i+1, '"'
			case '«':
				open, closer = i+len("«"), '»'
			}
			continue
		}
		if r == closer {
			if i > open {
				out = append(out, [2]int{open, i})
			}
			open = -1
		}
	}
	return out
}
