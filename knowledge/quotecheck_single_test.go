package knowledge

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// wordsOf folds s to its words, one space apart, punctuation dropped, so
// that "it’s" and "it's" compare equal.
func wordsOf(s string) string {
	return strings.Join(strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// straighten writes s as a moderator types it: straight quotes and
// apostrophes.
func straighten(s string) string {
	return strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
}

// TestSingleQuotedClaimsNeverFalselyExact is a property over every
// sentence of the dev articles: a moderator quoting the sentence in
// straight single quotes (with its apostrophes, decades and possessives
// straightened) gets "exact" only when the claim's words are verbatim in
// the article; with its last word changed it is never exact. A claim cut
// at an apostrophe ("the midwives' rota …" read as "the midwives") would
// break the second half.
func TestSingleQuotedClaimsNeverFalselyExact(t *testing.T) {
	var paths []string
	for _, dir := range []string{"testdata/heldout/attribution/dev", "testdata/attribution"} {
		for _, ext := range []string{"*.txt", "*.md"} {
			p, _ := filepath.Glob(filepath.Join(dir, ext))
			paths = append(paths, p...)
		}
	}
	if len(paths) == 0 {
		t.Skip("no dev articles")
	}
	checked := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(filepath.Base(p), string(b))
		if err != nil {
			t.Fatal(err)
		}
		all := " " + wordsOf(a.Text) + " "
		for _, s := range a.Sentences {
			inner := straighten(strings.TrimSpace(s.Text))
			if !strings.Contains(inner, "'") || strings.Contains(inner, `"`) || len(strings.Fields(inner)) < 4 || quoted(a, s) {
				continue // a sentence with quotations of its own nests them
			}
			checked++
			// Straight marks as typed, and curly ones as pasted; the
			// claim as written, and with its first or last word changed (a
			// claim cut at an apostrophe keeps a prefix or a suffix).
			for _, style := range []struct{ open, close, apos string }{{"'", "'", "'"}, {"‘", "’", "’"}} {
				text := strings.ReplaceAll(inner, "'", style.apos)
				for mut := range 3 {
					f := strings.Fields(text)
					switch mut {
					case 1:
						f[0] = "Zebras"
					case 2:
						last := f[len(f)-1]
						f[len(f)-1] = "zebras" + strings.TrimLeftFunc(last, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' })
					}
					claim := strings.Join(f, " ")
					rep, err := a.CheckQuotes("Dr Reid said " + style.open + claim + style.close)
					if err != nil {
						t.Fatal(err)
					}
					for _, c := range rep.Claims {
						if c.Verdict == VerdictExact && (mut > 0 || !strings.Contains(all, " "+wordsOf(claim)+" ")) {
							t.Errorf("%s: exact for a claim not verbatim in the article: %q (claim %q matched %q)", a.Name, claim, c.Claim, c.Match)
						}
					}
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d sentences with apostrophes checked", checked)
	}
	t.Logf("%d sentences checked", checked)
}

// quoted reports whether a sentence overlaps a quotation of the article.
func quoted(a *Article, s Sentence) bool {
	for _, q := range a.Quotations {
		if q.Start < s.End && s.Start < q.End {
			return true
		}
	}
	return false
}

// A moderator naming an organisation by a phrase ("the traders'
// association", "the health department") means the one the article names.
func TestClaimedOrganisation(t *testing.T) {
	text := "Harbour fees rise\n" +
		"The Harbour Traders' Association wrote to the council in May. “We were ignored,” the association said.\n" +
		"The Department of Health and Social Care published figures. “Waiting times are falling,” the department said.\n" +
		"Dr Moira Reid, who chairs the Inchmurray Islanders' Association, said the ferry was late. “It's worse than in the '60s,” Dr Reid said.\n"
	a, err := Parse("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		msg, claimed string
		matches      bool
	}{
		{`the traders' association said "We were ignored"`, "Harbour Traders' Association", true},
		{`The health department said 'Waiting times are falling'`, "Department of Health and Social Care", true},
		{`the islanders' association said 'It's worse than in the '60s'`, "Inchmurray Islanders' Association", false},
		{`Dr Reid said 'It's worse than in the '60s'`, "Reid", true},
	} {
		rep, err := a.CheckQuotes(tt.msg)
		if err != nil || len(rep.Claims) != 1 {
			t.Fatalf("%q: %v %+v", tt.msg, err, rep)
		}
		c := rep.Claims[0]
		if c.Verdict != VerdictExact || c.ClaimedSpeaker != tt.claimed || c.SpeakerMatches == nil || *c.SpeakerMatches != tt.matches {
			t.Errorf("%q: verdict %s, claimed %q, matches %v; want exact, %q, %v", tt.msg, c.Verdict, c.ClaimedSpeaker, fmtBoolPtr(c.SpeakerMatches), tt.claimed, tt.matches)
		}
	}
}

// The speaker of words quoted inside a quotation is the inner one's.
func TestCheckNestedSpeaker(t *testing.T) {
	a, err := Parse("t.txt", "Mentors\nNora Quill spoke at the school on Friday.\n“My mentor, Ada Vance, was strict. She used to say, ‘Begin again.’ I still do,” Quill said.\n")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := a.CheckQuotes(`Quill said "Begin again."`)
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Claims[0]
	if c.Verdict != VerdictExact || c.Speaker != "Vance" || c.SpeakerMatches == nil || *c.SpeakerMatches {
		t.Errorf("verdict %s, speaker %q, matches %s; want exact, Vance, false", c.Verdict, c.Speaker, fmtBoolPtr(c.SpeakerMatches))
	}
}

// A short claim with its number changed is near (the number flagged), not
// absent: the changed number stands for the word it replaces.
func TestShortClaimChangedNumberIsNear(t *testing.T) {
	a, err := Parse("t.txt", "Complaints\nDr. Sofia Ruiz runs the clinic.\n“It was more than 250 complaints,” Ruiz said. “We answered each one.”\n")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := a.CheckQuotes(`Ruiz said "It was more than 25 complaints"`)
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Claims[0]
	number := slices.ContainsFunc(c.Changes, func(ch Change) bool { return ch.Kind == ChangeNumber })
	if c.Verdict != VerdictNear || !number || c.Speaker != "Ruiz" {
		t.Errorf("verdict %s, changes %+v, speaker %q; want near with a number change, Ruiz", c.Verdict, c.Changes, c.Speaker)
	}
}

// A changed decade ("’70s" for "’60s": a number, whatever the apostrophe
// before it) and a dropped negation round an irregular verb ("kept" for
// "never keep") are near with the change flagged, never exact or absent,
// even when nothing else in the claim is a content word the article has.
func TestChangedDecadeAndNegationAreNear(t *testing.T) {
	const text = "Harbour\nThe harbour master, Ines Calloway, spoke on Monday.\n" +
		"‘We’re not in the ’60s any more,’ Calloway said. ‘Nobody sails without radar now.’\n" +
		"She said the crews don’t keep logbooks by hand, and the port lost 14 boats last year.\n"
	a, err := Parse("t.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		claim, kind string
	}{
		{`Calloway said: “We’re not in the ’70s any more.”`, ChangeNumber},
		{`Calloway said the crews kept logbooks by hand`, ChangeNegation},
	}
	for _, tt := range tests {
		rep, err := a.CheckQuotes(tt.claim)
		if err != nil {
			t.Fatal(err)
		}
		c := rep.Claims[0]
		flagged := slices.ContainsFunc(c.Changes, func(ch Change) bool { return ch.Kind == tt.kind })
		if c.Verdict != VerdictNear || !flagged {
			t.Errorf("%s: verdict %s, changes %+v; want near with a %s change", tt.claim, c.Verdict, c.Changes, tt.kind)
		}
	}
}
