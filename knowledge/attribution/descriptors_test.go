package attribution

import (
	"fmt"
	"slices"
	"testing"
)

// TestDescriptors holds each phrase shape that gives a person a role to the
// descriptor it gives: head noun, modifiers and whose role it is.
func TestDescriptors(t *testing.T) {
	for _, tt := range []struct {
		name, text, person string
		want               Descriptor
	}{
		{"title with a nationality", "Belgian Prime Minister Lotte Vandamme met the press.\n", "Lotte Vandamme",
			Descriptor{Head: "minister", Modifiers: []string{"belgian", "prime"}}},
		{"title with initials", "Assistant U.S. Attorney Rhea Malone had asked for ten years.\n", "Rhea Malone",
			Descriptor{Head: "attorney", Modifiers: []string{"assistant", "us"}}},
		{"lower-case role before the name", "The jury heard from defense lawyer Omar Pryde on Monday.\n", "Omar Pryde",
			Descriptor{Head: "lawyer", Modifiers: []string{"defense"}}},
		{"a verb before the title is no modifier", "The bank has pressured Finance Minister Ilse Roark for weeks.\n", "Ilse Roark",
			Descriptor{Head: "minister", Modifiers: []string{"finance"}}},
		{"possessor and comma", "Marnie Colt pleaded guilty. Colt’s lawyer, Dev Anand Rao, argued for probation.\n", "Dev Anand Rao",
			Descriptor{Head: "lawyer", Of: "colt"}},
		{"possessive pronoun of an organisation", "The Harbour Pilots' Union was not convinced. Its president, Nell Okoro, said the deal was thin.\n", "Nell Okoro",
			Descriptor{Head: "president", Of: "harbour pilots' union"}},
		{"determiner, possessor and modifier", "The county’s chief surveyor, Abel Finch, told the board the road was sinking.\n", "Abel Finch",
			Descriptor{Head: "surveyor", Modifiers: []string{"chief"}, Of: "county"}},
		{"capitalised role after a possessor", "The town's MP, Sir Ada Crewe, wrote to the minister.\n", "Ada Crewe",
			Descriptor{Head: "mp", Of: "town"}},
		{"appositive after the name", "Ruth Adair, a retired police sergeant who lives nearby, called the police. “It was loud,” Adair said.\n", "Ruth Adair",
			Descriptor{Head: "sergeant", Modifiers: []string{"retired", "police"}}},
		{"appositive with of", "Ivo Stern, the director of the botanical garden, spoke first. “The trees are safe,” Stern said.\n", "Ivo Stern",
			Descriptor{Head: "director", Of: "botanical garden"}},
		{"party and state tag", "Sen. Oren Vail, R-Neb., voted no.\n", "Oren Vail",
			Descriptor{Head: "senator", Modifiers: []string{"republican", "nebraska"}}},
		{"party and state tag in brackets", "Rep. Ida Moss (D-N.Y.) voted yes.\n", "Ida Moss",
			Descriptor{Head: "democrat", Modifiers: []string{"new york"}}},
		{"copula", "Pia Lund is the museum's chief curator. “We are ready,” Lund said.\n", "Pia Lund",
			Descriptor{Head: "curator", Modifiers: []string{"chief"}, Of: "museum"}},
		{"who became", "Pia Lund, who became its director in May, spoke. “We are ready,” Lund said.\n", "Pia Lund",
			Descriptor{Head: "director"}},
		{"was named", "Pia Lund was named chief curator in May. “We are ready,” Lund said.\n", "Pia Lund",
			Descriptor{Head: "curator", Modifiers: []string{"chief"}}},
		{"a role that is also a surname, in lower case", "She toured with the singer Dolores Quintana.\n", "Dolores Quintana",
			Descriptor{Head: "singer"}},
		{"acting for a party", "Ada Rees, for the insurers, argued the claim was late. “It is late,” Rees said.\n", "Ada Rees",
			Descriptor{Head: "counsel", Of: "insurers"}},
		{"speaking for an organisation", "Tom Varga, for the union, said the offer was poor. “It is poor,” Varga said.\n", "Tom Varga",
			Descriptor{Head: "representative", Of: "union"}},
		{"abbreviated title spelt out", "Sen. Harlan Voss voted no.\n", "Harlan Voss",
			Descriptor{Head: "senator"}},
		{"a lower-case noun qualifies a title", "The bill was opposed by Opposition housing critic Dara Quill on Monday.\n", "Dara Quill",
			Descriptor{Head: "critic", Modifiers: []string{"opposition", "housing"}}},
		{"a role noun the lexicon lacks, after a determiner", "“We will wait,” said Oona Velk, the lodge's convenor at the mill.\n", "Oona Velk",
			Descriptor{Head: "convenor", Of: "mill"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name != tt.person {
					continue
				}
				if !slices.ContainsFunc(e.Descriptors, func(d Descriptor) bool {
					return d.Head == tt.want.Head && d.Of == tt.want.Of && slices.Equal(d.Modifiers, tt.want.Modifiers)
				}) {
					t.Errorf("descriptors %+v, want %+v among them", e.Descriptors, tt.want)
				}
				return
			}
			t.Errorf("no entity %q in %s", tt.person, names(r))
		})
	}
}

// TestDescriptorsNone: a name with no role phrase around it has no
// descriptor, and "Mr." is no role.
func TestDescriptorsNone(t *testing.T) {
	for _, text := range []string{
		"Mr. Tobias Lind arrived at noon and said he was tired.\n",
		"On Monday, Tobias Lind, 54, of Harwick, pleaded guilty.\n",
		"Tobias Lind, for the first time, spoke about the crash.\n",
		"Tobias Lind, for example, never voted.\n",
		"“He was the kindest, gentlest man,” said Tobias Lind.\n",
		"Tobias Lind was the kindest, most patient teacher.\n",
	} {
		r := Analyze(docOf(text), DefaultLexicon())
		for _, e := range r.Entities {
			if e.Name == "Tobias Lind" && len(e.Descriptors) > 0 {
				t.Errorf("%q: descriptors %+v, want none", text, e.Descriptors)
			}
		}
	}
}

func names(r *Result) string {
	var out []string
	for _, e := range r.Entities {
		out = append(out, fmt.Sprintf("%q(%s)", e.Name, e.Kind))
	}
	return fmt.Sprint(out)
}
