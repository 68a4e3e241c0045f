package knowledge

import (
	"reflect"
	"testing"
)

func TestResolveCitations(t *testing.T) {
	passages := []Passage{{ID: "S4", Sentence: 4}, {ID: "S5", Sentence: 5}, {ID: "S12", Sentence: 12}}
	ids, dropped := resolveCitations([]string{"S5", "[s4]", "S4", "S12, S13", "S1", "the lead", "S-1", "S99999999999"}, passages)
	if want := []int{5, 4, 12}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %v, want %v", ids, want)
	}
	if want := []string{"S13", "S1", "the lead", "S-1", "S99999999999"}; !reflect.DeepEqual(dropped, want) {
		t.Errorf("dropped = %q, want %q", dropped, want)
	}
}

func BenchmarkNewGroundedAsker(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		NewGroundedAsker(a, nil, GroundedOptions{})
	}
}
