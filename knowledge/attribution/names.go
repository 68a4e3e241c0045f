package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// candidate is a capitalised name run before it is grouped into an entity.
type candidate struct {
	si, ti, i, j int // sentence; first token with title; name tokens [i, j)
	kind         EntityKind
	gender       string
	kinGender    string // from "her husband, Dennis Healey": tells a family apart, nothing else
	roles        []string
	titled       bool     // a title or role stands before it
	theRole      bool     // its only role follows it as "the coach" ("Moss the coach")
	tentative    bool     // a sentence-initial single word without other evidence
	weakOrg      bool     // organisation only by a WordNet head word
	former       []string // roles held no longer ("a retired dinner lady")
	inQuote      bool
}

func isCap(t nlp.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || elidedParticleName(t.Text)
}

// elidedParticles are the lower-case particles that elide into the name
// they precede ("Hélène d'Amours", "Ana dell’Orto", "l’Écuyer").
var elidedParticles = wordSet(`d l dell dall degl`)

// elidedParticleName reports whether a word is an elided particle joined
// to a capitalised name: a name part, though it starts in lower case.
func elidedParticleName(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || !elidedParticles[w[:i]] {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	r, _ := utf8.DecodeRuneInString(w[i+n:])
	return unicode.IsUpper(r)
}

// gapOK reports whether two tokens of one name may be separated by gap.
func gapOK(gap string, prev nlp.Token) bool {
	switch gap {
	case " ", "\u00a0", "-", "‑":
		return true
	case " & ", "&":
		return true // "Pell & Co", "Tallis & Brook", "AT&T"
	case ". ", ".":
		// "J. R. Smith", "Sen. Hadley", "Dr. Roe", "Naomi St. Clair"
		return utf8.RuneCountInString(prev.Text) == 1 || titleAbbrev[prev.Norm] != "" || saintAbbrevs[prev.Norm]
	}
	return false
}

// isRoleWord reports whether a folded word is a title, a role noun or a
// role modifier.
func (r *Result) isRoleWord(w string) bool {
	return titleAbbrev[w] != "" || r.lex.IsPersonNoun(w) || roleModifiers[w]
}

// IsOrgWord reports whether a folded word names a kind of organisation
// ("ministry", "council", "trust").
func (r *Result) IsOrgWord(w string) bool { return r.isOrgWord(w) }

func (r *Result) isOrgWord(w string) bool {
	return r.lex.IsOrganisationNoun(w) || r.lex.IsOrganisationNoun(singular(w))
}

// findMentions finds the capitalised name runs of every sentence, weighs
// the evidence of what each is, and groups them into entities.
func (r *Result) findMentions() {
	var cands []candidate
	for si := range r.toks {
		cands = append(cands, r.sentenceCandidates(si)...)
	}
	r.group(cands)
}

// datelineEnd returns the index of the first token after a paragraph's
// capitalised dateline ("QUEEN’S PARK — The …", "GRANITE FALLS, Ore. —
// A …"), 0 when the sentence opens none: a dateline names a place, never
// a person who could speak.
func (r *Result) datelineEnd(si int) int {
	toks := r.toks[si]
	// Only the opening sentence of an article's first paragraphs carries one.
	if r.doc.Sentences[si].Paragraph > 2 || si > 0 && r.doc.Sentences[si-1].Paragraph == r.doc.Sentences[si].Paragraph {
		return 0
	}
	n := 0
	for n < len(toks) && len(toks[n].Text) >= 2 && strings.ToUpper(toks[n].Text) == toks[n].Text && strings.ContainsFunc(toks[n].Text, unicode.IsLetter) {
		n++
	}
	if n == 0 || n > 4 {
		return 0
	}
	// Through the state, date or agency after the place: "MAPLE CREEK,
	// Sask. —", "LONDON, Dec 5 (Reuters) -".
	for m := n; m < len(toks) && m <= n+5; m++ {
		if r.isDateline(toks, m) {
			return m
		}
		if !isCap(toks[m]) && !isNumber(toks[m].Norm) {
			break
		}
	}
	return 0
}

func (r *Result) sentenceCandidates(si int) []candidate {
	toks := r.toks[si]
	text := r.doc.Text
	var out []candidate
	for k := r.datelineEnd(si); k < len(toks); {
		t := toks[k]
		startsName := isCap(t) || ((t.Norm == "al" || t.Norm == "el") && k+1 < len(toks) &&
			text[t.End:toks[k+1].Start] == "-" && isCap(toks[k+1]))
		if !startsName {
			k++
			continue
		}
		j := k + 1
		for j < len(toks) {
			prev := toks[j-1]
			gap := text[prev.End:toks[j].Start]
			if strings.HasSuffix(prev.Text, "’s") || strings.HasSuffix(prev.Text, "'s") {
				// "Lyle County Sheriff's Office", "the Women's Institute":
				// a person noun's possessive inside a body's name that an
				// organisation word goes on; "Harvard's Dean Whitby" is two names.
				if gap == " " && isCap(toks[j]) && (r.possessorInName(prev, toks[j]) || r.saintPossessive(toks[k:j], toks[j])) {
					j++
					continue
				}
				break
			}
			if (gap == "’ " || gap == "' ") && strings.HasSuffix(prev.Norm, "s") && isCap(toks[j]) &&
				(handOrgs[toks[j].Norm] || r.possessorInName(prev, toks[j]) || r.saintPossessive(toks[k:j], toks[j])) {
				j++ // "the Footballers’ Guild", "the Ol Keju Farmers' Cooperative"
				continue
			}
			if !gapOK(gap, prev) {
				break
			}
			// "As a member of Haddon Wheelers I was pleased": the pronoun
			// after a name opens the clause.
			if toks[j].Text == "I" && j+1 < len(toks) && !isCap(toks[j+1]) && r.gapAt(toks, j+1) == " " {
				break
			}
			if isCap(toks[j]) {
				j++
				continue
			}
			// A particle inside a name: "Ursula von der Leyen".
			m := j
			for m < len(toks) && particles[toks[m].Norm] && !isCap(toks[m]) && gapOK(text[toks[m-1].End:toks[m].Start], toks[m-1]) {
				m++
			}
			if m > j && m < len(toks) && isCap(toks[m]) && gapOK(text[toks[m-1].End:toks[m].Start], toks[m-1]) {
				j = m + 1
				continue
			}
			break
		}
		// A union's branch number: "Island Ferry Workers Local 219".
		if j < len(toks) && j > k+1 && unionBranches[toks[j-1].Norm] && isNumber(toks[j].Norm) && r.gapAt(toks, j) == " " {
			j++
		}
		// An organisation's "of"/"for"/"and" link: "Ministry of Transport",
		// "National Association of the Deaf".
		for j+1 < len(toks) && (toks[j].Norm == "of" || toks[j].Norm == "for" || toks[j].Norm == "and") &&
			text[toks[j-1].End:toks[j].Start] == " " && r.strongOrg(toks[k:j]) {
			link := 1
			if toks[j].Norm != "and" && toks[j+1].Norm == "the" && !isCap(toks[j+1]) && j+2 < len(toks) && text[toks[j+1].End:toks[j+2].Start] == " " {
				link = 2
			}
			if !isCap(toks[j+link]) || text[toks[j+link-1].End:toks[j+link].Start] != " " || text[toks[j].End:toks[j+1].Start] != " " {
				break
			}
			j += link + 1
			for j < len(toks) && isCap(toks[j]) && text[toks[j-1].End:toks[j].Start] == " " {
				j++
			}
		}
		// "Competition and Markets Authority", "Food and Drug
		// Administration": "and" inside a name that an institution word ends.
		if j+1 < len(toks) && toks[j].Norm == "and" && text[toks[j-1].End:toks[j].Start] == " " && text[toks[j].End:toks[j+1].Start] == " " &&
			isCap(toks[j+1]) && !r.inQ[si][j] && !r.isTitleWord(toks[k].Norm) {
			m := j + 1
			for m+1 < len(toks) && isCap(toks[m+1]) && text[toks[m].End:toks[m+1].Start] == " " {
				m++
			}
			if (r.strongOrg(toks[m:m+1]) || r.whichAfter(si, m+1)) && (m-j <= 3 || r.placePairBody(toks[k:j], m-j)) {
				j = m + 1 // "The United Footwear and Leather Workers, which represents …"
			}
		}
		k = r.skipIndefinite(si, k, j)
		k = skipWeekday(toks, k, j)
		k0 := k
		k = r.skipPortfolio(si, k, j)
		if c, ok := r.classify(si, k, j); ok {
			if k > k0 {
				// The office before the portfolio is the person's role.
				c.roles = appendUnique(c.roles, toks[k0-2].Norm)
				c.titled, c.kind = true, Person
			}
			out = append(out, c)
		}
		k = j
	}
	return out
}

// weekdays are the days of the week, which a name never follows in one
// run of capitals save as a time phrase: "Last Tuesday Lucy Pemberton".
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// weekdayOpeners are the words that open a time phrase on a weekday.
var weekdayOpeners = wordSet(`last next this on since until by from every early late`)

// skipWeekday returns where the name in the capitalised run toks[k:j]
// starts when the run opens with a time phrase on a weekday ("Last
// Tuesday Lucy Pemberton received", "On Friday Ms Hale said"): after it.
// A bare weekday opening the run must leave two capitals, so that "Sunday
// Times" stays a name.
func skipWeekday(toks []nlp.Token, k, j int) int {
	p := k
	for p < j && weekdayOpeners[toks[p].Norm] {
		p++
	}
	if p >= j-1 || !weekdays[toks[p].Norm] || p == k && j-p < 3 {
		return k
	}
	return p + 1
}

// possessorInName reports whether the capitalised possessive prev ("Sheriff's",
// "Farmers'") and the word after it (head) belong to one body's name: the
// possessor is a person noun (a role or a group of people, not a name) and
// head is an organisation word ("Office", "Cooperative", "Institute").
func (r *Result) possessorInName(prev, head nlp.Token) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(prev.Norm, "’s"), "'s"), "’")
	w = strings.TrimSuffix(w, "'")
	return r.isOrgWord(head.Norm) && !r.lex.IsPersonNoun(head.Norm) && (r.lex.IsPersonNoun(w) || r.lex.IsPersonNoun(singular(w)))
}

// saintPossessive reports whether the run is a saint's possessive ("St
// Petroc's", "Saint Mary's") and head, the capitalised word after it, goes
// on the same name: "St Petroc's Hospice", "St Thomas' Hospital", "St
// Mary's Church" name one body or place, never the saint and a thing of
// theirs. A given name or a title after it opens another name.
func (r *Result) saintPossessive(run []nlp.Token, head nlp.Token) bool {
	if len(run) != 2 || !saintAbbrevs[strings.TrimSuffix(run[0].Norm, ".")] && run[0].Norm != "saint" {
		return false
	}
	return r.lex.GivenNameGender(head.Norm) == "" && !r.isTitleWord(head.Norm) && !r.lex.IsPersonNoun(head.Norm)
}

// skipPortfolio returns where the name starts in the capitalised run
// toks[k:j] of sentence si when the run follows an office's "for" and
// opens with its portfolio ("Minister for Housing Aoibheann Doyle",
// "Secretary for Foreign Affairs Ana Ruiz"): past the ordinary words, so
// long as two words are left for the name. Else k.
func (r *Result) skipPortfolio(si, k, j int) int {
	toks := r.toks[si]
	if k < 2 || toks[k-1].Norm != "for" || !isCap(toks[k-2]) || !r.isRoleWord(toks[k-2].Norm) {
		return k
	}
	for j-k >= 3 && r.lex.IsCommonWord(toks[k].Norm) && r.lex.GivenNameGender(toks[k].Norm) == "" {
		k++
	}
	return k
}

// currencyAbbrevs are currencies written as letters before an amount
// ("Rs 500", "Ksh 2,000", "Dh 40"), which a capital would otherwise make a
// name.
var currencyAbbrevs = wordSet(`rs rp tk ksh kes ush tsh sh dh aed inr usd eur gbp chf sek nok dkk zar ngn ghs rm php cad aud nzd sgd hkd jpy cny rmb pkr lkr npr bdt egp sar qar`)

// unionBranches name a numbered branch of a union or order at the end of
// its name ("Local 219", "Lodge 12").
var unionBranches = wordSet(`local lodge branch chapter`)

// orgHead reports whether a run is an organisation's name by its head
// word: strong for the hand list of institution words, weak for WordNet's
// organisation nouns (which include "van" and surnames).
func (r *Result) orgHead(toks []nlp.Token) (strong, weak bool) {
	heads := []string{toks[len(toks)-1].Norm}
	if n := len(toks); n >= 2 && r.doc.Text[toks[n-2].End:toks[n-1].Start] == "-" {
		// "Helen Carrow-Banks", "Ana Lopez-Church": the second part of a
		// double-barrelled surname heads no body.
		heads = nil
	}
	if n := len(toks); n >= 3 && isNumber(toks[n-1].Norm) && unionBranches[toks[n-2].Norm] {
		return true, true // "Teamsters Local 727"
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].Norm == "of" || toks[k].Norm == "for" {
			heads = append(heads, toks[k-1].Norm)
		}
	}
	if len(toks) == 1 || toks[0].Norm == "the" {
		heads = append(heads, toks[0].Norm)
	}
	// "Police Scotland", "Bank Indonesia": an institution word before a
	// place names the place's institution.
	if len(toks) >= 2 && handOrgs[toks[0].Norm] && r.lex.IsPlace(foldName(r.doc.Text[toks[1].Start:toks[len(toks)-1].End])) {
		return true, true
	}
	// "St Aldhelm's Infirmary": a saint's possessive names an institution
	// or a place, never a person.
	if len(toks) >= 3 && r.saintPossessive(toks[:2], toks[2]) && possessive(toks[1].Text, false) {
		return true, true
	}
	// A club's abbreviation may open its name ("FC Vechtdal", "AFC Ajax").
	if len(toks) > 1 && clubPrefixes[toks[0].Norm] && strings.ToUpper(toks[0].Text) == toks[0].Text {
		return true, true
	}
	for _, h := range heads {
		if handOrgs[h] || handOrgs[singular(h)] {
			return true, true
		}
		if r.isOrgWord(h) && !r.givenAndSurname(toks, h) {
			weak = true
		}
	}
	return false, weak
}

// givenAndSurname reports whether the two-word run toks, ending in head
// word h, is a given name and a surname no dictionary knows as a word: an
// organisation noun the lexicon only finds by splitting it ("Garside" as
// "gar" + "side", a team) is no evidence against the person "Tom
// Garside".
func (r *Result) givenAndSurname(toks []nlp.Token, h string) bool {
	return len(toks) == 2 && h == toks[1].Norm && r.lex.GivenNameGender(toks[0].Norm) != "" && !r.lex.IsCommonWord(h) && !handOrgs[singular(h)]
}

// orgAppositive reports whether the name ending before token j of
// sentence si is followed by an appositive headed by an organisation's
// noun: ", the Dutch football association," / ", a trade body,".
func (r *Result) orgAppositive(si, j int) bool {
	toks := r.toks[si]
	if j+2 >= len(toks) || strings.TrimSpace(r.gapAt(toks, j)) != "," || !determiners[toks[j].Norm] || r.inQ[si][j] {
		return false
	}
	for m := j + 1; m < len(toks) && m <= j+5; m++ {
		if strings.ContainsAny(r.gapAt(toks, m), ".;:\"“”") {
			return false
		}
		end := m+1 == len(toks) || strings.TrimSpace(r.gapAt(toks, m+1)) == ","
		if end {
			w := toks[m].Norm
			return (handOrgs[w] || handOrgs[singular(w)] || r.isOrgWord(w)) && !r.lex.IsPersonNoun(w)
		}
	}
	return false
}

// speakingAcronym reports whether the acronym at token i (ending at j)
// of sentence si, after a determiner, is a body that speaks: the subject
// of a speech verb ("the RNLI said") or the body a spokesperson speaks
// for ("a spokeswoman for the NSPCC"). A country's abbreviation ("the US
// said") is a place the lexicon knows, and stays tentative.
func (r *Result) speakingAcronym(si, i, j int) bool {
	toks := r.toks[si]
	if r.lex.IsPlace(toks[i].Norm) || r.inQ[si][i] {
		return false
	}
	if r.speechAfter(si, j) {
		return true
	}
	return i >= 3 && (toks[i-2].Norm == "for" || toks[i-2].Norm == "of") && voiceNouns[toks[i-3].Norm] &&
		!r.inQ[si][i-3]
}

// nationalityNoun reports whether a capitalised w after "the" is a
// nationality standing for a person ("the Brazilian said", "the
// Portuguese"), which WordNet reads first as the adjective or the
// language: a demonym's ending, no place itself ("the Vatican").
func (r *Result) nationalityNoun(w string) bool {
	return isDemonym(w) && !r.lex.IsPlace(w) && !r.isOrgWord(w)
}

// clubPrefixes are the abbreviations that open a sports club's name.
var clubPrefixes = wordSet(`fc afc cf fk sk`)

// givenNotTitle reports whether the title word at token k of sentence si,
// opening a name run at ti whose surname alone follows at k+1 (end is
// k+2), is a given name instead ("its chief executive, Dean Whitby"): it
// is on the given-name list, or no news title; the text gives the person another role
// beside the name (an appositive or a role noun before it), so the word is
// not theirs as a title ("Mayor Smith said", "Prince Harry arrived" keep
// it); no determiner or
// possessive goes before it ("Harvard's Dean Whitby"); and the text
// nowhere uses the word as a role ("the dean", "Dean of Students").
func (r *Result) givenNotTitle(si, ti, k, end int) bool {
	toks := r.toks[si]
	w := toks[k].Norm
	// A word WordNet alone calls a person ("Shona", a people), neither a
	// given name of the list nor a news title, is as likely a given name.
	if titleAbbrev[w] != "" || r.lex.GivenNameGender(w) == "" && (handRoles[w] || honorifics[w] || r.nationalityNoun(w)) {
		return false
	}
	if ti > 0 && (determiners[toks[ti-1].Norm] || possessive(toks[ti-1].Text, false)) {
		return false
	}
	if !r.roleBeside(si, ti, end, w) {
		return false
	}
	return !r.usedAsRole(w)
}

// roleBeside reports whether a lower-case person noun other than w stands
// beside the name run toks[ti:end] of sentence si: just before it
// ("striker Dean Whitby"), or in an appositive set off by a comma before
// or after it ("its chief executive, Dean Whitby", "Dean Whitby, the
// bank's chief executive,").
func (r *Result) roleBeside(si, ti, end int, w string) bool {
	toks := r.toks[si]
	text := r.doc.Text
	role := func(t nlp.Token) bool { return !isCap(t) && t.Norm != w && r.lex.IsPersonNoun(t.Norm) }
	if ti > 0 {
		gap := text[toks[ti-1].End:toks[ti].Start]
		if gap == " " && role(toks[ti-1]) {
			return true
		}
		if strings.TrimSpace(gap) == "," {
			for m := ti - 1; m >= 0 && m >= ti-4; m-- {
				if role(toks[m]) {
					return true
				}
			}
		}
	}
	if end < len(toks) && strings.TrimSpace(text[toks[end-1].End:toks[end].Start]) == "," {
		for m := end; m < len(toks) && m < end+5; m++ {
			if role(toks[m]) {
				return true
			}
		}
	}
	return false
}

// usedAsRole reports whether the text uses title word w as a role: in
// lower case, after "the" or a possessive, or before "of". Memoised per
// word; the first call for a word reads the text once.
func (r *Result) usedAsRole(w string) bool {
	return r.anyToken(w, func(toks []nlp.Token, k int) bool {
		t := toks[k]
		return t.Norm == w && (!isCap(t) || k > 0 && (toks[k-1].Norm == "the" || possessive(toks[k-1].Text, false)) ||
			k+1 < len(toks) && toks[k+1].Norm == "of")
	})
}

// anyToken reports whether any token of the text satisfies match, memoised
// under key in roleUse: the first call for a key reads the text once.
func (r *Result) anyToken(key string, match func(toks []nlp.Token, k int) bool) bool {
	if v, ok := r.roleUse[key]; ok {
		return v
	}
	if r.roleUse == nil {
		r.roleUse = map[string]bool{}
	}
	used := false
scan:
	for _, toks := range r.toks {
		for k := range toks {
			if match(toks, k) {
				used = true
				break scan
			}
		}
	}
	r.roleUse[key] = used
	return used
}

// institutionWord reports whether w, a common word that is no given name,
// names an institution in the article: "the" stands before it
// capitalised and alone ("the Opposition would table", "the House
// rose"), as it never does before a person's name. Memoised per word.
func (r *Result) institutionWord(w string) bool {
	if !r.lex.IsCommonWord(w) || r.lex.GivenNameGender(w) != "" || r.lex.IsPersonNoun(w) || r.nationalityNoun(w) {
		return false
	}
	return r.anyToken("the "+w, func(toks []nlp.Token, k int) bool {
		t := toks[k]
		return t.Norm == w && isCap(t) && k > 0 && toks[k-1].Norm == "the" && !isCap(toks[k-1]) &&
			(k+1 == len(toks) || !isCap(toks[k+1]) || isAcronym(toks[k+1].Text))
	})
}

// isTitleWord reports whether a capitalised word in a name run is a title
// or role ("President", "Sen", "Judge", "Coach"): WordNet person nouns count
// from five letters on, since shorter ones are often first names ("Tom",
// "Jack").
func (r *Result) isTitleWord(w string) bool {
	if titleAbbrev[w] != "" || handRoles[w] {
		return true
	}
	// Not a proper name WordNet lists as a person ("Daniel", "Paul").
	return len(w) >= 5 && !notRoles[w] && r.lex.IsPersonNoun(w) && r.lex.IsCommonWord(w)
}

// rareTitle reports whether the word at token m of a name run ending at
// jj is a title by a rarer sense of the word, a kind of person ("Canon
// Ruth Pengelly", a cathedral's priest): it opens the run or follows a
// title (first), is no given name itself,
// and a given name and a surname follow it. A word so read before a
// surname alone stays a name ("Canon Pengelly" keeps both readings open).
func (r *Result) rareTitle(toks []nlp.Token, m, jj int, first bool) bool {
	rr, ok := r.raw.(RareRoles)
	if !ok || !first || m+2 >= jj {
		return false
	}
	w := toks[m].Norm
	if !isCap(toks[m]) || r.lex.GivenNameGender(w) != "" || r.lex.GivenNameGender(toks[m+1].Norm) == "" || notRoles[w] || len(w) < 4 {
		return false
	}
	return rr.RareRole(w)
}

// itSpeaks reports whether the speech verb after a name is followed by
// "it" ("Northway Homes said it would appeal"): an organisation speaks.
func (r *Result) itSpeaks(si, j int) bool {
	toks := r.toks[si]
	for m := j; m < len(toks) && m < j+3; m++ {
		if !speechVerbs[toks[m].Norm] {
			continue
		}
		n := m + 1
		// "said on Tuesday it would", "said in a statement that it had".
		for n < len(toks) && n < m+6 && (itGap[toks[n].Norm] || timeWords[toks[n].Norm] || documentNouns[toks[n].Norm]) {
			n++
		}
		if n < len(toks) && toks[n].Norm == "that" {
			n++
		}
		// "it would appeal", "it had not been told"; not "it was a shame",
		// which people say.
		return n+1 < len(toks) && toks[n].Norm == "it" && itVerbs[toks[n+1].Norm]
	}
	return false
}

// givenNamesSurname reports whether a one-word name is the surname the
// article gives a person with a first name ("Marisol Quintero" for
// "Quintero said it has a name"): the "it" is then the clause's subject,
// not a company's voice.
func (r *Result) givenNamesSurname(name []nlp.Token) bool {
	if len(name) != 1 {
		return false
	}
	for _, toks := range r.toks {
		for k := 1; k < len(toks); k++ {
			if toks[k].Norm != name[0].Norm || !isCap(toks[k-1]) || r.doc.Text[toks[k-1].End:toks[k].Start] != " " {
				continue
			}
			// A first name the lexicon knows, or a person's introduction
			// around the pair: a role noun before it ("artist Marisol
			// Quintero"), an age after it ("Marisol Quintero, 41,").
			if r.lex.GivenNameGender(toks[k-1].Norm) != "" ||
				k >= 2 && !isCap(toks[k-2]) && r.lex.IsPersonNoun(toks[k-2].Norm) && r.doc.Text[toks[k-2].End:toks[k-1].Start] == " " ||
				k+1 < len(toks) && strings.TrimSpace(r.doc.Text[toks[k].End:toks[k+1].Start]) == "," && isNumber(toks[k+1].Norm) {
				return true
			}
		}
	}
	return false
}

// pluralNameTail reports whether token t, a capitalised plural ("Riverdogs",
// "Pilots"), ends a longer capitalised name elsewhere in the article
// ("the Riverton Riverdogs"): a team's or band's short name.
func (r *Result) pluralNameTail(t nlp.Token) bool {
	if !isCap(t) || !strings.HasSuffix(t.Norm, "s") || strings.HasSuffix(t.Norm, "ss") || r.lex.IsCommonWord(t.Norm) {
		return false
	}
	for _, toks := range r.toks {
		for k := 1; k < len(toks); k++ {
			if toks[k].Norm == t.Norm && toks[k].Start != t.Start && isCap(toks[k-1]) && r.doc.Text[toks[k-1].End:toks[k].Start] == " " &&
				!determiners[toks[k-1].Norm] {
				return true
			}
		}
	}
	return false
}

// itGap are the words of a time or source phrase between a speech verb
// and "it" ("said on Tuesday it would", "said in a statement it had").
var itGap = wordSet(`on in a an the last this late early earlier`)

var itVerbs = wordSet(`would will had has plans planned intends intended expects expected supported supports
	welcomed welcomes remained remains accepted accepts rejected rejects regretted regrets denied denies`)

// roleOf spells an abbreviated title as its role noun ("sen" → "senator").
func roleOf(w string) string {
	if f, ok := titleRoles[w]; ok {
		return f
	}
	return w
}

var titleRoles = map[string]string{
	"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
	"prof": "professor", "dr": "doctor", "rev": "reverend", "capt": "captain", "col": "colonel",
	"sgt": "sergeant", "maj": "major", "adm": "admiral", "det": "detective", "insp": "inspector",
	"supt": "superintendent", "atty": "attorney", "pres": "president", "cllr": "councillor",
	"coun": "councillor", "ald": "alderman", "ds": "sergeant", "di": "inspector", "dci": "inspector", "pc": "constable", "amb": "ambassador", "cpl": "corporal", "pvt": "private",
	"barr": "barrister", "engr": "engineer",
}

func (r *Result) strongOrg(toks []nlp.Token) bool {
	s, _ := r.orgHead(toks)
	return s
}

func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// pluralBodyBefore returns the plural person noun set off by a comma just
// before a name run toks[ti:j] of sentence si and opened by a determiner
// or possessive ("The administrators, Fenwick Rowe,", "its auditors,
// Grant Thornton"), "" when there is none or the run goes on with "and"
// ("his parents, John and Mary Smith").
func (r *Result) pluralBodyBefore(si, ti, j int) string {
	toks := r.toks[si]
	if ti < 2 || strings.TrimSpace(r.gapAt(toks, ti)) != "," || j < len(toks) && toks[j].Norm == "and" {
		return ""
	}
	w := toks[ti-1].Norm
	if singular(w) == w || r.lex.IsPersonNoun(w) || !r.lex.IsPersonNoun(singular(w)) || notRoles[singular(w)] {
		return ""
	}
	t := toks[ti-2]
	if determiners[t.Norm] || possessivePronouns[t.Norm] || t.Norm == "its" || possessive(t.Text, false) {
		return w
	}
	return ""
}

// sportingAgents are agentVerbs that news also uses of results and
// races, where their subject holds no role.
var sportingAgents = wordSet(`leads led runs ran represents represented`)

// unknownRole reports whether toks[k], after "the", is a lower-case word
// the lexicon does not know at all: in "Samir Haddad-Nour, the mukhtar of
// the village," the position makes it a role (the caller sees "of" after).
func (r *Result) unknownRole(toks []nlp.Token, k int) bool {
	t := toks[k]
	return k > 0 && toks[k-1].Norm == "the" && !isCap(t) && len(t.Norm) > 3 && !strings.ContainsFunc(t.Norm, func(c rune) bool { return c < 'a' || c > 'z' }) &&
		!r.lex.IsCommonWord(t.Norm) && !r.lex.IsPlace(t.Norm) && !r.isOrgWord(t.Norm)
}

// oneOf reports whether the plural noun at toks[k] closes "one of the
// …" within a few words ("One of the boat owners").
func oneOf(toks []nlp.Token, k int) bool {
	for m := k - 1; m >= 2 && m >= k-4; m-- {
		if toks[m].Norm == "the" || possessivePronouns[toks[m].Norm] {
			return toks[m-1].Norm == "of" && (toks[m-2].Norm == "one" || toks[m-2].Norm == "two")
		}
	}
	return false
}

// roleBefore returns the role nouns of a phrase ending with a comma just
// before token ti, opened by a determiner or possessive: "Kingsmere’s head
// coach, Marta Kowalczyk".
func (r *Result) roleBefore(si, ti int) []string {
	toks := r.toks[si]
	// Markdown emphasis may close before the comma ("*Vinos del Norte*,").
	if ti < 2 || strings.Trim(r.doc.Text[toks[ti-1].End:toks[ti].Start], " \t\n*_") != "," {
		return nil
	}
	w := toks[ti-1].Norm
	from := ti - 2
	// "One of the boat owners, Pádraig Ó Conaill": one of those.
	if ti >= 5 && !r.lex.IsPersonNoun(w) && singular(w) != w && r.lex.IsPersonNoun(singular(w)) && oneOf(toks, ti-1) {
		return []string{singular(w)}
	}
	// "The administrators, Fenwick Rowe,": a plural role set off before a
	// name that fills it (a firm, as often as not), read as its singular.
	if !r.lex.IsPersonNoun(w) && singular(w) != w && r.lex.IsPersonNoun(singular(w)) && !notRoles[singular(w)] &&
		(toks[ti-2].Norm == "the" || possessivePronouns[toks[ti-2].Norm]) && !governed(toks, ti-2) {
		return []string{singular(w)}
	}
	// "The charity’s current chair of trustees, Margaret Lindley": the
	// head noun stands before "of".
	if !r.lex.IsPersonNoun(w) && ti >= 4 && toks[ti-2].Norm == "of" && (r.lex.IsPersonNoun(toks[ti-3].Norm) || ofHeads[toks[ti-3].Norm]) && !notRoles[toks[ti-3].Norm] {
		w, from = toks[ti-3].Norm, ti-4
	} else if !r.lex.IsPersonNoun(w) && isCap(toks[ti-1]) {
		// "The Cabinet Secretary for Tourism and Wildlife, Hon. Peter
		// Gathua": an office's capitalised complement of a few words.
		for m := ti - 2; m >= 2 && m >= ti-5; m-- {
			if strings.ContainsAny(r.doc.Text[toks[m].End:toks[m+1].Start], ",;:.") {
				break
			}
			if (toks[m].Norm == "for" || toks[m].Norm == "of") && isCap(toks[m-1]) && r.lex.IsPersonNoun(toks[m-1].Norm) && !notRoles[toks[m-1].Norm] {
				w, from = toks[m-1].Norm, m-2
				break
			}
		}
	}
	if !(r.lex.IsPersonNoun(w) || ofHeads[w] && toks[ti-2].Norm == "of") || notRoles[w] {
		return r.governingRole(si, ti)
	}
	for m := from; m >= 0 && m >= from-4; m-- {
		t := toks[m]
		// "Her partner, Ruairi Mac Giolla,"; a family noun ("His father,")
		// is kinship, which kinBefore reads.
		// "the Teesside Echo, whose editor, Joanne Firth,": a relative's
		// possessive opens the role as "its" would.
		if determiners[t.Norm] || (possessivePronouns[t.Norm] || t.Norm == "whose") && !kinNouns[w] || strings.HasSuffix(t.Text, "’s") || strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(r.doc.Text[t.End:toks[m+1].Start], "’ ") {
			if governed(toks, m) {
				// "Counsel assisting the coroner, Ngaire van Heerden": the
				// coroner is someone else; the counsel is she.
				return r.governingRole(si, ti)
			}
			roles := []string{w}
			if from != m && r.lex.IsPersonNoun(toks[from].Norm+" "+w) {
				roles = append(roles, toks[from].Norm+" "+w)
			}
			return roles
		}
		if strings.ContainsAny(r.doc.Text[t.End:toks[m+1].Start], ",;:.") {
			break
		}
	}
	return nil
}

// governed reports whether the phrase opened by toks[m] (a determiner or
// possessor) is the object of a preposition or participle before it ("for
// the fund", "assisting the coroner"): its noun is not the role of a name
// after it.
func governed(toks []nlp.Token, m int) bool {
	if m < 1 {
		return false
	}
	p := toks[m-1]
	return prepositions[p.Norm] || !isCap(p) && len(p.Norm) > 4 && strings.HasSuffix(p.Norm, "ing")
}

// governingRole returns the role noun that governs a phrase ending with a
// comma before token ti through a preposition or participle, opened by a
// determiner or sentence start: "A spokeswoman for the fund, Camille
// Rousseau-Diallo", "Counsel assisting the coroner, Ngaire van Heerden".
func (r *Result) governingRole(si, ti int) []string {
	toks := r.toks[si]
	// "the member for Rimouski, Jean-François St-Pierre": a place or body
	// named after the preposition, without a determiner.
	start, named := ti-2, false
	for m := ti - 1; m >= 2 && m >= ti-3 && isCap(toks[m]) && !r.inQ[si][m]; m-- {
		if prepositions[toks[m-1].Norm] {
			start, named = m, true
			break
		}
	}
	// Up to six words back: "a critic at the trade magazine Vinos del
	// Norte, Joaquín Arrieta Sanz".
	for m := start; m >= 1 && m >= ti-7; m-- {
		if named {
			if h := m - 2; strings.TrimSpace(r.gapAt(toks, m-1)) == "" && r.lex.IsPersonNoun(toks[h].Norm) && !notRoles[toks[h].Norm] && h > 0 && determiners[toks[h-1].Norm] {
				return []string{toks[h].Norm}
			}
			return nil
		}
		if strings.ContainsAny(r.doc.Text[toks[m].End:toks[m+1].Start], ",;:.()—–") || r.inQ[si][m] {
			return nil
		}
		if !(determiners[toks[m].Norm] || possessive(toks[m].Text, false)) || !governed(toks, m) {
			continue
		}
		h := m - 2 // the noun before the preposition or participle
		if h < 0 || strings.TrimSpace(r.doc.Text[toks[h].End:toks[h+1].Start]) != "" {
			return nil
		}
		w := toks[h].Norm
		if !r.lex.IsPersonNoun(w) || notRoles[w] || (h > 0 && !determiners[toks[h-1].Norm] && !possessive(toks[h-1].Text, false) && !r.lex.IsPersonNoun(toks[h-1].Norm+" "+w)) && !r.sentenceInitial(si, h) {
			return nil
		}
		roles := []string{w}
		if h > 0 && !determiners[toks[h-1].Norm] && r.lex.IsPersonNoun(toks[h-1].Norm+" "+w) {
			roles = append(roles, toks[h-1].Norm+" "+w)
		}
		return roles
	}
	return nil
}

// loneQuantifiers are pronouns that open a sentence capitalised and stand
// for someone just mentioned ("Several readers wrote. One, a retired
// nurse, said …"): alone they are no name, though "One Nation" is.
var loneQuantifiers = wordSet(`one another others several many some both most few none each either neither`)

// classify turns the capitalised run toks[k:j] of sentence si into a
// candidate: titles stripped, kind and gender from the evidence around it.
func (r *Result) classify(si, k, j int) (candidate, bool) {
	toks := r.toks[si]
	text := r.doc.Text
	c := candidate{si: si, ti: k, i: k, j: j, kind: Unknown, inQuote: r.inQ[si][k]}
	// Sentence-initial function words ("The", "But", "In") and non-names.
	for c.i < j && (nlp.IsStopWord(toks[c.i].Norm) || notNames[toks[c.i].Norm] || personalPronouns[toks[c.i].Norm] != "") {
		if r.kinNamedCommon(si, c.i, j) {
			break
		}
		// "The All India Textile Workers' Federation": after "The", a
		// capitalised function word opens the name itself.
		if c.i > k && determiners[toks[c.i-1].Norm] && c.i+2 < j {
			break
		}
		c.i++
	}
	if c.i >= j || c.i == j-1 && loneQuantifiers[toks[c.i].Norm] {
		return c, false
	}
	c.ti = c.i
	// "Rs 4,000 crore", "Ksh 300", "Rp 5.000": a currency's abbreviation
	// before an amount is no name.
	if c.i == j-1 && currencyAbbrevs[toks[c.i].Norm] && j < len(toks) && text[toks[c.i].End:toks[j].Start] == " " &&
		toks[j].Text != "" && toks[j].Text[0] >= '0' && toks[j].Text[0] <= '9' {
		return c, false
	}
	// "a Skyway Connect Embraer 190", "the Boeing 737": a maker before a
	// model number names a machine, not a person; what goes before it may
	// still be a name (the airline).
	if j < len(toks) && text[toks[j-1].End:toks[j].Start] == " " && len(toks[j].Text) >= 2 && isNumber(toks[j].Text) {
		j--
		c.j = j
		if c.i >= j {
			return c, false
		}
	}
	// "a Pueblo Democrat", "the Boulder mayor", "the former Olympian": a
	// description, not a name.
	if d := c.ti - 1; d >= 0 && r.lex.IsPersonNoun(toks[j-1].Norm) && !r.isOrgWord(toks[j-1].Norm) {
		for d > 0 && (roleModifiers[toks[d].Norm] || pastWords[toks[d].Norm]) && !isCap(toks[d]) && text[toks[d].End:toks[d+1].Start] == " " {
			d--
		}
		if text[toks[d].End:toks[d+1].Start] == " " && determiners[toks[d].Norm] {
			return c, false
		}
	}
	// "R-Texas", "D-Colo.": a party and a state.
	if utf8.RuneCountInString(toks[c.i].Text) == 1 && c.i+1 < j && text[toks[c.i].End:toks[c.i+1].Start] == "-" {
		return c, false
	}
	// "Director-General", "Attorney-General": one hyphenated office,
	// every part a title, names no one ("General" is no surname).
	if j-c.i >= 2 && r.hyphenatedOffice(toks[c.i:j]) {
		return c, false
	}
	strongOrg, weakOrg := r.orgHead(toks[c.i:j])
	if strongOrg && !r.isTitleRun(toks[c.i:j]) {
		c.kind = Organisation
		return c, true
	}
	// Before titles are stripped: "the journal Marine Ecology Letters" is
	// no marine, "the Indian Ocean" no Indian.
	if c.ti > 1 && text[toks[c.ti-1].End:toks[c.ti].Start] == " " {
		p := toks[c.ti-1]
		if !isCap(p) && !possessive(p.Text, false) && r.isOrgWord(p.Norm) && !r.lex.IsPersonNoun(p.Norm) && determiners[toks[c.ti-2].Norm] && !r.inQ[si][c.ti-1] {
			c.kind = Organisation
			c.roles = append(c.roles, p.Norm)
			return c, true
		}
	}
	// "Lord Penrose of Alderley", "Baroness Hale of Richmond": the
	// territorial part of a peer's title is a place, no one speaking.
	if c.ti >= 3 && toks[c.ti-1].Norm == "of" && isCap(toks[c.ti-2]) {
		for k := c.ti - 3; k >= 0 && k >= c.ti-4; k-- {
			if peerTitles[toks[k].Norm] && isCap(toks[k]) {
				c.kind = Place
				return c, true
			}
		}
	}
	// "the smaller town of Saint-Ours", "the village of Elm": the name a
	// settlement noun gives with "of" is a place.
	if c.ti >= 2 && toks[c.ti-1].Norm == "of" && settlementNouns[toks[c.ti-2].Norm] && !r.inQ[si][c.ti-1] {
		c.kind = Place
		return c, true
	}
	if j-c.i >= 2 && r.lex.IsPlace(foldName(text[toks[c.i].Start:toks[j-1].End])) {
		c.kind = Place
		return c, true
	}
	// "The United Footwear and Leather Workers, which represents …":
	// "which" refers to no person; a name of two words or more, no place,
	// is a body.
	if j-c.i >= 2 && r.whichAfter(si, j) && !r.isTitleRun(toks[c.i:j]) {
		c.kind = Organisation
		return c, true
	}
	// Strip the titles and roles before the name, through the last one:
	// "Former President", "Russian President", "Sen.", "U.S. District
	// Judge", "Councilmember", "Head Coach".
	jj := j // the name's end before a suffix ("King III")
	for jj-1 > c.i && nameSuffixes[toks[jj-1].Norm] {
		jj--
	}
	lastRole := -1
	for m := c.i; m < jj-1; m++ {
		// "Hans-Dieter von Albrecht": a part of a hyphenated given name
		// is no role (WordNet's dieter), unless the part before it is one
		// too ("Attorney-General").
		if m > c.i && text[toks[m-1].End:toks[m].Start] == "-" && !r.isTitleWord(toks[m-1].Norm) {
			continue
		}
		if r.isTitleWord(toks[m].Norm) || m == c.i && r.acronymTitle(toks[m]) || r.rareTitle(toks, m, jj, m == c.i || lastRole == m-1) {
			lastRole = m
		}
	}
	if lastRole == c.i && jj-c.i == 2 && r.givenNotTitle(si, c.ti, c.i, jj) {
		lastRole = -1 // "its chief executive, Dean Whitby": Dean is his name
	}
	if lastRole >= 0 {
		for m := c.i; m <= lastRole; m++ {
			w := toks[m].Norm
			if !r.isTitleWord(w) && !(m == c.i && r.acronymTitle(toks[m])) && !r.rareTitle(toks, m, jj, true) {
				continue
			}
			c.roles = append(c.roles, roleOf(w))
			if g := r.genderOf(w); g != "" {
				c.gender = g
			}
		}
		c.i, c.titled, c.kind = lastRole+1, true, Person
		// "the Official Opposition": a title word and one common noun
		// after a determiner, where the article also writes "the
		// Opposition" alone, name an institution; no person's name
		// takes the article.
		if c.ti > 0 && determiners[toks[c.ti-1].Norm] && jj == j && j-c.i == 1 && r.institutionWord(toks[c.i].Norm) {
			c.i, c.titled, c.kind, c.roles, c.gender = c.ti, false, Organisation, nil, ""
			return c, true
		}
	}
	// "Leader of the Opposition V. Srinivas Reddy", "Father of the House
	// Jo Hale": the institution that closes a role phrase is not part of
	// the name after it.
	if !c.titled && c.ti >= 3 && c.i == c.ti && j-c.i >= 3 && toks[c.ti-1].Norm == "the" && toks[c.ti-2].Norm == "of" &&
		r.isRoleWord(toks[c.ti-3].Norm) && r.institutionWord(toks[c.i].Norm) && text[toks[c.i].End:toks[c.i+1].Start] == " " {
		c.i++
		c.titled, c.kind = true, Person
		c.roles = append(c.roles, toks[c.ti-3].Norm)
	}
	if weakOrg && !c.titled && r.lex.IsPlace(foldName(text[toks[c.i].Start:toks[j-1].End])) {
		c.kind = Place // "Europe", not the union WordNet also calls so
	} else if weakOrg && !c.titled && !r.speechAfter(si, j) {
		// WordNet's organisation nouns include surnames ("Doe", the
		// Department of Energy): weak evidence, which a person of the
		// same name outweighs when the mentions are grouped.
		c.kind, c.weakOrg = Organisation, true
		return c, true
	}
	// A run of nothing but role words is no name ("Chief Executive").
	allRole := true
	for _, t := range toks[c.i:j] {
		if titleAbbrev[t.Norm] == "" && !handRoles[t.Norm] && !roleModifiers[t.Norm] {
			allRole = false
			break
		}
	}
	if allRole && !c.titled && !(c.ti > 0 && !determiners[toks[c.ti-1].Norm] && r.speechAfter(si, j)) {
		return c, false // "Chief Executive"; but "King said" names Mr King
	}
	// A lower-case role noun before it: "striker Lena Ortiz", "head coach Sam Ruiz".
	adjacentBefore := c.ti > 0 && text[toks[c.ti-1].End:toks[c.ti].Start] == " "
	if adjacentBefore && c.titled && c.ti > 0 && !isCap(toks[c.ti-1]) && r.lex.IsPersonNoun(toks[c.ti-1].Norm) && !particles[toks[c.ti-1].Norm] {
		// "glaciologist Dr. Inés Villalobos-Rahn": the role before the title.
		c.roles = append(c.roles, toks[c.ti-1].Norm)
	}
	if !c.titled && adjacentBefore && !r.attributiveName(si, j) {
		p := toks[c.ti-1]
		if !isCap(p) && r.lex.IsPersonNoun(p.Norm) && !particles[p.Norm] {
			c.titled, c.kind = true, Person
			c.roles = append(c.roles, p.Norm)
			// "the late mayor Alfred Reiss", "former coach Sam Ruiz": the
			// role is held no longer, so "the mayor said" is someone else.
			if c.ti > 1 && (pastWords[toks[c.ti-2].Norm] || toks[c.ti-2].Norm == "late") && text[toks[c.ti-2].End:toks[c.ti-1].Start] == " " {
				c.former = append(c.former, p.Norm)
			}
			if c.ti > 1 && !isCap(toks[c.ti-2]) && !determiners[toks[c.ti-2].Norm] && r.lex.IsPersonNoun(toks[c.ti-2].Norm+" "+p.Norm) {
				c.roles = append(c.roles, toks[c.ti-2].Norm+" "+p.Norm)
			}
			if g := r.genderOf(p.Norm); g != "" {
				c.gender = g
			}
		}
	}
	// A lower-case organisation noun after a determiner before it: "the
	// journal Limnology Letters", "the charity Oxfam" name a body of that kind.
	if !c.titled && adjacentBefore && c.ti > 1 {
		p := toks[c.ti-1]
		if !isCap(p) && !possessive(p.Text, false) && r.isOrgWord(p.Norm) && !r.lex.IsPersonNoun(p.Norm) && determiners[toks[c.ti-2].Norm] && !r.inQ[si][c.ti-1] {
			c.kind = Organisation
			c.roles = append(c.roles, p.Norm)
			return c, true
		}
	}
	// After a determiner it describes or names an institution: "a Boulder
	// Democrat", "the Vatican"; but "heard that O’Hare used" opens a clause.
	complementiser := c.ti > 1 && toks[c.ti-1].Norm == "that" && (speechVerbs[toks[c.ti-2].Norm] || thatVerbs[toks[c.ti-2].Norm]) &&
		text[toks[c.ti-2].End:toks[c.ti-1].Start] == " "
	if !c.titled && adjacentBefore && determiners[toks[c.ti-1].Norm] && !complementiser {
		if r.placeName(toks, c.i, j) {
			c.kind = Place
			return c, true
		}
		// "the AMSW": an acronym after a determiner names the body whose
		// full name it abbreviates (acronymOf, when the mentions are
		// grouped); "the US" names none and is dropped there.
		if j-c.i == 1 && isAcronym(toks[c.i].Text) {
			// "The KNVB, the Dutch football association, said": the
			// appositive says what body it is.
			if r.orgAppositive(si, j) || r.speakingAcronym(si, c.i, j) {
				c.kind = Organisation
				return c, true
			}
			c.tentative = true
			return c, true
		}
		// "the Opposition said": a common noun, capitalised as a name
		// after "the", that speaks is an institution.
		if w := toks[c.i].Norm; j-c.i == 1 && !r.inQ[si][c.i] && r.speechAfter(si, j) && r.lex.IsCommonWord(w) &&
			!r.lex.IsPersonNoun(w) && r.lex.GivenNameGender(w) == "" && !placeHeads[w] && !r.nationalityNoun(w) {
			c.kind = Organisation
			return c, true
		}
		// "the Riverdogs called the sale “…”": a team's plural name,
		// short for the full one the article gives ("the Riverton
		// Riverdogs"), is the body speaking.
		if j-c.i == 1 && !r.inQ[si][c.i] && r.speechAfter(si, j) && r.pluralNameTail(toks[c.i]) {
			return c, true
		}
		if r.lex.IsPersonNoun(toks[j-1].Norm) || j-c.i == 1 {
			return c, false
		}
		// "a Danny O’Brien header": a name used as a modifier.
		return c, true
	}
	// "The company, Nordhavn Aluminium, said", "the charity, Little
	// Lanterns,": a body's noun set off before it names a body.
	// So does "the network operator, Coastline Energy,": lower-case
	// modifiers may stand between the determiner and the noun.
	det := c.ti - 2
	if c.ti >= 2 && companyNouns[toks[c.ti-1].Norm] {
		for det > 0 && det > c.ti-4 && !isCap(toks[det]) && !determiners[toks[det].Norm] && !possessive(toks[det].Text, false) &&
			text[toks[det].End:toks[det+1].Start] == " " && !r.inQ[si][det] {
			det--
		}
	}
	if !c.titled && c.ti >= 2 && det >= 0 && strings.TrimSpace(text[toks[c.ti-1].End:toks[c.ti].Start]) == "," && !r.inQ[si][c.ti-1] &&
		(companyNouns[toks[c.ti-1].Norm] || r.isOrgWord(toks[c.ti-1].Norm) && !r.lex.IsPersonNoun(toks[c.ti-1].Norm)) &&
		!isCap(toks[c.ti-1]) && (determiners[toks[det].Norm] || possessive(toks[det].Text, false)) && (!governed(toks, det) || accordingToAt(toks, det)) {
		c.kind = Organisation
		c.roles = append(c.roles, toks[c.ti-1].Norm)
		return c, true
	}
	// "The Speaker (Hon. Angus McCrimmon)": an office with its holder in
	// brackets, as transcripts label a turn.
	if c.ti >= 1 && strings.TrimSpace(r.gapAt(toks, c.ti)) == "(" && r.lex.IsPersonNoun(toks[c.ti-1].Norm) &&
		(c.ti == 1 || determiners[toks[c.ti-2].Norm]) {
		c.roles = append(c.roles, toks[c.ti-1].Norm)
		c.kind = Person
	}
	// A role before it, set off by a comma: "Kingsmere’s head coach, Marta
	// Kowalczyk,", "An Interior Department spokeswoman, Claire Dubois,".
	// "The administrators, Fenwick Rowe,": a plural role set off before a
	// name makes it a firm, however person-like the name.
	if w := r.pluralBodyBefore(si, c.ti, j); w != "" && !c.titled {
		c.kind, c.roles = Organisation, append(c.roles, w, singular(w))
		return c, true
	}
	// Titled too: "The study's co-author, Professor Tobias Engqvist".
	roles := r.roleBefore(si, c.ti)
	if len(roles) == 0 {
		roles = r.officeBefore(si, c.ti, c.titled)
	}
	if len(roles) > 0 {
		c.roles = append(c.roles, roles...)
		c.kind = Person
		for _, w := range roles {
			if g := r.genderOf(w); g != "" {
				c.gender = g
			}
		}
	}
	if !c.titled && c.gender == "" {
		// "her husband, Dennis Healey": a relative is a person.
		if c.kinGender = r.kinBefore(si, c.ti); c.kinGender != "" {
			c.kind = Person
		}
	}
	// "said O’Brien", "Mensah-Doyle, 19,", "Adeyemi, who …": a person; but
	// "said Bellwood Creek was not every crossing" opens what was said.
	// Not "told Vogue", "informed the BBC": the one spoken to.
	if c.ti > 0 && speechVerbs[toks[c.ti-1].Norm] && !addresseeVerbs[toks[c.ti-1].Norm] && !r.inQ[si][c.ti-1] && !c.inQuote && !(j-c.i >= 2 && placeHeads[toks[j-1].Norm]) &&
		!r.modifiesNoun(si, j) {
		c.kind = Person
	}
	if j+1 < len(toks) && strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "," &&
		(toks[j].Norm == "who" || (isNumber(toks[j].Norm) && strings.HasPrefix(strings.TrimSpace(text[toks[j].End:toks[j+1].Start]), ","))) {
		c.kind = Person
	}
	if r.appositiveWho(si, j) {
		c.kind = Person
	}
	// An appositive role: "Jane Roe, the city's chief engineer,"; an
	// appositive company noun makes an organisation ("Voltaris Energy, the
	// Swedish battery maker,").
	// "grew up in Utrecht, the daughter of two players": after a place
	// the appositive is about the sentence's subject.
	// So too when the appositive is the next name's: "at Ol Keju, the
	// Authority's Director-General, Dr. Wanjiru Kamau-Odhiambo, said".
	// And when a role noun stands before the preposition: "the
	// harbourmaster at Oban, a soft-spoken man," describes the
	// harbourmaster.
	inPlace := c.ti > 0 && locatives[toks[c.ti-1].Norm] && toks[c.ti-1].Norm != "from" &&
		(r.lex.IsPlace(foldName(text[toks[c.i].Start:toks[j-1].End])) || r.nameAfterAppositive(si, j) ||
			c.ti >= 3 && toks[c.ti-1].Norm != "near" && toks[c.ti-1].Norm != "outside" && !isCap(toks[c.ti-2]) && !r.inQ[si][c.ti-2] &&
				determiners[toks[c.ti-3].Norm] && r.lex.IsPersonNoun(toks[c.ti-2].Norm) && !plainPeople[toks[c.ti-2].Norm])
	// "Gov. Andrea Salas of Ohio, a Democrat who …": the appositive is the
	// governor's, whose place "of" gives.
	inPlace = inPlace || c.ti > 1 && toks[c.ti-1].Norm == "of" && isCap(toks[c.ti-2]) &&
		r.lex.IsPlace(foldName(text[toks[c.i].Start:toks[j-1].End]))
	if roles := r.appositive(si, j); inPlace && len(roles) > 0 {
		c.kind = Place
	} else if len(roles) > 0 && companyNouns[roles[0]] && !c.titled && !r.personShaped(toks, c.i, j, roles[0]) {
		c.kind = Organisation
		c.roles = append(c.roles, roles...)
		return c, true
	} else if len(roles) > 0 {
		c.roles = append(c.roles, roles...)
		c.kind = Person
		if r.formerAppositive(si, j) {
			c.former = append(c.former, roles...)
		}
		for _, w := range roles {
			if g := r.genderOf(w); g != "" {
				c.gender = g
			}
		}
	}
	// A role as the predicate: "Grace Oduya has been harbour master at
	// Port Ellery since 2019", "Ruiz is the club's captain".
	if roles := r.predicateRole(si, j); len(roles) > 0 && !c.titled && c.kind != Organisation {
		c.roles = append(c.roles, roles...)
		c.kind = Person
		for _, w := range roles {
			if g := r.genderOf(w); g != "" {
				c.gender = g
			}
		}
	}
	// "Moss the coach also paid tribute", "For Moss the player,": a bare
	// surname with "the" and a role noun straight after it says which of
	// two namesakes is meant. A verb after the noun makes it a clause of
	// its own ("told Moss the coach was wrong").
	if j-c.i == 1 && !c.titled && !c.inQuote && j+1 < len(toks) && toks[j].Norm == "the" && !r.inQ[si][j+1] &&
		strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "" && strings.TrimSpace(text[toks[j].End:toks[j+1].Start]) == "" &&
		!isCap(toks[j+1]) && r.lex.IsPersonNoun(toks[j+1].Norm) && !plainPeople[toks[j+1].Norm] &&
		(j+2 >= len(toks) || !copulas[toks[j+2].Norm] && !speechVerbs[toks[j+2].Norm] && !clauseAux[toks[j+2].Norm]) {
		c.roles = append(c.roles, toks[j+1].Norm)
		c.theRole = len(c.roles) == 1
	}
	if c.kind == Unknown && r.placeName(toks, c.i, j) {
		c.kind = Place
	}
	if c.kind == Person && !c.titled && !c.inQuote && c.i > 0 && streetPrepositions[toks[c.i-1].Norm] && !r.inQ[si][c.i-1] &&
		j-c.i >= 2 && placeHeads[toks[j-1].Norm] {
		c.kind = Place // "On Elm Street, …": no one stands on a person
	}
	// "Supplementary, Speaker." / "Speaker, my question is …": a common
	// word opening what someone says, set off alone, is an interjection or
	// a vocative, no one's name.
	if c.inQuote && j-c.i == 1 && !c.titled && j < len(toks) && strings.ContainsAny(r.gapAt(toks, j), ",.!") &&
		(r.sentenceInitial(si, c.i) || r.quoteInitial(toks[c.i].Start)) &&
		r.lex.IsCommonWord(toks[c.i].Norm) && r.lex.GivenNameGender(toks[c.i].Norm) == "" {
		return c, false
	}
	// A capitalised first word of a sentence alone is a name only on
	// other evidence.
	if j-c.i == 1 && !c.titled && r.sentenceInitial(si, c.i) && (c.kind == Unknown || c.kind == Place) {
		c.tentative = true
		return c, true
	}
	// The subject of a speech verb is a person; a name after a preposition
	// is no subject ("Castellano, 61, of Cranston, pleaded …").
	if r.speechAfter(si, j) && c.kind != Organisation && !(c.ti > 0 && prepositions[toks[c.ti-1].Norm]) {
		c.kind = Person
		if !c.titled && len(c.roles) == 0 && r.itSpeaks(si, j) && !r.givenNamesSurname(toks[c.i:j]) {
			c.kind = Organisation
		}
	}
	return c, true
}

// modifiesNoun reports whether the name ending before token j of sentence
// si runs straight on into a lower-case word that neither a speaker's
// inverted attribution nor an aside opens ("confirms Harbour City
// interest": the name modifies a noun, the object of "confirms"; but
// "said Ruiz on Monday", "said Ruiz, who …", "said Ruiz firmly").
func (r *Result) modifiesNoun(si, j int) bool {
	toks := r.toks[si]
	if j >= len(toks) || r.doc.Text[toks[j-1].End:toks[j].Start] != " " || isCap(toks[j]) || r.inQ[si][j] {
		return false
	}
	w := toks[j].Norm
	return !prepositions[w] && !nlp.IsStopWord(w) && !r.lyAdverb(w) && !speechVerbs[w] && !isNumber(w)
}

// personShaped reports whether toks[i:j], before an appositive headed by
// a company noun, is rather a person: a given name and a surname, and a
// head that names a person too ("Tom Brennan, the fiddle maker,"). An
// organisational word in the name or a head that names only a body
// ("firm", "bank") keeps it an organisation.
func (r *Result) personShaped(toks []nlp.Token, i, j int, head string) bool {
	if j-i < 2 || j-i > 3 || !r.lex.IsPersonNoun(head) || r.lex.IsOrganisationNoun(head) {
		return false
	}
	if r.lex.GivenNameGender(toks[i].Norm) == "" {
		return false
	}
	for _, t := range toks[i+1 : j] {
		if r.isOrgWord(t.Norm) || r.lex.IsCommonWord(t.Norm) {
			return false
		}
	}
	return true
}

// thatVerbs take a clause opened by "that" ("heard that O’Hare used …"),
// beside the speech verbs.
var thatVerbs = wordSet(`heard hear hears found find finds learned learnt learns showed shows show ruled rules
	knew know knows feared fears hoped hopes decided decides`)

// placeName reports whether toks[i:j] names a place: one WordNet knows
// ("Utrecht"), or a name headed by a word for a place ("Bellwood Creek",
// "Marlowe Street", "Pier Park"), unless the head is also a surname and
// the first word a given name ("Grace Park"). A prize or trophy named
// after someone ("the Holbrook Cup", not "the Harvest Shield", which may
// be a competition's body) counts with them: it names no one.
func (r *Result) placeName(toks []nlp.Token, i, j int) bool {
	if r.lex.IsPlace(foldName(r.doc.Text[toks[i].Start:toks[j-1].End])) {
		return true
	}
	head := toks[j-1].Norm
	if j-i >= 2 && eponymHeads[head] && !r.lex.IsCommonWord(toks[i].Norm) {
		return true // "the Holbrook Cup": a thing named after someone, no one who speaks
	}
	return j-i >= 2 && placeHeads[head] && !(surnameHeads[head] && r.lex.GivenNameGender(toks[i].Norm) != "")
}

// streetPrepositions put what follows on or along a street or ground
// ("on Quay Lane", "along Mill Close", "off Grace Park"), never on a person.
var streetPrepositions = wordSet(`on along off down across`)

// isTitleRun reports whether an organisation-looking run is a title before
// a name ("Council Member Jane Roe", "Court Judge …"): a role noun and a
// name after it.
// hyphenatedOffice reports whether toks are the parts of one hyphenated
// word that are all titles ("Director-General", "Secretary-General").
func (r *Result) hyphenatedOffice(toks []nlp.Token) bool {
	for m, t := range toks {
		if m > 0 && r.doc.Text[toks[m-1].End:t.Start] != "-" && r.doc.Text[toks[m-1].End:t.Start] != "‑" {
			return false
		}
		if !r.isTitleWord(t.Norm) {
			return false
		}
	}
	return true
}

func (r *Result) isTitleRun(toks []nlp.Token) bool {
	for m := 0; m < len(toks)-1; m++ {
		if titleAbbrev[toks[m].Norm] != "" || (r.lex.IsPersonNoun(toks[m].Norm) && !r.isOrgWord(toks[m].Norm)) {
			rest := toks[m+1:]
			for _, t := range rest {
				if r.isOrgWord(t.Norm) {
					return false
				}
			}
			return true
		}
	}
	return false
}

func (r *Result) genderOf(w string) string {
	if g := titleAbbrev[w]; g == "male" || g == "female" {
		return g
	}
	return r.lex.PersonGender(w)
}

// sentenceInitial reports whether token i starts its sentence (perhaps
// after an opening quote mark).
func (r *Result) sentenceInitial(si, i int) bool {
	if i > 0 {
		return false
	}
	s := r.doc.Sentences[si]
	lead := r.doc.Text[s.Start:r.toks[si][i].Start]
	return strings.Trim(lead, "“\"‘'(*_ ") == ""
}

// quoteInitial reports whether offset off is where a quotation's words
// begin.
func (r *Result) quoteInitial(off int) bool {
	q := r.QuotationAt(off)
	return q >= 0 && strings.TrimLeft(r.doc.Text[r.Quotations[q].Start:off], "“\"‘' ") == ""
}

// appositive returns the role nouns of an appositive after the name ending
// before token j: ", (a|an|the|X's)? words… role ,".
func (r *Result) appositive(si, j int) []string {
	toks := r.toks[si]
	// Set off by a comma, or by dashes as features do ("Tommaso Ferrante
	// — Giorgio’s younger brother, a retired fisherman — pours …").
	if j >= len(toks) {
		return nil
	}
	gap := strings.TrimSpace(r.doc.Text[toks[j-1].End:toks[j].Start])
	if !strings.HasPrefix(gap, ",") && gap != "—" && gap != "–" {
		return nil
	}
	// A dash appositive closes with a dash; one that never closes is a
	// dateline's ("LONDON — The Financial Conduct Authority fined …").
	if (gap == "—" || gap == "–") && !strings.ContainsAny(r.doc.Text[toks[j].Start:toks[len(toks)-1].End], "—–") {
		return nil
	}
	// "Tourism and Wildlife, Hon. Peter Gathua,": a title opening a name
	// is that name's, no role of the name before the comma.
	if j+1 < len(toks) && titleAbbrev[toks[j].Norm] != "" && isCap(toks[j]) && isCap(toks[j+1]) {
		return nil
	}
	// "Rep. Gary Whitcomb, R-Ind., the committee's chairman,": past a
	// party and state to the appositive after it.
	if j+2 < len(toks) && r.partyState(si, j+1) && strings.Contains(r.gapAt(toks, j+2), ",") {
		j += 2
	}
	// The phrase runs to the next comma or stop; its head is its last word.
	end := j
	for end < len(toks) && end < j+7 {
		if end > j && strings.ContainsAny(r.doc.Text[toks[end-1].End:toks[end].Start], ",;:.()—–") {
			break
		}
		// "the committee's chairman and no relation to either senator":
		// a disclaimer after the head closes the phrase.
		if end > j && toks[end].Norm == "and" && end+1 < len(toks) && (toks[end+1].Norm == "no" || toks[end+1].Norm == "not") {
			break
		}
		if speechVerbs[toks[end].Norm] || toks[end].Norm == "and" {
			return nil
		}
		// "Lena Whitford, a mother of three who …", "N’Diaye, a
		// fisheries economist at the University of Dakar": the head noun
		// ends the phrase before a preposition or relative clause.
		if end > j && (toks[end].Norm == "who" || prepositions[toks[end].Norm]) && (r.lex.IsPersonNoun(toks[end-1].Norm) || r.unknownRoleNoun(toks, j, end-1) || (ofHeads[toks[end-1].Norm] || r.unknownRole(toks, end-1)) && toks[end].Norm == "of") {
			break
		}
		if toks[end].Norm == "who" {
			return nil
		}
		end++
	}
	if end == j || end == len(toks) && end-j >= 7 {
		return nil
	}
	// "Gerrit du Preez – no relation to the captain –": a head after a
	// preposition that no role noun governs is that preposition's object.
	for m := j + 1; m < end-1; m++ {
		if prepositions[toks[m].Norm] {
			return nil
		}
	}
	first := toks[j]
	// "Hannah Brooks, his sister, …": a possessive pronoun opens it too.
	if !determiners[first.Norm] && !possessivePronouns[first.Norm] && !strings.HasSuffix(first.Text, "’s") && !strings.HasSuffix(first.Text, "'s") &&
		!roleModifiers[first.Norm] && !r.lex.IsPersonNoun(first.Norm) && !ofHeads[first.Norm] && !isDemonym(first.Norm) && !r.lex.IsPlace(first.Norm) {
		return nil
	}
	w := toks[end-1].Norm
	// A head no lexicon knows, opened by a determiner or possessive, is a
	// role by its place alone, as a descriptor's is (unknownRoleNoun):
	// "Lena Okonjo, the chapter's convenor at the depot,".
	if !(r.lex.IsPersonNoun(w) || companyNouns[w] || r.unknownRoleNoun(toks, j, end-1) || (ofHeads[w] || r.unknownRole(toks, end-1)) && end < len(toks) && toks[end].Norm == "of") || notRoles[w] {
		return nil
	}
	roles := []string{w}
	if end-2 >= j && !possessivePronouns[toks[end-2].Norm] && !determiners[toks[end-2].Norm] && r.lex.IsPersonNoun(toks[end-2].Norm+" "+w) {
		roles = append(roles, toks[end-2].Norm+" "+w)
	}
	return roles
}

// nameAfterAppositive reports whether the comma-set phrase after the name
// ending before token j is followed by another name, which it describes.
func (r *Result) nameAfterAppositive(si, j int) bool {
	toks := r.toks[si]
	if j >= len(toks) || strings.TrimSpace(r.doc.Text[toks[j-1].End:toks[j].Start]) != "," {
		return false
	}
	for m := j + 1; m < len(toks) && m < j+8; m++ {
		gap := strings.TrimSpace(r.doc.Text[toks[m-1].End:toks[m].Start])
		if !strings.ContainsAny(gap, ",;:.()—–\"“”") {
			continue
		}
		return gap == "," && isCap(toks[m]) && !r.inQ[si][m]
	}
	return false
}

// pastWords mark a role held no longer.
var pastWords = wordSet(`retired former ex onetime one-time erstwhile`)

// formerAppositive reports whether the appositive after the name ending
// before token j calls the role a past one ("Edna Pryce, a retired dinner
// lady,").
func (r *Result) formerAppositive(si, j int) bool {
	toks := r.toks[si]
	for m := j; m < len(toks) && m < j+4; m++ {
		if m > j && strings.ContainsAny(r.doc.Text[toks[m-1].End:toks[m].Start], ",;:.()—–") {
			return false
		}
		if pastWords[toks[m].Norm] {
			return true
		}
	}
	return false
}

// whichAfter reports whether token j of sentence si is a relative "which"
// set off by a comma after a name.
func (r *Result) whichAfter(si, j int) bool {
	toks := r.toks[si]
	return j < len(toks) && toks[j].Norm == "which" && strings.TrimSpace(r.gapAt(toks, j)) == "," && !r.inQ[si][j]
}

// appositiveWho reports whether the name ending before token j has an
// appositive whose noun takes "who" ("Marit de Waal, a crane operator who
// has worked there for 23 years,"): "who" refers to people only.
func (r *Result) appositiveWho(si, j int) bool {
	toks := r.toks[si]
	if j >= len(toks) || !strings.HasPrefix(strings.TrimSpace(r.doc.Text[toks[j-1].End:toks[j].Start]), ",") ||
		!(determiners[toks[j].Norm] || possessive(toks[j].Text, false)) || r.inQ[si][j] {
		return false
	}
	for m := j + 1; m < len(toks) && m <= j+5; m++ {
		if strings.ContainsAny(r.doc.Text[toks[m-1].End:toks[m].Start], ",;:.()—–") || r.inQ[si][m] {
			return false
		}
		switch toks[m].Norm {
		case "who", "whose", "whom":
			return m > j+1
		case "which", "that":
			return false
		}
	}
	return false
}

// predicateRole returns the role nouns of a predicate after the name that
// ends before token j: a copula, an optional determiner or possessive, up
// to three words whose last is a person noun, then a preposition, a
// comma or the end of the sentence ("has been harbour master at …").
func (r *Result) predicateRole(si, j int) []string {
	toks := r.toks[si]
	k := j
	// "Brekke founded Glide in 2017": the founder of what he names; not
	// the verbs sport uses of a lead or a race ("led Rovers 2-0").
	if k+1 < len(toks) && !r.inQ[si][k] && r.gapAt(toks, k) == " " && agentVerbs[toks[k].Norm] != "" && isCap(toks[k+1]) && !sportingAgents[toks[k].Norm] {
		return []string{agentVerbs[toks[k].Norm]}
	}
	switch {
	case k >= len(toks) || r.inQ[si][k] || k > 0 && r.gapAt(toks, k) != " ":
		// "now a surgeon in Bristol, was guest of honour": after a
		// comma the verb is the subject's before the aside.
		return nil
	case copulas[toks[k].Norm]:
		k++
	case (toks[k].Norm == "has" || toks[k].Norm == "had") && k+1 < len(toks) && toks[k+1].Norm == "been":
		k += 2
	default:
		return nil
	}
	if k < len(toks) && toks[k].Norm == "as" {
		k++
	}
	det := -1
	if k < len(toks) && (determiners[toks[k].Norm] || possessive(toks[k].Text, false)) {
		det = k
		k++
	}
	for end := k + 1; end <= len(toks) && end <= k+3; end++ {
		w := toks[end-1].Norm
		if r.inQ[si][end-1] || isCap(toks[end-1]) || strings.ContainsAny(r.doc.Text[toks[end-2].End:toks[end-1].Start], ",;:") {
			return nil
		}
		// "Lena Okonjo is the depot's convenor": a head no lexicon knows
		// after a determiner is a role by its place, as in an appositive.
		if !r.lex.IsPersonNoun(w) && !(det >= 0 && r.unknownRoleNoun(toks, det, end-1)) || notRoles[w] {
			continue
		}
		if end < len(toks) && !prepositions[toks[end].Norm] && !strings.ContainsAny(r.doc.Text[toks[end-1].End:toks[end].Start], ",;:.") {
			continue
		}
		roles := []string{w}
		if end-2 >= k && r.lex.IsPersonNoun(toks[end-2].Norm+" "+w) {
			roles = append(roles, toks[end-2].Norm+" "+w)
		}
		return roles
	}
	return nil
}

// ofHeads are nouns that name a person's role only with "of" after them
// ("head of forecasting"); alone they are usually something else, so the
// lexicon does not call them person nouns.
var ofHeads = wordSet(`head`)

// possessivePronouns may open an appositive ("his sister", "their coach").
var possessivePronouns = wordSet(`his her their my our`)

// speechAfter reports whether a speech verb follows token j-1 (after fillers).
func (r *Result) speechAfter(si, j int) bool {
	toks := r.toks[si]
	for m := j; m < len(toks) && m < j+3; m++ {
		if speechVerbs[toks[m].Norm] {
			return true
		}
		if !fillers[toks[m].Norm] && !strings.HasSuffix(toks[m].Norm, "ly") {
			return false
		}
	}
	return false
}

// nameOf returns the display name of a candidate: its tokens without a
// possessive.
func (r *Result) nameOf(c candidate) string {
	toks := r.toks[c.si]
	s := r.doc.Text[toks[c.i].Start:toks[c.j-1].End]
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	return s
}

// group turns candidates into mentions of entities: a full name is its own
// entity (or joins the one with the same full name); a bare surname or
// first name joins the nearest compatible full-name entity before it, a
// title or first name deciding between two with the same surname.
func (r *Result) group(cands []candidate) {
	byFull := map[string]int{}
	lastSeen := map[int]int{} // entity → last mention offset
	var deferred []candidate
	add := func(c candidate, e int) {
		toks := r.toks[c.si]
		m := Mention{Start: toks[c.i].Start, End: toks[c.j-1].End, TitleStart: toks[c.ti].Start, Sentence: c.si, Entity: e, InQuote: c.inQuote}
		m.End = m.Start + len(r.nameOf(c))
		r.Mentions = append(r.Mentions, m)
		idx := len(r.Mentions) - 1
		ent := &r.Entities[e]
		ent.Mentions = append(ent.Mentions, idx)
		if !(c.kind == Person && !c.titled && ent.evidence[string(Organisation)] > 0) {
			ent.evidence[string(c.kind)]++ // "Voltaris said" does not make a company a person
		}
		if c.kind == Person && c.titled {
			ent.evidence["titled"]++
		}
		if r.kinPossessor(m) {
			ent.evidence[string(Person)]++ // "Lowri's uncle": only a person has one
		}
		if r.articleBefore(c) {
			ent.evidence["det"]++
		}
		if c.kinGender != "" {
			ent.evidence["kin-"+c.kinGender]++
		}
		if c.gender != "" && !r.neutralManRole(c) {
			ent.evidence[c.gender]++
		}
		for _, ro := range c.roles {
			ent.Roles = appendUnique(ent.Roles, ro)
		}
		for _, ro := range c.former {
			ent.former = appendUnique(ent.former, ro)
		}
		f := foldName(r.nameOf(c))
		ent.Variants = appendUnique(ent.Variants, f)
		if c.titled && c.ti < c.i {
			ent.Variants = appendUnique(ent.Variants, foldName(r.doc.Text[toks[c.i-1].Start:m.End]))
		}
		r.nameAt[toks[c.i].Start] = idx
		r.titleAt[toks[c.ti].Start] = idx
		r.endAt[toks[c.j-1].End] = idx
		if !r.disclaimed(c.si, c.ti) {
			lastSeen[e] = m.Start
		}
	}
	var surnameFirst map[string]bool // set below, before any entity is made
	var newNamed func(c candidate, name string) int
	newEntity := func(c candidate) int { return newNamed(c, r.nameOf(c)) }
	newNamed = func(c candidate, name string) int {
		f := foldName(name)
		parts := nameParts(f)
		e := Entity{Kind: Unknown, Name: name, parts: parts, evidence: map[string]int{}}
		if len(parts) > 0 {
			e.first, e.last = parts[0], parts[len(parts)-1]
			if len(parts) >= 2 && surnameFirst[f] {
				e.last = parts[0] // "Goh Boon Kiat", later "Goh"
			}
		}
		r.Entities = append(r.Entities, e)
		id := len(r.Entities) - 1
		byFull[f] = id
		r.indexParts(id)
		return id
	}
	// early holds, for each deferred candidate, the entity it names as of
	// its own place in the text: a bare surname goes to the nearest
	// full-name mention before it, not to a namesake introduced later
	// ("Whitford declined …" after Caleb Whitford, before Lena Whitford).
	var early []int
	given := r.givenNames(cands)
	surnameFirst = r.surnameFirst(cands)
	paired := r.pairedGivenNames(cands)
	for _, c := range cands {
		if name, ok := paired[[2]int{c.si, c.i}]; ok {
			// "Sean and Trish Lomax": Sean is Sean Lomax, his own person.
			e, found := byFull[foldName(name)]
			if !found {
				e = newNamed(c, name)
			}
			c.kind = Person
			add(c, e)
			lastSeen[e] = r.toks[c.si][c.i].Start
			continue
		}
		if r.givenNotPlace(c, given) {
			// "I radioed down to Gary" where the article names Gary
			// Lomax: the person, whom the full name may introduce later.
			c.kind, c.tentative = Unknown, true
		}
		if c.tentative {
			deferred = append(deferred, c)
			e, ok := r.match(c, byFull, lastSeen)
			if !ok || len(r.Entities[e].parts) < 2 {
				e = -1
			}
			early = append(early, e)
			r.noteBareUse(c, e)
			continue
		}
		if e, ok := r.match(c, byFull, lastSeen); ok {
			if c.weakOrg && r.Entities[e].evidence[string(Person)] > 0 {
				c.kind = Unknown // "Doe" is Jane Doe, not an organisation
			}
			if r.clubFirstWord(c, e) {
				// "Harbour City host Westbridge on Saturday" after
				// Westbridge Athletic: the club's first word, however a
				// role word ("host", "boss") reads before it, is the club.
				c.kind, c.titled, c.roles, c.gender = Organisation, false, nil, ""
			}
			if r.genderUndecided(c, e) {
				c.gender = "" // a guess is no evidence: it would mislead the next title
			}
			add(c, e)
			r.noteBareUse(c, e)
			r.noteTitledUse(c, e)
			continue
		}
		e := newEntity(c)
		add(c, e)
		if s, p := r.kinSurname(c); s != "" {
			// "his wife Linda" after Dave Pickering: Linda Pickering, so
			// that "Mrs Pickering" finds her.
			en := &r.Entities[e]
			en.Name = en.Name + " " + s
			en.parts = append(en.parts, foldName(s))
			en.last = foldName(s)
			en.Variants = appendUnique(en.Variants, foldName(en.Name))
			byFull[foldName(en.Name)] = e
			r.indexParts(e)
			switch r.toks[c.si][c.i-1].Norm {
			case "wife", "widow":
				r.couples = append(r.couples, [2]int{p, e})
			case "husband", "widower":
				r.couples = append(r.couples, [2]int{e, p})
			}
		}
	}
	// A sentence-initial word alone names someone the article names
	// elsewhere, or speaks. firstIn holds the entities by the sentence of
	// their first mention, for notYetNamed.
	firstIn := map[int][]int{}
	for e := range r.Entities {
		if ms := r.Entities[e].Mentions; len(ms) > 0 {
			si := r.Mentions[ms[0]].Sentence
			firstIn[si] = append(firstIn[si], e)
		}
	}
	for d, c := range deferred {
		if e := early[d]; e >= 0 && r.sameSurnameTaken(e) {
			c.kind = r.deferredKind(c, e)
			add(c, e)
			continue
		}
		if e, ok := r.match(c, byFull, r.notYetNamed(c, lastSeen, firstIn[c.si])); ok {
			// "Brancato said after the meeting …": the subject of a
			// speech verb is a person.
			c.kind = r.deferredKind(c, e)
			add(c, e)
			continue
		}
		toks := r.toks[c.si]
		w := toks[c.i].Norm
		if isAcronym(toks[c.i].Text) && c.i > 0 && determiners[toks[c.i-1].Norm] {
			continue // "the US said": no body the article names in full
		}
		if r.speechAfter(c.si, c.j) && !r.lex.IsPersonNoun(singular(w)) && !r.isOrgWord(w) && !nlp.IsStopWord(w) &&
			!r.lex.IsCommonWord(w) {
			c.kind = Person
			e := newEntity(c)
			add(c, e)
			firstIn[c.si] = append(firstIn[c.si], e)
		}
	}
	r.givenBeforeFull()
	r.etAl()
	r.settle()
}

// givenBeforeFull joins a person the article first calls by a given name
// alone ("The couple's son, Jamie, 26, …") to the one person it later
// names in full with that given name ("… Jamie Hollis said"): news
// introduces a relative or a child that way and gives the surname when
// the person speaks. Only a word the lexicon knows as a given name, or
// one the text shows to be a person's ("his son, Jamie,"), untitled; only
// when one full name opens with it, no evidence calls either a body or a
// place, and their genders do not clash.
func (r *Result) givenBeforeFull() {
	for x := range r.Entities {
		ex := &r.Entities[x]
		// A titled word is a surname ("Mr Grant", not Grant Shapps).
		if len(ex.parts) != 1 || len(ex.Mentions) == 0 || ex.evidence["titled"] > 0 || !personLike(ex.evidence) ||
			r.lex.GivenNameGender(ex.first) == "" && (ex.evidence[string(Person)] == 0 || r.lex.IsCommonWord(ex.first)) {
			continue
		}
		y := -1
		for _, o := range r.byWord[ex.first] {
			eo := &r.Entities[o]
			if o == x || len(eo.parts) < 2 || eo.first != ex.first {
				continue
			}
			if y >= 0 {
				y = -2
				break
			}
			y = o
		}
		if y < 0 {
			continue
		}
		ey := &r.Entities[y]
		if !personLike(ey.evidence) || r.Mentions[ey.Mentions[0]].Start < r.Mentions[ex.Mentions[0]].Start ||
			ex.evidence["male"]+ex.evidence["kin-male"] > 0 && ey.evidence["female"]+ey.evidence["kin-female"] > 0 ||
			ex.evidence["female"]+ex.evidence["kin-female"] > 0 && ey.evidence["male"]+ey.evidence["kin-male"] > 0 {
			continue
		}
		for _, mi := range ex.Mentions {
			r.Mentions[mi].Entity = y
		}
		ey.Mentions = append(ey.Mentions, ex.Mentions...)
		slices.Sort(ey.Mentions)
		for _, v := range ex.Variants {
			ey.Variants = appendUnique(ey.Variants, v)
		}
		for _, ro := range ex.Roles {
			ey.Roles = appendUnique(ey.Roles, ro)
		}
		for k, n := range ex.evidence {
			ey.evidence[k] += n
		}
		ex.Mentions, ex.Variants, ex.Roles, ex.evidence = nil, nil, nil, map[string]int{}
	}
}

// personLike reports whether evidence calls a name neither a body's nor a
// place's.
func personLike(ev map[string]int) bool {
	return ev[string(Organisation)] == 0 && ev[string(Place)] == 0
}

// kinPossessor reports whether mention m is a possessive a kinship noun
// follows ("Lowri's uncle", "Okafor’s daughter").
func (r *Result) kinPossessor(m Mention) bool {
	rest := r.doc.Text[m.End:]
	for _, p := range []string{"’s ", "'s "} {
		if strings.HasPrefix(rest, p) {
			w := rest[len(p):]
			if i := strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }); i >= 0 {
				w = w[:i]
			}
			return kinNouns[strings.ToLower(w)]
		}
	}
	return false
}

// clubFirstWord reports whether candidate c is one word that opens the
// name of entity e, a name an institution word heads ("Westbridge" for
// Westbridge Athletic, "Harlow" for Harlow Borough Council): it names the
// body, not a person, whatever title seems to stand before it.
func (r *Result) clubFirstWord(c candidate, e int) bool {
	en := &r.Entities[e]
	parts := nameParts(foldName(r.nameOf(c)))
	return len(parts) == 1 && len(en.parts) >= 2 && en.first == parts[0] && en.last != parts[0] &&
		(handOrgs[en.last] || handOrgs[singular(en.last)])
}

// appositiveSurname returns the one-word entity of surname last named
// just before candidate c in its sentence, with only an appositive's
// comma and lower-case words between ("Lady Penrose, the former
// mezzo-soprano Clarissa Penrose"), or -1.
func (r *Result) appositiveSurname(c candidate, last string, lastSeen map[int]int) int {
	toks := r.toks[c.si]
	from := r.doc.Sentences[c.si].Start
	for _, e := range r.byWord[last] {
		en := &r.Entities[e]
		at, ok := lastSeen[e]
		if len(en.parts) != 1 || en.last != last || !ok || at < from || at >= toks[c.ti].Start {
			continue
		}
		between := r.doc.Text[at:toks[c.ti].Start]
		comma := strings.IndexByte(between, ',')
		if comma < 0 || foldName(strings.TrimSpace(between[:comma])) != last || strings.ContainsAny(between[comma+1:], ",.;:()\"“”") ||
			strings.ContainsFunc(between[comma+1:], unicode.IsUpper) || len(strings.Fields(between[comma+1:])) > 5 {
			continue
		}
		return e
	}
	return -1
}

// peerTitles open a peer's title, which may end in "of" and a place.
var peerTitles = wordSet(`lord lady baron baroness viscount viscountess earl countess marquess marchioness duke duchess`)

// givenNames are the first words of the person-shaped names among cands
// (given name and surname, not an organisation or place), by the word: a
// person the article names, or a given name the lexicon knows.
func (r *Result) givenNames(cands []candidate) map[string]bool {
	out := map[string]bool{}
	for _, c := range cands {
		if c.j-c.i < 2 || c.kind == Organisation || c.kind == Place {
			continue
		}
		w := r.toks[c.si][c.i].Norm
		if particles[w] || titleAbbrev[w] != "" {
			continue
		}
		if c.kind == Person || r.lex.GivenNameGender(w) != "" {
			out[w] = true
		}
	}
	return out
}

// surnameFirst returns the folded full names of people written surname
// first ("Goh Boon Kiat", "Chua Siew Lan"): the article calls the person
// by the name's first word alone, bare or titled ("Goh said", "Madam
// Chua"), and never by its last. That first word is then the surname, so
// a bare "Goh" weighs this Goh against a namesake written the other way
// round ("Mr Daniel Goh") by the usual nearest-full-name rule.
func (r *Result) surnameFirst(cands []candidate) map[string]bool {
	alone := map[string]bool{}
	for _, c := range cands {
		if c.kind == Organisation || c.kind == Place {
			continue
		}
		if parts := nameParts(foldName(r.nameOf(c))); len(parts) == 1 {
			alone[parts[0]] = true
		}
	}
	// lasts counts the full names ending in each word: a last word two
	// names share ("Radu Jurca", "Elena Jurca") is a family's surname.
	lasts := map[string]map[string]bool{}
	for _, c := range cands {
		f := foldName(r.nameOf(c))
		if parts := nameParts(f); len(parts) >= 2 {
			l := parts[len(parts)-1]
			if lasts[l] == nil {
				lasts[l] = map[string]bool{}
			}
			lasts[l][f] = true
		}
	}
	out := map[string]bool{}
	for _, c := range cands {
		if c.kind == Organisation || c.kind == Place {
			continue
		}
		f := foldName(r.nameOf(c))
		parts := nameParts(f)
		if len(parts) < 2 || particles[parts[0]] || titleAbbrev[parts[0]] != "" || len(lasts[parts[len(parts)-1]]) > 1 {
			continue
		}
		// A given name alone ("Alan said") is a first-name reference.
		if alone[parts[0]] && !alone[parts[len(parts)-1]] && r.lex.GivenNameGender(parts[0]) == "" {
			out[f] = true
		}
	}
	return out
}

// givenNotPlace reports whether a one-word candidate taken as a place
// only because the lexicon lists the word ("Gary", Indiana; "Florence") is
// rather the given name of a person the article names in full: it is not
// used as a place, after "in", "at", "from", "near" or "outside" or before
// ", Indiana".
func (r *Result) givenNotPlace(c candidate, given map[string]bool) bool {
	if c.j-c.i != 1 || c.kind != Place || c.titled {
		return false
	}
	toks := r.toks[c.si]
	if !given[toks[c.i].Norm] {
		return false
	}
	if c.ti > 0 && locatives[toks[c.ti-1].Norm] {
		return false
	}
	if c.j+1 < len(toks) && strings.TrimSpace(r.doc.Text[toks[c.j-1].End:toks[c.j].Start]) == "," && isCap(toks[c.j]) &&
		r.lex.IsPlace(toks[c.j].Norm) {
		return false // "Gary, Indiana"
	}
	return true
}

// deferredKind is what a sentence-initial word joining entity e shows it
// to be: "Nordhavn said it would …" an organisation, "Brancato said after
// the meeting …" a person (unless e is known to be an organisation).
func (r *Result) deferredKind(c candidate, e int) EntityKind {
	if !r.speechAfter(c.si, c.j) {
		return c.kind
	}
	if r.itSpeaks(c.si, c.j) {
		return Organisation
	}
	if r.Entities[e].evidence[string(Organisation)] == 0 {
		return Person
	}
	return c.kind
}

// sameSurnameTaken reports whether another person of entity e's surname
// is named in the article: only then does the nearest mention decide
// where a deferred bare surname goes.
func (r *Result) sameSurnameTaken(e int) bool {
	en := &r.Entities[e]
	for _, o := range r.byWord[en.last] {
		if o != e && r.Entities[o].last == en.last && len(r.Entities[o].parts) >= 2 {
			return true
		}
	}
	return false
}

// notYetNamed returns lastSeen without the people first named later in
// the candidate's own sentence: a sentence-initial surname is not the
// person the sentence goes on to introduce ("Mbeki’s deputy, Joe Mbeki":
// the Mbeki of "Mbeki’s" is Grace, named before). firstHere are the
// entities first mentioned in the candidate's sentence: looking only at
// them keeps the pass linear in the article's length.
func (r *Result) notYetNamed(c candidate, lastSeen map[int]int, firstHere []int) map[int]int {
	at := r.toks[c.si][c.i].Start
	var later []int
	for _, e := range firstHere {
		if _, ok := lastSeen[e]; !ok {
			continue
		}
		if m := r.Mentions[r.Entities[e].Mentions[0]]; m.Start > at {
			later = append(later, e)
		}
	}
	if len(later) == 0 {
		return lastSeen
	}
	out := make(map[int]int, len(lastSeen))
	for e, v := range lastSeen {
		if !slices.Contains(later, e) {
			out[e] = v
		}
	}
	return out
}

// etAl gives a person cited as "Okonkwo et al." — a paper's first author,
// by the convention of science writing — the roles "author", "lead
// author" and "first author", so that "the lead author said" is them.
func (r *Result) etAl() {
	for _, m := range r.Mentions {
		rest := r.doc.Text[m.End:]
		if !strings.HasPrefix(rest, " et al") && !strings.HasPrefix(rest, " et. al") {
			continue
		}
		en := &r.Entities[m.Entity]
		if en.Kind == Organisation || en.Kind == Place {
			continue
		}
		en.evidence[string(Person)]++
		for _, ro := range []string{"author", "lead author", "first author"} {
			en.Roles = appendUnique(en.Roles, ro)
		}
	}
}

// match finds the entity a candidate names, if one exists.
func (r *Result) match(c candidate, byFull map[string]int, lastSeen map[int]int) (int, bool) {
	f := foldName(r.nameOf(c))
	// A bare surname seen before the full name that absorbed it ("Ferraro"
	// in a headline, then Luca Ferraro) is no full name of its own: a
	// later bare surname still goes to the nearest, or the elder, of the
	// people sharing it.
	if e, ok := byFull[f]; ok && !(len(r.Entities[e].parts) >= 2 && len(nameParts(f)) == 1) {
		return e, true
	}
	if e := r.acronymOf(r.nameOf(c)); e >= 0 {
		return e, true
	}
	if (c.kind == Organisation && !c.weakOrg) || c.kind == Place {
		return -1, false
	}
	parts := nameParts(f)
	if len(parts) == 0 {
		return -1, false
	}
	// "De Vries", "al-Assad" alone: a surname with its particle.
	for len(parts) >= 2 && particles[parts[0]] {
		parts = parts[1:]
	}
	if len(parts) >= 2 {
		// "Vladimir Vladimirovich Putin" and "Vladimir Putin": same first and last.
		for _, e := range r.byWord[parts[len(parts)-1]] {
			en := &r.Entities[e]
			if en.Kind != Organisation && len(en.parts) >= 2 && en.first == parts[0] && en.last == parts[len(parts)-1] {
				return e, true
			}
		}
		// "Fernández de la Fuente", "Ruiz de Azúa", "María José" after
		// "María José Fernández de la Fuente": a run of a longer name's words
		// that ends it (a compound surname) or opens it (a compound given
		// name) names the same person. "Carmen de la Fuente" is no run of it.
		if e := r.compoundRun(parts, lastSeen); e >= 0 {
			return e, true
		}
		// "Lady Penrose, the former mezzo-soprano Clarissa Penrose,": a
		// titled surname whose appositive gives the full name is that
		// person, though another Penrose is named.
		if e := r.appositiveSurname(c, parts[len(parts)-1], lastSeen); e >= 0 {
			en := &r.Entities[e]
			en.parts, en.first, en.Name = parts, parts[0], r.nameOf(c)
			byFull[f] = e
			r.indexParts(e)
			return e, true
		}
		// A bare-surname entity seen before the full name joins it.
		for _, e := range r.byWord[parts[len(parts)-1]] {
			en := &r.Entities[e]
			if len(en.parts) == 1 && en.last == parts[len(parts)-1] && r.unique(parts[len(parts)-1]) {
				en.parts, en.first, en.Name = parts, parts[0], r.nameOf(c)
				byFull[f] = e
				r.indexParts(e)
				return e, true
			}
		}
		return -1, false
	}
	w := parts[0]
	best, bestAt := -1, -1
	org := -1
	order := r.seniorityWord(c) // "the elder Castellano": +1, "the younger": -1
	var same []int              // people with this surname, for order
	for _, e := range r.byWord[w] {
		en := &r.Entities[e]
		if en.evidence[string(Organisation)] > 0 && len(en.parts) >= 2 && (en.first == w || en.last == w) {
			org = e // "Voltaris" for Voltaris Energy
		}
		if en.Kind == Organisation || en.Kind == Place {
			continue
		}
		if en.last != w && !(en.first == w && len(en.parts) >= 2 && !r.isSurname(w)) && !compoundSurname(en.parts, w) {
			continue
		}
		if c.gender != "" && r.familyGender(e) != "" && r.familyGender(e) != c.gender {
			continue
		}
		if len(c.roles) > 0 && r.hasAnyRole(e, c.roles) {
			return e, true // "Shah, the councillor," is the councillor Shah
		}
		if at := lastSeen[e]; at > bestAt {
			best, bestAt = e, at
		}
		if (en.last == w || compoundSurname(en.parts, w)) && len(en.parts) >= 2 {
			same = append(same, e)
		}
	}
	if e := r.seniorAmong(same, order); e >= 0 {
		return e, true
	}
	// "Ms Novak" after Petra Novak and her brother Karel, whose gender
	// nothing gave yet: a namesake known to fit the title beats one who
	// merely may.
	if c.gender != "" && len(same) > 1 {
		fit, fitAt := -1, -1
		for _, e := range same {
			if r.familyGender(e) == c.gender && lastSeen[e] > fitAt {
				fit, fitAt = e, lastSeen[e]
			}
		}
		if fit >= 0 {
			best, bestAt = fit, fitAt
		} else if r.coupleUndecided(same, lastSeen) {
			// "a young couple, Sam and Priya Okoro … said Mr Okoro":
			// nothing tells which of the two the title fits.
			return -1, false
		}
	}
	// "For Moss the player," when no namesake is the player: the role
	// decides nothing, and the surname is as bare as without it.
	bare := !c.titled && c.gender == "" && (len(c.roles) == 0 || c.theRole)
	// "Van der Meulen will also conduct …" after her father was named in
	// full: a bare surname keeps naming the one the article already calls
	// by it, not the namesake named last.
	if e, ok := r.bareUse[w]; ok && e >= 0 && len(same) > 1 && slices.Contains(same, e) && bare {
		return e, true
	}
	// "Mabel Finch … Mrs Finch was born …", then "Her daughter, Joan
	// Finch, …" and "Mrs Finch received a card": the short form stays
	// with the person it first named, which is why the reporter calls
	// the relative by her full name.
	if key := r.titledForm(c); key != "" && len(same) > 1 {
		if e, ok := r.titledUse[key]; ok && e >= 0 && slices.Contains(same, e) {
			return e, true
		}
	}
	// "Her brother, Kofi Osei, plays in goal. … Osei’s manager": news
	// names a relative in full and keeps the bare surname for its
	// principal, the one not introduced as someone's relative.
	// So does "Mr Fitzmaurice" when only an honorific comes with it and
	// it fits both ("His father, Seán Fitzmaurice, …" / "Q. Mr Fitzmaurice,").
	if (bare || c.titled && honorificsOnly(c.roles)) && len(same) > 1 && best >= 0 && r.kinIntroduced(best) {
		alt, altAt := -1, -1
		for _, e := range same {
			if !r.kinIntroduced(e) && lastSeen[e] > altAt {
				alt, altAt = e, lastSeen[e]
			}
		}
		if alt >= 0 {
			return alt, true
		}
	}
	if best < 0 && org >= 0 && !c.titled {
		return org, true
	}
	return best, best >= 0
}

// coupleUndecided reports whether two of the namesakes same, of no known
// gender, were last named together as a coordinated pair ("Sam and Priya
// Okoro"): a title then cannot choose between them.
func (r *Result) coupleUndecided(same []int, lastSeen map[int]int) bool {
	for _, a := range same {
		for _, b := range same {
			pa, pb := lastSeen[a], lastSeen[b]
			if a == b || pa >= pb || r.familyGender(a) != "" || r.familyGender(b) != "" {
				continue
			}
			if f := strings.Fields(r.doc.Text[pa:pb]); len(f) == 2 && f[1] == "and" {
				return true
			}
		}
	}
	return false
}

// clauseAux are auxiliaries that, after "Moss the coach", make the role
// noun a clause's subject rather than the surname's apposition.
var clauseAux = wordSet(`had has have would will could can should might must did does do`)

// honorifics are titles that say nothing but a gender.
var honorifics = wordSet(`mr mrs ms miss mx mister madam madame monsieur mme mlle sr sra srta herr frau`)

// honorificsOnly reports whether roles holds honorifics alone ("Mr").
func honorificsOnly(roles []string) bool {
	for _, ro := range roles {
		if !honorifics[ro] {
			return false
		}
	}
	return true
}

// kinIntroduced reports whether the article introduced entity e as
// someone's relative ("her brother, Kofi Osei").
func (r *Result) kinIntroduced(e int) bool {
	ev := r.Entities[e].evidence
	return ev["kin-male"]+ev["kin-female"] > 0
}

// noteBareUse records that the article calls entity e by the bare surname
// of candidate c ("Van der Meulen grew up in Utrecht"), when c is one
// word with no title; two entities so called make the surname no one's.
func (r *Result) noteBareUse(c candidate, e int) {
	parts := nameParts(foldName(r.nameOf(c)))
	for len(parts) >= 2 && particles[parts[0]] {
		parts = parts[1:]
	}
	// "Moss the coach" is named by its role, not by the bare surname.
	if len(parts) != 1 || c.titled || c.theRole || e < 0 || r.Entities[e].last != parts[0] || len(r.Entities[e].parts) < 2 {
		return
	}
	if r.bareUse == nil {
		r.bareUse = map[string]int{}
	}
	if o, ok := r.bareUse[parts[0]]; ok && o != e {
		r.bareUse[parts[0]] = -2
		return
	}
	r.bareUse[parts[0]] = e
}

// titledForm returns the short form a titled bare surname is ("mrs
// finch" for "Mrs Finch"), when only an honorific comes with it; "".
func (r *Result) titledForm(c candidate) string {
	if !c.titled || c.ti >= c.i || len(c.roles) == 0 || !honorificsOnly(c.roles) {
		return ""
	}
	parts := nameParts(foldName(r.nameOf(c)))
	for len(parts) >= 2 && particles[parts[0]] {
		parts = parts[1:]
	}
	if len(parts) != 1 {
		return ""
	}
	return strings.Join(c.roles, " ") + " " + parts[0]
}

// noteTitledUse binds a titled surname ("Mrs Finch") to the person e it
// names at its first use, when e is then the only person of that surname
// named in full whom the title fits: reporters keep a short form for the
// person it first named and call a relative introduced later by given or
// full name. A first use that several namesakes fit binds the form to no
// one, for good.
func (r *Result) noteTitledUse(c candidate, e int) {
	key := r.titledForm(c)
	if key == "" || e < 0 {
		return
	}
	if _, seen := r.titledUse[key]; seen {
		return
	}
	en := &r.Entities[e]
	if len(en.parts) < 2 || en.Kind == Organisation || en.Kind == Place {
		return // "Mrs Finch" in a headline, before the full name: not yet a use
	}
	if r.titledUse == nil {
		r.titledUse = map[string]int{}
	}
	for _, o := range r.byWord[en.last] {
		on := &r.Entities[o]
		if o == e || on.Kind == Organisation || on.Kind == Place || len(on.parts) < 2 || on.last != en.last {
			continue
		}
		if g := r.familyGender(o); c.gender == "" || g == "" || g == c.gender {
			r.titledUse[key] = -2
			return
		}
	}
	r.titledUse[key] = e
}

// genderUndecided reports whether a gendered title before a bare surname
// ("Ms. Halvorsen") was given to entity e by nearness alone: e's gender is
// not known and another person of that surname would fit the title too.
func (r *Result) genderUndecided(c candidate, e int) bool {
	if c.gender == "" || !c.titled || r.familyGender(e) != "" || len(nameParts(foldName(r.nameOf(c)))) != 1 {
		return false
	}
	w := r.Entities[e].last
	n := 0
	for _, o := range r.byWord[w] {
		en := &r.Entities[o]
		if en.Kind != Organisation && en.Kind != Place && len(en.parts) >= 2 && en.last == w {
			if g := r.familyGender(o); g == "" || g == c.gender {
				n++
			}
		}
	}
	return n > 1
}

// seniorityWord reads the word before a bare surname: +1 for "the elder
// (older, senior) Castellano", -1 for "the younger (junior)", else 0.
func (r *Result) seniorityWord(c candidate) int {
	if c.i > 0 {
		if o := SeniorityOrder(r.toks[c.si][c.i-1].Norm); o != 0 {
			return o
		}
	}
	// "the younger Mr Pennock": the word comes before the honorific.
	if c.titled && c.ti > 0 && c.ti < c.i && honorifics[r.toks[c.si][c.ti].Norm] {
		if o := SeniorityOrder(r.toks[c.si][c.ti-1].Norm); o != 0 {
			return o
		}
	}
	return r.senioritySuffix(c)
}

// elderKin and youngerKin are the kinship roles that tell which of two
// people sharing a surname is the elder ("his son, Vincent Castellano").
var (
	elderKin   = wordSet(`father mother grandfather grandmother uncle aunt dad mum mom sr senior patriarch matriarch`)
	youngerKin = wordSet(`son daughter grandson granddaughter nephew niece child jr junior`)
)

// bySeniority picks of two people sharing a surname the elder (order +1)
// or the younger (-1), by the ages the text gives ("Castellano, 61,") or
// else by kinship roles and suffixes (son, daughter, Jr., Sr.); -1 when
// the text does not tell.
func (r *Result) bySeniority(a, b, order int) int {
	ageA, ageB := r.ageOf(a), r.ageOf(b)
	rank := 0 // > 0: a is the elder
	switch {
	case ageA > 0 && ageB > 0 && ageA != ageB:
		rank = ageA - ageB
	default:
		rank = r.kinRank(a) - r.kinRank(b)
	}
	switch {
	case rank == 0:
		return -1
	case (rank > 0) == (order > 0):
		return a
	}
	return b
}

// kinRank is +1 for a person the text calls a parent (or Sr.), -1 for a
// child (or Jr.), else 0.
func (r *Result) kinRank(e int) int {
	en := &r.Entities[e]
	k := 0
	for _, w := range append(slices.Clone(en.Roles), en.parts...) {
		switch {
		case elderKin[w]:
			k = 1
		case youngerKin[w]:
			k = -1
		}
	}
	// "Her daughter, Petra Marsh": a kinship noun right before a mention.
	for _, mi := range en.Mentions {
		ts := r.Mentions[mi].TitleStart
		before := strings.TrimRight(r.doc.Text[max(0, ts-24):ts], " ,")
		w := strings.ToLower(before[strings.LastIndexAny(before, " \n")+1:])
		switch {
		case elderKin[w]:
			k = 1
		case youngerKin[w]:
			k = -1
		default:
			if o := r.kinBeforeCoordinated(ts); o != 0 {
				k = o
			}
		}
	}
	return k
}

// ageOf returns the age the text gives right after a mention of e
// ("Raymond Castellano, 61,"), or 0.
func (r *Result) ageOf(e int) int {
	for _, mi := range r.Entities[e].Mentions {
		rest := r.doc.Text[r.Mentions[mi].End:]
		if !strings.HasPrefix(rest, ", ") {
			continue
		}
		n, k := 0, 2
		for k < len(rest) && k < 5 && rest[k] >= '0' && rest[k] <= '9' {
			n = n*10 + int(rest[k]-'0')
			k++
		}
		if k > 2 && k < len(rest) && (rest[k] == ',' || rest[k] == ')' || rest[k] == '.') && n > 0 && n < 130 {
			return n
		}
	}
	return 0
}

// indexParts indexes entity e under each word of its name.
func (r *Result) indexParts(e int) {
	for _, p := range r.Entities[e].parts {
		if !slices.Contains(r.byWord[p], e) {
			r.byWord[p] = append(r.byWord[p], e)
		}
	}
}

func (r *Result) unique(last string) bool {
	n := 0
	for _, i := range r.byWord[last] {
		e := &r.Entities[i]
		if e.last == last && len(e.parts) >= 2 {
			n++
		}
	}
	return n == 0
}

func (r *Result) isSurname(w string) bool {
	for _, i := range r.byWord[w] {
		e := &r.Entities[i]
		if e.last == w && len(e.parts) >= 2 {
			return true
		}
	}
	return false
}

func (r *Result) hasAnyRole(e int, roles []string) bool {
	for _, ro := range roles {
		if titleAbbrev[ro] != "" && titleAbbrev[ro] != "n" {
			continue // Mr. decides by gender, not as a role
		}
		for _, have := range r.Entities[e].Roles {
			if have == ro {
				return true
			}
		}
	}
	return false
}

// familyGender is the gender that decides which of a family a title
// names ("Mrs Healey"): the evidence so far, else a kinship role before
// the full name ("her husband, Dennis Healey"), else the given name
// ("Kristin", "Erik"). The kinship role is kept
// out of genderGuess, so pronouns still choose by the usual evidence.
func (r *Result) familyGender(e int) string {
	if g := r.genderGuess(e); g != "" {
		return g
	}
	ev := r.Entities[e].evidence
	switch {
	case ev["kin-male"] > ev["kin-female"]:
		return "male"
	case ev["kin-female"] > ev["kin-male"]:
		return "female"
	}
	return r.nameGender(e)
}

// kinBefore returns the gender of a kinship role opened by a possessive
// pronoun and set off by a comma just before token ti ("her husband,
// Dennis Healey"), or "".
func (r *Result) kinBefore(si, ti int) string {
	toks := r.toks[si]
	// "her great-grandson, six-year-old Alfie Finch": the age before the
	// name is no part of the role.
	if ti >= 4 && toks[ti-1].Norm == "old" && (toks[ti-2].Norm == "year" || toks[ti-2].Norm == "month") &&
		r.doc.Text[toks[ti-3].End:toks[ti-2].Start] == "-" && r.doc.Text[toks[ti-2].End:toks[ti-1].Start] == "-" {
		ti -= 3
	}
	if ti < 2 || strings.TrimSpace(r.doc.Text[toks[ti-1].End:toks[ti].Start]) != "," {
		return ""
	}
	w := toks[ti-1].Norm
	if !kinNouns[w] {
		return ""
	}
	// "her younger brother, Tyler Brooks": a modifier or two may stand
	// between the possessive and the kinship noun.
	for k := ti - 2; k >= 0 && k >= ti-4; k-- {
		if possessivePronouns[toks[k].Norm] {
			return r.lex.PersonGender(w)
		}
		if isCap(toks[k]) && k > 0 || r.inQ[si][k] {
			return ""
		}
	}
	return ""
}

// kinNamedCommon reports whether the lone word toks[i:j], one that is
// otherwise never a name (a month: "June", "April"), is set off after a
// possessive kinship noun as a relative's name: "My wife, June, came".
func (r *Result) kinNamedCommon(si, i, j int) bool {
	toks := r.toks[si]
	if j-i != 1 || nlp.IsStopWord(toks[i].Norm) || personalPronouns[toks[i].Norm] != "" || r.inQ[si][i] {
		return false
	}
	if j < len(toks) && strings.TrimSpace(r.doc.Text[toks[i].End:toks[j].Start]) != "," {
		return false
	}
	return r.kinBefore(si, i) != ""
}

// kinNouns are the family roles that tell members of one family apart.
var kinNouns = wordSet(`husband wife son daughter brother sister father mother grandson granddaughter
	grandfather grandmother nephew niece uncle aunt widow widower`)

// genderGuess is the gender the evidence so far gives an entity.
func (r *Result) genderGuess(e int) string {
	ev := r.Entities[e].evidence
	switch {
	case ev["male"] > ev["female"]:
		return "male"
	case ev["female"] > ev["male"]:
		return "female"
	}
	return ""
}

// settle fixes each entity's kind, gender, variants and short name.
func (r *Result) settle() {
	for e := range r.Entities {
		en := &r.Entities[e]
		ev := en.evidence
		switch {
		case ev[string(Organisation)] > 0 && ev[string(Person)] == 0:
			en.Kind = Organisation
		case ev[string(Organisation)] > 0 && ev["titled"] == 0 && ev["male"] == 0 && ev["female"] == 0 &&
			ev["kin-male"] == 0 && ev["kin-female"] == 0:
			// Only a speech verb made it a person ("Sky Television
			// reported …"), and it speaks as a body ("Sky said it had
			// seen the notice"): whichever came first, as in group.
			en.Kind = Organisation
		case strings.Contains(en.Name, " & ") && ev["titled"] == 0 && ev["male"] == 0 && ev["female"] == 0:
			// "Whitcombe & Gerrard", "Pell & Co": two names joined by an
			// ampersand are a firm's; a person's name never holds one.
			en.Kind = Organisation
		case ev[string(Person)] > 0 && ev["titled"] == 0 && ev["male"] == 0 && ev["female"] == 0 && ev["kin-male"] == 0 && ev["kin-female"] == 0 && r.pluralHeadBody(e):
			// "Wexborough Tramways said": a firm's name, whatever verb
			// it took (pluralHeadBody).
			en.Kind = Organisation
		case ev[string(Person)] > 0:
			en.Kind = Person
		case ev[string(Place)] > 0:
			en.Kind = Place
		case ev[string(Unknown)] > 0 && r.usedAsPlace(e):
			en.Kind = Place
		}
		en.Gender = r.genderGuess(e)
		if en.Gender == "" && en.Kind != Organisation && en.Kind != Place {
			en.Gender = r.nameGender(e)
			en.nameGender = en.Gender != ""
		}
	}
}

// neutralManRole reports whether candidate c's gender comes only from a
// role compound in "-man" ("chairman", "spokesman", "alderman") while its
// own given name is a woman's: "Cllr Helen Ashworth, chairman," — such
// titles are kept for women in British and much local usage, so the name
// and the pronouns decide, not the title.
func (r *Result) neutralManRole(c candidate) bool {
	if c.gender != "male" || c.j-c.i < 2 || r.lex.GivenNameGender(r.toks[c.si][c.i].Norm) != "female" {
		return false
	}
	for _, ro := range c.roles {
		if r.genderOf(ro) == "male" && !(strings.HasSuffix(ro, "man") && len(ro) > 5) {
			return false // "Mr", "king", "father": the title is the man's
		}
	}
	return true
}

// nameGender is the gender entity e's given name usually names ("Kristin
// Halvorsen": female), the weakest evidence: only a name of two words or
// more has a given name.
func (r *Result) nameGender(e int) string {
	en := &r.Entities[e]
	if len(en.parts) < 2 || particles[en.first] || r.isOrgWord(en.parts[len(en.parts)-1]) {
		return "" // "Sky Television" has no given name
	}
	return r.lex.GivenNameGender(en.first)
}

// nameEntities gives each entity its variants and short name, once the
// pronouns have shown who else is a person.
func (r *Result) nameEntities() {
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person {
			continue
		}
		en.Variants = appendUnique(en.Variants, foldName(en.Name))
		if len(en.parts) >= 2 {
			en.Variants = appendUnique(en.Variants, en.first+" "+en.last)
			en.Variants = appendUnique(en.Variants, en.last)
			en.Variants = appendUnique(en.Variants, foldName(lastWord(en.Name)))
			en.Variants = appendUnique(en.Variants, foldName(r.surname(en.Name)))
			// "Gil de Biedma", "Fernández Ortega": the runs of words that
			// end a name of three or more, from a word after the first.
			for i := 1; i+1 < len(en.parts); i++ {
				if !particles[en.parts[i]] && !particles[en.parts[i-1]] {
					en.Variants = appendUnique(en.Variants, strings.Join(en.parts[i:], " "))
				}
			}
			for _, ro := range en.Roles {
				en.Variants = appendUnique(en.Variants, ro+" "+en.last)
			}
		}
	}
	for e := range r.Entities {
		en := &r.Entities[e]
		en.Short = en.Name
		if en.Kind == Person && len(en.parts) >= 2 {
			en.Short = r.surname(en.Name)
			// Shared with anyone who may be a person, speaking or not
			// ("the runners Tyler Brooks and Hannah Brooks").
			for o := range r.Entities {
				if oe := &r.Entities[o]; o != e && oe.last == en.last && (oe.Kind == Person || r.potential(o)) {
					en.Short = en.Name
					break
				}
			}
		}
	}
	// Two people share a surname: the bare surname names neither.
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Short != en.Name || en.Kind != Person || len(en.parts) < 2 {
			continue
		}
		kept := en.Variants[:0]
		for _, v := range en.Variants {
			if v != en.last {
				kept = append(kept, v)
			}
		}
		en.Variants = kept
	}
}

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	for len(f) > 1 && nameSuffixes[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))] {
		f = f[:len(f)-1]
	}
	// "al-Assad", "von der Leyen": keep a particle with the surname.
	last := f[len(f)-1]
	// "Ruairi Mac Giolla", "Niamh Ó Dálaigh": a Gaelic particle too.
	if pre := nlp.Fold(f[max(len(f)-2, 0)]); len(f) >= 3 && (gaelicParticles[pre] || pre == "mac" || pre == "mhic") {
		return f[len(f)-2] + " " + last
	}
	if len(f) >= 3 && (particles[strings.ToLower(f[len(f)-2])] || saintAbbrevs[nlp.Fold(strings.TrimSuffix(f[len(f)-2], "."))]) {
		last = f[len(f)-2] + " " + last
		if len(f) >= 4 && particles[strings.ToLower(f[len(f)-3])] {
			last = f[len(f)-3] + " " + last
		}
	}
	return last
}

// surname is the surname of person name, as lastWord, with the first half
// of a Spanish or Portuguese compound surname: in "Begoña Ruiz de Azúa",
// "María José Fernández de la Fuente" the word before "de" opens the
// surname when a given name comes before it and it is no given name itself
// ("María José de la Torre"); "Charles de Gaulle" has no such word.
func (r *Result) surname(name string) string {
	last := lastWord(name)
	f := strings.Fields(name)
	p := len(f) - len(strings.Fields(last))
	if p >= 2 && p < len(f) && iberianParticles[strings.ToLower(f[p])] && !particles[strings.ToLower(f[p-1])] &&
		isCapWord(f[p-1]) && r.lex.GivenNameGender(nlp.Fold(f[p-1])) == "" {
		return f[p-1] + " " + last
	}
	return last
}

// isCapWord reports whether w opens with a capital letter.
func isCapWord(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}

// iberianParticles open the second half of a Spanish or Portuguese
// compound surname.
var iberianParticles = wordSet(`de del da do dos das`)

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// acronymOf returns the organisation an all-capital name abbreviates,
// by the initials of its full name's content words ("AMSW" for the
// Association of Mineworkers and Smelter Workers, whether or not in
// brackets after it); -1 when no organisation named so far fits.
func (r *Result) acronymOf(name string) int {
	if !isAcronym(name) {
		return -1
	}
	want := strings.ToLower(name)
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.evidence[string(Organisation)] == 0 {
			continue
		}
		var all, content strings.Builder
		for _, w := range strings.FieldsFunc(foldName(en.Name), func(c rune) bool { return c == ' ' || c == '-' }) {
			all.WriteByte(w[0])
			if !acronymSkips[w] {
				content.WriteByte(w[0])
			}
		}
		if content.Len() >= 2 && (content.String() == want || all.String() == want) {
			return e
		}
	}
	return -1
}

// acronymTitle reports whether t is an acronym the article spells out
// as a title before a name: its letters are the initials of capitalised
// words ending in a title word ("DPP Pillai" after "Deputy Public
// Prosecutor Ravindran Pillai", "CEO", "MP"). Memoised per acronym.
func (r *Result) acronymTitle(t nlp.Token) bool {
	if !isAcronym(t.Text) {
		return false
	}
	n := len(t.Text)
	return r.anyToken("acronym title "+t.Norm, func(toks []nlp.Token, k int) bool {
		if k+n > len(toks) {
			return false
		}
		for i := range n {
			w := toks[k+i]
			if !isCap(w) || w.Text[0] != t.Text[i] || isAcronym(w.Text) {
				return false
			}
		}
		return r.isTitleWord(toks[k+n-1].Norm)
	})
}

// acronymSkips are the function words an acronym leaves out ("DMRE":
// Department of Mineral Resources and Energy).
var acronymSkips = wordSet(`of and the for & de du des la le y et`)

// isAcronym reports whether w is written as an acronym: two to eight
// capital letters A–Z.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for _, ch := range w {
		if ch < 'A' || ch > 'Z' {
			return false
		}
	}
	return true
}

// accordingToAt reports whether "according to" stands just before token
// m: its object is a source, which "the operator, Coastline Energy" names.
func accordingToAt(toks []nlp.Token, m int) bool {
	return m >= 2 && toks[m-1].Norm == "to" && toks[m-2].Norm == "according"
}

// compoundRun finds the person whose name holds parts as a run that ends
// it or opens it, most recently seen first; -1 when none.
func (r *Result) compoundRun(parts []string, lastSeen map[int]int) int {
	best, bestAt := -1, -1
	for _, e := range r.byWord[parts[0]] {
		en := &r.Entities[e]
		if en.Kind == Organisation || en.Kind == Place || len(en.parts) <= len(parts) {
			continue
		}
		n := len(en.parts)
		if !slices.Equal(en.parts[n-len(parts):], parts) && !slices.Equal(en.parts[:len(parts)], parts) {
			continue
		}
		if at := lastSeen[e]; at > bestAt {
			best, bestAt = e, at
		}
	}
	return best
}

// compoundSurname reports whether w is the first of two surnames in a
// Spanish-style name: a word after the given name that a particle or one
// more surname follows ("Fernández" in "María José Fernández de la Fuente",
// in "Ignacio Fernández Ortega").
func compoundSurname(parts []string, w string) bool {
	n := len(parts)
	for i := 1; i+1 < n; i++ {
		if parts[i] != w || particles[w] {
			continue
		}
		if particles[parts[i+1]] || i+2 == n && i >= 1 {
			return true
		}
	}
	return false
}

// disclaimed reports whether the name or description starting at token k
// of sentence si is named only to be told apart from someone ("Tom
// Henderson, who is not related to Marcy Henderson,", "no relation to the
// minister"): a bare surname after it does not name that person for being
// the one named last.
func (r *Result) disclaimed(si, k int) bool {
	toks := r.toks[si]
	m := k - 1
	for n := 0; m >= 0 && n < 3 && determiners[toks[m].Norm]; n++ {
		m--
	}
	return m >= 1 && toks[m].Norm == "to" && (toks[m-1].Norm == "relation" || toks[m-1].Norm == "related")
}

// settlementNouns name a place by the name after "of" ("the town of …").
var settlementNouns = wordSet(`town city village hamlet commune canton municipality county district province
	island borough suburb parish port township`)

// attributiveName reports whether the name ending before token j modifies
// the lower-case person noun right after it ("a senior GKMC official", "a
// veteran BBC reporter"): the noun before it then describes that person,
// and is no title of the name.
func (r *Result) attributiveName(si, j int) bool {
	toks := r.toks[si]
	if j >= len(toks) || r.inQ[si][j] || isCap(toks[j]) || r.doc.Text[toks[j-1].End:toks[j].Start] != " " {
		return false
	}
	return r.isRoleWord(toks[j].Norm) || r.lex.IsPersonNoun(toks[j].Norm) && !speechVerbs[toks[j].Norm]
}
