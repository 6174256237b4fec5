package clusters

import (
	"os"
	"testing"

	"storyline/dedup"
	"storyline/internal/shared"
)

func TestDupStream(t *testing.T) {
	root := shared.Path(t, "data")
	corpus, err := LoadCorpus(root)
	if err != nil {
		t.Fatal(err)
	}
	docs := DupStream(corpus, 5000, DefaultDupRates, 1)
	s := EvalDup(docs, dedup.DefaultOptions())
	if testing.Verbose() {
		s.Print(os.Stdout)
	}
	if s.Precision < 0.98 || s.Recall < 0.98 {
		s.Print(os.Stderr)
		t.Errorf("precision %.4f recall %.4f, want both ≥ 0.98", s.Precision, s.Recall)
	}
}
