package knowledge

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDebugRoles prints, for each question of the held-out ask files in a
// directory, the role phrases it finds and whom they resolve to:
// QB_ROLES_DIR=dir [QB_ROLES_ARTICLES=dir] go test ./knowledge -run DebugRoles -v
func TestDebugRoles(t *testing.T) {
	dir := os.Getenv("QB_ROLES_DIR")
	if dir == "" {
		t.Skip("set QB_ROLES_DIR=dir")
	}
	asks, _ := filepath.Glob(filepath.Join(dir, "*.ask.jsonl"))
	for _, ask := range asks {
		base := strings.TrimSuffix(ask, ".ask.jsonl")
		art := base + ".txt"
		if _, err := os.Stat(art); err != nil {
			art = base + ".md"
		}
		if d := os.Getenv("QB_ROLES_ARTICLES"); d != "" {
			// The answer sets keep their questions apart from the articles.
			art = filepath.Join(d, filepath.Base(base)+".txt")
			if _, err := os.Stat(art); err != nil {
				art = filepath.Join(d, filepath.Base(base)+".md")
			}
		}
		a := parseFile(t, art)
		f, err := os.Open(ask)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var q struct{ Q string }
			if json.Unmarshal(sc.Bytes(), &q) != nil {
				continue
			}
			toks := Tokenize(q.Q)
			for _, p := range a.rolePhrases(q.Q, toks) {
				name, ok := a.resolveRole(p, true)
				t.Logf("%s | %q | %s mods=%q of=%q → %q %v", filepath.Base(base), q.Q, p.Word, p.Mods, p.Of, name, ok)
			}
		}
		f.Close()
	}
}
