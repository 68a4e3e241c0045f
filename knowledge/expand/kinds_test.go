package expand

import "testing"

func TestInverseKinds(t *testing.T) {
	r := Default()
	tests := []struct{ word, kind string }{
		{"cattle", "animal"},
		{"sheep", "animal"},
		{"lorries", "vehicle"},
	}
	for _, tt := range tests {
		found := 0.0
		for _, e := range r.Inverse(tt.word) {
			if e.Key == tt.kind {
				found = max(found, e.Weight)
			}
		}
		if found == 0 {
			t.Errorf("Inverse(%q) lacks %q", tt.word, tt.kind)
		}
		if found > HypernymWeight {
			t.Errorf("Inverse(%q) gives %q weight %.2f, want at most a hypernym's %.2f", tt.word, tt.kind, found, HypernymWeight)
		}
	}
}
