package nlp

import (
	"reflect"
	"testing"
)

func TestSplitBlocks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"blank-line blocks", "Title\n\nFirst line\ncontinues.\n\n\nSecond.\n", []string{"Title", "First line\ncontinues.", "Second."}},
		{"lines without blank lines", "One.\nTwo.\n  Three.  \n", []string{"One.", "Two.", "Three."}},
		{"a heading needs no blank line", "# Big News\nFirst para.\n\n## Details\nMore here.\nAnd here.", []string{"# Big News", "First para.", "## Details", "More here.\nAnd here."}},
		{"white space and a byte-order mark trimmed", "\ufeff  Lead.  \n\n\t\n  Next. ", []string{"Lead.", "Next."}},
		{"CRLF", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"nothing", " \n\n \n", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range SplitBlocks(tt.text) {
			got = append(got, tt.text[b[0]:b[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: SplitBlocks = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestHeadingText(t *testing.T) {
	tests := []struct {
		block, want string
		ok          bool
	}{
		{"## Limited Progress ##", "Limited Progress", true},
		{"#", "", false},
		{"High Hopes for Future Negotiations", "High Hopes for Future Negotiations", true},
		{"2026 in review", "2026 in review", true},
		{"The talks failed.", "", false},
		{"lower-case start", "", false},
		{"He said: “Yes”", "", false},
		{"Two\nlines", "", false},
		{"One two three four five six seven eight nine ten eleven twelve thirteen", "", false},
	}
	for _, tt := range tests {
		got, ok := HeadingText(tt.block)
		if got != tt.want || ok != tt.ok {
			t.Errorf("HeadingText(%q) = %q, %v; want %q, %v", tt.block, got, ok, tt.want, tt.ok)
		}
	}
}
