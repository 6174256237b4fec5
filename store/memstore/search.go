package memstore

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"storyline/store"
)

// DefaultLimit is the number of hits Search returns when limit <= 0.
const DefaultLimit = 10

// Search returns the articles whose title or text contain every word of the
// query (case-insensitive, no stemming), best first. Punctuation and search
// operators in the query are ignored, so no query string is an error.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	terms := words(query)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, fmt.Errorf("search %q: %w", query, store.ErrClosed)
	}
	if len(terms) == 0 {
		return nil, nil
	}
	type hit struct {
		store.Hit
		seq int64
	}
	var hits []hit
	for _, r := range s.order {
		title, text := count(words(r.Doc.Title)), count(words(r.Doc.Text))
		score, all := 0, true
		for _, t := range terms {
			n := 2*title[t] + text[t]
			if n == 0 {
				all = false
				break
			}
			score += n
		}
		if !all {
			continue
		}
		hits = append(hits, hit{store.Hit{
			ID: r.Doc.ID, Title: r.Doc.Title, Story: r.Story,
			Snippet: snippet(r.Doc.Text, terms), Score: float64(score),
		}, r.Seq})
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].seq < hits[j].seq
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]store.Hit, len(hits))
	for i, h := range hits {
		out[i] = h.Hit
	}
	return out, nil
}

// words splits s into lower-cased runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func count(ws []string) map[string]int {
	m := make(map[string]int, len(ws))
	for _, w := range ws {
		m[w]++
	}
	return m
}

// snippet returns about a dozen words of text around the first query word.
func snippet(text string, terms []string) string {
	const before, after = 4, 8
	ws := strings.Fields(text)
	at := 0
	want := map[string]bool{}
	for _, t := range terms {
		want[t] = true
	}
find:
	for i, w := range ws {
		for _, x := range words(w) {
			if want[x] {
				at = i
				break find
			}
		}
	}
	lo, hi := max(0, at-before), min(len(ws), at+after)
	out := strings.Join(ws[lo:hi], " ")
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(ws) {
		out += "…"
	}
	return out
}
