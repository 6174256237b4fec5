package postgres

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/jackc/pgx/v5"

	"storyline/store"
)

// DefaultLimit is the number of hits Search returns when limit <= 0.
const DefaultLimit = 10

// maxTerms bounds the number of words taken from a query.
const maxTerms = 32

// Search runs a full-text query over article titles and texts, best first
// (ts_rank, title words weighing more). Every run of letters and digits in
// the query is a required term, stemmed with the English configuration
// (stop words are dropped); operators and quotes are ignored, so no query
// string is an error. Snippets are plain text (ts_headline without markup).
func (db *DB) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	if err := db.enter("search"); err != nil {
		return nil, err
	}
	defer db.mu.RUnlock()
	if limit <= 0 {
		limit = DefaultLimit
	}
	q := plainQuery(query)
	if q == "" {
		return nil, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT id, title, story,
			ts_headline('english', text, q, 'StartSel="", StopSel="", MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "'),
			score
		FROM (SELECT seq, id, title, story, text, q, ts_rank(tsv, q) AS score
			FROM articles, plainto_tsquery('english', $1) AS q
			WHERE tsv @@ q ORDER BY score DESC, seq LIMIT $2) AS hits
		ORDER BY score DESC, seq`, q, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	hits, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Hit, error) {
		var h store.Hit
		var score float32
		err := row.Scan(&h.ID, &h.Title, &h.Story, &h.Snippet, &score)
		h.Score = float64(score)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	for i := range hits {
		hits[i].Snippet = strings.TrimSpace(hits[i].Snippet)
	}
	return hits, nil
}

// plainQuery keeps the words of q (runs of letters and digits), lower-cased
// and deduplicated, separated by spaces: input for plainto_tsquery that
// holds no NUL byte, invalid UTF-8 or operator.
func plainQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		w = strings.ToLower(w)
		if seen[w] || len(out) == maxTerms {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
