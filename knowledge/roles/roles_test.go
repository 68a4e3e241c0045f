package roles

import (
	"slices"
	"testing"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// roleWords are role nouns of every kind, as a question or an article has
// them.
var roleWords = []string{"president", "leader", "lawyer", "attorney", "prosecutor", "boss", "chief", "official",
	"minister", "spokesman", "spokesperson", "head", "director", "manager", "senator", "lawmaker", "king",
	"ruler", "emperor", "mayor", "governor", "coach", "executive", "chief executive officer", "judge",
	"scientist", "researcher", "author", "writer", "defense lawyer", "member of parliament", "player",
	"prime minister", "foreign minister", "secretary", "chancellor", "treasurer", "captain", "nephew",
	"duke", "bishop", "pope", "general", "commander", "chairman", "professor", "doctor", "nurse", "teacher",
	"ambassador", "envoy", "negotiator", "representative", "legislator", "head of state", "counsel"}

// TestRoleNounLookups checks the tables against the lexicon walks they
// stand for: for every pair of role words, roleWord.relation, siblings and
// kinWithin equal roleRelation, roleSiblings and kinWithin.
func TestRoleNounLookups(t *testing.T) {
	lx := lexicon.Default()
	for _, q := range roleWords {
		w := newRoleWord(lx, q)
		for _, e := range roleWords {
			n := newRoleNoun(lx, e)
			if got, want := w.relation(n), roleRelation(lx, q, e); got != want {
				t.Errorf("relation(%q, %q) = %d, want %d", q, e, got, want)
			}
			if got, want := w.siblings(n), roleSiblings(lx, q, e); got != want {
				t.Errorf("siblings(%q, %q) = %v, want %v", q, e, got, want)
			}
			for _, d := range []int{kinDepth, tiedKinDepth} {
				if got, want := w.kinWithin(n, d), kinWithin(lx, q, e, d); got != want {
					t.Errorf("kinWithin(%q, %q, %d) = %v, want %v", q, e, d, got, want)
				}
			}
		}
	}
}

// TestFit scores descriptors against role phrases: the same role, a
// synonym, a narrower role, kin, a contradicting place, a people rather
// than a role, and a role the table shares between two people.
func TestFit(t *testing.T) {
	president := []attribution.Descriptor{{Head: "president", Modifiers: []string{"russian"}}}
	lawyer := []attribution.Descriptor{{Head: "prosecutor"}}
	american := []attribution.Descriptor{{Head: "american"}}
	for _, tt := range []struct {
		name string
		p    Phrase
		ds   []attribution.Descriptor
		want int
	}{
		{"same role", Phrase{Word: "president"}, president, 10 * Same},
		{"same role, the article's modifier", Phrase{Word: "president", Mods: []string{"russian"}, Capital: []bool{true}}, president, 10*Same + 2},
		{"another country's president", Phrase{Word: "president", Mods: []string{"ukrainian"}, Capital: []bool{true}}, president, 0},
		{"a prosecutor is a lawyer", Phrase{Word: "lawyer"}, lawyer, 10 * Narrower},
		{"a people, not a role", Phrase{Word: "american"}, american, 0},
		{"no relation", Phrase{Word: "nurse"}, lawyer, 0},
	} {
		tab := NewTable()
		if got := NewFitter(tt.p).Fit(tt.ds, tab.Descs(tt.ds)); got != tt.want {
			t.Errorf("%s: Fit = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestAgentBefore: a passive verb right before a name gives its agent
// noun as the lexicon knows it; a verb with none, or no verb, gives none.
func TestAgentBefore(t *testing.T) {
	for _, tt := range []struct{ before, want string }{
		{"The opera is directed by ", "director"},
		{"and was composed by ", "composer"},
		{"the squad, coached by ", "coach"},
		{"the clinic is owned by ", "owner"},
		{"He was replaced by ", ""},
		{"stand by ", ""},
		{"the centre, by ", ""},
		{"directed by  ", ""},
	} {
		if got := AgentBefore(tt.before); got != tt.want {
			t.Errorf("AgentBefore(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
}

// TestExpand: a person noun among a descriptor's modifiers heads a
// descriptor of its own, with the modifiers before it; qualities and
// things do not.
func TestExpand(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   attribution.Descriptor
		want []string // heads added
	}{
		{"a role before a title", attribution.Descriptor{Head: "doctor", Modifiers: []string{"marine", "biologist"}}, []string{"biologist"}},
		{"a rank's first word", attribution.Descriptor{Head: "superintendent", Modifiers: []string{"detective"}}, []string{"detective"}},
		{"a quality", attribution.Descriptor{Head: "officer", Modifiers: []string{"senior"}}, nil},
		{"an organisation", attribution.Descriptor{Head: "president", Modifiers: []string{"union"}}, nil},
		{"a tenure", attribution.Descriptor{Head: "mayor", Modifiers: []string{"former"}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Expand([]attribution.Descriptor{tt.in})[1:] {
				got = append(got, d.Head)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Expand(%+v) adds %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestAppointedAfter: an appointment right after a name, past one
// appositive, gives the role it names as a new one.
func TestAppointedAfter(t *testing.T) {
	for _, tt := range []struct {
		after, head string
		mods        []string
	}{
		{", a former nurse, was elected mayor of Dunmore on Tuesday.", "mayor", []string{"new"}},
		{" has been named chief executive, the board said.", "executive", []string{"chief", "new"}},
		{" was appointed as the club's treasurer.", "", nil},
		{" was appointed as treasurer in May.", "treasurer", []string{"new"}},
		{" was named Player of the Year.", "", nil},
		{" was elected in 2019.", "", nil},
		{", who won easily. She was elected mayor.", "", nil},
		{" said he was elected mayor.", "", nil},
		{", who was named manager in May, said so.", "manager", []string{"new"}},
	} {
		head, mods := AppointedAfter(tt.after)
		if head != tt.head || !slices.Equal(mods, tt.mods) {
			t.Errorf("AppointedAfter(%q) = %q %q, want %q %q", tt.after, head, mods, tt.head, tt.mods)
		}
	}
}
