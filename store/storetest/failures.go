package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"storyline/news"
	"storyline/store"
)

func testAtomicity(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{Records: []store.Record{rec("old", "S")}, Stories: []store.StoryRecord{{ID: "S", Title: "S"}}})
	before := stats(t, s)
	good := func() []store.Record {
		rs := []store.Record{rec("n1", "S"), rec("n2", "T")}
		rs[0].DuplicateOf = "old"
		return append(rs, rec("old", "T")) // a replace, also to be undone
	}
	tests := []struct {
		name  string
		batch store.Batch
	}{
		{"nil doc", store.Batch{Records: append(good(), store.Record{Story: "S"})}},
		{"empty id", store.Batch{Records: append(good(), store.Record{Doc: &news.Doc{}, Story: "S"})}},
		{"empty story id", store.Batch{Records: good(), Stories: []store.StoryRecord{{ID: "U", Title: "U"}, {Title: "no id"}}}},
		{"empty merge id", store.Batch{Records: good(), Merges: []store.Merge{{From: "S", Into: "T"}, {From: "T"}}}},
	}
	for _, tc := range tests {
		if err := s.Commit(ctx, &tc.batch); err == nil {
			t.Errorf("%s: Commit succeeded, want an error", tc.name)
		}
		for _, id := range []string{"n1", "n2"} {
			if _, err := s.Article(ctx, id); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("%s: Article(%q) after failed commit: %v, want ErrNotFound", tc.name, id, err)
			}
		}
		for _, id := range []string{"T", "U"} {
			if _, err := s.Story(ctx, id); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("%s: Story(%q) after failed commit: %v, want ErrNotFound", tc.name, id, err)
			}
		}
		if r := article(t, s, "old"); r.Story != "S" {
			t.Errorf("%s: replaced record kept: story %q", tc.name, r.Story)
		}
		if h := story(t, s, "S"); h.Size != 1 || h.ID != "S" {
			t.Errorf("%s: Story(S) = %+v", tc.name, h)
		}
		if st := stats(t, s); st != before {
			t.Errorf("%s: Stats %+v, want %+v", tc.name, st, before)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Commit(cancelled, &store.Batch{Records: good()}); err == nil {
		t.Error("Commit with a cancelled context succeeded")
	}
	if st := stats(t, s); st != before {
		t.Errorf("Stats after cancelled commit %+v, want %+v", st, before)
	}
	// A nil or empty batch is a no-op.
	commit(t, s, &store.Batch{})
	if err := s.Commit(ctx, nil); err != nil {
		t.Errorf("Commit(nil): %v", err)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	const batches, size, readers = 20, 25, 4
	var wg sync.WaitGroup
	errc := make(chan error, readers+1)
	done := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(done)
		for i := range batches {
			var b store.Batch
			for j := range size {
				r := rec(fmt.Sprintf("c%d-%d", i, j), fmt.Sprintf("S%d", j%3))
				b.Records = append(b.Records, r)
			}
			if err := s.Commit(ctx, &b); err != nil {
				errc <- fmt.Errorf("commit %d: %w", i, err)
				return
			}
		}
	}()
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				st, err := s.Stats(ctx)
				if err == nil && st.Articles%size != 0 {
					err = fmt.Errorf("stats saw a partial batch: %+v", st)
				}
				if err == nil {
					_, err = s.Search(ctx, "article", 5)
				}
				if err == nil {
					_, err = s.Stories(ctx)
				}
				if err == nil {
					n := 0
					err = s.Scan(ctx, func(*store.Record) error { n++; return nil })
				}
				if err == nil {
					_, err = s.StoryArticles(ctx, "S1")
					if errors.Is(err, store.ErrNotFound) {
						err = nil
					}
				}
				if err == nil {
					_, err = s.Article(ctx, "c0-0")
					if errors.Is(err, store.ErrNotFound) {
						err = nil
					}
				}
				if err != nil {
					errc <- err
					return
				}
				select {
				case <-done:
					return
				default:
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if st := stats(t, s); st.Articles != batches*size || st.Stories != 3 {
		t.Errorf("Stats after concurrent commits = %+v", st)
	}
}

func testClosed(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{Records: []store.Record{rec("a", "S")}})
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	checks := map[string]error{
		"Commit":    s.Commit(ctx, &store.Batch{Records: []store.Record{rec("b", "")}}),
		"Scan":      s.Scan(ctx, func(*store.Record) error { return nil }),
		"ScanHeads": s.ScanHeads(ctx, func(*store.Head) error { return nil }),
	}
	_, checks["Article"] = s.Article(ctx, "a")
	_, checks["Hash"] = s.Hash(ctx, "h-a")
	_, checks["Story"] = s.Story(ctx, "S")
	_, checks["Stories"] = s.Stories(ctx)
	_, checks["StoryArticles"] = s.StoryArticles(ctx, "S")
	_, checks["Search"] = s.Search(ctx, "a", 1)
	_, checks["Stats"] = s.Stats(ctx)
	for name, err := range checks {
		wantErr(t, name+" after Close", err, store.ErrClosed)
	}
}
