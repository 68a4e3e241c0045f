package ingest_test

import (
	"strings"
	"testing"

	"github.com/quotebot/quotebot/ingest"
)

// BenchmarkFromBytesHTML5MiB: a page at the fetch limit (5 MiB of markup)
// is extracted, and its text refused or accepted, in bounded time.
func BenchmarkFromBytesHTML5MiB(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<html><head><title>Big</title></head><body><nav>" + strings.Repeat("<a href='/x'>Link</a> ", 200) + "</nav><article><h1>Big</h1>")
	para := "<p>" + strings.Repeat("Words of a long <b>paragraph</b> with <a href='/l'>links</a> in it. ", 12) + "</p>\n"
	for sb.Len()+len(para) < 5<<20-100 {
		sb.WriteString(para)
	}
	sb.WriteString("</article></body></html>")
	page := []byte(sb.String())
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		d, err := ingest.FromBytes("big.html", "text/html", page)
		if err != nil && !strings.Contains(err.Error(), "limit") {
			b.Fatal(err)
		}
		_ = d
	}
}
