package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"testing"
)

func TestFacts(t *testing.T) {
	sum := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }
	tram := loadTestArticle(t, "tram.md")
	tests := []struct {
		name string
		a    *Article
		want Facts
	}{
		{"embedded", Default(), Facts{
			Name: DefaultArticleName, Title: "", Words: 511, // wc -w counts 512: the lone "–" is no word
			Sections:   []string{"Limited Progress from Recent Talks", "High Hopes for Future Negotiations"},
			Paragraphs: 8, Quotations: len(Default().Quotations), SHA256: sum(embeddedArticle),
		}},
		{"markdown title", tram, Facts{
			Name: "tram.md", Title: "Harbour City Approves Its First Tram Line", Words: 388, // wc -w counts 392: four Markdown "#" marks are no words
			Sections:   []string{"Harbour City Approves Its First Tram Line", "Paying for the Line", "Shopkeepers Fear Years of Disruption", "When the Trams Will Run"},
			Paragraphs: 9, Quotations: 2, SHA256: sum(tram.Text),
		}},
		{"plain title line", mustParse(t, "Council Votes Today\nThe council meets at noon. It will vote."), Facts{
			Name: "test", Title: "Council Votes Today", Words: 11, Sections: []string{"Council Votes Today"},
			Paragraphs: 1, SHA256: sum("Council Votes Today\nThe council meets at noon. It will vote."),
		}},
		{"heading after text is no title", mustParse(t, "Text first.\n\n## Later\n\nMore “text”."), Facts{
			Name: "test", Words: 5, Sections: []string{"Later"}, Paragraphs: 2, Quotations: 1,
			SHA256: sum("Text first.\n\n## Later\n\nMore “text”."),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.a.Facts()
			if got.Name != tt.want.Name || got.Title != tt.want.Title || got.Words != tt.want.Words ||
				!slices.Equal(got.Sections, tt.want.Sections) || got.Paragraphs != tt.want.Paragraphs ||
				got.Quotations != tt.want.Quotations || got.SHA256 != tt.want.SHA256 {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func mustParse(t *testing.T, text string) *Article {
	t.Helper()
	a, err := Parse("test", text)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
