package knowledge

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/quotebot/quotebot/"

// outsideDomain are the directories below knowledge that are not part of
// the domain: the adapter that implements knowledge's interfaces (llm and
// its test server) and commands that drive knowledge (the fit tools, the lexicon's
// generator). They may import knowledge; knowledge never imports them.
var outsideDomain = map[string]bool{
	"llm": true, "llm/llmtest": true, "retrieval/fit": true, "attribution/fit": true, "lexicon/gen": true,
}

// TestDependenciesPointOneWay holds the package layout the developers'
// guide asks for: knowledge imports its sub-packages, and nothing of ours
// above or beside it; a sub-package imports no package of ours but its
// siblings below knowledge, never knowledge itself (test files included).
func TestDependenciesPointOneWay(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if d.Name() == "testdata" || outsideDomain[filepath.ToSlash(path)] {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(path, 0)
		if _, none := err.(*build.NoGoError); none {
			return nil
		}
		if err != nil {
			return err
		}
		imports := append(append(pkg.Imports, pkg.TestImports...), pkg.XTestImports...)
		for _, imp := range imports {
			rel, ours := strings.CutPrefix(imp, module)
			if !ours {
				continue
			}
			sub, below := strings.CutPrefix(rel, "knowledge/")
			switch {
			case !below:
				t.Errorf("%s imports %s: knowledge and its sub-packages import nothing of ours above them", dirName(path), imp)
			case outsideDomain[sub]:
				t.Errorf("%s imports %s, which is outside the domain", dirName(path), imp)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func dirName(path string) string { return filepath.ToSlash(filepath.Join("knowledge", path)) }
