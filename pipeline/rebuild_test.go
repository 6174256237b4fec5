package pipeline

import (
	"context"
	"testing"

	"storyline/dedup"

	"storyline/news"
	"storyline/store/memstore"
)

// TestRestartMatchesOneRun ingests the articles one at a time, reopening
// the engine over the store before each, and checks the store ends as after
// one uninterrupted run: the rebuilt state finds the same stories and the
// same copies.
func TestRestartMatchesOneRun(t *testing.T) {
	one := memstore.New()
	ingestAll(t, one, source(articles))
	want := dump(t, one)

	restarted := memstore.New()
	for i := range articles {
		ingestAll(t, restarted, source([]news.Raw{articles[i]}))
	}
	if got := dump(t, restarted); got != want {
		t.Errorf("with restarts:\n got %s\nwant %s", got, want)
	}
}

// TestExactCopyOlderThanWindow checks that an exact copy of an article that
// left the near-duplicate window is still found, through the store, and
// joins its original's story.
func TestExactCopyOlderThanWindow(t *testing.T) {
	st := memstore.New()
	ctx := context.Background()
	opt := Options{Workers: 1, BatchSize: 1}
	opt.Dedup = dedup.DefaultOptions()
	opt.Dedup.Window = 1
	e, err := Open(ctx, st, chain(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	// a1, then two unrelated articles push it out of the window, then its copy
	copyOfA1 := articles[0]
	copyOfA1.ID, copyOfA1.Input = "a1-copy", "a1-copy.txt"
	raws := []news.Raw{articles[0], articles[2], articles[1], copyOfA1}
	if _, err := e.Run(ctx, source(raws), nil); err != nil {
		t.Fatal(err)
	}
	orig, err := st.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	cp, err := st.Article(ctx, "a1-copy")
	if err != nil {
		t.Fatal(err)
	}
	if cp.DuplicateOf != "a1" || cp.Similarity != 1 || cp.Story != orig.Story {
		t.Errorf("copy: duplicate of %q (%.2f), story %q; want a1 (1.00), story %q", cp.DuplicateOf, cp.Similarity, cp.Story, orig.Story)
	}
}
