package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"storyline/store"
)

func TestZZScale(t *testing.T) {
	if os.Getenv("ZZ_SCALE") == "" {
		t.Skip()
	}
	dir := "/tmp/zzscale"
	os.RemoveAll(dir)
	os.MkdirAll(dir, 0o755)
	defer os.RemoveAll(dir)
	db, err := Open(filepath.Join(dir, "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < 100; i++ {
		bt := synthBatch("s", i*1000, 1000, 3000)
		t0 := time.Now()
		if err := db.Commit(ctx, bt); err != nil {
			t.Fatal(err)
		}
		if i%10 == 9 {
			t.Logf("batch %d: %v", i, time.Since(t0))
		}
	}
	t.Logf("100k in %v", time.Since(start))
	for _, q := range []string{"minister police", "ceasefire", "Report s-0050000"} {
		t0 := time.Now()
		h, err := db.Search(ctx, q, 10)
		t.Logf("search %q: %d hits in %v (%v)", q, len(h), time.Since(t0), err)
	}
	t0 := time.Now()
	st, _ := db.Stats(ctx)
	t.Logf("stats %+v in %v", st, time.Since(t0))
	t0 = time.Now()
	_, err = db.StoryArticles(ctx, "story-042")
	t.Logf("story articles in %v (%v)", time.Since(t0), err)
	t0 = time.Now()
	_, err = db.Hash(ctx, "0000")
	t.Logf("hash in %v", time.Since(t0))
	t0 = time.Now()
	n := 0
	db.Scan(ctx, func(*store.Record) error { n++; return nil })
	t.Logf("scan %d in %v", n, time.Since(t0))
	fi, _ := os.Stat(filepath.Join(dir, "s.db"))
	t.Logf("file %d MB", fi.Size()>>20)
}
