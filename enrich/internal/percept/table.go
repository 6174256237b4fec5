package percept

import (
	"math"
	"math/bits"
	"sort"
)

// Table is the run-time form of a trained model's weights: an open-addressing
// table with linear probing from folded feature keys to rows, and the
// weights quantised to int16. Build it with NewTable.
type Table struct {
	// Q holds the weights quantised (see Quantize), in the rows of the
	// model; a weight is Q[i] times Scale.
	Q     []int16
	Scale float32
	slots []slot
	mask  uint64
}

// slot is one entry of a Table.
type slot struct {
	key uint32 // folded feature key, 0 for an empty slot
	row int32  // row of the key in the model
}

// NewTable builds the table of a model whose row i has folded feature key
// keys[i] and its weights in weights (len(weights)/len(keys) per row).
// Keys must be distinct; a 0 key is stored as 1, as Fold would make it.
func NewTable(keys []uint32, weights []float32) Table {
	n := 1 << bits.Len(uint(len(keys)*2+1))
	t := Table{slots: make([]slot, n), mask: uint64(n - 1)}
	for i, k := range keys {
		if k == 0 {
			k = 1
		}
		s := uint64(k) & t.mask
		for t.slots[s].key != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = slot{k, int32(i)}
	}
	t.Scale = Scale(weights)
	t.Q = make([]int16, len(weights))
	for i, v := range weights {
		t.Q[i] = Quantize(v, t.Scale)
	}
	return t
}

// Lookup returns the row of the 64-bit feature key k (folded with Fold), or
// -1 when the model has no such feature.
func (t *Table) Lookup(k uint64) int {
	f := Fold(k)
	s := uint64(f) & t.mask
	for {
		sl := t.slots[s]
		if sl.key == f {
			return int(sl.row)
		}
		if sl.key == 0 {
			return -1
		}
		s = (s + 1) & t.mask
	}
}

// Scale returns the quantisation step of weights: the largest magnitude
// over 32767, or 1 when that is 0.
func Scale(weights []float32) float32 {
	var maxAbs float32
	for _, v := range weights {
		maxAbs = max(maxAbs, v, -v)
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	return scale
}

// Quantize returns weight v in steps of scale, rounded to the nearest
// integer (halves away from zero).
func Quantize(v, scale float32) int16 {
	return int16(math.Round(float64(v / scale)))
}

// SortKeys folds 64-bit feature keys to 32 bits (Fold) and sorts them with
// their weight rows of n weights; the rows of keys whose folded keys collide
// are summed, in the order of the sort.
func SortKeys(keys []uint64, weights []float32, n int) ([]uint32, []float32) {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return Fold(keys[idx[a]]) < Fold(keys[idx[b]]) })
	k2 := make([]uint32, 0, len(keys))
	w2 := make([]float32, 0, len(weights))
	for _, i := range idx {
		f := Fold(keys[i])
		row := weights[i*n : (i+1)*n]
		if m := len(k2); m > 0 && k2[m-1] == f {
			for l, v := range row {
				w2[(m-1)*n+l] += v
			}
			continue
		}
		k2 = append(k2, f)
		w2 = append(w2, row...)
	}
	return k2, w2
}
