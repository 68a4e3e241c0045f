package attribution

import (
	"slices"
	"testing"
)

// TestLedeDescriptions: a role description that is the subject of a
// paragraph's first sentence goes to the person the next sentences name as
// their subject for the first time; "ex-" reads "former"; "led by" gives
// the lead role. Each case names the person and the descriptor wanted, or
// an empty Head when the person must have none of that head.
func TestLedeDescriptions(t *testing.T) {
	for _, tt := range []struct {
		name, text, person string
		want               Descriptor
		none               string // a head the person must not get
	}{
		{"indefinite description after a dateline",
			"Clerk jailed\n\nDUNMORE, Pa. — A former parish clerk who stole $90,000 from the church was sentenced Friday to two years.\n\nMarnie Colt, 48, pleaded guilty in May. “I am sorry,” Colt said.\n",
			"Marnie Colt", Descriptor{Head: "clerk", Modifiers: []string{"former", "parish"}}, ""},
		{"definite description, name in the next sentence",
			"The club’s longest-serving caretaker has retired after 41 years. Walter Aske, 70, said he would miss the mornings.\n",
			"Walter Aske", Descriptor{Head: "caretaker", Modifiers: []string{"longest", "serving"}, Of: "club"}, ""},
		{"a number after of is no owner",
			"A GRANDMOTHER of 84 has told how she woke to a burglar.\n\nEdna Pryce, a retired dinner lady, was asleep.\n",
			"Edna Pryce", Descriptor{Head: "grandmother"}, ""},
		{"a person named before is someone else",
			"Ivo Stern spoke first.\n\nThe judge was not persuaded. Stern said nothing more.\n",
			"Ivo Stern", Descriptor{}, "judge"},
		{"a description in a sentence that names someone",
			"A lawyer for Ivo Stern said the case was weak. Pia Lund, 40, disagreed.\n",
			"Pia Lund", Descriptor{}, "lawyer"},
		{"an unnamed source speaking is someone else",
			"A council spokesman said the library would stay open. Jean Lark, 70, said she was relieved.\n",
			"Jean Lark", Descriptor{}, "spokesman"},
		{"a group is no one person",
			"The prosecutors asked for ten years. Pia Lund, 40, asked for two.\n",
			"Pia Lund", Descriptor{}, "prosecutor"},
		{"a named subject too late",
			"A retired teacher has won the lottery. The ticket was bought in May. It cost $2. Pia Lund, 70, said she would share it.\n",
			"Pia Lund", Descriptor{}, "teacher"},
		{"ex- before a title",
			"Rates rose on Monday, said ex-treasurer Ruth Adair. “It was coming,” Adair said.\n",
			"Ruth Adair", Descriptor{Head: "treasurer", Modifiers: []string{"former"}}, ""},
		{"led by",
			"The researchers, led by Dr. Ada Obi of the University of Leeds, found the ice thinner. “We were surprised,” Obi said.\n",
			"Ada Obi", Descriptor{Head: "researcher", Modifiers: []string{"lead"}}, ""},
		{"an age-qualified description refers back",
			"For half a century Rosa Vance has stood at the back of the stage. Next month the 68-year-old bassist releases her last album.\n",
			"Rosa Vance", Descriptor{Head: "bassist"}, ""},
		{"an age-qualified description after two people refers to neither",
			"Rosa Vance toured with Ada Brook for years. Next month the 68-year-old bassist releases her last album.\n",
			"Rosa Vance", Descriptor{}, "bassist"},
		{"a speaking description, then the name with an age and a copula",
			"Mine foreman tells court of warnings\n\nTRURO — A mine foreman told a court on Monday that he had warned his managers before the collapse at the Wheal Rosen pit.\n\nPiran Treloar, 51, was the second witness. His son, Jory Treloar, a driller, testified last week.\n",
			"Piran Treloar", Descriptor{Head: "foreman", Modifiers: []string{"mine"}}, ""},
		{"a name far into the speaking description's sentence is no part of it",
			"A site foreman told a court on Monday that he had warned his managers before the collapse at the Wheal Rosen pit. Piran Treloar, 51, is a witness for the prosecution.\n",
			"Piran Treloar", Descriptor{Head: "foreman", Modifiers: []string{"site"}}, ""},
		{"a speaking description, then another speaker with an age",
			"A mine foreman told a court that he had warned his managers. Jory Treloar, 24, told it he had not heard the horn.\n",
			"Jory Treloar", Descriptor{}, "foreman"},
		{"a team is no person noun",
			"A team led by Ada Obi found the ice thinner. “We were surprised,” Obi said.\n",
			"Ada Obi", Descriptor{}, "team"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name != tt.person {
					continue
				}
				if tt.none != "" {
					if slices.ContainsFunc(e.Descriptors, func(d Descriptor) bool { return d.Head == tt.none }) {
						t.Errorf("descriptors %+v, want none with head %q", e.Descriptors, tt.none)
					}
					return
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
