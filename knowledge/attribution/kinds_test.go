package attribution

import (
	"slices"
	"strings"
	"testing"
)

// TestBodyOrPerson: a name that a speech verb alone made a person is a
// body when it speaks as one ("… said it"), whichever comes first, and a
// body never takes a gender from the given-name list; a person keeps a
// title's or the name's gender.
func TestBodyOrPerson(t *testing.T) {
	for _, tt := range []struct {
		name, text, entity string
		kind               EntityKind
		gender             string
	}{
		{"a speech verb first, then it speaks", "Sky Television reported the fine first. Sky said it had seen the notice.\n", "Sky Television", Organisation, ""},
		{"it speaks first, then a speech verb", "Rowan Broadcasting said it had seen the notice. Rowan Broadcasting reported the fine first.\n", "Rowan Broadcasting", Organisation, ""},
		{"a titled person who mentions it stays a person", "Ms. Sky Hollins reported the fine first. Hollins said it was fair.\n", "Sky Hollins", Person, "female"},
		{"a given name's gender for a person", "Kristin Halvorsen reported the fine first.\n", "Kristin Halvorsen", Person, "female"},
		{"no given name's gender for a body", "The Chase Union met on Monday. Chase Union said it would strike.\n", "Chase Union", Organisation, ""},
		{"a body that said it accepted", "The inspectors blamed the network provider, Marlow Ridge. Marlow Ridge said it accepted the findings.\n", "Marlow Ridge", Organisation, ""},
		{"a double-barrelled surname ending in a body's word", "The board's chief auditor, Dr. Mara Ellis-Banks, said the figures were wrong.\n", "Mara Ellis-Banks", Person, "female"},
		{"a body's word heads its name", "Mara Ellis spoke for Harbour Savings Bank. Harbour Savings Bank said it would pay.\n", "Harbour Savings Bank", Organisation, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name == tt.entity {
					if e.Kind != tt.kind || e.Gender != tt.gender {
						t.Errorf("%q is %s %q, want %s %q", e.Name, e.Kind, e.Gender, tt.kind, tt.gender)
					}
					return
				}
			}
			t.Errorf("no entity %q", tt.entity)
		})
	}
}

// TestTitleOrGivenName: a title word that is also a given name ("Dean")
// is the person's first name before a surname alone, unless the text uses
// it as a role elsewhere or a determiner or possessive goes before it.
func TestTitleOrGivenName(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"a given name", "Brackley Bank said it accepted the findings. “We apologise,” said its chief executive, Dean Whitby. Whitby joined in 2019.\n", "Dean Whitby"},
		{"a title before a first name", "Dean Sarah Whitby opened the term. “We are ready,” Whitby said.\n", "Sarah Whitby"},
		{"a title the text uses as a role", "Dean Whitby opened the term. “We are ready,” the dean said.\n", "Whitby"},
		{"a title of an office", "Dean Whitby spoke. She has been Dean of Students since 2019.\n", "Whitby"},
		{"a title after a possessive", "Harvard's Dean Whitby spoke on Monday.\n", "Whitby"},
		{"a title that is no given name", "Judge Whitby spoke on Monday.\n", "Whitby"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			var got []string
			for _, e := range r.Entities {
				if e.Kind == Person {
					got = append(got, e.Name)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("people %q, want [%q]", got, tt.want)
			}
		})
	}
}

func TestTitleOrGivenNameNeedsARole(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"after a lower-case role", "Striker Joe Hall and club captain Dean Whitby spoke.\n", "Dean Whitby"},
		{"an appositive after", "Dean Whitby, the bank's chief executive, spoke.\n", "Dean Whitby"},
		{"no other role keeps the title", "Mayor Whitby spoke on Monday.\n", "Whitby"},
		{"no other role keeps a title before a given name", "Prince Harry arrived on Monday.\n", "Harry"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Kind == Person && e.Name == tt.want {
					return
				}
			}
			var got []string
			for _, e := range r.Entities {
				got = append(got, e.Name)
			}
			t.Errorf("no person %q in %q", tt.want, got)
		})
	}
}

// TestDatelineIsNoAppositive: the dash after a dateline opens the story,
// not an appositive, so the place takes no organisation's role from the
// sentence after it; a dash appositive that closes still gives a role.
func TestDatelineIsNoAppositive(t *testing.T) {
	for _, tt := range []struct {
		name, text, entity, role string
	}{
		{"dateline", "LONDON — The Harbour Safety Authority fined the ferry line on Tuesday.\n", "LONDON", ""},
		{"closed dash appositive", "Tommaso Ferrante — the harbour master — spoke first.\n", "Tommaso Ferrante", "master"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name == tt.entity {
					if tt.role == "" && (e.Kind == Organisation || len(e.Roles) > 0) || tt.role != "" && !slices.Contains(e.Roles, tt.role) {
						t.Errorf("%q is %s with roles %q, want role %q", e.Name, e.Kind, e.Roles, tt.role)
					}
					return
				}
			}
			if tt.role != "" {
				t.Errorf("no entity %q", tt.entity)
			}
		})
	}
}

// TestGivenNameNotPlace: a one-word name the lexicon also lists as a place
// ("Gary", Indiana) is the person the article names by that given name,
// wherever it stands; after "in" or before ", Indiana" it stays a place.
func TestGivenNameNotPlace(t *testing.T) {
	for _, tt := range []struct {
		name, text, word string
		kind             EntityKind
	}{
		{"named before the full name", "The driver said he radioed down to Gary. Gary Lomax, the foreman, denied it.\n", "Gary", Person},
		{"named after the full name", "Florence Adeyemi chairs the board. The mayor thanked Florence for her work.\n", "Florence", Person},
		{"used as a place", "Gary Lomax, the foreman, denied it. He grew up in Gary and left at 18.\n", "Gary", Place},
		{"a place with its state", "Gary Lomax, the foreman, denied it. The plant moved to Gary, Indiana, last year.\n", "Gary", Place},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			start := strings.LastIndex(tt.text, tt.word+" ")
			if i := strings.LastIndex(tt.text, tt.word+","); i > start {
				start = i
			}
			if i := strings.LastIndex(tt.text, tt.word+"."); i > start {
				start = i
			}
			mi, ok := r.nameAt[start]
			if !ok {
				if tt.kind == Place {
					return // no mention at all is no person either
				}
				t.Fatalf("no mention at %d in %s", start, names(r))
			}
			if e := r.Entities[r.Mentions[mi].Entity]; e.Kind != tt.kind {
				t.Errorf("%q is %s %q, want %s", tt.word, e.Kind, e.Name, tt.kind)
			}
		})
	}
}

// TestAgentNounAppositive: an appositive agent noun that is also a company
// noun ("maker") describes a person after a given name and surname, and a
// company after a company's name.
func TestAgentNounAppositive(t *testing.T) {
	for _, tt := range []struct {
		name, text, entity string
		kind               EntityKind
	}{
		{"a person's name", "Tom Brennan, the fiddle maker, died on Monday. He was 84.\n", "Tom Brennan", Person},
		{"a company's name", "Voltaris Energy, the Swedish battery maker, cut 300 jobs.\n", "Voltaris Energy", Organisation},
		{"a body-only head", "Mary Hollis, the Dublin firm, cut 300 jobs.\n", "Mary Hollis", Organisation},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name == tt.entity {
					if e.Kind != tt.kind {
						t.Errorf("%q is %s, want %s", e.Name, e.Kind, tt.kind)
					}
					return
				}
			}
			t.Errorf("no entity %q in %s", tt.entity, names(r))
		})
	}
}

// TestCurrencyAbbreviationNoName: letters that abbreviate a currency before
// an amount ("Rs 4,000 crore", "Ksh 300") are no entity, while the same
// capitalised word elsewhere may still be a name.
func TestCurrencyAbbreviationNoName(t *testing.T) {
	for _, tt := range []struct {
		name, text, word string
	}{
		{"rupees before an amount", "Minister Asha Varma promised Rs 4,000 crore for roads. Varma said the money was ready.\n", "Rs"},
		{"rupees with a decimal", "The council approved a Rs 2.5 lakh grant on Monday, Mayor Tom Pillai said.\n", "Rs"},
		{"shillings", "The levy raises Ksh 40,000 a month, Councillor Ruth Wanjiru said.\n", "Ksh"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name == tt.word {
					t.Errorf("%q taken as a %s", e.Name, e.Kind)
				}
			}
		})
	}
}

// TestModelNumberNoName: a maker's name before a model number ("an Embraer
// 190", "the Boeing 737") is a machine, never a person or speaker; a name
// before it keeps its own run.
func TestModelNumberNoName(t *testing.T) {
	for _, tt := range []struct {
		name, text, word, keep string
	}{
		{"an aircraft type after its airline", "A Northwind Embraer 175 with 60 passengers landed at Derrow on Friday. \"Brace,\" he shouted.\n", "Embraer", ""},
		{"an aircraft type alone", "The Boeing 737 stopped short of the fence. \"We were lucky,\" the captain said.\n", "Boeing", ""},
		{"a person named after the machine", "The Airbus 321 was late, Minister Ola Brandt said on Monday.\n", "Airbus", "Ola Brandt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			kept := tt.keep == ""
			for _, e := range r.Entities {
				if e.Name == tt.word || e.Name == "Northwind "+tt.word {
					t.Errorf("%q taken as a %s", e.Name, e.Kind)
				}
				kept = kept || e.Name == tt.keep
			}
			if !kept {
				t.Errorf("no entity %q", tt.keep)
			}
		})
	}
}

// TestInstitutionAfterRoleOfThe: "Leader of the Opposition R. Mohan Varma":
// the institution closing the role phrase is no part of the name, when the
// article also writes it alone after "the".
func TestInstitutionAfterRoleOfThe(t *testing.T) {
	for _, tt := range []struct {
		name, text, entity, role string
	}{
		{"leader of the opposition", "Ministers said the Opposition walked out. Leader of the Opposition R. Mohan Varma said the plan was weak.\n", "R. Mohan Varma", "leader"},
		{"father of the house", "Members said the House rose late. Father of the House Edwin Strand Hale spoke first.\n", "Edwin Strand Hale", "father"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name == tt.entity {
					if e.Kind != Person || !slices.Contains(e.Roles, tt.role) {
						t.Errorf("%q is %s %v, want a person with role %q", e.Name, e.Kind, e.Roles, tt.role)
					}
					return
				}
			}
			var names []string
			for _, e := range r.Entities {
				names = append(names, e.Name)
			}
			t.Errorf("no entity %q among %q", tt.entity, names)
		})
	}
}

// TestPlaceBeforeAnotherNamesAppositive: a name after "at" or "in" that
// the lexicon does not know as a place is still no person when the
// appositive after it describes the next name ("at Kwale Ndovu, the
// Trust's Director-General, Dr. Amina Otieno, said").
func TestPlaceBeforeAnotherNamesAppositive(t *testing.T) {
	for _, tt := range []struct{ name, text, place, person string }{
		{"at", "Opening\n\nSpeaking at Kwale Ndovu, the Trust's Director-General, Dr. Amina Otieno, said the bridge was open.\n", "Kwale Ndovu", "Amina Otieno"},
		{"in", "Visit\n\nIn Port Beswick, the council's chief engineer, Tomas Varga, said the pier was safe.\n", "Port Beswick", "Tomas Varga"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, en := range r.Entities {
				switch en.Name {
				case tt.place:
					if en.Kind == Person || len(en.Roles) > 0 {
						t.Errorf("%q: kind %s roles %q, want no person", en.Name, en.Kind, en.Roles)
					}
				case tt.person:
					if len(en.Roles) == 0 {
						t.Errorf("%q has no role", en.Name)
					}
				}
			}
		})
	}
}

// TestSportsClubs: a name ending in a sports club's head word is an
// organisation, and "the club's statement" is the club the article names
// most, not the latest opponent.
func TestSportsClubs(t *testing.T) {
	const report = "Match\n\nKirkmoor Athletic lost again. Kirkmoor Athletic are ninth. The manager, Ian Bell, spoke to us. %s\n\n*The club's official statement, issued on Monday, said the board had \"full faith in the manager\" and more.*\n"
	for _, tt := range []struct{ name, extra, club string }{
		{"one club", "", "Kirkmoor Athletic"},
		{"an opponent named later", "He once managed Dunmore Wanderers.", "Kirkmoor Athletic"},
		{"rovers", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := sprintf(report, tt.extra)
			want := tt.club
			if tt.name == "rovers" {
				text = strings.ReplaceAll(text, "Athletic", "Rovers")
				want = "Kirkmoor Rovers"
			}
			checkQuoteSpeaker(t, text, "full faith in the manager", want)
			r := Analyze(docOf(text), DefaultLexicon())
			for _, en := range r.Entities {
				if en.Name == want && en.Kind != Organisation {
					t.Errorf("%q is %s, want an organisation", en.Name, en.Kind)
				}
			}
		})
	}
}
