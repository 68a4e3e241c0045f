package knowledge

import "testing"

func BenchmarkNewGroundedAsker(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		NewGroundedAsker(a, nil, GroundedOptions{})
	}
}
