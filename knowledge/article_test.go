package knowledge

import (
	"strings"
	"testing"
)

func TestDefaultArticleStructure(t *testing.T) {
	a := Default()
	if got, want := len(a.Paragraphs), 8; got != want {
		t.Fatalf("paragraphs = %d, want %d", got, want)
	}
	var names []string
	for _, s := range a.Sections {
		names = append(names, s.Name)
	}
	if got, want := strings.Join(names, "|"), "|Limited Progress from Recent Talks|High Hopes for Future Negotiations"; got != want {
		t.Errorf("sections = %q, want %q", got, want)
	}
	if got := a.ParagraphText(4); !strings.HasPrefix(got, "Last week,") {
		t.Errorf("¶4 = %q, want it to start with %q", got, "Last week,")
	}
	for _, s := range a.Sentences {
		if a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d is not a slice of the text", s.Index)
		}
	}
}

func TestSentenceSplitting(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"closing quote after the stop", "He called it “excellent.” If true, fine.", []string{"He called it “excellent.”", "If true, fine."}},
		{"abbreviations", "The U.S. team met Mr. Smith and Dr. Jones, e.g. at noon. Then they left.", []string{"The U.S. team met Mr. Smith and Dr. Jones, e.g. at noon.", "Then they left."}},
		{"decimals", "Growth was 3.5 percent. It fell.", []string{"Growth was 3.5 percent.", "It fell."}},
		{"ellipsis mid-sentence", "We just need … peace, he said. Next.", []string{"We just need … peace, he said.", "Next."}},
		{"ellipsis dots then capital", "Wait... Then go. Done!", []string{"Wait...", "Then go.", "Done!"}},
		{"question and exclamation", "Really? Yes! Fine.", []string{"Really?", "Yes!", "Fine."}},
		{"initials", "J. R. Smith spoke. Then rest.", []string{"J. R. Smith spoke.", "Then rest."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitSentences(tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[sp[0]:sp[1]])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPeopleAndSpeakers(t *testing.T) {
	a := Default()
	for _, tt := range []struct{ name, full string }{
		{"Trump", "Donald Trump"}, {"Putin", "Vladimir Putin"}, {"Zelenskyy", "Volodymyr Zelenskyy"},
	} {
		p, ok := a.PersonNamed(tt.name)
		if !ok || p.Full != tt.full {
			t.Errorf("PersonNamed(%q) = %+v, %v; want full name %q", tt.name, p, ok, tt.full)
		}
	}
	for _, v := range []string{"Zelensky", "Volodymyr Zelenskyy", "President Putin", "vladimir putin", "Putn"} {
		if _, ok := a.PersonNamed(v); !ok {
			t.Errorf("PersonNamed(%q) found nobody", v)
		}
	}
	if len(a.People) != 3 {
		t.Errorf("people = %+v, want exactly Trump, Putin and Zelenskyy", a.People)
	}
	speakerOf := func(prefix string) string {
		for _, s := range a.Sentences {
			if strings.HasPrefix(s.Text, prefix) {
				return s.Speaker
			}
		}
		t.Fatalf("no sentence starts with %q", prefix)
		return ""
	}
	for _, tt := range []struct{ prefix, want string }{
		{"He articulated a need", "Putin"},
		{"His remarks indicate", "Putin"},
		{"He expressed confidence", "Trump"},
		{"He’s even pressured", "Trump"},
		{"His goal is to produce", "Putin"},
		{"He outlined various positions", "Putin"},
		{"Trump characterized the tone", "Trump"},
		{"In their opening remarks", ""},
	} {
		if got := speakerOf(tt.prefix); got != tt.want {
			t.Errorf("speaker of %q = %q, want %q", tt.prefix, got, tt.want)
		}
	}
}

func TestParseMarkdown(t *testing.T) {
	md := "# Big News\n\nFirst para line one\ncontinues here. Second sentence.\n\n## Details\n\nMayor Jane Doe said hello. She left.\n"
	a, err := Parse("x.md", md)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(a.Paragraphs), 2; got != want {
		t.Fatalf("paragraphs = %d, want %d", got, want)
	}
	if got, want := a.Paragraphs[1].Section, "Details"; got != want {
		t.Errorf("section = %q, want %q", got, want)
	}
	if got, want := a.Sentences[len(a.Sentences)-1].Speaker, "Doe"; got != want {
		t.Errorf("speaker = %q, want %q", got, want)
	}
}

func TestParseRejects(t *testing.T) {
	for _, text := range []string{"", "\n\n  \n", "Just A Heading", "bad \xff utf8."} {
		if _, err := Parse("x", text); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", text)
		}
	}
}

func TestFoldFastPathAgrees(t *testing.T) {
	for _, s := range []string{"Putin's", "US-Iran", `"quoted"`, "Hello World", "tab\there", "Türkiye", "‘curly’ – dash", "\x00nul", "DEL\x7f"} {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

// foldSlow is Fold without its ASCII fast path.
func foldSlow(s string) string { return Fold(s + "é")[:len(Fold(s+"é"))-1] }

// A person named in a sentence is no place, whatever their name stems to
// ("Jones" stems to "jone").
func TestPersonIsNoPlace(t *testing.T) {
	a, err := Parse("x", "Mayor Tom Jones said the plan was good.\n")
	if err != nil {
		t.Fatal(err)
	}
	if a.index.hasPlace[0] {
		t.Errorf("%q is taken to name a place", a.Sentences[0].Text)
	}
}
