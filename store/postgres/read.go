package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"storyline/store"
)

// scanPage is how many records Scan reads per query.
const scanPage = 1000

const articleColumns = `seq, id, story, duplicate_of, similarity, published, date_only, text, doc, signature, explain, ingested`

func scanRecord(row pgx.Row) (*store.Record, error) {
	var (
		r         store.Record
		id, text  string
		published pgtype.Timestamptz
		ingested  pgtype.Timestamptz
		dateOnly  bool
		doc, sig  []byte
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
	r.Ingested = fromTime(ingested)
	return &r, nil
}

func collectRecords(rows pgx.Rows) ([]*store.Record, error) {
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (*store.Record, error) { return scanRecord(row) })
}

// Article returns the record with the given article id, or store.ErrNotFound.
func (db *DB) Article(ctx context.Context, id string) (*store.Record, error) {
	if err := db.enter("article"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	r, err := scanRecord(db.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
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
	err := db.pool.QueryRow(ctx, `SELECT id FROM articles WHERE hash = $1 AND hash <> '' ORDER BY seq LIMIT 1`, h).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", fmt.Errorf("hash %q: %w", h, store.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("hash %q: %w", h, err)
	}
	return id, nil
}

// Scan calls fn for every article in ingest order until fn returns an
// error, which Scan returns. It reads pages of records by seq and holds no
// transaction while fn runs, so fn may use the store.
func (db *DB) Scan(ctx context.Context, fn func(*store.Record) error) error {
	return store.ScanPages(ctx, db.page, fn)
}

func (db *DB) page(ctx context.Context, after int64) ([]*store.Record, error) {
	if err := db.enter("scan"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	rows, err := db.pool.Query(ctx, `SELECT `+articleColumns+` FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, after, scanPage)
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	page, err := collectRecords(rows)
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	return page, nil
}

const storyColumns = `id, title, created, updated, size, merged_into`

func scanStory(row pgx.Row) (store.StoryRecord, error) {
	var h store.StoryRecord
	var created, updated pgtype.Timestamptz
	var size int32
	if err := row.Scan(&h.ID, &h.Title, &created, &updated, &size, &h.MergedInto); err != nil {
		return h, err
	}
	h.Created, h.Updated, h.Size = fromTime(created), fromTime(updated), int(size)
	return h, nil
}

// resolveStory follows merges from id to the surviving head.
func resolveStory(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}, id string) (*store.StoryRecord, error) {
	cur := id
	for range 64 {
		h, err := scanStory(q.QueryRow(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = $1`, cur))
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, store.ErrNotFound
		}
		if err != nil {
			return nil, err
		}
		if h.MergedInto == "" {
			return &h, nil
		}
		cur = h.MergedInto
	}
	return nil, errLongChain
}

// Story returns a story head; a merged id resolves to the surviving story.
func (db *DB) Story(ctx context.Context, id string) (*store.StoryRecord, error) {
	if err := db.enter("story"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	h, err := resolveStory(ctx, db.pool, id)
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
	rows, err := db.pool.Query(ctx, `SELECT `+storyColumns+` FROM stories WHERE merged_into = ''
		ORDER BY size DESC, updated DESC NULLS LAST, id COLLATE "C"`)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.StoryRecord, error) { return scanStory(row) })
	if err != nil {
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
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	defer tx.Rollback(ctx)
	h, err := resolveStory(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	rows, err := tx.Query(ctx, `SELECT `+articleColumns+` FROM articles WHERE story = $1 ORDER BY seq`, h.ID)
	if err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	out, err := collectRecords(rows)
	if err != nil {
		return nil, fmt.Errorf("story articles %q: %w", id, err)
	}
	return out, nil
}

// Stats counts articles, duplicates and live stories.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	if err := db.enter("stats"); err != nil {
		return store.Stats{}, err
	}
	defer db.mu.RUnlock()
	var a, d, s int64
	err := db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE duplicate_of <> ''),
		(SELECT count(*) FROM stories WHERE merged_into = '')`).Scan(&a, &d, &s)
	if err != nil {
		return store.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return store.Stats{Articles: int(a), Duplicates: int(d), Stories: int(s)}, nil
}
