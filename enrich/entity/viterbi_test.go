package entity

import (
	"bytes"
	"reflect"
	"testing"
)

// plainScorer scores with a model without the inference caches.
type plainScorer struct{ m *Model }

func (p plainScorer) score(feats []uint64, scores *[nLabels]float32) { p.m.score(feats, scores) }

func TestViterbiTrainSaveRead(t *testing.T) {
	docs := tinyDocs()
	m, err := Train(docs, TrainOptions{Epochs: 3, Gazetteer: true, Viterbi: true})
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
	if !m2.Viterbi {
		t.Fatal("read model lost the Viterbi flag")
	}
	if f := m2.Evaluate(docs).Overall.F1(); f < 0.8 {
		t.Errorf("F1 on the training data = %.3f, want >= 0.8", f)
	}
	// The cached decoder must agree with the plain one, with the shared
	// cache of common words and without.
	noCommon := *m2
	noCommon.Common = nil
	noCommon.index()
	for _, d := range docs {
		infos := noCommon.prepare(&analyzer{}, d.Tokens, noCommon.Gaz)
		fast := noCommon.decodeViterbi(&noCommon, infos, nil, nil, nil, nil)
		infos = noCommon.prepare(&analyzer{}, d.Tokens, noCommon.Gaz)
		slow := noCommon.decodeViterbi(plainScorer{&noCommon}, infos, nil, nil, nil, nil)
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("cached decoding without common words %v differs from plain %v", fast, slow)
		}
	}
	if m2.shared == nil || len(m2.shared.entries) == 0 {
		t.Fatal("no shared cache of common words")
	}
	for _, d := range docs {
		infos := m2.prepare(&analyzer{}, d.Tokens, m2.Gaz)
		fast := m2.decodeViterbi(m2, infos, nil, nil, nil, nil)
		infos = m2.prepare(&analyzer{}, d.Tokens, m2.Gaz)
		slow := m2.decodeViterbi(plainScorer{m2}, infos, nil, nil, nil, nil)
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("cached decoding %v differs from plain %v", fast, slow)
		}
	}
}

func TestViterbiPath(t *testing.T) {
	// Every label sequence returned must be a valid BILOU sequence.
	prevs := allowedPrevs()
	for T := 1; T <= 4; T++ {
		var b vitBuf
		b.reset(T, false, true)
		for i := 0; i < T; i++ {
			for l := 0; l < nLabels; l++ {
				b.static[i][l] = float32((i*7+l*3)%11) - 5
				for p := range b.trans[i] {
					b.trans[i][p][l] = float32((p*5+l)%7) - 3
				}
				b.so[i], b.lo[i] = &b.trans[i], &zeroLo
			}
		}
		labels := viterbiPath(&b, T, &prevs)
		p := -1
		for i, l := range labels {
			if !allowed(p, l, i == T-1) {
				t.Fatalf("T=%d: label %d after %d at %d not allowed: %v", T, l, p, i, labels)
			}
			p = l
		}
	}
}
