package events

import (
	"os"
	"sync"
	"testing"

	"storyline/internal/shared"
	"storyline/pipeline"
)

var (
	chainOnce sync.Once
	chain     *pipeline.Chain
	chainErr  error
)

func testChain(t *testing.T) *pipeline.Chain {
	t.Helper()
	chainOnce.Do(func() { chain, chainErr = pipeline.NewChain() })
	if chainErr != nil {
		t.Skipf("annotation chain unavailable: %v", chainErr)
	}
	return chain
}

// TestMEANTIMEData prints the MEANTIME figures (skipped without shared data).
func TestMEANTIMEData(t *testing.T) {
	dir := shared.Path(t, "data/meantime")
	if testing.Short() {
		t.Skip("real data: skipped in -short mode")
	}
	r, err := MEANTIME(dir, testChain(t), os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Gold == 0 || r.Docs == 0 {
		t.Fatalf("no anchored gold mentions read: %+v", r.Overall)
	}
}

// TestSemEvalData prints the SemEval-2015 Task 4 trial figures (skipped
// without shared data).
func TestSemEvalData(t *testing.T) {
	dir := shared.Path(t, "data/semeval2015-timeline-trial")
	if testing.Short() {
		t.Skip("real data: skipped in -short mode")
	}
	r, err := SemEval(dir, testChain(t), os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Gold == 0 || r.Docs == 0 {
		t.Fatalf("no gold timeline mentions read: %+v", r.Overall)
	}
	// The scorer's sanity check: the gold timelines against themselves.
	if a := r.Awareness; a == nil || len(a.Baselines) == 0 || a.Baselines[0].P() != 1 || a.Baselines[0].R() != 1 {
		t.Errorf("gold timelines against themselves do not score 1: %+v", r.Awareness)
	}
}
