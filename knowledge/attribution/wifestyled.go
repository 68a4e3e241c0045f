package attribution

import "strings"

// wifeStyled hands the quotations of a woman the article names in the
// period style "Mrs. <her husband's full name>" ("Mrs. Arthur Pettit") to
// the person a later sentence names beside that style with her own given
// name and the same surname ("Mrs. Arthur Pettit, as the Gazette called
// her, was Margaret Pettit"). The styled entity reads as the husband: a
// man's given name after "Mrs". Only a woman's given name, one such person,
// and both named in one sentence make the equation; nothing else moves.
func (r *Result) wifeStyled() {
	for w := range r.Entities {
		ew := &r.Entities[w]
		if ew.Kind != Person || ew.first == "" || ew.last == "" || ew.first == ew.last ||
			r.lex.GivenNameGender(ew.first) != "male" {
			continue
		}
		styled := map[int]bool{} // sentences holding a "Mrs. <his name>" mention
		for _, mi := range ew.Mentions {
			m := r.Mentions[mi]
			if m.InQuote || m.Sentence < 0 {
				continue
			}
			title := strings.ToLower(strings.TrimSpace(r.doc.Text[m.TitleStart:m.Start]))
			if title == "" && m.Start >= 5 {
				title = strings.ToLower(strings.TrimSpace(r.doc.Text[m.Start-5 : m.Start]))
			}
			if title == "mrs." || title == "mrs" || strings.HasSuffix(title, " mrs.") || strings.HasSuffix(title, " mrs") {
				if strings.HasPrefix(foldName(r.doc.Text[m.Start:m.End]), ew.first+" ") {
					styled[m.Sentence] = true
				}
			}
		}
		if len(styled) == 0 {
			continue
		}
		wife := -1
		for x := range r.Entities {
			ex := &r.Entities[x]
			// Her own name may be read as no one's kind yet: it is
			// said once, after the quotations.
			if x == w || ex.Kind != Person && ex.Kind != Unknown || ex.last != ew.last || ex.first == "" || ex.first == ex.last ||
				r.lex.GivenNameGender(ex.first) != "female" {
				continue
			}
			named := false
			for _, mi := range ex.Mentions {
				if m := r.Mentions[mi]; !m.InQuote && styled[m.Sentence] {
					named = true
				}
			}
			if !named {
				continue
			}
			if wife >= 0 {
				wife = -2 // two candidates: no equation
				break
			}
			wife = x
		}
		if wife < 0 {
			continue
		}
		r.Entities[wife].Kind = Person
		for q := range r.Quotations {
			if r.Quotations[q].Speaker == w {
				r.Quotations[q].Speaker = wife
			}
		}
	}
}
