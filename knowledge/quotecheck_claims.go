package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
	"unicode"
	"unicode/utf8"
)

// claim is one thing to check, found in a message.
type claim struct {
	// text is the claimed quotation, without its quote marks.
	text string
	// claimed is who the message says said it ("" if nobody).
	claimed string
	// core is the claim with an attribution stripped ("Putin said …"), for
	// a message without quote marks; "" when there is none.
	core string
	// empty marks quote marks with no words between them.
	empty bool
	// role is the whole subject phrase when the message names the speaker
	// by a description ("The chairman of the patients' forum"), "" else
	// (roleSubject).
	role string
	// voice is the subject phrase when the message names the speaker as a
	// body's voice ("The co-op spokeswoman", "A spokesman for the
	// trust"), "" else (roleSubjectVoice).
	voice string
}

// segment is a quoted stretch of a message: text[start:end] inside the
// marks, outer the offsets including them.
type segment struct {
	start, end, outerStart, outerEnd int
}

// quotedSegments finds the quoted stretches of a message, in order, with
// the same marks and rules as the check of a model's prose (quoteMarks,
// findCloser): each kind of mark pairs only with its own closer. A single
// mark (‘ or ') is read exactly as in the article
// (attribution.MarkedQuotations), so "He’s", "leaders' views", "the '60s"
// and "rock 'n' roll" neither open nor close a quotation. An unclosed
// double mark quotes the rest of the message.
func quotedSegments(msg string) []segment {
	var singles map[int]attribution.Quotation
	if strings.ContainsAny(msg, "'‘") {
		singles = map[int]attribution.Quotation{}
		for _, q := range attribution.MarkedQuotations(msg) {
			if q.CloseEnd > q.End {
				singles[q.OpenStart] = q
			}
		}
	}
	var out []segment
	for i := 0; i < len(msg); {
		r, w := utf8.DecodeRuneInString(msg[i:])
		m, ok := markFor(r)
		if !ok {
			i += w
			continue
		}
		if m.ambiguous {
			q, ok := singles[i]
			if !ok {
				i += w
				continue
			}
			out = append(out, segment{start: q.Start, end: q.End, outerStart: i, outerEnd: q.CloseEnd})
			i = q.CloseEnd
			continue
		}
		open := i + w
		end, cw := findCloser(msg, open, m)
		switch {
		case end >= 0:
			out = append(out, segment{start: open, end: end, outerStart: i, outerEnd: end + cw})
			i = end + cw
		case m.ambiguous:
			i += w
		default:
			out = append(out, segment{start: open, end: len(msg), outerStart: i, outerEnd: len(msg)})
			i = len(msg)
		}
	}
	return out
}

func hasWord(s string) bool { return strings.ContainsFunc(s, isWordRune) }

// claims splits a cleaned message into claims with their claimed speakers.
func (a *Article) claims(msg string) []claim {
	segs := quotedSegments(msg)
	if len(segs) == 0 {
		c := claim{text: trimClaim(msg)}
		// A claim too long to check needs no attribution.
		if utf8.RuneCountInString(c.text) > MaxClaimRunes {
			return []claim{c}
		}
		if core, who := a.stripAttribution(c.text); core != "" {
			c.core, c.claimed = core, who
		}
		return []claim{c}
	}
	out := make([]claim, 0, len(segs))
	for k, sg := range segs {
		text := trimClaim(msg[sg.start:sg.end])
		if !hasWord(text) {
			out = append(out, claim{empty: true})
			continue
		}
		prevEnd, nextStart := 0, len(msg)
		if k > 0 {
			prevEnd = segs[k-1].outerEnd
		}
		if k+1 < len(segs) {
			nextStart = segs[k+1].outerStart
		}
		before, after := tail(msg[prevEnd:sg.outerStart], contextBytes), head(msg[sg.outerEnd:nextStart], contextBytes)
		who := a.speakerBefore(before)
		if sub := a.openingSubject(before, who); sub != "" && sub != who && (who == "" || a.rolePhraseBefore(before) == "") {
			who = sub
		}
		role, voiced := a.roleSubjectVoice(before)
		voice := ""
		if voiced {
			voice, role = role, ""
		}
		if role != "" && who != "" && strings.HasSuffix(role, " "+who) && !a.namesPerson(who) {
			who = role // "The retiring GP": the role's head, not a name
		}
		if who == "" {
			who = a.speakerAfter(after)
		}
		if who == "" && k > 0 && !strings.ContainsAny(before, ".!?\n") && len(out) > 0 {
			// "Putin said “A” and “B”": the attribution carries over.
			who = out[len(out)-1].claimed
		}
		out = append(out, claim{text: text, claimed: who, role: role, voice: voice})
	}
	return out
}

// contextBytes bounds the text read around a quotation for its speaker:
// an attribution sits next to the quote.
const contextBytes = 160

// tail returns about the last n bytes of s, cut at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// head returns about the first n bytes of s, cut at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// trimClaim trims white space around a claim.
func trimClaim(s string) string { return strings.TrimSpace(s) }

// nameAt is a name found at toks[i:j]: a person of the article (canonical
// name) or, when known is false, a capitalised name the article lacks.
type nameAt struct {
	i, j  int
	name  string
	known bool
}

// namesIn finds the names in a run of tokens of s: people of the article
// (any spelling PersonNamed accepts, with a title or not) and other
// capitalised words that are not function words, titles or verbs.
func (a *Article) namesIn(s string, toks []Token, surnames map[string]string) []nameAt {
	var out []nameAt
	for i := 0; i < len(toks); {
		if n, ok := a.roleNameAt(s, toks, i); ok {
			out = append(out, n)
			i = n.j
			continue
		}
		if n, ok := a.entityNameAt(s, toks, i, surnames); ok {
			if o, ok := a.officeOfName(s, toks, n); ok {
				n = o // "Marsh's office", not Marsh
			} else if r, ok := a.possessorRole(s, toks, n); ok {
				n = r // "Harold Ng's son", not Harold Ng
			}
			out = append(out, n)
			i = n.j
			continue
		}
		found := false
		_, sur := surnames[toks[i].Norm]
		// A name starts with a capital, or is a surname typed in lower case.
		for w := min(3, len(toks)-i); w >= 1 && !found && (sur || isCapitalised(toks[i])); w-- {
			if !adjacentRun(s, toks[i:i+w]) {
				continue
			}
			phrase := s[toks[i].Start:toks[i+w-1].End]
			p, ok := a.PersonNamed(phrase)
			if !ok {
				continue
			}
			if !isCapitalised(toks[i]) && !hasVariant(p, phrase) {
				continue
			}
			out = append(out, nameAt{i: i, j: i + w, name: p.Name, known: true})
			i += w
			found = true
		}
		if found {
			continue
		}
		if isNameWord(toks[i]) {
			j := i + 1
			for j < len(toks) && j-i < 3 && isNameWord(toks[j]) && adjacent(s, toks[j-1], toks[j]) {
				j++
			}
			// "Vladimir Vladimirovich Putin": a run holding a surname of
			// the article is that person.
			if k := slices.IndexFunc(toks[i:j], func(t Token) bool { _, ok := surnames[t.Norm]; return ok }); k >= 0 {
				out = append(out, nameAt{i: i, j: j, name: surnames[toks[i+k].Norm], known: true})
				i = j
				continue
			}
			parts := make([]string, 0, j-i)
			for _, t := range toks[i:j] {
				if !titleWords[t.Norm] {
					parts = append(parts, strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s"))
				}
			}
			if len(parts) > 0 {
				out = append(out, nameAt{i: i, j: j, name: strings.Join(parts, " ")})
			}
			i = j
			continue
		}
		i++
	}
	return out
}

// entityNameAt resolves the name run starting at toks[i] ("Sen. Hadley",
// "Mensah-Doyle", "De Vries", "Tom Hadley") against the article's entities,
// longest first: a known entity gives its short name; a full name whose
// surname the article has for someone else ("Tom Hadley" when only Ellen
// Hadley is named) is another person, named as written.
func (a *Article) entityNameAt(s string, toks []Token, i int, surnames map[string]string) (nameAt, bool) {
	if a.attr == nil {
		return nameAt{}, false
	}
	_, sur := surnames[toks[i].Norm]
	// "says du Preez": a lower-case particle opens the name it precedes.
	particle := nameParticles[toks[i].Norm] && i+1 < len(toks) && isCapitalised(toks[i+1]) && adjacent(s, toks[i], toks[i+1])
	if !sur && !particle && !isNameWord(toks[i]) && !titleWords[toks[i].Norm] && !nameTitles[toks[i].Norm] || chatterWords[toks[i].Norm] {
		return nameAt{}, false
	}
	j := i + 1
	// "The Ol Keju Farmers' Cooperative": a plural possessive inside a
	// body's name, which Resolve below must then confirm.
	pluralPossessive := func(gap string, prev Token) bool {
		return (gap == "’ " || gap == "' ") && strings.HasSuffix(prev.Norm, "s")
	}
	for j < len(toks) && j-i < 5 && (nameGap(s[toks[j-1].End:toks[j].Start], toks[j-1]) || pluralPossessive(s[toks[j-1].End:toks[j].Start], toks[j-1])) &&
		!chatterWords[toks[j].Norm] && (isCapitalised(toks[j]) || particlesBeforeName(toks, j)) {
		j++
	}
	// "Island Ferry Workers Local 219": a number may end a body's name,
	// when the article names one so.
	numbered := j < len(toks) && j-i >= 2 && isNumberWord(toks[j].Norm) && adjacent(s, toks[j-1], toks[j])
	if numbered {
		j++
	}
	// "Millbrook police said": a lower-case body noun after the name
	// makes it the body the article names with both ("Millbrook Police
	// Department"), not whatever else "Millbrook" opens.
	if j < len(toks) && !isCapitalised(toks[j]) && adjacent(s, toks[j-1], toks[j]) && a.attr.IsOrgWord(toks[j].Norm) {
		if e := a.bodyNamed(toks[i : j+1]); e >= 0 {
			return nameAt{i: i, j: j + 1, name: a.attr.Entities[e].Short, known: true}, true
		}
	}
	// "The Irish Nurses and Midwives Organisation said": a body's name
	// the article gives whole runs over its "and", "of" or "for".
	if j+1 < len(toks) && (toks[j].Norm == "and" || toks[j].Norm == "of" || toks[j].Norm == "for") && isCapitalised(toks[j+1]) &&
		adjacent(s, toks[j-1], toks[j]) && adjacent(s, toks[j], toks[j+1]) {
		// "The European Association of Zoos and Aquaria": connectors
		// may recur; the longest run the article names wins.
		k := j + 2
		for k < len(toks) && k-i < 9 && adjacent(s, toks[k-1], toks[k]) && (isCapitalised(toks[k]) ||
			(toks[k].Norm == "and" || toks[k].Norm == "of" || toks[k].Norm == "for") && k+1 < len(toks) && isCapitalised(toks[k+1]) && adjacent(s, toks[k], toks[k+1])) {
			k++
		}
		for ; k > j+1; k-- {
			if !isCapitalised(toks[k-1]) {
				continue
			}
			if e, _ := a.attr.Resolve(s[toks[i].Start:toks[k-1].End]); e >= 0 && a.attr.Entities[e].Kind == attribution.Organisation {
				return nameAt{i: i, j: k, name: a.attr.Entities[e].Short, known: true}, true
			}
		}
	}
	for w := j; w > i; w-- {
		phrase := strings.TrimSuffix(strings.TrimSuffix(s[toks[i].Start:toks[w-1].End], "’s"), "'s")
		e, other := a.attr.Resolve(phrase)
		if numbered && w == j && e < 0 {
			continue
		}
		if e >= 0 {
			ent := a.attr.Entities[e]
			if ent.Kind == attribution.Place {
				return nameAt{}, false
			}
			// "Norvik Marine Engineering" for the article's "Norvik
			// Marine": a body's name the claim gives longer is that body,
			// not a second name after it.
			if ent.Kind == attribution.Organisation && w < j && !numbered {
				if e2, _ := a.attr.Resolve(s[toks[w].Start:toks[j-1].End]); e2 < 0 {
					w = j
				}
			}
			return nameAt{i: i, j: w, name: ent.Short, known: true}, true
		}
		if other {
			return nameAt{i: i, j: w, name: withoutTitles(toks[i:w], phrase)}, true
		}
		if a.attr.Ambiguous(phrase) {
			// "the elder Lewis": the one of the two the article makes the
			// elder.
			if i >= 2 && toks[i-2].Norm == "the" {
				if e := a.attr.BySeniority(Fold(phrase), attribution.SeniorityOrder(toks[i-1].Norm)); e >= 0 {
					return nameAt{i: i, j: w, name: a.attr.Entities[e].Short, known: true}, true
				}
			}
			// "Beaumont" when two Beaumonts speak: compared by name later.
			return nameAt{i: i, j: w, name: withoutTitles(toks[i:w], phrase), known: true}, true
		}
	}
	return nameAt{}, false
}

// officeOfName reads a name that owns an office ("Marsh's office") as
// that office, the body the article names by its holder
// (attribution's officeSpeaker), else as written. ok is false when no
// office noun follows the possessive.
func (a *Article) officeOfName(s string, toks []Token, n nameAt) (nameAt, bool) {
	if n.j >= len(toks) || !endsPossessive(toks[n.j-1].Text) || !attribution.IsOfficeNoun(toks[n.j].Norm) || !adjacent(s, toks[n.j-1], toks[n.j]) {
		return nameAt{}, false
	}
	if e, _ := a.attr.Resolve(n.name + "'s " + toks[n.j].Norm); e >= 0 && a.attr.Entities[e].Kind == attribution.Organisation {
		return nameAt{i: n.i, j: n.j + 1, name: a.attr.Entities[e].Short, known: true}, true
	}
	return nameAt{i: n.i, j: n.j + 1, name: s[toks[n.i].Start:toks[n.j].End]}, true
}

// possessorRole reads a name that owns a role ("Harold Ng's son", "the
// mayor's chief of staff") as the person holding that role for it: the
// one the article describes so (roles.go), else someone it does not name,
// written as is. ok is false when no role noun follows the possessive.
func (a *Article) possessorRole(s string, toks []Token, n nameAt) (nameAt, bool) {
	last := toks[n.j-1].Text
	if n.j >= len(toks) || !(strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") || possessiveGap(s[toks[n.j-1].End:toks[n.j].Start])) {
		return nameAt{}, false
	}
	for k := n.j; k < len(toks) && k < n.j+3; k++ {
		if k > n.j && !adjacent(s, toks[k-1], toks[k]) {
			break
		}
		if !a.attr.IsPersonRole(toks[k].Norm) {
			continue
		}
		if k+1 < len(toks) && adjacent(s, toks[k], toks[k+1]) && a.attr.IsPersonRole(toks[k+1].Norm) {
			continue // "the mayor's chief executive": the head comes last
		}
		phrase := s[toks[n.i].Start:toks[k].End]
		if p, ok := a.PersonByRole(phrase); ok {
			return nameAt{i: n.i, j: k + 1, name: p.Name, known: true}, true
		}
		return nameAt{i: n.i, j: k + 1, name: phrase}, true
	}
	return nameAt{}, false
}

// bodyNamed returns the article's entity that phrase (its last token the
// head, the rest its modifiers: "the transport ministry", "the trust's")
// names, or -1; a bare head may also be a role ("the ministry").
func (a *Article) bodyNamed(phrase []Token) int {
	head := phrase[len(phrase)-1].Norm
	var mods []string
	for _, t := range phrase[:len(phrase)-1] {
		mods = append(mods, t.Norm)
	}
	e := a.attr.ByPhrase(mods, head)
	if e < 0 && len(mods) == 0 {
		e = a.attr.ByRole(head)
	}
	return e
}

// withoutTitles drops leading titles ("Sen.", "President") from a name.
func withoutTitles(toks []Token, phrase string) string {
	k := 0
	for k < len(toks)-1 && titleWords[toks[k].Norm] {
		k++
	}
	return strings.TrimSpace(phrase[toks[k].Start-toks[0].Start:])
}

// nameGap reports whether two words of one name may be separated by gap:
// a space or hyphen, or a stop after an initial or a title ("J. R.", "Sen.").
func nameGap(gap string, prev Token) bool {
	switch gap {
	case " ", "-", "‑", "\u00a0", " & ", "&":
		return true // "Pell & Co" as the article names it
	case ". ", ".":
		return utf8.RuneCountInString(prev.Text) == 1 || nameTitles[prev.Norm] || titleWords[prev.Norm]
	}
	return false
}

// chatterWords open a message without naming anyone ("Wow", "lol").
var chatterWords = wordSet(`wow lol lmao omg ok okay so well hey yes no yeah nope wait hmm really did does do is was
	were are has have had can could would should will why what when how who`)

// particlesBeforeName reports whether toks[j] opens a run of name
// particles that a capitalised word ends ("van der Meulen", "de la Torre").
func particlesBeforeName(toks []Token, j int) bool {
	for ; j < len(toks) && nameParticles[toks[j].Norm] && !isCapitalised(toks[j]); j++ {
	}
	return j < len(toks) && isCapitalised(toks[j]) && nameParticles[toks[j-1].Norm]
}

// nameParticles are lower-case words inside names ("de", "van", "bin").
var nameParticles = wordSet(`de van von der den du da di del della dos das bin bint ibn al el la le ter ten`)

// roleNameAt reads a role phrase at toks[i] ("the judge", "the economy
// ministry", "the company") as the entity the article gives that role;
// an unnamed person's role the article gives nobody ("the prosecutor")
// names someone else, written as is.
func (a *Article) roleNameAt(s string, toks []Token, i int) (nameAt, bool) {
	// "His attorney said …": a role held for someone, which names the one
	// person of the article holding it for anyone (roles.go) or no one.
	owned := possessivePronoun(toks[i].Norm) && toks[i].Norm != "its"
	if a.attr == nil || (toks[i].Norm != "the" && toks[i].Norm != "a" && toks[i].Norm != "an" && !owned) {
		return nameAt{}, false
	}
	// "the governor's office": the office of the one who holds the role
	// (attribution's officeSpeaker), else an office the article does not
	// give, named as written.
	if toks[i].Norm == "the" && i+2 < len(toks) && endsPossessive(toks[i+1].Text) && attribution.IsOfficeNoun(toks[i+2].Norm) &&
		adjacent(s, toks[i], toks[i+1]) && adjacent(s, toks[i+1], toks[i+2]) {
		phrase := s[toks[i].Start:toks[i+2].End]
		if e, _ := a.attr.Resolve(phrase); e >= 0 && a.attr.Entities[e].Kind == attribution.Organisation {
			return nameAt{i: i, j: i + 3, name: a.attr.Entities[e].Short, known: true}, true
		}
		return nameAt{i: i, j: i + 3, name: phrase}, true
	}
	// "the Indiana Republican", "the Maine senator": by the party and
	// state tag the article gives after a name.
	if toks[i].Norm == "the" {
		var mods []string
		for k := i + 1; k < len(toks) && k <= i+3 && adjacent(s, toks[k-1], toks[k]); k++ {
			if e := a.attr.ByParty(toks[k].Norm, mods); e >= 0 && a.attr.IsRoleNoun(toks[k].Norm) {
				return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
			}
			if !isCapitalised(toks[k]) {
				break
			}
			mods = append(mods, toks[k].Norm) // "Kansas", though WordNet has a Kansa person
		}
	}
	// "the school district" for the article's "Carson Valley School
	// District": the body whose name holds the lower-case modifiers and
	// the head.
	if toks[i].Norm == "the" {
		for k := min(len(toks)-1, i+3); k >= i+2; k-- {
			if !adjacentRun(s, toks[i:k+1]) || slices.ContainsFunc(toks[i+1:k+1], isCapitalised) ||
				k+1 < len(toks) && adjacent(s, toks[k], toks[k+1]) && a.attr.IsOrgWord(toks[k+1].Norm) {
				continue
			}
			if e := a.bodyEndingIn(toks[i+1 : k+1]); e >= 0 {
				return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if !adjacent(s, toks[k-1], toks[k]) && !possessiveGap(s[toks[k-1].End:toks[k].Start]) &&
			s[toks[k-1].End:toks[k].Start] != "-" { // "the ex-treasurer", "the co-author"
			break
		}
		if k+1 < len(toks) && s[toks[k].End:toks[k+1].Start] == "-" {
			continue // "co-", "vice-": the head follows the hyphen
		}
		w := toks[k].Norm
		if long, ok := clippedRoles[w]; ok {
			w = long // "the Voltaris exec"
		}
		// "a transport ministry official", "a council spokesman": the body
		// named before the voice, as the article's unnamed officials speak
		// for theirs.
		if (attribution.IsVoiceNoun(w) || w == "official") && k > i+1 && !owned &&
			!endsPossessive(toks[k-1].Text) && a.attr.IsOrgWord(toks[k-1].Norm) {
			if e := a.bodyNamed(toks[i+1 : k]); e >= 0 {
				return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
			}
			return nameAt{i: i, j: k + 1, name: s[toks[i+1].Start:toks[k-1].End]}, true
		}
		// "the author" is the article's; "the senior author" a role the article gives.
		// "critics" is nobody in particular; "the Opposition critic" is
		// the one the article titles so.
		if sourceWords[w] && k == i+1 || nobodyWords[w] && !(toks[i].Norm == "the" && capitalisedRun(s, toks, i+1, k) != "") {
			// "the critic" is the one the article describes so.
			if toks[i].Norm == "the" && k == i+1 && nobodyWords[w] && singularNoun(w) {
				if p, ok := a.PersonByRole(s[toks[i].Start:toks[k].End]); ok {
					return nameAt{i: i, j: k + 1, name: p.Name, known: true}, true
				}
			}
			return nameAt{}, false
		}
		// "the panel" for the article's "National Anti-Doping Panel":
		// the one body whose name ends in the noun.
		if toks[i].Norm == "the" && k == i+1 && (k+1 == len(toks) || !adjacent(s, toks[k], toks[k+1]) || !a.attr.IsRoleNoun(toks[k+1].Norm)) {
			if e := a.bodyByHead(w); e >= 0 {
				return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
			}
		}
		// "the auction house", "the regulator" for the one firm or
		// regulator the article names (attribution.BodyByNoun).
		if toks[i].Norm == "the" && (k+1 == len(toks) || !adjacent(s, toks[k], toks[k+1]) ||
			!a.attr.IsRoleNoun(toks[k+1].Norm) && !a.attr.IsOrgWord(toks[k+1].Norm)) {
			if e := a.attr.BodyByNoun(w, k > i+1); e >= 0 {
				return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
			}
		}
		if !a.attr.IsRoleNoun(w) && !(toks[i].Norm == "the" && k == i+1 && a.givenRole(w)) {
			continue // "the pronouncer": a noun the lexicon lacks, a role the article gives
		}
		// "the Portuguese economy ministry": the head is lower case; but
		// "the Taoiseach", "the Pope" is a capitalised role the article
		// gives someone.
		if isCapitalised(toks[k]) && (k+1 < len(toks) && isCapitalised(toks[k+1]) && adjacent(s, toks[k], toks[k+1]) || a.attr.ByRole(w) < 0) {
			continue
		}
		if k+1 < len(toks) && (adjacent(s, toks[k], toks[k+1]) || possessiveGap(s[toks[k].End:toks[k+1].Start])) && a.attr.IsRoleNoun(toks[k+1].Norm) {
			continue // "the city council", "the islanders' association": the head comes last
		}
		// "the senior investigating officer": a role noun ("senior") that
		// modifies a later head, when the longer phrase names someone.
		for h := k + 2; h < len(toks) && h <= k+3 && h <= i+4; h++ {
			if !adjacent(s, toks[h-1], toks[h]) || isCapitalised(toks[h]) || !a.attr.IsRoleNoun(toks[h].Norm) {
				continue
			}
			if p, ok := a.PersonByRole(s[toks[i].Start:toks[h].End]); ok {
				return nameAt{i: i, j: ofComplement(s, toks, h), name: p.Name, known: true}, true
			}
		}
		// "the Westhaven captain": a role qualified by a name is its
		// side's holder, never the one titled for another side, as for
		// the article's own quotations (attribution.BySide).
		if side := capitalisedRun(s, toks, i+1, k); side != "" && toks[i].Norm == "the" && a.attr.IsPersonRole(w) {
			switch e := a.attr.BySide(side, w); {
			case e >= 0:
				return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
			case e == -1 && a.attr.ByRole(w) != -1:
				return nameAt{i: i, j: k + 1, name: s[toks[i].Start:toks[k].End]}, true
			}
		}
		// "the trust's spokesperson": the body it speaks for, never a
		// person whose role is a synonym ("lead representative").
		if attribution.IsVoiceNoun(w) {
			if k > i+1 && endsPossessive(toks[k-1].Text) {
				if e := a.bodyNamed(toks[i+1 : k]); e >= 0 {
					return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
				}
			}
			return nameAt{}, false
		}
		// "the Rovers boss", "the ex-treasurer": the one person whose
		// descriptors the whole phrase fits (roles.go); "the CEO of
		// Corvane" spans its complement, which names no speaker.
		if p, ok := a.PersonByRole(s[toks[i].Start:toks[k].End]); ok {
			return nameAt{i: i, j: ofComplement(s, toks, k), name: p.Name, known: true}, true
		}
		if owned {
			return nameAt{}, false
		}
		// "the islanders' association": the organisation whose name holds
		// the phrase's words, when the head word alone names several.
		var mods []string
		for _, t := range toks[i+1 : k] {
			mods = append(mods, t.Norm)
		}
		if e := a.attr.ByPhrase(mods, w); e >= 0 {
			return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
		}
		switch e := a.attr.ByRole(w); {
		case e >= 0:
			return nameAt{i: i, j: k + 1, name: a.attr.Entities[e].Short, known: true}, true
		case e != -1 && e < 0 && a.attr.IsPersonRole(w) && toks[i].Norm == "the":
			// Several hold it ("the skipper" of either side): the claim
			// names a role, which the speaker holds or not (sameName).
			return nameAt{i: i, j: k + 1, name: s[toks[i].Start:toks[k].End]}, true
		case e == -1 && a.attr.IsPersonRole(w) && toks[i].Norm == "the":
			return nameAt{i: i, j: k + 1, name: s[toks[i].Start:toks[k].End]}, true
		}
		return nameAt{}, false
	}
	return nameAt{}, false
}

// bodyEndingIn returns the one organisation of the article whose name
// ends in the words of phrase ("school district" for Carson Valley School
// District), or -1 (none, or more than one).
func (a *Article) bodyEndingIn(phrase []Token) int {
	found := -1
	for e, en := range a.attr.Entities {
		n := strings.Fields(Fold(en.Name))
		if en.Kind != attribution.Organisation || len(n) <= len(phrase) {
			continue
		}
		tail := n[len(n)-len(phrase):]
		same := true
		for k, t := range phrase {
			if tail[k] != t.Norm {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// bodyByHead returns the one organisation of the article whose name of
// several words ends in the noun w, or -1 (none, or more than one).
func (a *Article) bodyByHead(w string) int {
	found := -1
	for e, en := range a.attr.Entities {
		n := strings.Fields(Fold(en.Name))
		if en.Kind != attribution.Organisation || len(n) < 2 || n[len(n)-1] != w {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// capitalisedRun returns the words of toks[i:j] as written when every one
// is capitalised ("Westhaven", "Calder Vale"), "" otherwise.
func capitalisedRun(s string, toks []Token, i, j int) string {
	if i >= j {
		return ""
	}
	for _, t := range toks[i:j] {
		if !isCapitalised(t) {
			return ""
		}
	}
	return s[toks[i].Start:toks[j-1].End]
}

// ofComplement returns the end of a role phrase whose head is toks[h]: past
// an "of" complement that is a capitalised name ("the CEO of Corvane", "the
// mayor of the City of Ardenne"), else just past the head.
func ofComplement(s string, toks []Token, h int) int {
	m := h + 1
	if m+1 >= len(toks) || toks[m].Norm != "of" || !adjacent(s, toks[h], toks[m]) {
		return h + 1
	}
	m++
	if toks[m].Norm == "the" && m+1 < len(toks) {
		m++
	}
	start := m
	for m < len(toks) && isCapitalised(toks[m]) && adjacent(s, toks[m-1], toks[m]) {
		m++
	}
	if m == start {
		return h + 1
	}
	return m
}

// possessiveGap reports whether a gap between two words is a plural
// possessive's apostrophe and a space ("islanders' association").
func possessiveGap(gap string) bool { return gap == "' " || gap == "’ " }

func hasVariant(p Person, phrase string) bool {
	f := strings.TrimSuffix(strings.Join(strings.Fields(Fold(phrase)), " "), "'s")
	for _, v := range p.Variants {
		if v == f {
			return true
		}
	}
	return false
}

func adjacentRun(s string, toks []Token) bool {
	for k := 1; k < len(toks); k++ {
		if !adjacent(s, toks[k-1], toks[k]) {
			return false
		}
	}
	return true
}

// isNameWord reports whether a token may be part of a name the article does
// not know: capitalised, and not a function word, a verb of saying, "I" or
// a word of attribution ("Per Trump:", "Quote from Putin:").
func isNameWord(t Token) bool {
	return isCapitalised(t) && (len(t.Norm) > 1 || t.Norm != "i" && t.Norm != "a") && !IsStopWord(t.Norm) && !claimSpeech(t.Norm) &&
		!leadingPronouns[t.Norm] && !attributionWords[t.Norm] && !attributionVerbs[t.Norm] && !nobodyWords[t.Norm]
}

// nobodyWords start a sentence without naming anyone: indefinite pronouns
// ("Someone said …"), unnamed sources, and the lead-ins of posts
// ("Breaking: …", "Update: …").
var nobodyWords = wordSet(`someone somebody anyone anybody everyone everybody nobody noone people person persons
	source sources official officials expert experts critic critics analyst analysts observer observers insider
	insiders witness witnesses reporter reporters media news report reports breaking update updates apparently
	reportedly allegedly supposedly rumor rumour rumors rumours claim claims fact facts many several somebody's`)

// singularNoun reports whether a noun is not a plural in -s ("critic",
// not "critics").
func singularNoun(w string) bool { return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") }

// isBreak reports whether the text between toks[k-1] and toks[k] ends a
// sentence: a stop that does not follow a title or an initial ("Sen.
// Hadley", "J. R. Whitfield").
func isBreak(s string, toks []Token, k int) bool {
	gap := s[toks[k-1].End:toks[k].Start]
	if !strings.ContainsAny(gap, ".!?\n") {
		return false
	}
	if strings.TrimSpace(gap) == "." && (titleWords[toks[k-1].Norm] || nameTitles[toks[k-1].Norm] || utf8.RuneCountInString(toks[k-1].Text) == 1) {
		return false
	}
	return true
}

// nameTitles are abbreviated titles before a name.
var nameTitles = wordSet(`mr mrs ms dr prof sen rep gov lt gen rev capt col sgt maj adm det insp supt atty st`)

// lastSentence returns the tokens of s after its last sentence break.
func lastSentence(s string, toks []Token) []Token {
	for k := len(toks) - 1; k > 0; k-- {
		if isBreak(s, toks, k) {
			return toks[k:]
		}
	}
	return toks
}

// firstSentence returns the tokens of s before its first sentence break.
func firstSentence(s string, toks []Token) []Token {
	if len(toks) > 0 && strings.ContainsAny(s[:toks[0].Start], ".!?\n") {
		return nil
	}
	for k := 1; k < len(toks); k++ {
		if isBreak(s, toks, k) {
			return toks[:k]
		}
	}
	return toks
}

func hasSpeechVerb(toks []Token) bool {
	for _, t := range toks {
		if claimSpeech(t.Norm) {
			return true
		}
	}
	return false
}

// afterAccordingTo reports whether toks[i] follows "according to".
func afterAccordingTo(toks []Token, i int) bool {
	return i >= 2 && toks[i-2].Norm == "according" && toks[i-1].Norm == "to"
}

// speakerBefore finds who the text before a quotation says said it:
// "Putin said", "Trump told reporters that", "according to Putin,",
// "Putin:". The name must be in the same sentence as the quotation.
func (a *Article) speakerBefore(s string) string {
	who := a.namedSpeakerBefore(s)
	if phrase := a.rolePhraseBefore(s); phrase != "" && (who == "" || !a.namesPerson(who) && !strings.HasSuffix(phrase, "s")) {
		// A plural ("The administrators") is the body the names found.
		return phrase
	}
	if who != "" && !a.namesPerson(who) {
		// "The MP for Lowbridge asked": the place or body names whose
		// role it is; the phrase names the person the article gives it.
		toks := lastSentence(s, Tokenize(s))
		if i := strings.LastIndex(s, who); len(toks) > 0 && rolePhraseOpeners[toks[0].Norm] && i > toks[0].Start {
			phrase := s[toks[0].Start : i+len(who)]
			if _, ok := a.PersonByRole(phrase); ok && len(strings.Fields(phrase)) <= maxRoleWords+maxRoleTail {
				return phrase
			}
		}
	}
	return who
}

// namedSpeakerBefore is speakerBefore by the names and roles the article
// gives.
func (a *Article) namedSpeakerBefore(s string) string {
	all := Tokenize(s)
	toks := lastSentence(s, all)
	if len(toks) == 0 {
		return ""
	}
	trailing := s[toks[len(toks)-1].End:]
	clause := toks
	for k := len(toks) - 1; k > 0; k-- {
		if isSeparator(s[toks[k-1].End:toks[k].Start]) {
			clause = toks[k:]
			break
		}
	}
	if who := openingWriting(s, toks); who != "" {
		return who
	}
	// "The auction house said the buyer was “…”": a known subject opening
	// the sentence before its speech verb, not the name in what was said.
	for _, n := range a.namesIn(s, toks, a.surnameIndex()) {
		if n.i == 0 && n.known && speechVerbAfter(toks, n.j) {
			return n.name
		}
	}
	if who := a.attributionClause(s, clause, trailing); who != "" {
		return who
	}
	colon := strings.Contains(trailing, ":")
	verb := hasSpeechVerb(toks)
	names := a.namesIn(s, toks, a.surnameIndex())
	// A person of the article first: in "Trump on Truth Social:" the name
	// the article lacks is a place, not the speaker.
	slices.SortStableFunc(names, func(x, y nameAt) int {
		if x.known == y.known {
			return 0
		}
		if x.known {
			return 1
		}
		return -1
	})
	// The subject of the speech verb first: in "The judge said O'Hare had
	// “…”" and "Dr. Roe said the company would …" the name after the
	// verb is what was said, not who said it.
	for k := len(names) - 1; k >= 0; k-- {
		if n := names[k]; verb && n.known && speechVerbAfter(toks, n.j) {
			return n.name
		}
	}
	for k := len(names) - 1; k >= 0; k-- {
		n := names[k]
		switch {
		case afterAccordingTo(toks, n.i):
		case colon && (len(toks)-n.j <= 2 || n.i == 0):
			// "Putin:", "Putin told reporters:", "Trump, on the talks:".
		case verb && n.known:
		case n.j < len(toks) && claimSpeech(toks[n.j].Norm):
		case n.i > 0 && claimSpeech(toks[n.i-1].Norm):
		case n.j < len(toks) && attributionNouns[toks[n.j].Norm] && endsPossessive(toks[n.j-1].Text):
		default:
			continue
		}
		return n.name
	}
	return ""
}

// speechVerbAfter reports whether a speech verb stands at toks[j], after
// fillers and adverbs ("Putin said", "Putin also said", "Marsden always
// said").
func speechVerbAfter(toks []Token, j int) bool {
	j = skipFillers(toks, j)
	return j < len(toks) && claimSpeech(toks[j].Norm)
}

// skipFillers returns the index of the first token from j on that is no
// filler (attributionFillers) and no word only an adverb ("always",
// "repeatedly"), which may stand between a subject and its verb.
func skipFillers(toks []Token, j int) int {
	lx := lexicon.Default()
	for j < len(toks) && (attributionFillers[toks[j].Norm] ||
		lx.IsAdverb(toks[j].Norm) && !lx.IsNoun(toks[j].Norm) && !lx.IsVerb(toks[j].Norm) && !lx.IsAdjective(toks[j].Norm) && !IsStopWord(toks[j].Norm)) {
		j++
	}
	return j
}

// claimVerb reports whether toks[j] is a verb whose subject a claim makes
// the speaker of the quotation that follows: a verb of saying
// (claimSpeech), or an inflected verb of communication
// (lexicon.IsSpeechVerb) — "Kwame Addo thanked “…”", "Ruth Pengelly
// prayed for “…”", "Rhys Pennant accused the government of “…”". The
// inflection keeps nouns out ("thanks", "prayer").
func claimVerb(toks []Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	w := toks[j].Norm
	if claimSpeech(w) {
		return true
	}
	lx := lexicon.Default()
	if !lx.IsSpeechVerb(w) || !strings.HasSuffix(w, "ed") {
		return false
	}
	return slices.ContainsFunc(lx.Lemma(w), func(l string) bool { return l != w && lx.IsVerb(l) })
}

// openingSubject returns the name opening the last sentence of the text
// before a claim's quotation when it is the subject of a verb that makes
// it the speaker (claimVerb), after fillers and adverbs: "Kirsty Haldane
// said her father “…”" claims Kirsty's words, not her father's, and "The
// European Association of Zoos and Aquaria said Ashworth had “…”" the
// association's. A later name that is itself the subject of a verb of
// saying reports the words ("Trump said Putin told him “…”"): "" then,
// and "" when the sentence opens with no name.
func (a *Article) openingSubject(s, found string) string {
	toks := lastSentence(s, Tokenize(s))
	if len(toks) < 2 {
		return ""
	}
	names := a.namesIn(s, toks, a.surnameIndex())
	if len(names) == 0 || names[0].i != 0 && !(names[0].i == 1 && toks[0].Norm == "the") {
		return ""
	}
	n := names[0]
	j := n.j
	if n.known {
		// "The European Association" found by its head: the rest of the
		// body's name ("of Zoos and Aquaria") is no other name.
		words := strings.Fields(Fold(n.name))
		for j < len(toks) && adjacent(s, toks[j-1], toks[j]) && slices.Contains(words, toks[j].Norm) {
			j++
		}
		for k := 1; k < len(names) && names[k].i < j; k++ {
			names = slices.Delete(names, k, k+1)
			k--
		}
	}
	if j < len(toks) && rolePrepositions[toks[j].Norm] && n.i <= 1 && toks[0].Norm == "the" {
		// "The chair of the parish council said": the complement of
		// a role names whose role it is, not a speaker.
		k := j + 1
		for k < len(toks) && k <= j+maxRoleTail && !claimVerb(toks, k) && !isSeparator(s[toks[k-1].End:toks[k].Start]) {
			k++
		}
		if k >= len(toks) || !claimVerb(toks, k) {
			return ""
		}
		if slices.ContainsFunc(names, func(m nameAt) bool { return m.i >= j && m.j <= k && m.name == found }) {
			found = "" // the complement's name, which the subject overrides
		}
		names = slices.DeleteFunc(names, func(m nameAt) bool { return m.i >= j && m.j <= k })
		j = k
	}
	if !claimVerb(toks, skipFillers(toks, j)) {
		return ""
	}
	v := skipFillers(toks, j)
	if found != "" && !slices.ContainsFunc(names, func(m nameAt) bool { return m.i > v && m.name == found }) {
		return "" // a speaker found otherwise than in what the subject said
	}
	for _, m := range names[1:] {
		if m.i < j {
			continue
		}
		// "… said Y had told her", "… introduced Y, who said": a later
		// subject of its own verb of saying.
		for k := m.j; k < len(toks) && k <= m.j+2; k++ {
			if claimVerb(toks, k) {
				return ""
			}
		}
	}
	return n.name
}

// attributionNouns, after a possessive name, attribute what follows
// ("In Putin’s words, “…”", "Trump's statement: “…”").
var attributionNouns = wordSet(`words word statement remarks remark comment comments quote quotes message post tweet
	reply response answer speech view position`)

// attributionWords may stand with a name in a clause that does nothing but
// attribute ("as Putin put it", "in Trump’s own words", "quote from Putin",
// "per Zelenskyy"); not "via", which names a channel ("Putin (via the
// Kremlin)").
var attributionWords = wordSet(`as according to in put puts it per from quote quoting quoted own the his her
	their this that these those`)

// isSeparator reports whether the text between two words ends a clause:
// a comma, a colon, a dash or a bracket.
func isSeparator(gap string) bool {
	g := normGap(gap)
	return strings.ContainsAny(g, ",:;([)]") || (strings.Contains(g, "-") && strings.ContainsFunc(gap, unicode.IsSpace))
}

// attributionClause returns the person a clause attributes words to when
// the clause is only an attribution: one name with words of attribution
// ("as Putin put it", "Putin’s words", "said Trump", "according to
// Zelenskyy"). A bare name counts only when sep (the text between the
// clause and the words) is a colon, a dash or a bracket: "Trump – “…”".
func (a *Article) attributionClause(s string, toks []Token, sep string) string {
	if len(toks) == 0 || len(toks) > 8 {
		return ""
	}
	names := a.namesIn(s, toks, a.surnameIndex())
	if len(names) != 1 {
		return ""
	}
	n := names[0]
	bare := true
	for k, t := range toks {
		if k >= n.i && k < n.j {
			continue
		}
		if !attributionWords[t.Norm] && !attributionVerbs[t.Norm] && !attributionFillers[t.Norm] &&
			!attributionNouns[t.Norm] && !titleWords[t.Norm] {
			return ""
		}
		if !titleWords[t.Norm] && t.Norm != "the" {
			bare = false
		}
	}
	if bare && !strings.ContainsAny(normGap(sep), ":-([)]") {
		return ""
	}
	return n.name
}

// speakerAfter finds an attribution after a quotation: "— Zelenskyy",
// ", Putin said", ", said Trump", "(Putin)", "according to Trump".
func (a *Article) speakerAfter(s string) string {
	all := Tokenize(s)
	if len(all) > 0 {
		// An attribution on the next line: "“…”\n— Putin".
		lead := s[:all[0].Start]
		if nl := strings.LastIndexByte(lead, '\n'); nl >= 0 && strings.ContainsAny(lead[nl:], "—–-―") &&
			!strings.ContainsAny(lead, ".!?") {
			s = strings.ReplaceAll(lead, "\n", " ") + s[len(lead):]
		}
	}
	toks := firstSentence(s, all)
	if len(toks) == 0 {
		return ""
	}
	lead := s[:toks[0].Start]
	clause := toks
	for k := 1; k < len(toks); k++ {
		if isSeparator(s[toks[k-1].End:toks[k].Start]) {
			clause = toks[:k]
			break
		}
	}
	if who := a.attributionClause(s, clause, lead); who != "" {
		return who
	}
	dash := strings.ContainsAny(lead, "—–-―~(")
	for _, n := range a.namesIn(s, toks, a.surnameIndex()) {
		switch {
		case n.i == 0 && dash:
		case afterAccordingTo(toks, n.i):
		case n.j < len(toks) && claimSpeech(toks[n.j].Norm) && n.i <= 1:
		case n.i > 0 && claimSpeech(toks[n.i-1].Norm) && n.i <= 2:
		default:
			continue
		}
		return n.name
	}
	return ""
}

// attributionVerbs are the verbs of plain reporting that may open an
// unquoted claim ("Putin said we just need …"); broader verbs ("promised",
// "refused") are part of what is claimed, so they stay in the claim.
var attributionVerbs = wordSet(`say said says stated states told tells added adds asserted asserts declared
	declares wrote writes tweeted tweets posted posts claimed claims insisted insists remarked remarks noted notes explained
	explains announced announces replied replies responded responds commented comments argued argues`)

// attributionFillers may stand between a name and its verb ("Putin also said").
var attributionFillers = wordSet(`also then once reportedly allegedly has had have just apparently publicly later
	even famously actually clearly really supposedly`)

// stripAttribution splits an unquoted claim into what is claimed and who
// the message says said it: "Putin said (that) X", "According to Putin, X",
// "Putin: X", "X — Putin", "X, Putin said", and "The article says X"
// (who is ""). It returns core == "" when the claim has no attribution.
func (a *Article) stripAttribution(text string) (core, who string) {
	return a.stripAttributionDepth(text, 1)
}

// stripAttributionDepth is stripAttribution looking into at most depth
// nested attributions.
func (a *Article) stripAttributionDepth(text string, depth int) (core, who string) {
	toks := Tokenize(text)
	if len(toks) < 2 {
		return "", ""
	}
	if k := sourcePrefix(text, toks); k > 0 {
		// "The article says X": the claim is X, and nobody is named.
		core = strings.TrimSpace(text[toks[k].Start:])
		if depth > 0 {
			if inner, by := a.stripAttributionDepth(core, depth-1); inner != "" {
				return inner, by
			}
		}
		return core, ""
	}
	for k := len(toks) - 1; k > 0 && k >= len(toks)-6; k-- {
		if isSeparator(text[toks[k-1].End:toks[k].Start]) {
			if sourceClause(toks[k:]) == len(toks)-k {
				return trimTail(text[:toks[k-1].End]), ""
			}
			break
		}
	}
	names := a.namesIn(text, toks, a.surnameIndex())
	if len(names) == 0 {
		return "", ""
	}
	// "Putin said (that) X", after chatter ("lol", "Breaking:", "Is it
	// true that") and with fillers ("Putin reportedly said").
	for _, n := range names {
		if n.i > maxChatter {
			break
		}
		if n.i > 0 && !n.known {
			continue
		}
		if k := afterSaid(toks, n.j); k > 0 && k < len(toks) {
			core, who = strings.TrimSpace(text[toks[k].Start:]), n.name
			// "Trump said Putin said X": the words are Putin's.
			if depth > 0 {
				if inner, by := a.stripAttributionDepth(core, depth-1); by != "" {
					return inner, by
				}
			}
			return core, who
		}
	}
	// A clause that only attributes, before the words ("As Putin put it,
	// …", "Putin’s words: …") or after them ("…, as Trump put it").
	for k := 1; k < len(toks) && k <= 8; k++ {
		if gap := text[toks[k-1].End:toks[k].Start]; isSeparator(gap) {
			if who := a.attributionClause(text, toks[:k], gap); who != "" {
				return strings.TrimSpace(text[toks[k].Start:]), who
			}
			break
		}
	}
	for k := len(toks) - 1; k > 0 && k >= len(toks)-8; k-- {
		if gap := text[toks[k-1].End:toks[k].Start]; isSeparator(gap) {
			if who := a.attributionClause(text, toks[k:], gap); who != "" {
				return trimTail(text[:toks[k-1].End]), who
			}
			break
		}
	}
	// Prefix: "According to Putin X", "Putin: X".
	if n := names[0]; n.i == 2 && afterAccordingTo(toks, 2) && n.j < len(toks) {
		return strings.TrimSpace(text[toks[n.j].Start:]), n.name
	} else if n.i == 0 && n.j < len(toks) && strings.Contains(text[toks[n.j-1].End:toks[n.j].Start], ":") {
		return strings.TrimSpace(text[toks[n.j].Start:]), n.name
	}
	// Suffix: "X — Putin", "X, Putin said", "X, said Putin".
	n := names[len(names)-1]
	end := len(toks)
	switch {
	case n.j == end:
		if n.i >= 1 && attributionVerbs[toks[n.i-1].Norm] && n.i >= 2 {
			return trimTail(text[:toks[n.i-2].End]), n.name
		}
		if n.i >= 1 && strings.ContainsAny(text[toks[n.i-1].End:toks[n.i].Start], "—–-―~(") {
			return trimTail(text[:toks[n.i-1].End]), n.name
		}
	case n.j == end-1 && attributionVerbs[toks[n.j].Norm] && n.i >= 1 &&
		strings.Contains(text[toks[n.i-1].End:toks[n.i].Start], ","):
		return trimTail(text[:toks[n.i-1].End]), n.name
	}
	return "", ""
}

// sourceWords name the article itself as the one who says something.
var sourceWords = wordSet(`article report piece story text author writer`)

// sourceClause returns how many of toks make "(according to) (the|this)
// article (says) (that)", 0 when they don't open with it.
func sourceClause(toks []Token) int {
	i := 0
	at := func(words ...string) bool {
		if i < len(toks) && slices.Contains(words, toks[i].Norm) {
			i++
			return true
		}
		return false
	}
	if at("according") && !at("to") {
		return 0
	}
	at("the", "this")
	if i >= len(toks) || !sourceWords[toks[i].Norm] {
		return 0
	}
	i++
	for i < len(toks) && attributionFillers[toks[i].Norm] {
		i++
	}
	if i < len(toks) && attributionVerbs[toks[i].Norm] {
		i++
		at("that")
	}
	return i
}

// sourcePrefix returns the index of the first word after a clause that
// attributes the claim to the article ("The article says that …",
// "According to the article, …"), else 0.
func sourcePrefix(text string, toks []Token) int {
	k := sourceClause(toks)
	if k == 0 || k >= len(toks) {
		return 0
	}
	said := attributionVerbs[toks[k-1].Norm] || toks[k-1].Norm == "that"
	if !said && toks[0].Norm != "according" && !isSeparator(text[toks[k-1].End:toks[k].Start]) {
		return 0
	}
	return k
}

// maxChatter bounds the words before "Putin said" that are not the claim.
const maxChatter = 8

// audienceWords may follow "told": "Putin told reporters X".
var audienceWords = wordSet(`reporters journalists us them everyone`)

// afterSaid returns the index of the first token of what is said when
// toks[j:] opens with a verb of reporting ("said", "reportedly told
// reporters that"), else 0.
func afterSaid(toks []Token, j int) int {
	for j < len(toks) && attributionFillers[toks[j].Norm] {
		j++
	}
	if j >= len(toks) || !attributionVerbs[toks[j].Norm] {
		return 0
	}
	told := toks[j].Norm == "told" || toks[j].Norm == "tells"
	j++
	if told && j < len(toks) && audienceWords[toks[j].Norm] {
		j++
	}
	if j < len(toks) && toks[j].Norm == "that" {
		j++
	}
	return j
}

func trimTail(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
}

// claimOnlyVerbs introduce a claimed speaker's words though they are no
// verbs of saying elsewhere ("St-Pierre asked “Why …?”", "she wondered",
// the ways of sending words: "Isla texted “…”", "he messaged", and a
// judge's or panel's findings: "Judge Roe found the rule “…”", "the panel
// concluded “…”").
var claimOnlyVerbs = wordSet(`ask asks asked asking wonder wondered shout shouted yell yelled
	text texts texted texting email emails emailed message messages messaged post posts posted posting
	tweets writes found finds ruled rules concluded concludes deemed gave gives reported reports`)

// claimSpeech reports whether a claim's verb introduces what its subject said.
func claimSpeech(norm string) bool { return speechVerbs[norm] || claimOnlyVerbs[norm] }

// openingWriting returns the writing that opens a claim's sentence as the
// subject of a verb of saying or writing ("The minutes say", "The
// catalogue described Lot 148 as", "Brennock Energy's bereavement policy
// says"), as written, or "" when the sentence opens with none. A writing
// speaks for its author, which sameName compares (documentClaim).
func openingWriting(s string, toks []Token) string {
	for n := 1; n < len(toks) && n <= 5; n++ {
		if !attribution.IsDocumentNoun(toks[n].Norm) {
			if isSeparator(s[toks[n-1].End:toks[n].Start]) {
				return ""
			}
			continue
		}
		// The verb right after the noun, or after "for the sale had".
		for v := n + 1; v < len(toks) && v <= n+4; v++ {
			if claimSpeech(toks[v].Norm) || writingClaimVerbs[toks[v].Norm] {
				return s[toks[0].Start:toks[n].End]
			}
			if isSeparator(s[toks[v-1].End:toks[v].Start]) {
				return ""
			}
		}
		return ""
	}
	return ""
}

// writingClaimVerbs are what a writing does with its words in a claim,
// beside the verbs of saying.
var writingClaimVerbs = map[string]bool{"say": true, "says": true, "said": true, "described": true, "describes": true,
	"records": true, "recorded": true, "reads": true, "read": true, "states": true, "stated": true, "promises": true, "promised": true}
