package attribution

import (
	"github.com/quotebot/quotebot/knowledge/nlp"
	"strings"
	"testing"
)

// TestQuotationSpans finds quotations in every style news uses, and tells
// closing single quotes from apostrophes.
func TestQuotationSpans(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string // quoted words, in order of their opening marks
		kinds      []string // when set, each quotation's kind
	}{
		{"curly", "He said “we are ready” today.", []string{"we are ready"}, nil},
		{"German low-high", "„Wir kommen wieder“, sagte er. Then „Nein”, she said.", []string{"Wir kommen wieder", "Nein"}, nil},
		{"German nested low single", "„Er sagte: ‚Nie wieder.‘ Dann ging er“, sagte sie.", []string{"Er sagte: ‚Nie wieder.‘ Dann ging er", "Nie wieder."}, nil},
		{"German nested low single with an apostrophe in it", "„Sie rief: ‚Geht’s noch?‘ und lachte“, sagte er.", []string{"Sie rief: ‚Geht’s noch?‘ und lachte", "Geht’s noch?"}, nil},
		{"a low single mark between digits is no quotation", "„Es kostet 3‚50 Euro“, sagte er.", []string{"Es kostet 3‚50 Euro"}, nil},
		{"German low with an English quotation after it", "„Ja“, he said, and then: “We will see.”", []string{"Ja", "We will see."}, nil},
		{"straight", `He said "we are ready" and "done".`, []string{"we are ready", "done"}, nil},
		{"british", "‘We don’t play in the ’90s any more,’ he said.", []string{"We don’t play in the ’90s any more,"}, nil},
		{"straight single", "'It wasn't rock 'n' roll,' she said.", []string{"It wasn't rock 'n' roll,"}, nil},
		{"players' union", "‘I’ve spoken to the players’ union and they agree,’ he said.", []string{"I’ve spoken to the players’ union and they agree,"}, nil},
		{"nested", "“He told me, ‘It’s a rounding error,’ and left,” she said.", []string{"He told me, ‘It’s a rounding error,’ and left,", "It’s a rounding error,"}, nil},
		{"british nested", "‘The gaffer said “attack the back post” and I did,’ he said.", []string{"The gaffer said “attack the back post” and I did,", "attack the back post"}, nil},
		{"straight nested closing with its outer", "'At the break I told them, 'Nobody's coming,'' he said. 'They came.'", []string{"At the break I told them, 'Nobody's coming,'", "Nobody's coming,", "They came."}, nil},
		{"straight nested closing with its outer after a possessive", "'He said, 'Think of the players'' and left.", []string{"He said, 'Think of the players'", "Think of the players"}, nil},
		{"double nested in straight single, closing together", `'He told us, "Go home."' she said.`, []string{`He told us, "Go home."`, "Go home."}, nil},
		{"straight single nested in double, closing together", `"He told us, 'Go home.'" she said.`, []string{`He told us, 'Go home.'`, "Go home."}, nil},
		{"curly nested closing with its outer", "‘He told us, ‘Go home.’’ she said.", []string{"He told us, ‘Go home.’", "Go home."}, nil},
		{"two straight marks after a possessive close nothing", "The players'' union met. 'Fine,' she said.", []string{"Fine,"}, nil},
		{"possessive before a name", "'The Islanders' Association was never asked,' she said.", []string{"The Islanders' Association was never asked,"}, nil},
		{"a plural's closing mark before a later quotation's pair", "It opened ‘twenty assessment spaces’ since May. It adds: ‘We are grateful.’", []string{"twenty assessment spaces", "We are grateful."}, nil},
		{"an elided decade after a plural possessive opens nothing", "'The midwives' pay was the worst since the '60s, and they left.' he said.", []string{"The midwives' pay was the worst since the '60s, and they left."}, nil},
		{"possessive only", "The players’ union met at the Smiths’ house.", nil, nil},
		{"multi-paragraph", "She wrote:\n“First part.\n“Second part.\n“Last part.”\nThen she left.", []string{"First part.", "Second part.", "Last part."}, nil},
		{"british multi-paragraph", "She read a statement:\n‘When it broke, we didn’t cope.\n‘We have rebuilt.\n‘We ask only this.’\nThen she sat down.", []string{"When it broke, we didn’t cope.", "We have rebuilt.", "We ask only this."}, nil},
		{"an apostrophe opening a paragraph is no quotation", "It was the ’90s.\n’Twas a long night, they said.\nMore text.", nil, nil},
		{"block quote", "Okafor wrote:\n\n> Ice is not scenery.\n> — Jane Roe\n\nMore text.", []string{"Ice is not scenery."}, []string{KindBlockQuote}},
		{"block quote signed at its end", "Intro.\n\n> We are asking people not to travel. — Rhodri Evans\n\nMore.", []string{"We are asking people not to travel."}, []string{KindBlockQuote}},
		{"block quote with a dash inside, unsigned", "Intro.\n\n> The fund — the biggest in Europe — said no.\n\nMore.", []string{"The fund — the biggest in Europe — said no."}, []string{KindBlockQuote}},
		{"embedded post: an empty quoted line before the signature", "Galway City Council has posted:\n\n> The promenade is CLOSED. #Storm\n>\n> — Galway City Council (@GalwayCityCo), 4:27pm\n\nMore text.", []string{"The promenade is CLOSED. #Storm"}, []string{KindBlockQuote}},
		{"Q and A", "Intro line.\n\nQ: Why now?\n\nA: Because I can.\n\nQ: And then?\n\nA: We rest.", []string{"Why now?", "Because I can.", "And then?", "We rest."},
			[]string{KindQuestion, KindAnswer, KindQuestion, KindAnswer}},
		{"bold question turns", "Intro.\n\n**Q: Why?**\n\nA: Because.\n\n**Q: When?**\n\nA: Soon.", []string{"Why?", "Because.", "When?", "Soon."}, []string{KindQuestion, KindAnswer, KindQuestion, KindAnswer}},
		{"bold names", "Intro.\n\n**Garvey:** Why?\n\n**Osei:** Because.\n\n**Garvey:** When?\n\n**Osei:** Soon.", []string{"Why?", "Because.", "When?", "Soon."},
			[]string{KindQuestion, KindAnswer, KindQuestion, KindAnswer}},
		{"capitalised names", "Intro.\n\nGARVEY: Why?\n\nOSEI: Because.\n\nGARVEY: When?\n\nOSEI: Soon.", []string{"Why?", "Because.", "When?", "Soon."}, nil},
		{"Q. and A.", "Intro.\n\nQ. Why?\n\nA. Because.", []string{"Why?", "Because."}, []string{KindQuestion, KindAnswer}},
		{"colon is no interview", "Ruiz: “We go again.”", []string{"We go again."}, []string{KindQuote}},
		{"Hansard: titled names and an office with its holder in brackets", "Intro.\nMs. Ann Le Blanc: Will he act?\nHon. Tom Ray-Hall: We are acting.\nThe Speaker (Hon. Jo Reid): Order.\n", []string{"Will he act?", "We are acting.", "Order."}, []string{KindQuestion, KindAnswer, KindAnswer}},
		{"a sentence before a colon is no titled label", "Intro.\nThe reason is simple: money.\nThe plan was clear: wait.\n", nil, nil},
		{"one titled colon line alone is no transcript", "Intro.\nMr. Ray: “We go again.”\n", []string{"We go again."}, []string{KindQuote}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), nil)
			var got, kinds []string
			for _, q := range r.Quotations {
				got = append(got, tt.text[q.Start:q.End])
				kinds = append(kinds, q.Kind)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quotations %q, want %q", got, tt.want)
			}
			if tt.kinds != nil && strings.Join(kinds, "|") != strings.Join(tt.kinds, "|") {
				t.Errorf("kinds %q, want %q", kinds, tt.kinds)
			}
		})
	}
}

// TestEntities groups mentions per real person, keeps two people sharing a
// surname apart, and takes gender from the text.
func TestEntities(t *testing.T) {
	text := "Sen. Ellen Hadley, a Boulder Democrat, filed the bill. Her brother, Rep. Tom Hadley, opposed it.\n" +
		"“It is a wish list,” Tom Hadley said. Hadley, the senator, disagreed. She said the bill would pass.\n" +
		"The Ministry of Water welcomed it. Ursula von der Leyen, Mohammed bin Salman and J. R. Whitfield were not asked.\n"
	r := Analyze(docOf(text), DefaultLexicon())
	byName := map[string]Entity{}
	for _, e := range r.Entities {
		byName[e.Name] = e
	}
	for name, kind := range map[string]EntityKind{"Ellen Hadley": Person, "Tom Hadley": Person, "Ministry of Water": Organisation,
		"Ursula von der Leyen": Person, "Mohammed bin Salman": Person, "J. R. Whitfield": Person} {
		if e, ok := byName[name]; !ok {
			t.Errorf("no entity %q; have %v", name, keys(byName))
		} else if e.Kind != kind && kind == Organisation {
			t.Errorf("%q is %s, want %s", name, e.Kind, kind)
		}
	}
	if g := byName["Ellen Hadley"].Gender; g != "female" {
		t.Errorf("Ellen Hadley's gender %q, want female", g)
	}
	if s := byName["Ellen Hadley"].Short; s != "Ellen Hadley" {
		t.Errorf("short name %q: two Hadleys need their first names", s)
	}
	// "Hadley, the senator," is Ellen; "She said" too.
	for si, s := range r.Sentences {
		txt := r.sentenceText(si)
		if strings.HasPrefix(txt, "Hadley, the senator") || strings.HasPrefix(txt, "She said") {
			if s.Subject < 0 || r.Entities[s.Subject].Name != "Ellen Hadley" {
				t.Errorf("subject of %q = %d, want Ellen Hadley", txt, s.Subject)
			}
		}
	}
	if e, other := r.Resolve("Sen. Hadley"); e < 0 || r.Entities[e].Name != "Ellen Hadley" {
		t.Errorf("Resolve(Sen. Hadley) = %d, %v", e, other)
	}
	if e, other := r.Resolve("Bill Hadley"); e >= 0 || !other {
		t.Errorf("Resolve(Bill Hadley) = %d, %v; want another person", e, other)
	}
}

// TestWelshTranscriptSpeaker: a transcript's capitalised speaker line with a
// Welsh particle ("DCI AP GWILYM:") names the person given in full before.
func TestWelshTranscriptSpeaker(t *testing.T) {
	text := "Police said a car was found. DCI Rhys ap Gwilym answered questions from reporters.\n\nQ: Was the road lit?\n\nDCI AP GWILYM: No. It was dark on that stretch.\n\nQ: Any arrests?\n\nAP GWILYM: One man is in custody.\n"
	r := Analyze(docOf(text), DefaultLexicon())
	answers := 0
	for _, q := range r.Quotations {
		if q.Kind != "answer" {
			continue
		}
		answers++
		if q.Speaker < 0 || r.Entities[q.Speaker].Name != "Rhys ap Gwilym" {
			t.Errorf("answer %q: speaker %d, want Rhys ap Gwilym", text[q.Start:q.End], q.Speaker)
		}
	}
	if answers != 2 {
		t.Errorf("found %d answers, want 2 (%+v)", answers, r.Quotations)
	}
}

func keys(m map[string]Entity) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestIrishSurnames: a surname opened by a Gaelic particle (Ó, Ní, Nic,
// Uí, Mac written apart) or a Welsh patronymic one (ap, ab, ferch) is one surname: alone it
// names the person given it in full, with or without its diacritics.
func TestIrishSurnames(t *testing.T) {
	for _, tc := range []struct{ text, full, later string }{
		{"One of the substitutes, 19-year-old Niamh Ó Dálaigh, equalised late.\n\n“I was warming up,” Ó Dálaigh said.\n", "Niamh Ó Dálaigh", "Ó Dálaigh"},
		{"Her partner, Ruairi Mac Giolla, sat in the gallery.\n\n“We deserved the truth,” Mac Giolla said.\n", "Ruairi Mac Giolla", "Mac Giolla"},
		{"The poet Nuala Ní Dhomhnaill read first.\n\n“It was cold,” Ní Dhomhnaill said.\n", "Nuala Ní Dhomhnaill", "Ní Dhomhnaill"},
		{"The senior investigating officer, DCI Rhys ap Gwilym, spoke to reporters.\n\n“We will find the driver,” ap Gwilym said.\n", "Rhys ap Gwilym", "ap Gwilym"},
		{"Naomi St. Clair, a council member, finished third. Turnout was 58%.\n\n“It was close,” St. Clair said.\n", "Naomi St. Clair", "St. Clair"},
		{"The harpist Catrin ferch Owain played last.\n\n“It was cold,” she said.\n", "Catrin ferch Owain", "ferch Owain"},
	} {
		r := Analyze(docOf(tc.text), DefaultLexicon())
		if len(r.Quotations) != 1 || r.Quotations[0].Speaker < 0 || r.Entities[r.Quotations[0].Speaker].Name != tc.full {
			t.Errorf("%q: the quotation's speaker is not %s (%+v)", tc.text, tc.full, r.Quotations)
		}
		for _, claimed := range []string{tc.later, tc.full, nlp.Fold(tc.full)} {
			if e, _ := r.Resolve(claimed); e < 0 || r.Entities[e].Name != tc.full {
				t.Errorf("Resolve(%q) = %d, want %s", claimed, e, tc.full)
			}
		}
	}
}

// A role noun before a full name is a title when resolving a claimed
// speaker ("Speaker Angus McCrimmon"); before a bare surname it may be a
// given name.
func TestResolveRoleNounTitle(t *testing.T) {
	r := Analyze(docOf("Intro.\nThe Speaker, Angus McCrimmon, called for order. Guy Ritchie watched.\n"), DefaultLexicon())
	for _, tt := range []struct{ name, want string }{
		{"Speaker Angus McCrimmon", "Angus McCrimmon"},
		{"Angus McCrimmon", "Angus McCrimmon"},
		{"Guy Ritchie", "Guy Ritchie"},
	} {
		if e, other := r.Resolve(tt.name); e < 0 || r.Entities[e].Name != tt.want {
			t.Errorf("Resolve(%q) = %d, %v; want %s", tt.name, e, other, tt.want)
		}
	}
}
