package sqlite

import (
	"context"
	"fmt"

	"storyline/store"
)

// headPage is how many article heads ScanHeads reads per query.
const headPage = 10000

// ScanHeads calls fn for the head of every article in ingest order, reading
// only the columns kept beside the document.
func (db *DB) ScanHeads(ctx context.Context, fn func(*store.Head) error) error {
	return store.ScanHeadPages(ctx, db.headPage, fn)
}

// headPage reads up to headPage heads with seq > after.
func (db *DB) headPage(ctx context.Context, after int64) ([]*store.Head, error) {
	if err := db.enter("scan heads"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	rows, err := db.r.QueryContext(ctx, `SELECT seq, id, hash, story, duplicate_of, published, signature
		FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, after, headPage)
	if err != nil {
		return nil, fmt.Errorf("scan heads: %w", err)
	}
	defer rows.Close()
	var out []*store.Head
	for rows.Next() {
		var (
			h         store.Head
			published string
			sig       []byte
		)
		if err := rows.Scan(&h.Seq, &h.ID, &h.Hash, &h.Story, &h.DuplicateOf, &published, &sig); err != nil {
			return nil, fmt.Errorf("scan heads: %w", err)
		}
		if h.Published, err = parsePublished(published); err != nil {
			return nil, fmt.Errorf("scan heads: article %q: %w", h.ID, err)
		}
		if h.Signature, err = store.DecodeSignature(sig); err != nil {
			return nil, fmt.Errorf("scan heads: article %q: %w", h.ID, err)
		}
		out = append(out, &h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("scan heads: %w", err)
	}
	return out, nil
}
