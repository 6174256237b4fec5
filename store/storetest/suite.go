package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"storyline/news"
	"storyline/store"
)

// Run runs the conformance suite against the backend that open creates. open
// must return a new, empty store each time it is called.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"OddText", testOddText},
		{"Idempotent", testIdempotent},
		{"ReplaceKeepsSeq", testReplace},
		{"Hash", testHash},
		{"Scan", testScan},
		{"ScanPages", testScanPages},
		{"ScanHeads", testScanHeads},
		{"Stories", testStories},
		{"Merges", testMerges},
		{"MergeChains", testMergeChains},
		{"Stats", testStats},
		{"Search", testSearch},
		{"SearchHostile", testSearchHostile},
		{"Atomicity", testAtomicity},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
		{"Closed", testClosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

var ctx = context.Background()

// Doc returns a small document with the given id, title and text, usable by
// other packages' tests.
func Doc(id, title, text string) *news.Doc {
	return &news.Doc{Article: news.Article{
		ID: id, Source: "test", URL: "https://example.com/" + id, Title: title, Text: text,
		Hash: "h-" + id, PublishedSource: news.DateGiven,
		Published: time.Date(2025, 2, 18, 9, 30, 0, 0, time.UTC),
	}}
}

// rec returns a record of a doc in a story.
func rec(id, story string) store.Record {
	return store.Record{Doc: Doc(id, "Title of "+id, "Text of article "+id+"."), Story: story}
}

func commit(t *testing.T, s store.Store, b *store.Batch) {
	t.Helper()
	if err := s.Commit(ctx, b); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

func article(t *testing.T, s store.Store, id string) *store.Record {
	t.Helper()
	r, err := s.Article(ctx, id)
	if err != nil {
		t.Fatalf("Article(%q): %v", id, err)
	}
	return r
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func story(t *testing.T, s store.Store, id string) *store.StoryRecord {
	t.Helper()
	h, err := s.Story(ctx, id)
	if err != nil {
		t.Fatalf("Story(%q): %v", id, err)
	}
	return h
}

// ids returns the article ids of records.
func ids(rs []*store.Record) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Doc.ID)
	}
	return out
}

func storyArticles(t *testing.T, s store.Store, id string) []string {
	t.Helper()
	rs, err := s.StoryArticles(ctx, id)
	if err != nil {
		t.Fatalf("StoryArticles(%q): %v", id, err)
	}
	return ids(rs)
}

func scanIDs(t *testing.T, s store.Store) []string {
	t.Helper()
	var out []string
	var last int64
	err := s.Scan(ctx, func(r *store.Record) error {
		if r.Seq <= last {
			return fmt.Errorf("seq %d after %d", r.Seq, last)
		}
		last = r.Seq
		out = append(out, r.Doc.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	return out
}

// sameTime reports whether a and b are the same instant to the microsecond.
func sameTime(a, b time.Time) bool {
	return a.Truncate(time.Microsecond).Equal(b.Truncate(time.Microsecond))
}

// diffRecord describes how got differs from want ("" when equal); Seq and a
// zero want.Ingested are not compared.
func diffRecord(got, want *store.Record) string {
	var d []string
	if got.Doc == nil || want.Doc == nil {
		return "nil doc"
	}
	if !sameTime(got.Doc.Published, want.Doc.Published) {
		d = append(d, fmt.Sprintf("Published %v, want %v", got.Doc.Published, want.Doc.Published))
	}
	g, w := *got.Doc, *want.Doc
	g.Published, w.Published = time.Time{}, time.Time{}
	if !reflect.DeepEqual(g, w) {
		d = append(d, fmt.Sprintf("Doc\n got %+v\nwant %+v", g, w))
	}
	if got.Story != want.Story || got.DuplicateOf != want.DuplicateOf || got.Similarity != want.Similarity || got.Explain != want.Explain {
		d = append(d, fmt.Sprintf("fields got (%q %q %v %q), want (%q %q %v %q)",
			got.Story, got.DuplicateOf, got.Similarity, got.Explain, want.Story, want.DuplicateOf, want.Similarity, want.Explain))
	}
	if len(got.Signature) != len(want.Signature) || (len(want.Signature) > 0 && !reflect.DeepEqual(got.Signature, want.Signature)) {
		d = append(d, fmt.Sprintf("Signature %v, want %v", got.Signature, want.Signature))
	}
	if !want.Ingested.IsZero() && !sameTime(got.Ingested, want.Ingested) {
		d = append(d, fmt.Sprintf("Ingested %v, want %v", got.Ingested, want.Ingested))
	}
	return strings.Join(d, "; ")
}

func wantErr(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("%s: error %v, want %v", what, err, target)
	}
}
