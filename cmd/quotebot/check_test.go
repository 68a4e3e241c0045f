package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/quotebot/quotebot/knowledge"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// runCheckCmd runs the program with args and stdin, no environment.
func runCheckCmd(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"quotebot"}, args...), func(string) string { return "" },
		strings.NewReader(stdin), &out, &errOut)
	return out.String(), err
}

func keysOf(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestCheckJSONContract(t *testing.T) {
	msg := `Trump said “the principles of settlement” must be addressed first, and “Zelenskyy had recently agreed to a US offer of a 90-day ceasefire”. “Putin promised to withdraw all troops”`
	out, err := runCheckCmd(t, "", "check", "--json", msg)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if ks := keysOf(got); !reflect.DeepEqual(ks, []string{"claims"}) {
		t.Errorf("top-level keys = %v, want [claims]", ks)
	}
	claims, _ := got["claims"].([]any)
	if len(claims) != 3 {
		t.Fatalf("claims = %d, want 3:\n%s", len(claims), out)
	}
	wantKeys := []string{"changes", "claim", "claimed_speaker", "match", "paragraph", "similarity", "speaker", "speaker_matches", "verdict"}
	for i, c := range claims {
		m := c.(map[string]any)
		if ks := keysOf(m); !reflect.DeepEqual(ks, wantKeys) {
			t.Errorf("claim %d keys = %v, want %v", i, ks, wantKeys)
		}
		if _, ok := m["changes"].([]any); !ok {
			t.Errorf("claim %d changes = %v, want an array", i, m["changes"])
		}
	}
	first := claims[0].(map[string]any)
	if first["verdict"] != "exact" || first["match"] != "the principles of settlement" || first["speaker"] != "Putin" ||
		first["claimed_speaker"] != "Trump" || first["speaker_matches"] != false || first["paragraph"] != 6.0 || first["similarity"] != 1.0 {
		t.Errorf("first claim = %v", first)
	}
	second := claims[1].(map[string]any)
	changes := second["changes"].([]any)
	wantChange := map[string]any{"from": "30-day", "to": "90-day", "kind": "number"}
	found := false
	for _, ch := range changes {
		if reflect.DeepEqual(ch, wantChange) {
			found = true
		}
	}
	if second["verdict"] != "near" || !found {
		t.Errorf("second claim = %v, want near with change %v", second, wantChange)
	}
	third := claims[2].(map[string]any)
	if third["verdict"] != "not_found" || third["match"] != "" || third["speaker"] != nil || third["speaker_matches"] != nil {
		t.Errorf("third claim = %v", third)
	}
}

func TestCheckSkippedJSON(t *testing.T) {
	msg := strings.Repeat("“root causes” ", 12)
	out, err := runCheckCmd(t, "", "check", "--json", msg)
	if err != nil {
		t.Fatal(err)
	}
	var got checkJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Claims) != 10 || !strings.Contains(got.Skipped, "2 quotes beyond the first 10") {
		t.Errorf("claims = %d, skipped = %q", len(got.Claims), got.Skipped)
	}
}

func TestCheckHuman(t *testing.T) {
	out, err := runCheckCmd(t, "", "check", `Putin said “the leaders reached a breakthrough agreement” and “excellent” — Zelenskyy`)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"1. NEAR", "article:  “the leaders failed to reach a breakthrough agreement”",
		"changes:  the leaders [-failed to reach-]{+reached+} a breakthrough agreement",
		"⚠ NEGATION changed: failed to reach → reached", "where:    ¶1 · Lead",
		"2. EXACT", "article:  “excellent”", "⚠ WRONG SPEAKER: the article gives these words to Trump; the message says Zelenskyy",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestCheckHumanPunctuation: a change of punctuation alone is named, so
// that a hyphen is not lost among the marks.
func TestCheckHumanPunctuation(t *testing.T) {
	out, err := runCheckCmd(t, "", "check", "a US offer of a 30 day ceasefire")
	if err != nil {
		t.Fatal(err)
	}
	if want := "changes:  a US offer of a 30[-<hyphen>-]day ceasefire"; !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}

func TestCheckStdin(t *testing.T) {
	out, err := runCheckCmd(t, "“root causes”\n", "check", "--json", "-")
	if err != nil || !strings.Contains(out, `"verdict": "exact"`) {
		t.Errorf("check - : %v\n%s", err, out)
	}
}

func TestCheckBadInput(t *testing.T) {
	for _, args := range [][]string{{"check"}, {"check", "   "}, {"check", "--json", "“”"}, {"check", "--nope", "x"}, {"quotes", "extra"}} {
		_, err := runCheckCmd(t, "", args...)
		var u usageError
		if !errors.As(err, &u) || u.msg == "" {
			t.Errorf("%q: error %v, want a usage error (exit 2)", args, err)
		}
	}
}

func TestQuotesJSONContract(t *testing.T) {
	out, err := runCheckCmd(t, "", "quotes", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string][]map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	qs := got["quotes"]
	if len(got) != 1 || len(qs) == 0 {
		t.Fatalf("got %v", got)
	}
	for _, q := range qs {
		// The original fields, plus start/end/kind/rule (added for issue 10).
		if ks := keysOf(q); !reflect.DeepEqual(ks, []string{"end", "kind", "paragraph", "rule", "speaker", "start", "text"}) {
			t.Errorf("quote keys = %v", ks)
		}
	}
	if qs[0]["text"] != "root causes" || qs[0]["speaker"] != "Putin" || qs[0]["paragraph"] != 2.0 {
		t.Errorf("first quote = %v", qs[0])
	}
	for _, q := range qs {
		start, end := int(q["start"].(float64)), int(q["end"].(float64))
		if knowledge.Default().Text[start:end] != q["text"] {
			t.Errorf("text %q is not article[%d:%d]", q["text"], start, end)
		}
	}
}

func TestQuotesHuman(t *testing.T) {
	out, err := runCheckCmd(t, "", "quotes")
	if err != nil {
		t.Fatal(err)
	}
	if want := "1. “root causes”\n   — Putin · ¶2 · Lead\n"; !strings.HasPrefix(out, want) {
		t.Errorf("quotes output starts %q, want %q", out[:min(len(out), 80)], want)
	}
}
