package attribution

import (
	"slices"
	"testing"
)

// TestRoleDescriptorShapes holds the role phrases news sets beside a name
// in shapes other than the plain apposition: a role before a titled name
// in mid-sentence, an age between the name and its role, a role of a named
// body before the name, "the post" referring back to a role, and a copula
// after an aside. Each gives the person the role, and none gives it to a
// person of another clause.
func TestRoleDescriptorShapes(t *testing.T) {
	for _, tt := range []struct {
		name, text, person string
		want               Descriptor
		none               bool // the person must not get the role
	}{
		{"role before a titled name, mid-sentence", "At the open day, the headmistress, Dr Lorna Feeney, cut the ribbon.\n", "Lorna Feeney",
			Descriptor{Head: "headmistress"}, false},
		{"role before a name after the article and a title", "On Sunday the rector, the Rev Aled Pryce, blessed the boats.\n", "Aled Pryce",
			Descriptor{Head: "rector"}, false},
		{"an age before the role", "Hamza Idris, 44, the club's head coach, watched from the bench.\n", "Hamza Idris",
			Descriptor{Head: "coach", Modifiers: []string{"head"}, Of: "club"}, false},
		{"a role of a named body before the name", "The chief librarian of Dunmore Library, Carys Hale, said the roof leaked.\n", "Carys Hale",
			Descriptor{Head: "librarian", Modifiers: []string{"chief"}, Of: "dunmore library"}, false},
		{"the post refers back", "The trust's finance officer warned of cuts. “We are short,” said Ola Bergen, who has held the post since 2019.\n", "Ola Bergen",
			Descriptor{Head: "officer", Modifiers: []string{"finance"}, Of: "trust"}, false},
		{"the post, but the role was named for someone", "The harbour master, Rhys Gower, was away. “We are short,” said Ola Bergen, who has held the post since 2019.\n", "Ola Bergen",
			Descriptor{Head: "master", Modifiers: []string{"harbour"}}, true},
		{"a copula after an aside", "Priti Shah, now a barrister in Leeds, was president of the society in 1999. “We met weekly,” Shah said.\n", "Priti Shah",
			Descriptor{Head: "president", Of: "society in 1999"}, false},
		{"a comma before the article ends what governs it", "After the meeting, the treasurer, Idris Vaughan, left early. “It ran late,” Vaughan said.\n", "Idris Vaughan",
			Descriptor{Head: "treasurer"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name != tt.person {
					continue
				}
				has := slices.ContainsFunc(e.Descriptors, func(d Descriptor) bool {
					return d.Head == tt.want.Head && (tt.none || d.Of == tt.want.Of && slices.Equal(d.Modifiers, tt.want.Modifiers))
				})
				if has == tt.none {
					t.Errorf("descriptors %+v, want %+v among them: %v", e.Descriptors, tt.want, !tt.none)
				}
				return
			}
			t.Errorf("no entity %q in %s", tt.person, names(r))
		})
	}
}

// TestRoleTiedLater holds that a role-only speaker goes to the named
// person the article ties the role to by an irregular agent verb ("has
// led") or a copula after an aside, including a nested quotation resolved
// to the role after the tie; a tie to one person leaves another person's
// role-only quotations alone.
func TestRoleTiedLater(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"led: the leader", "“We will not close the library,” the group's leader told the meeting.\nOmar Haddad, who has led the group since 2019, said the budget was tight.\n",
			"We will not close the library,", "Haddad"},
		{"a nested quotation to the tied role", "“We will not close the library,” the group's leader said.\nNadia Haddad, who has led the group since 2019, said the budget was tight.\nEdna Moss, 80, had written to the leader. “I asked her about the bus, and she said, ‘That stays, Edna,’” Mrs Moss said.\n",
			"That stays, Edna,", "Haddad"},
		{"a copula after an aside", "Dr Nia Blake, now a surgeon in Bristol, was guest of honour at the dinner.\n“Stay curious,” the guest of honour told the graduates.\n",
			"Stay curious,", "Blake"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for q, qt := range r.Quotations {
				if r.doc.Text[qt.Start:qt.End] == tt.quote {
					if s := r.speakerName(q); s != tt.speaker {
						t.Errorf("speaker %q by %q, want %q", s, qt.Rule, tt.speaker)
					}
					return
				}
			}
			t.Errorf("quotation %q not found", tt.quote)
		})
	}
}
