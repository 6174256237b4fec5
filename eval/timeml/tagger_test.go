package timeml_test

import (
	"testing"

	"storyline/enrich/timex"
	"storyline/eval/timeml"
	"storyline/internal/shared"
)

// TestTimexScores guards the tagger's TempEval-3 scores on the shared
// TimeBank+AQUAINT data against regressions (measured: relaxed F1 0.947,
// value F1 0.823). Print the table with: go run ./eval/timeml/tmlrun DIR.
func TestTimexScores(t *testing.T) {
	dir := shared.Path(t, "data/tempeval3-tbaq")
	r, err := timeml.Evaluate(dir, timex.New().Tag)
	if err != nil {
		t.Fatal(err)
	}
	if r.RelaxedF1 < 0.94 || r.ValueF1 < 0.815 {
		t.Errorf("relaxed F1 %.4f (want >= 0.94), value F1 %.4f (want >= 0.815)", r.RelaxedF1, r.ValueF1)
	}
	t.Logf("relaxed F1 %.4f, strict F1 %.4f, value F1 %.4f, type accuracy %.4f", r.RelaxedF1, r.StrictF1, r.ValueF1, r.TypeAcc)
}

// TestTimexScoresMEANTIME checks the tagger beyond the TimeBank data it was
// developed on: MEANTIME (Wikinews 2005-2013, other annotators; it served as
// a second check for a few rules: UTC "Z", "six straight days", "ended the
// day", "the final quarter of 2009") measured value F1 0.752, relaxed F1
// 0.904.
func TestTimexScoresMEANTIME(t *testing.T) {
	dir := shared.Path(t, "data/meantime/intra_cross-doc_annotation")
	r, err := timeml.EvaluateCAT(dir, timex.New().Tag)
	if err != nil {
		t.Fatal(err)
	}
	if r.RelaxedF1 < 0.89 || r.ValueF1 < 0.74 {
		t.Errorf("relaxed F1 %.4f (want >= 0.89), value F1 %.4f (want >= 0.74)", r.RelaxedF1, r.ValueF1)
	}
	t.Logf("relaxed F1 %.4f, strict F1 %.4f, value F1 %.4f, type accuracy %.4f", r.RelaxedF1, r.StrictF1, r.ValueF1, r.TypeAcc)
}
