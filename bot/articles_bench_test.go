package bot

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

// BenchmarkArticleSwitch resolves and fetches the articles of two channels
// bound to different articles, alternately: what every request pays once
// both are in the cache.
func BenchmarkArticleSwitch(b *testing.B) {
	st := newMemStore()
	r, _ := newRouter(b, Deps{Store: st})
	ctx := context.Background()
	info, err := r.lib.Add(ctx, handlers.Doc{Title: "Default copy", Text: article.Text + "\n\nOne more paragraph.\n"}, "u")
	if err != nil {
		b.Fatal(err)
	}
	if err := r.lib.Bind(ctx, guild, general, info.SHA256, "u"); err != nil {
		b.Fatal(err)
	}
	places := []place{{guild, general, ""}, {guild, other, ""}}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sha, err := r.lib.shaAt(ctx, places[i%2])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.lib.bySHA(ctx, sha); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArticleParse is what the cache saves on each switch: parsing and
// indexing the embedded article.
func BenchmarkArticleParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := knowledge.Parse("a", article.Text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlace is what finding a thread's parent adds to a request: for
// a channel seen before (Cached), a cache read; for a new one (New), a
// narrow second decode of the payload for its channel object.
func BenchmarkPlace(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "ask.json"))
	if err != nil {
		b.Fatal(err)
	}
	r, _ := newRouter(b, Deps{})
	b.Run("Cached", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.place(withPayloadChannel(context.Background(), body), guild, general)
		}
	})
	b.Run("New", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.parents.removeIf(general, func(string) bool { return true })
			r.place(withPayloadChannel(context.Background(), body), guild, general)
		}
	})
}
