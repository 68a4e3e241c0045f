package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	// The pure-Go SQLite driver (no cgo), registered as "sqlite".
	_ "modernc.org/sqlite"
)

// sqliteMigrations is the SQLite schema history. Append only.
var sqliteMigrations = []string{
	`CREATE TABLE articles (
		sha256   TEXT PRIMARY KEY,
		title    TEXT NOT NULL,
		source   TEXT NOT NULL,
		text     TEXT NOT NULL,
		added_by TEXT NOT NULL,
		added_at TEXT NOT NULL
	);
	CREATE TABLE bindings (
		guild_id   TEXT NOT NULL,
		channel_id TEXT NOT NULL DEFAULT '',
		sha256     TEXT NOT NULL REFERENCES articles (sha256),
		set_by     TEXT NOT NULL,
		set_at     TEXT NOT NULL,
		PRIMARY KEY (guild_id, channel_id)
	);
	CREATE INDEX bindings_sha256 ON bindings (sha256);`,
}

// busyTimeout is how long a writer waits for another one (another process on
// the same file) before giving up.
const busyTimeout = 5 * time.Second

// openSQLite opens the SQLite file at path (created with its directory), or
// a private in-memory database for ":memory:" (gone on Close).
func openSQLite(ctx context.Context, path string) (Store, error) {
	path = strings.TrimPrefix(path, "file:")
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("store: the SQLite path %q may not contain '?' or '#'", path)
	}
	memory := path == ":memory:"
	if dir := filepath.Dir(path); dir != "" && !memory {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store: cannot create the database directory: %w", err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// Transactions take the write lock when they begin, so two writers wait
	// for each other (busy_timeout) instead of failing to upgrade a read lock.
	q.Set("_txlock", "immediate")
	sdb, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if memory {
		// Each connection to ":memory:" is a database of its own: keep one.
		sdb.SetMaxOpenConns(1)
		sdb.SetConnMaxIdleTime(0)
		sdb.SetConnMaxLifetime(0)
	}
	s := &db{sql: sdb, now: time.Now, d: dialect{
		name:       "sqlite",
		migrations: sqliteMigrations,
		timeArg:    func(t time.Time) any { return t.UTC().Format(timeFormat) },
	}}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("%w (database %s)", err, path)
	}
	return s, nil
}
