package percept

import (
	"reflect"
	"testing"
)

func TestTable(t *testing.T) {
	// Three rows of two labels; key 0 is stored as Fold makes it, 1.
	keys := []uint32{0, 7, 1 << 31}
	weights := []float32{1, -2, 0, 0.5, 4, -4}
	tab := NewTable(keys, weights)
	tests := []struct {
		key  uint64
		want int
	}{
		{0, 0},       // Fold(0) = 1, the stored form of key 0
		{7, 1},       // a key below 2^32 folds to itself
		{7 << 32, 1}, // so does its high half
		{1 << 31, 2},
		{8, -1},
		{1<<32 | 9, -1},
	}
	for _, tt := range tests {
		if got := tab.Lookup(tt.key); got != tt.want {
			t.Errorf("Lookup(%#x) = %d, want %d", tt.key, got, tt.want)
		}
	}
	if tab.Scale != 4.0/32767 {
		t.Errorf("Scale = %g, want %g", tab.Scale, 4.0/32767)
	}
	want := []int16{8192, -16384, 0, 4096, 32767, -32767}
	if !reflect.DeepEqual(tab.Q, want) {
		t.Errorf("Q = %v, want %v", tab.Q, want)
	}
	empty := NewTable(nil, nil)
	if got := empty.Lookup(12345); got != -1 {
		t.Errorf("empty table: Lookup = %d, want -1", got)
	}
}

// TestTableMany fills a table with many keys that share their low bits,
// so probing wraps and runs long.
func TestTableMany(t *testing.T) {
	var keys []uint32
	for i := 1; i <= 1000; i++ {
		keys = append(keys, uint32(i)<<20)
	}
	tab := NewTable(keys, make([]float32, len(keys)))
	for i, k := range keys {
		if got := tab.Lookup(uint64(k)); got != i {
			t.Fatalf("Lookup(%#x) = %d, want %d", k, got, i)
		}
	}
	if got := tab.Lookup(1001 << 20); got != -1 {
		t.Errorf("absent key: Lookup = %d, want -1", got)
	}
}

func TestQuantize(t *testing.T) {
	tests := []struct {
		weights []float32
		scale   float32
		q       []int16
	}{
		{nil, 1, nil},
		{[]float32{0, 0}, 1, []int16{0, 0}},
		{[]float32{-3, 1.5}, 3.0 / 32767, []int16{-32767, 16384}}, // 16383.5 rounds away from zero
		{[]float32{1e-45}, 1, []int16{0}},                         // a step that underflows to 0 is 1
	}
	for _, tt := range tests {
		s := Scale(tt.weights)
		if s != tt.scale {
			t.Errorf("Scale(%v) = %g, want %g", tt.weights, s, tt.scale)
		}
		for i, v := range tt.weights {
			if q := Quantize(v, s); q != tt.q[i] {
				t.Errorf("Quantize(%g, %g) = %d, want %d", v, s, q, tt.q[i])
			}
		}
	}
}

func TestSortKeys(t *testing.T) {
	// 1<<32|4 and 5 both fold to 5: their rows are summed.
	keys := []uint64{9, 1<<32 | 4, 2, 5}
	weights := []float32{
		9, 90,
		4, 40,
		2, 20,
		5, 50,
	}
	k, w := SortKeys(keys, weights, 2)
	if want := []uint32{2, 5, 9}; !reflect.DeepEqual(k, want) {
		t.Errorf("keys = %v, want %v", k, want)
	}
	if want := []float32{2, 20, 9, 90, 9, 90}; !reflect.DeepEqual(w, want) {
		t.Errorf("weights = %v, want %v", w, want)
	}
	if k, w := SortKeys(nil, nil, 3); len(k) != 0 || len(w) != 0 {
		t.Errorf("no keys: %v %v", k, w)
	}
}
