package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"storyline/internal/shared"
	"storyline/news"
)

// checkClean reports invalid UTF-8 or control characters in r's text.
func checkClean(t *testing.T, r *news.Raw) {
	t.Helper()
	for _, s := range []string{string(r.Body), r.Title} {
		if !utf8.ValidString(s) {
			t.Errorf("%s: invalid UTF-8", r.Input)
			return
		}
		for _, c := range s {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) {
				t.Errorf("%s: control character %U", r.Input, c)
				return
			}
		}
	}
}

// TestWalkReuters walks the Reuters-21578 collection when it is present:
// 21,578 elements, distinct ids, every article dated 1987, clean UTF-8.
func TestWalkReuters(t *testing.T) {
	dir := shared.Path(t, "data/reuters-21578")
	ids := map[string]bool{}
	var errs []*Error
	err := Walk(context.Background(), []string{dir}, Options{}, func(r *news.Raw) error {
		if ids[r.ID] {
			t.Errorf("%s: duplicate id %s", r.Input, r.ID)
		}
		ids[r.ID] = true
		if r.Published.Year() != 1987 {
			t.Errorf("%s: published %v", r.Input, r.Published)
		}
		if r.Format != "text" || r.Source != "Reuters" {
			t.Errorf("%s: format %q source %q", r.Input, r.Format, r.Source)
		}
		checkClean(t, r)
		return nil
	}, func(e *Error) { errs = append(errs, e) })
	if err != nil {
		t.Fatal(err)
	}
	// One element of the collection has an empty TEXT: it is reported.
	if len(ids)+len(errs) != 21578 || len(errs) > 1 {
		t.Errorf("got %d articles and %d errors %v, want 21578 in all", len(ids), len(errs), errs)
	}
	if n := Count([]string{dir}, Options{}); n != 21578 {
		t.Errorf("Count = %d, want 21578", n)
	}
}

// TestWalkBBC walks the BBC News collection when it is present: 2,225 text
// files with distinct ids, one of them Windows-1252.
func TestWalkBBC(t *testing.T) {
	dir := shared.Path(t, "data/bbc-news")
	ids := map[string]bool{}
	decoded := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(r *news.Raw) error {
		if ids[r.ID] {
			t.Errorf("%s: duplicate id %s", r.Input, r.ID)
		}
		ids[r.ID] = true
		if r.Format != "text" {
			t.Errorf("%s: format %q", r.Input, r.Format)
		}
		for _, f := range r.Flags {
			if f == "decoded:windows-1252" {
				decoded++
			}
		}
		checkClean(t, r)
		return nil
	}, func(e *Error) { t.Error(e) })
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 2225 || decoded < 1 {
		t.Errorf("got %d articles (%d decoded), want 2225 with at least 1 decoded", len(ids), decoded)
	}
	if !ids["sport/199"] {
		t.Errorf("no id sport/199")
	}
}

// BenchmarkWalkReuters measures Walk over the Reuters-21578 collection.
func BenchmarkWalkReuters(b *testing.B) {
	dir := shared.Path(b, "data/reuters-21578")
	files, _ := filepath.Glob(filepath.Join(dir, "*.sgm"))
	var size int64
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			size += fi.Size()
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		_ = Walk(context.Background(), []string{dir}, Options{}, func(*news.Raw) error { n++; return nil }, func(*Error) {})
		if n < 21000 {
			b.Fatalf("only %d articles", n)
		}
	}
}
