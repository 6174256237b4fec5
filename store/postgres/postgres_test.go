package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"storyline/store"
	"storyline/store/storetest"
)

// defaultURL is the test server used when STORYLINE_TEST_POSTGRES is unset.
const defaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// testURL returns the URL of the test server, skipping the test when it is
// unreachable.
func testURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("STORYLINE_TEST_POSTGRES")
	if u == "" {
		u = defaultURL
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Skipf("PostgreSQL unreachable (set STORYLINE_TEST_POSTGRES to a reachable URL): %v", err)
	}
	conn.Close(ctx)
	return u
}

// freshSchema creates an empty schema, dropped when the test ends, and
// returns a URL whose search_path selects it.
func freshSchema(t testing.TB) string {
	t.Helper()
	base := testURL(t)
	ctx := context.Background()
	name := fmt.Sprintf("storyline_test_%d_%d", time.Now().UnixNano(), rand.Uint32())
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+name+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	return withParam(t, base, "search_path", name)
}

func withParam(t testing.TB, base, k, v string) string {
	u, err := url.Parse(base)
	if err != nil || !strings.HasPrefix(u.Scheme, "postgres") {
		t.Fatalf("STORYLINE_TEST_POSTGRES must be a postgres:// URL, got %q", base)
	}
	q := u.Query()
	q.Set(k, v)
	u.RawQuery = q.Encode()
	return u.String()
}

func openFresh(t testing.TB) *DB {
	t.Helper()
	db, err := Open(freshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openFresh(t) })
}
