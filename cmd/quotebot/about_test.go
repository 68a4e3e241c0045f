package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge"
)

func TestAbout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vote.md")
	text := "# Council Backs Tram\n\nThe council voted for the tram. “It is a good day,” the mayor said.\n\n## Cost\n\nIt costs a lot.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := execQuotebot(t, "about", "--json", "--article", path)
	if err != nil {
		t.Fatal(err)
	}
	var got aboutJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	a, _ := knowledge.Parse("vote.md", text)
	if got.Name != "vote.md" || got.Title == nil || *got.Title != "Council Backs Tram" || got.SHA256 != a.Facts().SHA256 ||
		got.Paragraphs != 2 || got.Quotations != 1 || got.Words != 22 || strings.Join(got.Sections, "|") != "Council Backs Tram|Cost" {
		t.Errorf("about --json = %s", out)
	}

	out, err = execQuotebot(t, "about")
	if err != nil {
		t.Fatal(err)
	}
	f := knowledge.Default().Facts()
	for _, w := range []string{"Title:       (none)", "SHA-256:     " + f.SHA256, "Paragraphs:  8", "Limited Progress from Recent Talks"} {
		if !strings.Contains(out, w) {
			t.Errorf("about lacks %q:\n%s", w, out)
		}
	}
	out, err = execQuotebot(t, "about", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"title": null`) {
		t.Errorf("about --json for an untitled article: %s", out)
	}
}
