package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storyline/store"
)

// scanPage is how many records Scan reads per query.
const scanPage = 1000

const articleColumns = `seq, id, story, duplicate_of, similarity, published, date_only, text, doc, signature, explain, ingested`

// rowScanner is *sql.Row or *sql.Rows.
type rowScanner interface {
	Scan(dest ...any) error
}

func scanRecord(row rowScanner) (*store.Record, error) {
	var (
		r                   store.Record
		id, published, text string
		ingested            string
		dateOnly            bool
		doc, sig            []byte
	)
	if err := row.Scan(&r.Seq, &id, &r.Story, &r.DuplicateOf, &r.Similarity, &published, &dateOnly,
		&text, &doc, &sig, &r.Explain, &ingested); err != nil {
		return nil, err
	}
	d, err := decodeDoc(doc, text, published, dateOnly)
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	r.Doc = d
	if r.Signature, err = store.DecodeSignature(sig); err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	if r.Ingested, err = parseStamp(ingested); err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	return &r, nil
}

// Article returns the record with the given article id, or store.ErrNotFound.
func (db *DB) Article(ctx context.Context, id string) (*store.Record, error) {
	if err := db.enter("article"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	r, err := scanRecord(db.r.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	return r, nil
}

// Hash returns the id of the earliest article whose Doc.Hash is h.
func (db *DB) Hash(ctx context.Context, h string) (string, error) {
	if err := db.enter("hash"); err != nil {
		return "", err
	}
	defer db.mu.RUnlock()
	var id string
	err := db.r.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ? AND hash != '' ORDER BY seq LIMIT 1`, h).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("hash %q: %w", h, store.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("hash %q: %w", h, err)
	}
	return id, nil
}

// Scan calls fn for every article in ingest order until fn returns an
// error, which Scan returns. It reads pages of records by seq and holds no
// transaction while fn runs, so fn may use the store; records committed
// during the scan are seen when their seq is past the current page.
func (db *DB) Scan(ctx context.Context, fn func(*store.Record) error) error {
	return store.ScanPages(ctx, db.page, fn)
}

// page reads up to scanPage records with seq > after.
func (db *DB) page(ctx context.Context, after int64) ([]*store.Record, error) {
	if err := db.enter("scan"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	return db.records(ctx, "scan", `SELECT `+articleColumns+` FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, after, scanPage)
}

func (db *DB) records(ctx context.Context, op, query string, args ...any) ([]*store.Record, error) {
	rows, err := db.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return out, nil
}

const storyColumns = `id, title, created, updated, size, merged_into`

func scanStory(row rowScanner) (*store.StoryRecord, error) {
	var h store.StoryRecord
	var created, updated string
	if err := row.Scan(&h.ID, &h.Title, &created, &updated, &h.Size, &h.MergedInto); err != nil {
		return nil, err
	}
	var err error
	if h.Created, err = parseStamp(created); err != nil {
		return nil, fmt.Errorf("story %q: %w", h.ID, err)
	}
	if h.Updated, err = parseStamp(updated); err != nil {
		return nil, fmt.Errorf("story %q: %w", h.ID, err)
	}
	return &h, nil
}

// resolveStory follows merges from id to the surviving story head; all
// reads happen in one read transaction so the chain is consistent.
func (db *DB) resolveStory(ctx context.Context, tx *sql.Tx, id string) (*store.StoryRecord, error) {
	cur := id
	for range 64 {
		h, err := scanStory(tx.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, cur))
		if errors.Is(err, sql.ErrNoRows) {
			return nil, store.ErrNotFound
		}
		if err != nil {
			return nil, err
		}
		if h.MergedInto == "" {
			return h, nil
		}
		cur = h.MergedInto
	}
	return nil, fmt.Errorf("merge chain longer than 64 from %q", id)
}

// Story returns a story head; a merged id resolves to the surviving story.
func (db *DB) Story(ctx context.Context, id string) (*store.StoryRecord, error) {
	if err := db.enter("story"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("story %q: %w", id, err)
	}
	defer tx.Rollback()
	h, err := db.resolveStory(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("story %q: %w", id, err)
	}
	return h, nil
}

// Stories returns the live stories by size, then last update, descending
// (ties broken by id).
func (db *DB) Stories(ctx context.Context) ([]store.StoryRecord, error) {
	if err := db.enter("stories"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	rows, err := db.r.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE merged_into = ''
		ORDER BY size DESC, updated DESC, id`)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	defer rows.Close()
	var out []store.StoryRecord
	for rows.Next() {
		h, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		out = append(out, *h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	return out, nil
}

// StoryArticles returns the articles of a story (resolving merged ids) in
// ingest order, or store.ErrNotFound when the story does not exist.
func (db *DB) StoryArticles(ctx context.Context, id string) ([]*store.Record, error) {
	if err := db.enter("story articles"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	defer tx.Rollback()
	h, err := db.resolveStory(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE story = ? ORDER BY seq`, h.ID)
	if err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("story articles %q: %w", id, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	return out, nil
}

// Stats counts articles, duplicates and live stories in one read transaction.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	if err := db.enter("stats"); err != nil {
		return store.Stats{}, err
	}
	defer db.mu.RUnlock()
	var st store.Stats
	err := db.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE duplicate_of != ''),
		(SELECT count(*) FROM stories WHERE merged_into = '')`).Scan(&st.Articles, &st.Duplicates, &st.Stories)
	if err != nil {
		return store.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
