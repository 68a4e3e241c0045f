package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/store"
)

func openTestStore(t testing.TB) bot.Store {
	t.Helper()
	st, closeStore, err := openBotStore(context.Background(), config{DBPath: filepath.Join(t.TempDir(), "q.db")}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeStore)
	return st
}

// TestStoreAdapter: the bot sees the store's "not found" as its own, which
// is how a channel without an article falls back to its server's.
func TestStoreAdapter(t *testing.T) {
	st := openTestStore(t)
	ctx := context.Background()
	if _, err := st.Binding(ctx, "g", "c"); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Binding of nothing: %v, want bot.ErrNotFound", err)
	}
	if _, err := st.Article(ctx, store.SHA256("x")); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Article of nothing: %v, want bot.ErrNotFound", err)
	}
	if err := st.Unbind(ctx, "g", "c"); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Unbind of nothing: %v, want bot.ErrNotFound", err)
	}
	a := bot.StoredArticle{SHA256: store.SHA256("text\n"), Title: "T", Source: "s", Text: "text\n", AddedBy: "u"}
	if err := st.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := st.Bind(ctx, bot.Binding{GuildID: "g", ChannelID: "c", SHA256: a.SHA256, SetBy: "u"}); err != nil {
		t.Fatal(err)
	}
	b, err := st.Binding(ctx, "g", "c")
	if err != nil || b.SHA256 != a.SHA256 || b.SetBy != "u" || b.SetAt.IsZero() {
		t.Errorf("Binding = %+v, %v", b, err)
	}
	got, err := st.Article(ctx, a.SHA256)
	if err != nil || got.Text != a.Text || got.Title != "T" {
		t.Errorf("Article = %+v, %v", got, err)
	}
	if list, err := st.Articles(ctx); err != nil || len(list) != 1 {
		t.Errorf("Articles = %v, %v", list, err)
	}
}

func TestOpenStoreWithoutALocation(t *testing.T) {
	st, closeStore, err := openBotStore(context.Background(), config{}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil || st != nil {
		t.Fatalf("openStore without a location = %v, %v; want no store and no error", st, err)
	}
	closeStore()
}

// BenchmarkSQLiteResolve is the database's part of resolving a thread's
// article in the worst case: no binding for the thread nor its parent, the
// server's found third.
func BenchmarkSQLiteResolve(b *testing.B) {
	st := openTestStore(b)
	ctx := context.Background()
	a := bot.StoredArticle{SHA256: store.SHA256("text\n"), Text: "text\n"}
	if err := st.PutArticle(ctx, a); err != nil {
		b.Fatal(err)
	}
	if err := st.Bind(ctx, bot.Binding{GuildID: "g", SHA256: a.SHA256}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, c := range []string{"thread", "parent", ""} {
			if _, err := st.Binding(ctx, "g", c); err != nil && !errors.Is(err, bot.ErrNotFound) {
				b.Fatal(err)
			}
		}
	}
}
