package knowledge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// This file only validates the held-out evaluation data under
// testdata/heldout (see its README.md): every line parses with the known
// fields, every quotation and evidence string is a byte-for-byte substring of
// its article, and each article has its annotation files. It never runs an
// engine, so it scores nothing; the engines' owners score the data in their
// own tests (the final/ part only at the end).

const heldoutDir = "testdata/heldout"

// heldoutQuote is one line of <slug>.quotes.jsonl.
type heldoutQuote struct {
	Quote   string  `json:"quote"`
	Speaker *string `json:"speaker"`
	Kind    string  `json:"kind"`
}

// heldoutClaim is one line of <slug>.claims.jsonl: the quotecheck.jsonl
// format plus the optional accept and note of the held-out sets.
type heldoutClaim struct {
	Claim          string    `json:"claim"`
	Verdict        Verdict   `json:"verdict"`
	Speaker        *string   `json:"speaker"`
	SpeakerMatches *bool     `json:"speaker_matches"`
	Accept         []Verdict `json:"accept"`
	Note           string    `json:"note"`
}

// heldoutReported is one line of the optional <slug>.reported.jsonl: a
// sentence of reported speech (no quote marks) and who it is attributed to.
type heldoutReported struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

// heldoutQuestion is one line of an ask.jsonl-format file.
type heldoutQuestion struct {
	Q          string   `json:"q"`
	Evidence   []string `json:"evidence"`
	Answerable *bool    `json:"answerable"`
}

var (
	heldoutKinds    = []string{"double", "single", "multipara", "nested", "blockquote", "qa"}
	heldoutVerdicts = []Verdict{"exact", "near", "not_found"}
)

// decodeHeldoutLines decodes every non-empty line of path strictly (unknown
// fields and trailing data are errors) and reports each problem with its line.
func decodeHeldoutLines[T any](t *testing.T, path string) []T {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(b) {
		t.Errorf("%s: not valid UTF-8", path)
	}
	var out []T
	for i, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var v T
		if err := dec.Decode(&v); err != nil {
			t.Errorf("%s:%d: %v", path, i+1, err)
			continue
		}
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			t.Errorf("%s:%d: trailing data after the JSON object", path, i+1)
			continue
		}
		out = append(out, v)
	}
	return out
}

// heldoutArticle reads <dir>/<slug>.txt or <dir>/<slug>.md.
func heldoutArticle(t *testing.T, dir, slug string) string {
	t.Helper()
	for _, ext := range []string{".txt", ".md"} {
		b, err := os.ReadFile(filepath.Join(dir, slug+ext))
		if err == nil {
			return string(b)
		}
		if !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
	}
	t.Fatalf("%s: no article %s.txt or %s.md", dir, slug, slug)
	return ""
}

// heldoutSlugs lists the articles of one attribution split by their
// quotes files.
func heldoutSlugs(t *testing.T, split string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(heldoutDir, "attribution", split, "*.quotes.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, f := range files {
		slugs = append(slugs, strings.TrimSuffix(filepath.Base(f), ".quotes.jsonl"))
	}
	return slugs
}

func TestHeldoutAttributionData(t *testing.T) {
	total := 0
	for _, split := range []string{"dev", "dev3", "dev4", "dev5", "dev5-heldback", "dev6", "dev6-heldback", "dev7", "dev7-heldback", "dev8", "dev8-heldback", "dev9", "dev9-heldback", "dev10", "dev10-heldback", "dev11", "dev11-heldback", "dev12", "dev12-heldback", "dev13", "dev13-heldback", "dev14", "dev14-heldback", "dev15", "dev15-heldback", "dev16", "dev16-heldback", "dev17", "dev17-heldback", "final"} {
		dir := filepath.Join(heldoutDir, "attribution", split)
		slugs := heldoutSlugs(t, split)
		// A held-back part is one article kept aside from its set.
		if len(slugs) < 3 && !strings.HasSuffix(split, "-heldback") {
			t.Errorf("%s: %d articles, want at least 3", dir, len(slugs))
		}
		total += len(slugs)
		for _, slug := range slugs {
			t.Run(split+"/"+slug, func(t *testing.T) {
				text := heldoutArticle(t, dir, slug)
				if n := len(strings.Fields(text)); n < 350 || n > 900 {
					t.Errorf("article has %d words, want 350-900", n)
				}
				quotes := decodeHeldoutLines[heldoutQuote](t, filepath.Join(dir, slug+".quotes.jsonl"))
				checkHeldoutQuotes(t, text, quotes)
				speakers := map[string]bool{} // the article's speakers, spelled as annotated
				for _, q := range quotes {
					if q.Speaker != nil {
						speakers[*q.Speaker] = true
					}
				}
				reported := filepath.Join(dir, slug+".reported.jsonl")
				if _, err := os.Stat(reported); err == nil {
					for i, r := range decodeHeldoutLines[heldoutReported](t, reported) {
						if r.Text == "" || r.Speaker == "" || !strings.Contains(text, r.Text) {
							t.Errorf("reported %d %.40q: want a non-empty speaker and a substring of the article", i+1, r.Text)
						}
						speakers[r.Speaker] = true
					}
				}
				claims := decodeHeldoutLines[heldoutClaim](t, filepath.Join(dir, slug+".claims.jsonl"))
				checkHeldoutClaims(t, claims)
				for i, c := range claims {
					// One spelling per speaker, so scorers can compare names exactly.
					if c.Speaker != nil && !speakers[*c.Speaker] {
						t.Errorf("claim %d: speaker %q is not a speaker of any quotation or reported sentence", i+1, *c.Speaker)
					}
				}
			})
		}
	}
	if total < 9 {
		t.Errorf("%d attribution articles, want at least 9", total)
	}
}

// checkHeldoutQuotes holds the quotations to the README: exact substrings,
// in text order (a nested quotation inside the one before it), known kinds.
func checkHeldoutQuotes(t *testing.T, text string, quotes []heldoutQuote) {
	t.Helper()
	if len(quotes) == 0 {
		t.Error("no quotations")
	}
	from := 0 // quotations are in order: each is found at or after the previous start
	prevStart, prevEnd := -1, -1
	for i, q := range quotes {
		where := fmt.Sprintf("quote %d %.40q", i+1, q.Quote)
		if strings.TrimSpace(q.Quote) == "" {
			t.Errorf("%s: empty", where)
			continue
		}
		if q.Speaker == nil {
			t.Errorf("%s: no speaker field (use \"\" when the text does not say)", where)
		}
		if !slices.Contains(heldoutKinds, q.Kind) {
			t.Errorf("%s: kind %q, want one of %v", where, q.Kind, heldoutKinds)
		}
		off := strings.Index(text[from:], q.Quote)
		if off < 0 {
			if strings.Contains(text, q.Quote) {
				t.Errorf("%s: out of text order", where)
			} else {
				t.Errorf("%s: not a substring of the article", where)
			}
			continue
		}
		start := from + off
		end := start + len(q.Quote)
		if q.Kind == "nested" && (start < prevStart || end > prevEnd) {
			t.Errorf("%s: nested but not inside the quotation before it", where)
		}
		if q.Kind == "multipara" && !strings.Contains(q.Quote, "\n") {
			t.Errorf("%s: multipara but within one paragraph", where)
		}
		if q.Kind != "nested" {
			prevStart, prevEnd = start, end
		}
		from = start + 1
	}
}

func checkHeldoutClaims(t *testing.T, claims []heldoutClaim) {
	t.Helper()
	// A floor so each article tests several kinds of claim; the ceiling
	// only catches a file appended to by mistake.
	if n := len(claims); n < 8 || n > 40 {
		t.Errorf("%d claims, want 8-40", n)
	}
	for i, c := range claims {
		where := fmt.Sprintf("claim %d %.40q", i+1, c.Claim)
		if strings.TrimSpace(c.Claim) == "" {
			t.Errorf("%s: empty", where)
		}
		if !slices.Contains(heldoutVerdicts, c.Verdict) {
			t.Errorf("%s: verdict %q", where, c.Verdict)
		}
		for _, v := range c.Accept {
			if !slices.Contains(heldoutVerdicts, v) || v == c.Verdict {
				t.Errorf("%s: accept %q", where, v)
			}
		}
		if c.SpeakerMatches != nil && c.Speaker == nil {
			t.Errorf("%s: speaker_matches without speaker", where)
		}
		if c.Verdict == "not_found" && c.Speaker != nil {
			t.Errorf("%s: not_found with a speaker", where)
		}
	}
}

func TestHeldoutAnswerData(t *testing.T) {
	seed, err := os.ReadFile("article.txt")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{} // questions of the development sets in the repo
	for _, q := range decodeHeldoutLines[heldoutQuestion](t, "testdata/ask_extra.jsonl") {
		known[strings.ToLower(q.Q)] = true
	}
	seen := map[string]string{}
	for _, split := range []string{"dev", "final"} {
		dir := filepath.Join(heldoutDir, "answers", split)
		seedFile := filepath.Join(dir, "seed_"+split+".jsonl")
		t.Run(split+"/seed", func(t *testing.T) {
			qs := checkHeldoutQuestions(t, string(seed), decodeHeldoutLines[heldoutQuestion](t, seedFile))
			for _, q := range qs {
				k := strings.ToLower(q.Q)
				if known[k] {
					t.Errorf("%q repeats a development question", q.Q)
				}
				if f, ok := seen[k]; ok {
					t.Errorf("%q also in %s", q.Q, f)
				}
				seen[k] = seedFile
			}
			if len(qs) < 20 {
				t.Errorf("%d seed questions, want at least 20", len(qs))
			}
		})
		for _, slug := range heldoutSlugs(t, split) {
			t.Run(split+"/"+slug, func(t *testing.T) {
				text := heldoutArticle(t, filepath.Join(heldoutDir, "attribution", split), slug)
				qs := checkHeldoutQuestions(t, text, decodeHeldoutLines[heldoutQuestion](t, filepath.Join(dir, slug+".ask.jsonl")))
				if n := len(qs); n < 12 || n > 20 {
					t.Errorf("%d questions, want 12-20", n)
				}
			})
		}
	}
}

// checkHeldoutQuestions checks each question is either answerable with
// evidence that is a substring of text, or marked unanswerable, and that
// both kinds are present.
func checkHeldoutQuestions(t *testing.T, text string, qs []heldoutQuestion) []heldoutQuestion {
	t.Helper()
	answerable, traps := 0, 0
	for i, q := range qs {
		where := fmt.Sprintf("question %d %q", i+1, q.Q)
		if strings.TrimSpace(q.Q) == "" {
			t.Errorf("%s: empty", where)
		}
		switch {
		case q.Answerable != nil && len(q.Evidence) > 0:
			t.Errorf("%s: both evidence and answerable", where)
		case q.Answerable != nil:
			if *q.Answerable {
				t.Errorf("%s: answerable:true without evidence", where)
			}
			traps++
		case len(q.Evidence) == 0:
			t.Errorf("%s: neither evidence nor answerable:false", where)
		default:
			answerable++
			for _, e := range q.Evidence {
				if strings.TrimSpace(e) == "" || !strings.Contains(text, e) {
					t.Errorf("%s: evidence %q is not a substring of the article", where, e)
				}
			}
		}
	}
	if answerable == 0 || traps == 0 {
		t.Errorf("%d answerable and %d unanswerable questions, want both", answerable, traps)
	}
	return qs
}

// TestHeldoutFlatData validates the flat held-out directories written later
// by independent evaluators (unseen, unseen2, unseen3, unseen4, unseen5, unseen6, unseen7, unseen8, unseen9, unseen10, unseen11, unseen12: articles, quotations, claims
// and questions side by side, with <dir>_seed.jsonl about the seed article)
// by the same rules as the dev and final parts.
func TestHeldoutFlatData(t *testing.T) {
	seed, err := os.ReadFile("article.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10", "unseen11", "unseen12", "unseen13", "unseen14", "unseen15", "unseen16", "unseen17"} {
		dir := filepath.Join(heldoutDir, name)
		files, err := filepath.Glob(filepath.Join(dir, "*.quotes.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) < 5 {
			t.Errorf("%s: %d articles, want at least 5", dir, len(files))
		}
		for _, f := range files {
			slug := strings.TrimSuffix(filepath.Base(f), ".quotes.jsonl")
			t.Run(name+"/"+slug, func(t *testing.T) {
				text := heldoutArticle(t, dir, slug)
				checkHeldoutQuotes(t, text, decodeHeldoutLines[heldoutQuote](t, f))
				checkHeldoutClaims(t, decodeHeldoutLines[heldoutClaim](t, filepath.Join(dir, slug+".claims.jsonl")))
				checkHeldoutQuestions(t, text, decodeHeldoutLines[heldoutQuestion](t, filepath.Join(dir, slug+".ask.jsonl")))
			})
		}
		t.Run(name+"/seed", func(t *testing.T) {
			qs := checkHeldoutQuestions(t, string(seed), decodeHeldoutLines[heldoutQuestion](t, filepath.Join(dir, name+"_seed.jsonl")))
			if len(qs) < 20 {
				t.Errorf("%d seed questions, want at least 20", len(qs))
			}
		})
	}
}
