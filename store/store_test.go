package store_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/quotebot/quotebot/store"
	"github.com/quotebot/quotebot/store/storetest"
)

func TestSQLite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) string {
		return filepath.Join(t.TempDir(), "sub", "quotebot.db")
	})
}

// TestPostgres runs the suite against the real server QUOTEBOT_TEST_POSTGRES
// names (.ci/run starts one), each subtest in a schema of its own.
func TestPostgres(t *testing.T) {
	dsn := os.Getenv("QUOTEBOT_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("QUOTEBOT_TEST_POSTGRES is not set: set it to a postgres:// URL of a throwaway database to run the PostgreSQL suite (.ci/run does)")
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatalf("QUOTEBOT_TEST_POSTGRES: %v", err)
	}
	admin := stdlib.OpenDB(*cfg)
	t.Cleanup(func() { admin.Close() })
	storetest.Run(t, func(t *testing.T) string {
		return freshSchema(t, admin, dsn)
	})
}

func freshSchema(t *testing.T, admin *sql.DB, dsn string) string {
	var b [6]byte
	rand.Read(b[:])
	schema := "qbtest_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ dsn, want string }{
		{"", "QUOTEBOT_DB"},
		{"  ", "QUOTEBOT_DB"},
		{"/tmp/a?b.db", "may not contain"},
		{"postgres://user:s3cret@%zz/db", "not a valid PostgreSQL URL"},
		{"postgresql://user:s3cret@127.0.0.1:1/db?connect_timeout=2", "cannot reach PostgreSQL at user@127.0.0.1:1/db"},
	} {
		s, err := store.Open(ctx, tc.dsn)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q): no error", tc.dsn)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Open(%q) = %v, want a message with %q and no password", tc.dsn, err, tc.want)
		}
	}
}

func TestOpenNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("INSERT INTO schema_version (version) VALUES (999)"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if s, err := store.Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		if s != nil {
			s.Close()
		}
		t.Errorf("Open of a newer schema = %v, want a refusal", err)
	}
}

func TestSQLiteWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var mode string
	if err := raw.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q (%v), want wal", mode, err)
	}
}

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG layout is Linux's")
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, tc := range []struct {
		env  map[string]string
		want string
		ok   bool
	}{
		{map[string]string{"XDG_DATA_HOME": "/data", "HOME": "/home/u"}, "/data/quotebot/quotebot.db", true},
		{map[string]string{"XDG_DATA_HOME": "relative", "HOME": "/home/u"}, "/home/u/.local/share/quotebot/quotebot.db", true},
		{map[string]string{"HOME": "/home/u"}, "/home/u/.local/share/quotebot/quotebot.db", true},
		{map[string]string{}, "", false},
	} {
		got, err := store.DefaultPath(env(tc.env))
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("DefaultPath(%v) = %q, %v; want %q", tc.env, got, err, tc.want)
		}
	}
}

func TestIsPostgres(t *testing.T) {
	for dsn, want := range map[string]bool{
		"postgres://h/db": true, "postgresql://h/db": true, "POSTGRES://h/db": true,
		"/var/lib/quotebot.db": false, "postgres.db": false, "file:x.db": false,
	} {
		if got := store.IsPostgres(dsn); got != want {
			t.Errorf("IsPostgres(%q) = %v", dsn, got)
		}
	}
}

// BenchmarkSQLiteBinding is the read every request makes to resolve its article.
func BenchmarkSQLiteBinding(b *testing.B) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "q.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	text := "Body."
	if err := s.PutArticle(ctx, store.Article{SHA256: store.SHA256(text), Text: text}); err != nil {
		b.Fatal(err)
	}
	if err := s.Bind(ctx, store.Binding{GuildID: "1", ChannelID: "2", SHA256: store.SHA256(text)}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Binding(ctx, "1", "2"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSQLiteBind is one /article set's write.
func BenchmarkSQLiteBind(b *testing.B) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "q.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	text := "Body."
	if err := s.PutArticle(ctx, store.Article{SHA256: store.SHA256(text), Text: text}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.Bind(ctx, store.Binding{GuildID: "1", ChannelID: "2", SHA256: store.SHA256(text)}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSQLiteOddPaths(t *testing.T) {
	ctx := context.Background()
	for _, p := range []string{filepath.Join(t.TempDir(), "with space", "é.db"), "file:" + filepath.Join(t.TempDir(), "f.db"), ":memory:"} {
		s, err := store.Open(ctx, p)
		if err != nil {
			t.Errorf("Open(%q): %v", p, err)
			continue
		}
		text := "Body."
		err1 := s.PutArticle(ctx, store.Article{SHA256: store.SHA256(text), Text: text})
		err2 := s.Bind(ctx, store.Binding{GuildID: "1", SHA256: store.SHA256(text)})
		_, err3 := s.Binding(ctx, "1", "")
		if err := errors.Join(err1, err2, err3); err != nil {
			t.Errorf("%q: %v", p, err)
		}
		s.Close()
	}
}
