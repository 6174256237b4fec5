package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migrations are the schema steps in order; migration i brings a file to
// version i+1. Never edit a released step: append a new one.
var migrations = []string{
	// 1: articles and stories.
	`CREATE TABLE articles (
		seq          INTEGER PRIMARY KEY AUTOINCREMENT,
		id           TEXT NOT NULL UNIQUE,
		hash         TEXT NOT NULL DEFAULT '',
		story        TEXT NOT NULL DEFAULT '',
		duplicate_of TEXT NOT NULL DEFAULT '',
		similarity   REAL NOT NULL DEFAULT 0,
		published    TEXT NOT NULL DEFAULT '',
		date_only    INTEGER NOT NULL DEFAULT 0,
		title        TEXT NOT NULL DEFAULT '',
		text         TEXT NOT NULL DEFAULT '',
		doc          BLOB NOT NULL,
		signature    BLOB,
		explain      TEXT NOT NULL DEFAULT '',
		ingested     TEXT NOT NULL
	);
	CREATE INDEX articles_hash ON articles(hash);
	CREATE INDEX articles_story ON articles(story, seq);
	CREATE TABLE stories (
		id          TEXT PRIMARY KEY,
		title       TEXT NOT NULL DEFAULT '',
		created     TEXT NOT NULL DEFAULT '',
		updated     TEXT NOT NULL DEFAULT '',
		size        INTEGER NOT NULL DEFAULT 0,
		merged_into TEXT NOT NULL DEFAULT ''
	) WITHOUT ROWID;
	CREATE INDEX stories_merged ON stories(merged_into);`,

	// 2: full-text index and a partial index for counting duplicates.
	`CREATE VIRTUAL TABLE articles_fts USING fts5(
		title, text, content='articles', content_rowid='seq',
		tokenize='porter unicode61 remove_diacritics 2'
	);
	INSERT INTO articles_fts(articles_fts) VALUES('rebuild');
	CREATE INDEX articles_duplicates ON articles(duplicate_of) WHERE duplicate_of != '';`,
}

// migrate brings the schema of db to version upto (len(migrations) for the
// latest), one transaction per step. It fails when the file is newer than
// this code.
func migrate(ctx context.Context, db *sql.DB, upto int) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var v int
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d): upgrade storyline", v, len(migrations))
	}
	for ; v < upto; v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied) VALUES(?, ?)`,
			v+1, time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
	}
	return nil
}
