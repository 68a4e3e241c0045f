package bot

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestGatewayDependenciesAreCurrent holds the gateway's transitive
// dependencies to current releases: discordgo alone would select
// golang.org/x/crypto at a 2021 pseudo-version and gorilla/websocket v1.4.2.
// The main module's go.mod requires newer ones, and minimal version selection
// links at least those. `go list -m -u all` shows what is outdated. (Test
// binaries carry no module list in their build information, so go.mod is
// read.)
func TestGatewayDependenciesAreCurrent(t *testing.T) {
	b, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	min := map[string]string{
		"golang.org/x/crypto":          "v0.59.0",
		"github.com/gorilla/websocket": "v1.5.3",
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "require "))
		if len(f) < 2 {
			continue
		}
		if want, ok := min[f[0]]; ok {
			if older(f[1], want) {
				t.Errorf("go.mod requires %s %s; want %s or newer", f[0], f[1], want)
			}
			delete(min, f[0])
		}
	}
	for p, v := range min {
		t.Errorf("go.mod does not require %s; require %s or newer so discordgo's old minimum is not linked", p, v)
	}
}

// older reports whether module version v precedes w, comparing
// major.minor.patch (a pseudo-version counts as its base release).
func older(v, w string) bool {
	parse := func(s string) (n [3]int) {
		s, _, _ = strings.Cut(strings.TrimPrefix(s, "v"), "-")
		fmt.Sscanf(s, "%d.%d.%d", &n[0], &n[1], &n[2])
		return n
	}
	a, b := parse(v), parse(w)
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}
