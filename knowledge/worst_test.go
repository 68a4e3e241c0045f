package knowledge

import (
	"strings"
	"testing"
)

func BenchmarkAskWorstCase(b *testing.B) {
	a := Default()
	var sb strings.Builder
	for i := 0; sb.Len() < 990; i++ {
		sb.WriteString("Xqzvwrtyplmn" + string(rune('a'+i%26)) + " ")
	}
	q := sb.String()
	b.ReportAllocs()
	for b.Loop() {
		a.answer(q)
	}
}
