package main

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestREADMEAgreesWithTheRepository: the README's Go version is go.mod's,
// every file it names is in the repository (a fresh clone has nothing
// beside it), and the commands it quotes run.
func TestREADMEAgreesWithTheRepository(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	goVersion := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(gomod)
	if goVersion == nil {
		t.Fatal("go.mod has no go line")
	}
	if want := "Go " + string(goVersion[1]) + " or newer"; !bytes.Contains(readme, []byte(want)) {
		t.Errorf("the README does not say %q, as go.mod requires", want)
	}
	if bytes.Contains(readme, []byte("../shared")) {
		t.Error("the README names files outside the repository (../shared)")
	}
	for _, m := range regexp.MustCompile("`((?:testdata|knowledge|cmd|bot|handlers)/[^` ]+\\.(?:jsonl|md|txt))`").FindAllSubmatch(readme, -1) {
		if _, err := os.Stat("../../" + string(m[1])); err != nil {
			t.Errorf("the README names %s, which is not in the repository", m[1])
		}
	}
	for _, want := range []string{"`--`", `"section": ""`, `"Lead"`} {
		if !bytes.Contains(readme, []byte(want)) {
			t.Errorf("the README does not document %s", want)
		}
	}

	// The quoted eval command, from the repository's root.
	t.Chdir("../..")
	var out bytes.Buffer
	if err := run(context.Background(), []string{"quotebot", "eval", "testdata/eval/ask.jsonl"}, envOf(nil), strings.NewReader(""), &out, &bytes.Buffer{}); err != nil {
		t.Fatalf("quotebot eval testdata/eval/ask.jsonl: %v", err)
	}
	if !strings.Contains(out.String(), "top-1") {
		t.Errorf("eval printed %q", out.String())
	}
	// A question starting with a dash, after --.
	out.Reset()
	if err := run(context.Background(), []string{"quotebot", "ask", "--", "-- what did Putin say about root causes?"}, envOf(nil), strings.NewReader(""), &out, &bytes.Buffer{}); err != nil {
		t.Errorf("ask -- -question: %v", err)
	}
}
