package entity

import (
	"bytes"
	"strings"
	"testing"
)

// tinyDocs is a small training set written for this test.
func tinyDocs() []TrainDoc {
	sents := []string{
		"John/B-PER Smith/I-PER visited/O Paris/B-LOC ./O",
		"Acme/B-ORG Corp/I-ORG hired/O Mary/B-PER Jones/I-PER ./O",
		"The/O French/B-MISC team/O beat/O Spain/B-LOC ./O",
		"Smith/B-PER said/O Acme/B-ORG would/O open/O in/O Berlin/B-LOC ./O",
		"Peter/B-PER Brown/I-PER left/O Google/B-ORG for/O London/B-LOC ./O",
	}
	var docs []TrainDoc
	for d := 0; d < 6; d++ {
		var doc TrainDoc
		for _, s := range sents {
			var toks, tags []string
			for _, wt := range strings.Fields(s) {
				w, t, _ := strings.Cut(wt, "/")
				toks = append(toks, w)
				tags = append(tags, t)
			}
			doc.Tokens = append(doc.Tokens, toks)
			doc.Tags = append(doc.Tags, tags)
		}
		docs = append(docs, doc)
	}
	return docs
}

func TestTrainSaveRead(t *testing.T) {
	for _, two := range []bool{false, true} {
		docs := tinyDocs()
		m, err := Train(docs, TrainOptions{Epochs: 3, Gazetteer: true, TwoStage: two,
			Lists: []GazList{{Category: GazCity, Phrases: []string{"New York", "Paris"}}}})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			t.Fatal(err)
		}
		m2, err := ReadModel(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if (m2.Prev != nil) != two || len(m2.Keys) != len(m.Keys) {
			t.Fatalf("two-stage %v: read model differs: %d keys, prev %v", two, len(m2.Keys), m2.Prev != nil)
		}
		r := m2.Evaluate(docs)
		if f := r.Overall.F1(); f < 0.8 {
			t.Errorf("two-stage %v: F1 on the training data = %.3f, want >= 0.8", two, f)
		}
	}
}

func TestReadModelBad(t *testing.T) {
	for _, in := range []string{"", "garbage", "\x1f\x8b\x08\x00"} {
		if _, err := ReadModel(strings.NewReader(in)); err == nil {
			t.Errorf("ReadModel(%q) succeeded", in)
		}
	}
}
