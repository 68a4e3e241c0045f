package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dialect is what differs between SQLite and PostgreSQL; the queries are
// otherwise shared, written with "?" placeholders.
type dialect struct {
	name string
	// dollar rewrites "?" placeholders as $1, $2, … (PostgreSQL).
	dollar bool
	// migrations are this dialect's schema, in order; version i+1 is
	// migrations[i]. Append only: a released migration is never edited.
	migrations []string
	// lock, when set, runs first in the migration transaction so that
	// replicas starting together migrate one at a time.
	lock string
	// timeArg turns a stored time into a query argument.
	timeArg func(time.Time) any
}

// db is the Store over database/sql shared by both dialects.
type db struct {
	sql *sql.DB
	d   dialect
	now func() time.Time
}

var _ Store = (*db)(nil)

func (s *db) q(query string) string {
	if !s.d.dollar {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// migrate brings the schema to the latest version, recording each step in
// schema_version, all in one transaction.
func (s *db) migrate(ctx context.Context) error {
	// Up to date already (every start but the first): nothing to lock or
	// create, so a user without the right to create tables can run.
	var have int
	if err := s.sql.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&have); err == nil && have == len(s.d.migrations) {
		return nil
	}
	tx, err := s.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	defer tx.Rollback()
	if s.d.lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.lock); err != nil {
			return fmt.Errorf("store: migrate: lock: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	var v int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	if v > len(s.d.migrations) {
		return fmt.Errorf("store: the database's schema is version %d, newer than this program knows (%d): upgrade quotebot", v, len(s.d.migrations))
	}
	for i := v; i < len(s.d.migrations); i++ {
		if _, err := tx.ExecContext(ctx, s.d.migrations[i]); err != nil {
			return fmt.Errorf("store: migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_version (version) VALUES (?)`), i+1); err != nil {
			return fmt.Errorf("store: migration %d: %w", i+1, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}

func (s *db) PutArticle(ctx context.Context, a Article) error {
	if err := checkArticle(a); err != nil {
		return err
	}
	_, err := s.sql.ExecContext(ctx, s.q(`INSERT INTO articles (sha256, title, source, text, added_by, added_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`),
		a.SHA256, a.Title, a.Source, a.Text, a.AddedBy, s.d.timeArg(stamp(a.AddedAt, s.now)))
	if err != nil {
		return fmt.Errorf("store: put article %s: %w", short(a.SHA256), err)
	}
	return nil
}

func (s *db) Article(ctx context.Context, sha string) (Article, error) {
	var a Article
	var at timeValue
	err := s.sql.QueryRowContext(ctx, s.q(`SELECT sha256, title, source, text, added_by, added_at FROM articles WHERE sha256 = ?`), sha).
		Scan(&a.SHA256, &a.Title, &a.Source, &a.Text, &a.AddedBy, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return Article{}, fmt.Errorf("article %s: %w", short(sha), ErrNotFound)
	}
	if err != nil {
		return Article{}, fmt.Errorf("store: article %s: %w", short(sha), err)
	}
	a.AddedAt = at.t
	return a, nil
}

func (s *db) Articles(ctx context.Context) ([]Article, error) {
	rows, err := s.sql.QueryContext(ctx, `SELECT sha256, title, source, added_by, added_at FROM articles ORDER BY added_at, sha256`)
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	defer rows.Close()
	out := []Article{}
	for rows.Next() {
		var a Article
		var at timeValue
		if err := rows.Scan(&a.SHA256, &a.Title, &a.Source, &a.AddedBy, &at); err != nil {
			return nil, fmt.Errorf("store: articles: %w", err)
		}
		a.AddedAt = at.t
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	return out, nil
}

func (s *db) Bind(ctx context.Context, b Binding) error {
	if err := checkBinding(b); err != nil {
		return err
	}
	tx, err := s.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: bind: %w", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM articles WHERE sha256 = ?`), b.SHA256).Scan(&n); err != nil {
		return fmt.Errorf("store: bind: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("bind to article %s: %w", short(b.SHA256), ErrNotFound)
	}
	_, err = tx.ExecContext(ctx, s.q(`INSERT INTO bindings (guild_id, channel_id, sha256, set_by, set_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (guild_id, channel_id) DO UPDATE SET sha256 = excluded.sha256, set_by = excluded.set_by, set_at = excluded.set_at`),
		b.GuildID, b.ChannelID, b.SHA256, b.SetBy, s.d.timeArg(stamp(b.SetAt, s.now)))
	if err != nil {
		return fmt.Errorf("store: bind: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: bind: %w", err)
	}
	return nil
}

func (s *db) Unbind(ctx context.Context, guildID, channelID string) error {
	res, err := s.sql.ExecContext(ctx, s.q(`DELETE FROM bindings WHERE guild_id = ? AND channel_id = ?`), guildID, channelID)
	if err != nil {
		return fmt.Errorf("store: unbind: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: unbind: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("binding of guild %s channel %q: %w", guildID, channelID, ErrNotFound)
	}
	return nil
}

func (s *db) Binding(ctx context.Context, guildID, channelID string) (Binding, error) {
	var b Binding
	var at timeValue
	err := s.sql.QueryRowContext(ctx, s.q(`SELECT guild_id, channel_id, sha256, set_by, set_at FROM bindings WHERE guild_id = ? AND channel_id = ?`), guildID, channelID).
		Scan(&b.GuildID, &b.ChannelID, &b.SHA256, &b.SetBy, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return Binding{}, fmt.Errorf("binding of guild %s channel %q: %w", guildID, channelID, ErrNotFound)
	}
	if err != nil {
		return Binding{}, fmt.Errorf("store: binding: %w", err)
	}
	b.SetAt = at.t
	return b, nil
}

func (s *db) Bindings(ctx context.Context) ([]Binding, error) {
	rows, err := s.sql.QueryContext(ctx, `SELECT guild_id, channel_id, sha256, set_by, set_at FROM bindings ORDER BY guild_id, channel_id`)
	if err != nil {
		return nil, fmt.Errorf("store: bindings: %w", err)
	}
	defer rows.Close()
	out := []Binding{}
	for rows.Next() {
		var b Binding
		var at timeValue
		if err := rows.Scan(&b.GuildID, &b.ChannelID, &b.SHA256, &b.SetBy, &at); err != nil {
			return nil, fmt.Errorf("store: bindings: %w", err)
		}
		b.SetAt = at.t
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: bindings: %w", err)
	}
	return out, nil
}

func (s *db) Close() error { return s.sql.Close() }

// timeFormat is how SQLite keeps times: fixed width, so text order is time
// order.
const timeFormat = "2006-01-02T15:04:05.000000Z"

// timeValue scans a time from either store: PostgreSQL's timestamptz arrives
// as a time.Time, SQLite's text as a string.
type timeValue struct{ t time.Time }

func (v *timeValue) Scan(src any) error {
	switch x := src.(type) {
	case time.Time:
		v.t = x.UTC()
	case string:
		return v.parse(x)
	case []byte:
		return v.parse(string(x))
	case nil:
		v.t = time.Time{}
	default:
		return fmt.Errorf("store: cannot read a time from %T", src)
	}
	return nil
}

func (v *timeValue) parse(s string) error {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("store: bad stored time %q: %w", s, err)
	}
	v.t = t.UTC()
	return nil
}
