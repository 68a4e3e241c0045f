package attribution

import (
	"os"
	"testing"
)

// TestDebugDump prints what attribution finds in a file, for looking into
// a miss: ATTR_DUMP=path go test -run Debug -v ./knowledge/attribution.
func TestDebugDump(t *testing.T) {
	path := os.Getenv("ATTR_DUMP")
	if path == "" {
		t.Skip("set ATTR_DUMP=file")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := Analyze(docOf(string(b)), DefaultLexicon())
	for _, e := range r.Entities {
		t.Logf("ENTITY %s %q short=%q g=%q roles=%q desc=%+v variants=%v ev=%v", e.Kind, e.Name, e.Short, e.Gender, e.Roles, e.Descriptors, e.Variants, e.evidence)
	}
	for q, qt := range r.Quotations {
		t.Logf("QUOTE %d %s p%d parent=%d prev=%d %q → %q (%s)", q, qt.Kind, qt.Paragraph, qt.Parent, qt.Prev, r.doc.Text[qt.Start:qt.End], r.speakerName(q), qt.Rule)
	}
	for si, s := range r.Sentences {
		if s.SaidBy >= 0 && s.Rule == "reported" {
			t.Logf("REPORTED %q → %s", r.sentenceText(si), r.Entities[s.SaidBy].Short)
		}
	}
}

func TestDebugSentences(t *testing.T) {
	path := os.Getenv("ATTR_DUMP")
	if path == "" {
		t.Skip("set ATTR_DUMP=file")
	}
	b, _ := os.ReadFile(path)
	r := Analyze(docOf(string(b)), DefaultLexicon())
	for si := range r.Sentences {
		var ms []string
		for k, tk := range r.toks[si] {
			if mi, ok := r.nameAt[tk.Start]; ok {
				ms = append(ms, r.Entities[r.Mentions[mi].Entity].Short)
			}
			if e, ok := r.pronoun[tk.Start]; ok {
				ms = append(ms, tk.Text+"="+r.Entities[e].Short)
			}
			_ = k
		}
		t.Logf("S%d p%d subj=%d %q %v", si, r.doc.Sentences[si].Paragraph, r.Sentences[si].Subject, r.sentenceText(si), ms)
	}
}

func TestDebugMentions(t *testing.T) {
	path := os.Getenv("ATTR_DUMP")
	if path == "" {
		t.Skip("set ATTR_DUMP=file")
	}
	b, _ := os.ReadFile(path)
	r := Analyze(docOf(string(b)), DefaultLexicon())
	for _, m := range r.Mentions {
		t.Logf("MENTION %q ent=%d", r.doc.Text[m.Start:m.End], m.Entity)
	}
}
