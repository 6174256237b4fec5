package memstore

import (
	"context"
	"testing"

	"storyline/store"
	"storyline/store/storetest"
)

// FuzzSearch checks that no query string makes Search fail or panic.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", `U.S. "foo`, "AND", "\xff", "gamma delta", "…"} {
		f.Add(s)
	}
	s := New()
	ctx := context.Background()
	if err := s.Commit(ctx, &store.Batch{Records: []store.Record{{Doc: storetest.Doc("a", "Alpha beta", "Gamma and delta.")}}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(ctx, q, 3)
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		for _, h := range hits {
			if h.ID != "a" {
				t.Errorf("Search(%q) hit %q", q, h.ID)
			}
		}
	})
}
