package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// migrations are the schema steps in order; migration i brings a schema to
// version i+1. Never edit a released step: append a new one.
var migrations = []string{
	// 1: articles and stories.
	`CREATE TABLE articles (
		seq          BIGSERIAL PRIMARY KEY,
		id           TEXT NOT NULL UNIQUE,
		hash         TEXT NOT NULL DEFAULT '',
		story        TEXT NOT NULL DEFAULT '',
		duplicate_of TEXT NOT NULL DEFAULT '',
		similarity   DOUBLE PRECISION NOT NULL DEFAULT 0,
		published    TIMESTAMPTZ,
		date_only    BOOLEAN NOT NULL DEFAULT false,
		title        TEXT NOT NULL DEFAULT '',
		text         TEXT NOT NULL DEFAULT '',
		doc          BYTEA NOT NULL,
		signature    BYTEA,
		explain      TEXT NOT NULL DEFAULT '',
		ingested     TIMESTAMPTZ NOT NULL
	);
	CREATE INDEX articles_hash ON articles(hash);
	CREATE INDEX articles_story ON articles(story, seq);
	CREATE TABLE stories (
		id          TEXT PRIMARY KEY,
		title       TEXT NOT NULL DEFAULT '',
		created     TIMESTAMPTZ,
		updated     TIMESTAMPTZ,
		size        INTEGER NOT NULL DEFAULT 0,
		merged_into TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX stories_merged ON stories(merged_into);`,

	// 2: full-text search and a partial index for counting duplicates.
	`ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('english'::regconfig, title), 'A') ||
		setweight(to_tsvector('english'::regconfig, left(text, 200000)), 'B')) STORED;
	CREATE INDEX articles_tsv ON articles USING GIN (tsv);
	CREATE INDEX articles_duplicates ON articles(duplicate_of) WHERE duplicate_of <> '';`,
}

// lockKey names the advisory lock that serialises migrations and commits
// within one schema.
const lockKey = `hashtext('storyline:' || current_schema())`

// migrate brings the schema to version upto (len(migrations) for the
// latest) in one transaction. It fails when the schema is newer than this
// code.
func migrate(ctx context.Context, conn interface {
	Begin(context.Context) (pgx.Tx, error)
}, upto int) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(`+lockKey+`)`); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var v int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d): upgrade storyline", v, len(migrations))
	}
	for ; v < upto; v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations(version) VALUES($1)`, v+1); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}
