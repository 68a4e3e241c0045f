// Package storetest is the conformance suite every store.Store passes: the
// same tests run against SQLite and PostgreSQL.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/store"
)

// Run runs the suite. fresh returns the DSN of a new, empty database for one
// subtest (and removes it at the test's cleanup); the suite opens it with
// store.Open, sometimes twice at once (two replicas) or again after Close
// (a restart).
func Run(t *testing.T, fresh func(t *testing.T) string) {
	open := func(t *testing.T, dsn string) store.Store {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	for _, tc := range []struct {
		name string
		fn   func(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store)
	}{
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"PutIdempotent", testPutIdempotent},
		{"PutRejectsWrongHash", testPutRejectsWrongHash},
		{"ArticleNotFound", testArticleNotFound},
		{"Articles", testArticles},
		{"BindReplaceUnbind", testBindReplaceUnbind},
		{"BindUnknownArticle", testBindUnknownArticle},
		{"BindingsOrder", testBindingsOrder},
		{"ServerAndChannelAreDistinct", testServerAndChannel},
		{"Reopen", testReopen},
		{"Replicas", testReplicas},
		{"ConcurrentWriters", testConcurrentWriters},
		{"UnicodeText", testUnicode},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			tc.fn(t, ctx, fresh(t), open)
		})
	}
}

// article returns a valid article whose text is text.
func article(text string) store.Article {
	return store.Article{
		SHA256: store.SHA256(text), Title: "Title of " + text, Source: "https://example.com/" + store.SHA256(text)[:8],
		Text: text, AddedBy: "42", AddedAt: time.Date(2026, 11, 28, 4, 5, 6, 123456789, time.UTC),
	}
}

func mustPut(t *testing.T, ctx context.Context, s store.Store, a store.Article) {
	t.Helper()
	if err := s.PutArticle(ctx, a); err != nil {
		t.Fatalf("PutArticle: %v", err)
	}
}

func mustBind(t *testing.T, ctx context.Context, s store.Store, b store.Binding) {
	t.Helper()
	if err := s.Bind(ctx, b); err != nil {
		t.Fatalf("Bind(%+v): %v", b, err)
	}
}

func testArticleRoundTrip(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a := article("First paragraph.\n\nSecond paragraph.")
	mustPut(t, ctx, s, a)
	got, err := s.Article(ctx, a.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	want := a
	want.AddedAt = a.AddedAt.Truncate(time.Microsecond)
	if !got.AddedAt.Equal(want.AddedAt) || got.AddedAt.Location() != time.UTC {
		t.Errorf("AddedAt = %v, want %v in UTC", got.AddedAt, want.AddedAt)
	}
	got.AddedAt, want.AddedAt = time.Time{}, time.Time{}
	if got != want {
		t.Errorf("Article = %+v\nwant %+v", got, want)
	}
}

func testPutIdempotent(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a := article("Same text.")
	mustPut(t, ctx, s, a)
	b := a
	b.Title, b.AddedBy, b.AddedAt = "Another title", "7", time.Now()
	mustPut(t, ctx, s, b)
	list, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Title != a.Title || list[0].AddedBy != "42" {
		t.Errorf("after putting the same text twice: %+v; want the first one only", list)
	}
}

func testPutRejectsWrongHash(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a := article("Text.")
	a.SHA256 = store.SHA256("other text")
	if err := s.PutArticle(ctx, a); err == nil {
		t.Error("PutArticle with a hash of other text: no error")
	}
	a.SHA256 = "ABC"
	if err := s.PutArticle(ctx, a); err == nil {
		t.Error("PutArticle with a malformed hash: no error")
	}
	if list, _ := s.Articles(ctx); len(list) != 0 {
		t.Errorf("refused articles were stored: %+v", list)
	}
}

func testArticleNotFound(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	if _, err := s.Article(ctx, store.SHA256("nothing")); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(unknown) = %v, want ErrNotFound", err)
	}
	if _, err := s.Binding(ctx, "1", ""); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Binding(unknown) = %v, want ErrNotFound", err)
	}
	if err := s.Unbind(ctx, "1", "2"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Unbind(unknown) = %v, want ErrNotFound", err)
	}
	if list, err := s.Articles(ctx); err != nil || list == nil || len(list) != 0 {
		t.Errorf("Articles on an empty store = %#v, %v; want an empty non-nil slice", list, err)
	}
	if list, err := s.Bindings(ctx); err != nil || list == nil || len(list) != 0 {
		t.Errorf("Bindings on an empty store = %#v, %v; want an empty non-nil slice", list, err)
	}
}

func testArticles(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a, b := article("Older."), article("Newer.")
	b.AddedAt = a.AddedAt.Add(time.Hour)
	mustPut(t, ctx, s, b)
	mustPut(t, ctx, s, a)
	list, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].SHA256 != a.SHA256 || list[1].SHA256 != b.SHA256 {
		t.Fatalf("Articles = %+v, want oldest first", list)
	}
	if list[1].Title != b.Title || list[1].Source != b.Source || list[1].AddedBy != b.AddedBy || !list[1].AddedAt.Equal(b.AddedAt.Truncate(time.Microsecond)) {
		t.Errorf("listed %+v, want the fields of %+v", list[1], b)
	}
	zero := article("No time given.")
	zero.AddedAt = time.Time{}
	before := time.Now().Add(-time.Second)
	mustPut(t, ctx, s, zero)
	got, err := s.Article(ctx, zero.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	if got.AddedAt.Before(before) || got.AddedAt.After(time.Now().Add(time.Second)) {
		t.Errorf("a zero AddedAt was stored as %v, want now", got.AddedAt)
	}
}

func testBindReplaceUnbind(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a, b := article("A."), article("B.")
	mustPut(t, ctx, s, a)
	mustPut(t, ctx, s, b)
	at := time.Date(2026, 1, 2, 3, 4, 5, 6000, time.UTC)
	mustBind(t, ctx, s, store.Binding{GuildID: "g", ChannelID: "c", SHA256: a.SHA256, SetBy: "u1", SetAt: at})
	got, err := s.Binding(ctx, "g", "c")
	if err != nil {
		t.Fatal(err)
	}
	want := store.Binding{GuildID: "g", ChannelID: "c", SHA256: a.SHA256, SetBy: "u1", SetAt: at}
	if got != want {
		t.Errorf("Binding = %+v, want %+v", got, want)
	}
	mustBind(t, ctx, s, store.Binding{GuildID: "g", ChannelID: "c", SHA256: b.SHA256, SetBy: "u2"})
	got, err = s.Binding(ctx, "g", "c")
	if err != nil {
		t.Fatal(err)
	}
	if got.SHA256 != b.SHA256 || got.SetBy != "u2" || got.SetAt.IsZero() {
		t.Errorf("after rebinding: %+v, want article B set by u2 now", got)
	}
	if list, _ := s.Bindings(ctx); len(list) != 1 {
		t.Errorf("Bind did not replace: %+v", list)
	}
	if err := s.Unbind(ctx, "g", "c"); err != nil {
		t.Fatalf("Unbind: %v", err)
	}
	if _, err := s.Binding(ctx, "g", "c"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("after Unbind: %v, want ErrNotFound", err)
	}
	if _, err := s.Article(ctx, a.SHA256); err != nil {
		t.Errorf("Unbind removed the article: %v", err)
	}
}

func testBindUnknownArticle(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	err := s.Bind(ctx, store.Binding{GuildID: "g", SHA256: store.SHA256("never stored")})
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Bind to an unknown article = %v, want ErrNotFound", err)
	}
	a := article("A.")
	mustPut(t, ctx, s, a)
	if err := s.Bind(ctx, store.Binding{GuildID: " ", SHA256: a.SHA256}); err == nil {
		t.Error("Bind without a guild: no error")
	}
	if list, _ := s.Bindings(ctx); len(list) != 0 {
		t.Errorf("refused bindings were stored: %+v", list)
	}
}

func testBindingsOrder(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a := article("A.")
	mustPut(t, ctx, s, a)
	for _, k := range [][2]string{{"2", "9"}, {"1", "5"}, {"2", ""}, {"1", ""}} {
		mustBind(t, ctx, s, store.Binding{GuildID: k[0], ChannelID: k[1], SHA256: a.SHA256, SetBy: "u"})
	}
	list, err := s.Bindings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range list {
		got = append(got, b.GuildID+"/"+b.ChannelID)
	}
	if fmt.Sprint(got) != "[1/ 1/5 2/ 2/9]" {
		t.Errorf("Bindings order = %v, want [1/ 1/5 2/ 2/9]", got)
	}
}

func testServerAndChannel(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a, b := article("Server."), article("Channel.")
	mustPut(t, ctx, s, a)
	mustPut(t, ctx, s, b)
	mustBind(t, ctx, s, store.Binding{GuildID: "g", SHA256: a.SHA256})
	mustBind(t, ctx, s, store.Binding{GuildID: "g", ChannelID: "c", SHA256: b.SHA256})
	srv, err1 := s.Binding(ctx, "g", "")
	ch, err2 := s.Binding(ctx, "g", "c")
	if err1 != nil || err2 != nil || srv.SHA256 != a.SHA256 || ch.SHA256 != b.SHA256 {
		t.Fatalf("server %+v (%v), channel %+v (%v)", srv, err1, ch, err2)
	}
	if _, err := s.Binding(ctx, "g", "other"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an unbound channel falls back inside the store: %v", err)
	}
	if err := s.Unbind(ctx, "g", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Binding(ctx, "g", "c"); err != nil {
		t.Errorf("unbinding the server removed the channel's binding: %v", err)
	}
}

func testReopen(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a := article("Kept across restarts.")
	mustPut(t, ctx, s, a)
	mustBind(t, ctx, s, store.Binding{GuildID: "g", ChannelID: "c", SHA256: a.SHA256, SetBy: "u"})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := open(t, dsn) // migrations run again: a no-op
	b, err := s2.Binding(ctx, "g", "c")
	if err != nil || b.SHA256 != a.SHA256 {
		t.Fatalf("after a restart: %+v, %v", b, err)
	}
	got, err := s2.Article(ctx, a.SHA256)
	if err != nil || got.Text != a.Text {
		t.Fatalf("after a restart: %+v, %v", got, err)
	}
}

func testReplicas(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	r1, r2 := open(t, dsn), open(t, dsn)
	a, b := article("One."), article("Two.")
	mustPut(t, ctx, r1, a)
	mustBind(t, ctx, r1, store.Binding{GuildID: "g", ChannelID: "c", SHA256: a.SHA256, SetBy: "u"})
	if got, err := r2.Binding(ctx, "g", "c"); err != nil || got.SHA256 != a.SHA256 {
		t.Fatalf("replica 2 after replica 1 bound: %+v, %v", got, err)
	}
	mustPut(t, ctx, r2, b)
	mustBind(t, ctx, r2, store.Binding{GuildID: "g", ChannelID: "c", SHA256: b.SHA256, SetBy: "v"})
	if got, err := r1.Binding(ctx, "g", "c"); err != nil || got.SHA256 != b.SHA256 || got.SetBy != "v" {
		t.Fatalf("replica 1 after replica 2 rebound: %+v, %v", got, err)
	}
	if err := r1.Unbind(ctx, "g", "c"); err != nil {
		t.Fatal(err)
	}
	if _, err := r2.Binding(ctx, "g", "c"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("replica 2 after replica 1 unbound: %v", err)
	}
	if got, err := r2.Article(ctx, a.SHA256); err != nil || got.Text != a.Text {
		t.Fatalf("replica 2 reading replica 1's article: %+v, %v", got, err)
	}
}

func testConcurrentWriters(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	r1, r2 := open(t, dsn), open(t, dsn)
	a := article("Shared.")
	mustPut(t, ctx, r1, a)
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := 0; i < n; i++ {
		for j, s := range []store.Store{r1, r2} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				x := article(fmt.Sprintf("Article %d from replica %d.", i, j))
				if err := s.PutArticle(ctx, x); err != nil {
					errs <- err
					return
				}
				if err := s.Bind(ctx, store.Binding{GuildID: "g", ChannelID: fmt.Sprint(i % 3), SHA256: x.SHA256, SetBy: fmt.Sprint(j)}); err != nil {
					errs <- err
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent write: %v", err)
	}
	l1, err1 := r1.Bindings(ctx)
	l2, err2 := r2.Bindings(ctx)
	if err1 != nil || err2 != nil || len(l1) != 3 || fmt.Sprint(l1) != fmt.Sprint(l2) {
		t.Errorf("replicas disagree after concurrent writes:\n%v (%v)\n%v (%v)", l1, err1, l2, err2)
	}
	if list, _ := r2.Articles(ctx); len(list) != 2*n+1 {
		t.Errorf("%d articles stored, want %d", len(list), 2*n+1)
	}
}

func testUnicode(t *testing.T, ctx context.Context, dsn string, open func(*testing.T, string) store.Store) {
	s := open(t, dsn)
	a := article("Türkiye’s “quote” — 東京.\n\n# Heading\n\nA'b \"c\" \\ %_ ;--")
	a.Title = "Zelenskyy’s 'title'"
	mustPut(t, ctx, s, a)
	got, err := s.Article(ctx, a.SHA256)
	if err != nil || got.Text != a.Text || got.Title != a.Title {
		t.Errorf("round trip changed the text: %q %q, %v", got.Text, got.Title, err)
	}
}
