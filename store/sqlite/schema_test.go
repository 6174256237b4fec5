package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"storyline/store"
	"storyline/store/storetest"
)

// TestMigrateOldFile opens a file left at schema version 1 (no full-text
// index) holding an article, and checks Open brings it up to date.
func TestMigrateOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := migrate(ctx, raw, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`INSERT INTO articles(id, title, text, doc, ingested) VALUES('old', 'Harbour reopens', 'The harbour reopened.', '{"id":"old","title":"Harbour reopens"}', '2025-01-01T00:00:00.000000000Z')`); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err := Open(path)
	if err != nil {
		t.Fatalf("Open(old file): %v", err)
	}
	defer db.Close()
	var v int
	if err := db.r.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil || v != len(migrations) {
		t.Errorf("schema version after Open = %d (%v), want %d", v, err, len(migrations))
	}
	hits, err := db.Search(ctx, "harbour", 5)
	if err != nil || len(hits) != 1 || hits[0].ID != "old" {
		t.Errorf("Search over migrated rows = %+v, %v; want [old]", hits, err)
	}
	r, err := db.Article(ctx, "old")
	if err != nil || r.Doc.Text != "The harbour reopened." {
		t.Errorf("Article(old) = %+v, %v", r, err)
	}
}

func TestNewerFileRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.Exec(`INSERT INTO schema_migrations(version, applied) VALUES(999, 'future')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(path)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open(file of version 999) = %v, want a 'newer' error", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keep.db")
	ctx := context.Background()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b := &store.Batch{Records: []store.Record{{Doc: storetest.Doc("a", "Alpha", "First text."), Story: "S"}}}
	if err := db.Commit(ctx, b); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st, err := db.Stats(ctx); err != nil || st != (store.Stats{Articles: 1, Stories: 1}) {
		t.Errorf("Stats after reopen = %+v, %v", st, err)
	}
}

func TestRegistry(t *testing.T) {
	dir := t.TempDir()
	for _, loc := range []string{filepath.Join(dir, "bare.db"), "sqlite:" + filepath.Join(dir, "prefixed.db")} {
		s, err := store.Open(loc)
		if err != nil {
			t.Errorf("store.Open(%q): %v", loc, err)
			continue
		}
		if _, ok := s.(*DB); !ok {
			t.Errorf("store.Open(%q) = %T, want *sqlite.DB", loc, s)
		}
		s.Close()
	}
	for _, loc := range []string{"", "bad?x=1"} {
		if s, err := Open(loc); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want an error", loc)
		}
	}
}

func TestMatchQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{`U.S. "foo`, `"u" "s" "foo"`},
		{"AND OR NOT", `"and" "or" "not"`},
		{"title:budget*", `"title" "budget"`},
		{"Zürich zürich", `"zürich"`},
		{"-- ; ' \"", ""},
	}
	for _, tc := range tests {
		if got := matchQuery(tc.in); got != tc.want {
			t.Errorf("matchQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzSearch checks that no query string makes Search fail.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", `U.S. "foo`, "AND", "NEAR(a b)", "a*", "col:x", "\xff", "^x"} {
		f.Add(s)
	}
	db, err := Open(":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if err := db.Commit(ctx, &store.Batch{Records: []store.Record{{Doc: storetest.Doc("a", "Alpha near beta", "Gamma and delta.")}}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Search(ctx, q, 3); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}
