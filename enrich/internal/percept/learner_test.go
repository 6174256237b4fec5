package percept

import (
	"reflect"
	"slices"
	"testing"
)

func TestLearner(t *testing.T) {
	const a, b, rare = 11, 22, 33
	l := NewLearner(3)
	l.Skip = map[uint64]bool{rare: true}
	var s [3]float32
	l.Score([]uint64{a}, s[:])
	if s != [3]float32{} || l.Len() != 0 {
		t.Fatalf("new learner: scores %v, %d features", s, l.Len())
	}
	// Example 1: a and b push label 2 up, label 0 down.
	l.Tick()
	l.Update([]uint64{a, b, rare}, 2, 0)
	// Example 2: label 1 of a gets 0.5 more.
	l.Tick()
	l.Add([]uint64{a, rare}, 1, 0.5)
	l.Tick()
	if l.Len() != 2 {
		t.Errorf("Len = %d, want 2 (the skipped key gets no row)", l.Len())
	}
	s = [3]float32{10, 10, 10}
	l.Score([]uint64{a, b, rare, 44}, s[:])
	if want := [3]float32{8, 10.5, 12}; s != want {
		t.Errorf("Score = %v, want %v", s, want)
	}
	// Averages over c = 3 examples: w - u/c, u the updates times the
	// count before them (1 for the update, 2 for the add).
	keys, ws := l.Average(0)
	if want := []uint32{a, b}; !reflect.DeepEqual(keys, want) {
		t.Errorf("Average keys = %v, want %v", keys, want)
	}
	want := []float32{-1 + 1.0/3, 0.5 - 1.0/3, 1 - 1.0/3, -1 + 1.0/3, 0, 1 - 1.0/3}
	if len(ws) != len(want) {
		t.Fatalf("Average weights = %v, want %v", ws, want)
	}
	for i := range ws {
		if d := ws[i] - want[i]; d > 1e-6 || d < -1e-6 {
			t.Errorf("Average weights = %v, want %v", ws, want)
			break
		}
	}
	// Pruning: a row stays when one of its weights reaches minWeight.
	if keys, _ := l.Average(0.6); !reflect.DeepEqual(keys, []uint32{a, b}) {
		t.Errorf("Average(0.6) keys = %v, want [a b]", keys)
	}
	if keys, _ := l.Average(0.7); len(keys) != 0 {
		t.Errorf("Average(0.7) keys = %v, want none", keys)
	}
	// Before any example the weights are not divided by zero.
	l2 := NewLearner(2)
	l2.Update([]uint64{a}, 0, 1)
	if _, ws := l2.Average(0); !reflect.DeepEqual(ws, []float32{1, -1}) {
		t.Errorf("no example: Average weights = %v, want [1 -1]", ws)
	}
}

func TestOrder(t *testing.T) {
	o1, o2, o3 := NewOrder(20, 1), NewOrder(20, 1), NewOrder(20, 2)
	var firsts [][]int
	for range 3 {
		a, b, c := slices.Clone(o1.Next()), o2.Next(), o3.Next()
		if !slices.Equal(a, b) {
			t.Fatalf("same seed, orders %v and %v", a, b)
		}
		if slices.Equal(a, c) {
			t.Errorf("seeds 1 and 2 give the same order %v", a)
		}
		sorted := slices.Sorted(slices.Values(a))
		for i, d := range sorted {
			if d != i {
				t.Fatalf("order %v is not a permutation of 0..19", a)
			}
		}
		firsts = append(firsts, a)
	}
	if slices.Equal(firsts[0], firsts[1]) {
		t.Errorf("two epochs in the same order %v", firsts[0])
	}
	if got := NewOrder(0, 1).Next(); len(got) != 0 {
		t.Errorf("no documents: %v", got)
	}
}
