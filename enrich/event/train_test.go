package event

import (
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
)

// doc builds a training document from text whose event words are marked
// with a leading '*' ("*exploded"); the class is OCCURRENCE, or REPORTING
// for forms of "say".
func doc(marked string) Doc {
	var b strings.Builder
	var evs []news.EventMention
	for i, w := range strings.Fields(marked) {
		if i > 0 {
			b.WriteByte(' ')
		}
		if strings.HasPrefix(w, "*") {
			w = w[1:]
			class := "OCCURRENCE"
			if strings.HasPrefix(w, "sa") {
				class = "REPORTING"
			}
			evs = append(evs, news.EventMention{Span: news.Span{Start: b.Len(), End: b.Len() + len(w)}, Text: w, Class: class})
		}
		b.WriteString(w)
	}
	return Doc{Text: b.String(), Events: evs}
}

var toyCorpus = []string{
	"The army *attacked the town . Officials *said the *attack *failed .",
	"Rebels *seized the airport and *killed two guards , witnesses *said .",
	"The company *said profits *rose after the *merger .",
	"Police *arrested three men on Monday .",
	"The storm *destroyed homes and *forced families to *flee .",
	"Analysts *expect prices to *fall , the report *said .",
}

func TestTrainToy(t *testing.T) {
	var docs []Doc
	for _, s := range toyCorpus {
		docs = append(docs, doc(s))
	}
	opt := TrainOptions{Epochs: 5, Seed: 3, Common: 20, NeverMin: 3}
	m, err := Train(docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	if e := New(m).Evaluate(docs); e.F1() < 0.9 || e.ClassAccuracy() < 0.9 {
		t.Errorf("toy training data tagged with %s, want F1 and class accuracy >= 90%%", e)
	}
	// "the" is frequent and never an event.
	found := false
	for _, w := range m.Never {
		found = found || w == "the"
	}
	if !found {
		t.Errorf("Never = %q, want it to hold \"the\"", m.Never)
	}
	// Training is deterministic.
	m2, err := Train(docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Keys, m2.Keys) || !reflect.DeepEqual(m.Weights, m2.Weights) || !reflect.DeepEqual(m.Common, m2.Common) {
		t.Error("two trainings with the same options differ")
	}
	if _, err := Train(nil, opt); err == nil {
		t.Error("Train with no documents: no error")
	}
}

func TestCompare(t *testing.T) {
	sp := func(a, b int) news.Span { return news.Span{Start: a, End: b} }
	gold := []news.EventMention{{Span: sp(0, 4), Class: "OCCURRENCE"}, {Span: sp(10, 14), Class: "REPORTING"}, {Span: sp(20, 24)}}
	sys := []news.EventMention{
		{Span: sp(0, 4), Class: "OCCURRENCE"}, // match, right class
		{Span: sp(10, 14), Class: "STATE"},    // match, wrong class
		{Span: sp(10, 14), Class: "STATE"},    // the same again: counted once
		{Span: sp(20, 23)},                    // not the same span
	}
	e := Compare(sys, gold)
	if e != (Eval{Gold: 3, Sys: 4, Match: 2, ClassMatch: 1}) {
		t.Errorf("Compare = %+v", e)
	}
	if e.P() != 0.5 || e.R() != 2.0/3 || e.ClassAccuracy() != 0.5 {
		t.Errorf("P %v R %v class accuracy %v", e.P(), e.R(), e.ClassAccuracy())
	}
	if (Eval{}).F1() != 0 {
		t.Error("F1 of nothing is not 0")
	}
}

// TestHeldOutTBAQ measures the embedded model on the held-out AQUAINT files
// of TempEval-3 TBAQ (see SplitTBAQ), never trained on. It needs the
// shared data.
func TestHeldOutTBAQ(t *testing.T) {
	if testing.Short() {
		t.Skip("real data: skipped in -short mode")
	}
	dir := shared.Path(t, "data/tempeval3-tbaq")
	_, _, test, err := SplitTBAQ(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ReadTimeMLFiles(test)
	if err != nil {
		t.Fatal(err)
	}
	e := loadTagger(t).Evaluate(docs)
	t.Logf("held-out TBAQ, %d files: %s", len(docs), e)
	if e.F1() < 0.82 {
		t.Errorf("held-out F1 %.3f, want >= 0.82 (the shipped model reached 0.849)", e.F1())
	}
	if _, _, _, err := SplitTBAQ(t.TempDir(), false); err == nil {
		t.Error("SplitTBAQ on an empty folder: no error")
	}
	if _, err := ReadTimeMLFiles([]string{dir + "/no-such-file.tml"}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadTimeMLFiles on a missing file: %v", err)
	}
}
