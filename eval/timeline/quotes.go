package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"storyline/news"
)

// GoldQuote is one quote of a seeds-style gold file.
type GoldQuote struct {
	Doc      string    `json:"doc"`
	Starts   string    `json:"starts"`
	Kind     string    `json:"kind"`
	Accept   []*string `json:"accept"` // null accepts an unattributed quote
	Optional bool      `json:"optional"`
}

// ReadGoldQuotes reads the quotes of a gold file.
func ReadGoldQuotes(path string) ([]GoldQuote, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g struct {
		Quotes []GoldQuote `json:"quotes"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("read gold quotes %s: %w", path, err)
	}
	return g.Quotes, nil
}

// QuoteResult scores the quotes of documents against the gold.
type QuoteResult struct {
	Required, Found, Speaker int // non-optional gold quotes; found; found with an accepted speaker
	Misses                   []string
}

// ScoreQuotes matches each non-optional gold quote to a system quote of its
// document whose text starts with (or contains) the gold opening words, and
// checks that the speaker's display name is in the accept list (exact
// string, after trimming a leading "The").
func ScoreQuotes(docs []*news.Doc, gold []GoldQuote) QuoteResult {
	byID := map[string]*news.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	var r QuoteResult
	for _, g := range gold {
		if g.Optional {
			continue
		}
		r.Required++
		d := byID[g.Doc]
		if d == nil {
			r.Misses = append(r.Misses, g.Doc+": document missing")
			continue
		}
		var hit *news.Quote
		for i := range d.Quotes {
			q := &d.Quotes[i]
			if strings.HasPrefix(norm(q.Text), norm(g.Starts)) || strings.Contains(norm(q.Text), norm(g.Starts)) {
				hit = q
				break
			}
		}
		if hit == nil {
			r.Misses = append(r.Misses, fmt.Sprintf("%s %q: not found", g.Doc, g.Starts))
			continue
		}
		r.Found++
		ok := false
		for _, a := range g.Accept {
			if a == nil && hit.SpeakerName == "" || a != nil && norm(*a) == norm(hit.SpeakerName) {
				ok = true
			}
		}
		if ok {
			r.Speaker++
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("%s %q: speaker %q not in %v", g.Doc, g.Starts, hit.SpeakerName, names(g.Accept)))
		}
	}
	return r
}

// Write prints the quote scores.
func (r QuoteResult) Write(w io.Writer) {
	fmt.Fprintf(w, "quotes: %d/%d non-optional gold quotes found, %d/%d (%.1f%%) with a speaker in the accept list\n",
		r.Found, r.Required, r.Speaker, r.Required, 100*float64(r.Speaker)/float64(max(1, r.Required)))
	for _, m := range r.Misses {
		fmt.Fprintf(w, "  miss: %s\n", m)
	}
}

func names(xs []*string) []string {
	var out []string
	for _, x := range xs {
		if x == nil {
			out = append(out, "null")
		} else {
			out = append(out, *x)
		}
	}
	return out
}

func norm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.TrimPrefix(s, "the ")
}
