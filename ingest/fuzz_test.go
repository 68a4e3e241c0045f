package ingest_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotebot/quotebot/ingest"
	"github.com/quotebot/quotebot/knowledge"
)

// FuzzFromBytes: any bytes, any declared type, give a usable article or a
// user-facing error, never a panic; the text is valid UTF-8 within the limit.
func FuzzFromBytes(f *testing.F) {
	f.Add("a.html", "text/html", []byte("<html><body><article><h1>T</h1><p>One. Two.</p></article></body></html>"))
	f.Add("a.html", "", []byte("<p>#tag <b>bold</b><br>line<script>x</script></p><h2>H</h2><ul><li>item</li></ul>"))
	f.Add("a.txt", "text/plain; charset=windows-1252", []byte("Caf\xe9 \x93quoted\x94."))
	f.Add("x", "", []byte("\xef\xbb\xbf# Title\n\nBody."))
	f.Add("x", "application/xhtml+xml; charset=shift_jis", []byte("<html><body><p>\x82\xa0</p></body></html>"))
	f.Fuzz(func(t *testing.T, name, ct string, b []byte) {
		d, err := ingest.FromBytes(name, ct, b)
		if err != nil {
			if _, ok := knowledge.UserMessage(err); !ok {
				t.Fatalf("error is not user-facing: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) || len(d.Text) > ingest.MaxTextBytes || strings.TrimSpace(d.Text) == "" {
			t.Fatalf("bad text %q", d.Text)
		}
	})
}
