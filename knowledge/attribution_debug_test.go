package knowledge

import (
	"os"
	"testing"
)

// TestDebugAttribution prints what attribution finds in an article as the
// CLI parses it (Markdown headings and all), for looking into a miss:
// QB_ATTR_DUMP=path go test ./knowledge -run DebugAttribution -v
func TestDebugAttribution(t *testing.T) {
	path := os.Getenv("QB_ATTR_DUMP")
	if path == "" {
		t.Skip("set QB_ATTR_DUMP=file")
	}
	a := parseFile(t, path)
	r := a.attr
	for _, e := range r.Entities {
		t.Logf("ENTITY %s %q short=%q g=%q roles=%q desc=%+v variants=%q", e.Kind, e.Name, e.Short, e.Gender, e.Roles, e.Descriptors, e.Variants)
	}
	for q, qt := range r.Quotations {
		who := ""
		if qt.Speaker >= 0 {
			who = r.Entities[qt.Speaker].Short
		}
		t.Logf("QUOTE %d %s p%d parent=%d %.80q → %q (%s)", q, qt.Kind, qt.Paragraph, qt.Parent, a.Text[qt.Start:qt.End], who, qt.Rule)
	}
	for si, s := range a.Sentences {
		t.Logf("S%d p%d speaker=%q saidby=%q people=%q %.100q", si, s.Paragraph, s.Speaker, s.SaidBy, s.People, s.Text)
	}
}
