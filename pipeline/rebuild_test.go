package pipeline

import (
	"testing"

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
