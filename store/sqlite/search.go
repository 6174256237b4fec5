package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"storyline/store"
)

// DefaultLimit is the number of hits Search returns when limit <= 0.
const DefaultLimit = 10

// Search runs a full-text query over article titles and texts, best first
// (BM25, title words weighing double). Every run of letters and digits in the
// query is one required term (stemmed, case and accent insensitive); FTS5
// operators and quotes in the query are ignored, so no query string is an
// error. A query without words returns no hits. Snippets are plain text.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	if err := db.enter("search"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	if limit <= 0 {
		limit = DefaultLimit
	}
	match := matchQuery(query)
	if match == "" {
		return nil, nil
	}
	// ORDER BY rank lets FTS5 sort inside the virtual table, so snippet()
	// runs for the returned rows only.
	rows, err := db.r.QueryContext(ctx, `SELECT a.id, a.title, a.story, f.snip, f.rank
		FROM (SELECT rowid, snippet(articles_fts, 1, '', '', '…', 24) AS snip, rank
			FROM articles_fts WHERE articles_fts MATCH ?1 AND rank MATCH 'bm25(2.0, 1.0)'
			ORDER BY rank LIMIT ?2) AS f
		JOIN articles a ON a.seq = f.rowid
		ORDER BY f.rank, a.seq`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Story, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Score = -h.Score // bm25 is lower for better matches
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// maxTerms bounds the number of words taken from a query.
const maxTerms = 32

// matchQuery turns free text into an FTS5 query: each word a quoted string,
// all required. Words are runs of letters and digits, so the result never
// holds a quote, operator or column filter of the user's.
func matchQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := map[string]bool{}
	var b strings.Builder
	n := 0
	for _, w := range words {
		w = strings.ToLower(w)
		if seen[w] || n == maxTerms {
			continue
		}
		seen[w] = true
		n++
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(w)
		b.WriteByte('"')
	}
	return b.String()
}
