package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// TestArticlesOnPostgres: with DATABASE_URL, two processes (replicas) share
// the bindings; it runs when QUOTEBOT_TEST_POSTGRES names a server (.ci/run).
func TestArticlesOnPostgres(t *testing.T) {
	dsn := os.Getenv("QUOTEBOT_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("QUOTEBOT_TEST_POSTGRES is not set (.ci/run sets it)")
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	admin := stdlib.OpenDB(*cfg)
	defer admin.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "qbcli_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
	u, _ := url.Parse(dsn)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()

	// QUOTEBOT_DB is set too: DATABASE_URL wins, and no file is made.
	file := filepath.Join(t.TempDir(), "unused.db")
	env := map[string]string{"DATABASE_URL": u.String(), "QUOTEBOT_DB": file}
	md := filepath.Join(t.TempDir(), "storm.md")
	os.WriteFile(md, []byte("# Storm Warning\n\nA storm will reach the coast tonight, forecasters said.\n"), 0o644)
	if out, _, err := runCLI(t, env, "articles", "bind", "--guild", "9", "--channel", "8", md); err != nil {
		t.Fatalf("bind on PostgreSQL: %v %s", err, out)
	}
	out, _, err := runCLI(t, env, "articles", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var list articlesJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list.Bindings) != 1 || list.Bindings[0].Title != "Storm Warning" {
		t.Fatalf("the other replica sees %v: %s", err, out)
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("QUOTEBOT_DB was created although DATABASE_URL is set")
	}
	out, _, _ = runCLI(t, env, "articles")
	if !strings.Contains(out, "Database: postgres://"+cfg.Host) || strings.Contains(out, "@") || strings.Contains(out, "search_path") {
		t.Errorf("the listing should name the database without credentials or query: %s", out)
	}
}
