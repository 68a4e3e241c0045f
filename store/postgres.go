package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// postgresMigrations is the PostgreSQL schema history. Append only.
var postgresMigrations = []string{
	`CREATE TABLE articles (
		sha256   TEXT PRIMARY KEY,
		title    TEXT NOT NULL,
		source   TEXT NOT NULL,
		text     TEXT NOT NULL,
		added_by TEXT NOT NULL,
		added_at TIMESTAMPTZ NOT NULL
	);
	CREATE TABLE bindings (
		guild_id   TEXT NOT NULL,
		channel_id TEXT NOT NULL DEFAULT '',
		sha256     TEXT NOT NULL REFERENCES articles (sha256),
		set_by     TEXT NOT NULL,
		set_at     TIMESTAMPTZ NOT NULL,
		PRIMARY KEY (guild_id, channel_id)
	);
	CREATE INDEX bindings_sha256 ON bindings (sha256);`,
}

// migrationLock is the advisory-lock key replicas take while migrating
// ("quotebot" in ASCII, folded into an int64).
const migrationLock = 0x71756f7465626f74

func openPostgres(ctx context.Context, dsn string) (Store, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		// pgx's message may quote the URL, password included: say only what to fix.
		return nil, errors.New("store: DATABASE_URL is not a valid PostgreSQL URL (postgres://user:password@host:5432/dbname)")
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	sdb := stdlib.OpenDB(*cfg)
	sdb.SetMaxOpenConns(10)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	where := fmt.Sprintf("%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("store: cannot reach PostgreSQL at %s: %w", where, err)
	}
	s := &db{sql: sdb, now: time.Now, d: dialect{
		name:       "postgres",
		dollar:     true,
		migrations: postgresMigrations,
		lock:       fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", int64(migrationLock)),
		timeArg:    func(t time.Time) any { return t.UTC() },
	}}
	if err := s.migrate(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("%w (PostgreSQL at %s)", err, where)
	}
	return s, nil
}
