package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"storyline/store"
	"storyline/store/storetest"
)

// TestMigrateOldSchema opens a schema left at version 1 (no full-text
// column) holding an article and checks Open brings it up to date.
func TestMigrateOldSchema(t *testing.T) {
	u := freshSchema(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, conn, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `INSERT INTO articles(id, title, text, doc, ingested)
		VALUES('old', 'Harbour reopens', 'The harbour reopened.', '{"id":"old","title":"Harbour reopens"}', now())`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)

	db, err := Open(u)
	if err != nil {
		t.Fatalf("Open(old schema): %v", err)
	}
	defer db.Close()
	var v int
	if err := db.pool.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil || v != len(migrations) {
		t.Errorf("schema version after Open = %d (%v), want %d", v, err, len(migrations))
	}
	hits, err := db.Search(ctx, "harbour", 5)
	if err != nil || len(hits) != 1 || hits[0].ID != "old" {
		t.Errorf("Search over migrated rows = %+v, %v; want [old]", hits, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	u := freshSchema(t)
	db, err := Open(u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.pool.Exec(context.Background(), `INSERT INTO schema_migrations(version) VALUES(999)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(u)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open(schema of version 999) = %v, want a 'newer' error", err)
	}
}

func TestRegistry(t *testing.T) {
	u := freshSchema(t)
	for _, loc := range []string{u, strings.Replace(u, "postgres://", "postgresql://", 1)} {
		s, err := store.Open(loc)
		if err != nil {
			t.Errorf("store.Open(%q): %v", loc, err)
			continue
		}
		if _, ok := s.(*DB); !ok {
			t.Errorf("store.Open(%q) = %T, want *postgres.DB", loc, s)
		}
		s.Close()
	}
	if _, err := Open("postgres://postgres@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"); err == nil {
		t.Error("Open(unreachable server) succeeded")
	}
}

func TestPlainQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{`U.S. "foo`, "u s foo"},
		{"a & !b | c <-> d", "a b c d"},
		{"\x00\xff", ""},
		{"Zürich zürich", "zürich"},
	}
	for _, tc := range tests {
		if got := plainQuery(tc.in); got != tc.want {
			t.Errorf("plainQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeText(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"plain", "plain", true},
		{"a\x00b", "a b", false},
		{"bad\xff\xfebyte", "bad??byte", false},
		{"ünïcode ✓", "ünïcode ✓", true},
	}
	for _, tc := range tests {
		got, ok := safeText(tc.in)
		if got != tc.want || ok != tc.ok || len(got) != len(tc.in) {
			t.Errorf("safeText(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestInvalidUTF8 checks that text PostgreSQL cannot store as text is kept
// and indexed.
func TestInvalidUTF8(t *testing.T) {
	db := openFresh(t)
	defer db.Close()
	ctx := context.Background()
	d := storetest.Doc("bad", "Bad bytes", "valid words then \xff\xfe broken bytes")
	if err := db.Commit(ctx, &store.Batch{Records: []store.Record{{Doc: d}}}); err != nil {
		t.Fatal(err)
	}
	r, err := db.Article(ctx, "bad")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Doc.Text) == 0 || !strings.Contains(r.Doc.Text, "broken bytes") {
		t.Errorf("text = %q", r.Doc.Text)
	}
	if hits, err := db.Search(ctx, "broken", 5); err != nil || len(hits) != 1 {
		t.Errorf("Search(broken) = %v, %v", hits, err)
	}
}
