package entity

import "testing"

func TestMergeModels(t *testing.T) {
	row := func(v float32) []float32 {
		r := make([]float32, nLabels)
		r[1] = v
		return r
	}
	a := &Model{Keys: []uint32{3, 7}, Weights: append(row(2), row(4)...)}
	b := &Model{Keys: []uint32{5, 7}, Weights: append(row(6), row(8)...)}
	for _, tc := range []struct {
		name string
		ms   []*Model
		want map[uint32]float32 // key -> weight of label 1
	}{
		{"one", []*Model{a}, map[uint32]float32{3: 2, 7: 4}},
		{"two", []*Model{a, b}, map[uint32]float32{3: 1, 5: 3, 7: 6}},
	} {
		m := mergeModels(tc.ms)
		if len(m.Keys) != len(tc.want) {
			t.Fatalf("%s: %d keys, want %d", tc.name, len(m.Keys), len(tc.want))
		}
		for i, k := range m.Keys {
			if i > 0 && m.Keys[i-1] >= k {
				t.Errorf("%s: keys not sorted: %v", tc.name, m.Keys)
			}
			if got := m.Weights[i*nLabels+1]; got != tc.want[k] {
				t.Errorf("%s: key %d weight %v, want %v", tc.name, k, got, tc.want[k])
			}
		}
	}
}

func TestTrainEnsemble(t *testing.T) {
	docs := tinyDocs()
	m, err := Train(docs, TrainOptions{Epochs: 3, Gazetteer: true, Ensemble: 3})
	if err != nil {
		t.Fatal(err)
	}
	if f := m.Evaluate(docs).Overall.F1(); f < 0.8 {
		t.Errorf("ensemble F1 on the training data = %.3f, want >= 0.8", f)
	}
}
