package cluster

import (
	"slices"
	"strings"
	"time"

	"storyline/news"
)

// View numbers the sub-vectors of a document and a story.
const (
	ViewTitle  = iota // title terms
	ViewBody          // body terms
	ViewEntity        // entities (canonical keys, or capitalised words when no entities are given)
	numViews
)

var viewNames = [numViews]string{"title", "body", "entities"}

// Term is one weighted term of a view.
type Term struct {
	Key  uint64  // hash of the term (with its view for entities)
	N    float32 // occurrences in the document
	Text string  // the term as shown in explanations
}

// Vector is the order-independent part of a document the clusterer needs:
// its id, date and term counts per view. Vectorize computes it and may run in
// parallel workers; only AddVector must run in the owner goroutine.
type Vector struct {
	ID    string
	Time  time.Time // publication time, zero when unknown
	Views [numViews][]Term
	Bytes int // size of the text the vector was made from
}

// termKey hashes a term (FNV-1a, 64 bits), so keys are stable across runs.
func termKey(view int, s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	if view == ViewEntity {
		h ^= 0x5bd1e9955bd1e995
	}
	return h
}

// Vectorize computes the term vector of a document. It reads only the
// clusterer's options, so it is safe to call from several goroutines while
// another goroutine owns Add.
func (c *Clusterer) Vectorize(d *news.Doc) Vector {
	return vectorize(d, c.opt.BodyWords)
}

func vectorize(d *news.Doc, bodyWords int) Vector {
	v := Vector{ID: d.ID, Time: d.Published, Bytes: len(d.Title) + len(d.Text)}
	var buf [64]token
	tt := tokenize(d.Title, 0, buf[:0])
	v.Views[ViewTitle] = count(ViewTitle, tt, func(t token) string { return t.stem })
	// a headline-only document (no text, or the text is the title) has no
	// body view: its title stands in for the body in pseudo-entities only
	body := strings.TrimSpace(d.Text)
	var bt []token
	if body != "" && body != strings.TrimSpace(d.Title) {
		bt = tokenize(body, bodyWords, make([]token, 0, min(bodyWords, len(body)/6+1)))
		v.Views[ViewBody] = count(ViewBody, bt, func(t token) string { return t.stem })
	}
	if len(d.Entities) > 0 {
		names := make([]string, 0, len(d.Entities))
		for _, m := range d.Entities {
			k := m.Entity
			if k == "" {
				k = strings.ToLower(m.Text)
			}
			if k != "" {
				names = append(names, k)
			}
		}
		v.Views[ViewEntity] = countStrings(ViewEntity, names)
	} else {
		v.Views[ViewEntity] = pseudoEntities(tt, bt)
	}
	return v
}

// pseudoEntities stands in for entity mentions when none are given: the
// capitalised words of the body that are not sentence starts and the acronyms
// of the title, so names still count as their own view. Titles written in
// title case are not trusted beyond acronyms and words also capitalised in the body.
func pseudoEntities(title, body []token) []Term {
	var names []string
	for _, t := range body {
		if t.cap {
			names = append(names, t.stem)
		}
	}
	for _, t := range title {
		if t.all || t.cap {
			names = append(names, t.stem)
		}
	}
	return countStrings(ViewEntity, names)
}

func count(view int, toks []token, key func(token) string) []Term {
	names := make([]string, len(toks))
	for i, t := range toks {
		names[i] = key(t)
	}
	return countStrings(view, names)
}

// countStrings turns a list of terms into sorted unique Terms with counts.
func countStrings(view int, names []string) []Term {
	if len(names) == 0 {
		return nil
	}
	terms := make([]Term, 0, len(names))
	for _, s := range names {
		terms = append(terms, Term{Key: termKey(view, s), N: 1, Text: s})
	}
	slices.SortFunc(terms, func(a, b Term) int {
		switch {
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	out := terms[:1]
	for _, t := range terms[1:] {
		if t.Key == out[len(out)-1].Key {
			out[len(out)-1].N++
		} else {
			out = append(out, t)
		}
	}
	return slices.Clip(out)
}
