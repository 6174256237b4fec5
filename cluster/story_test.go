package cluster

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestCentroidAdd checks the in-place merge against a map.
func TestCentroidAdd(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var c centroid
	want := map[uint64]float32{}
	for range 50 {
		var v []weighted
		for range rng.IntN(20) {
			k := uint64(rng.IntN(60))
			if !slices.ContainsFunc(v, func(x weighted) bool { return x.key == k }) {
				v = append(v, weighted{key: k, w: float32(rng.IntN(5) + 1)})
			}
		}
		slices.SortFunc(v, byKey)
		c.add(v, 1000)
		for _, x := range v {
			want[x.key] += x.w
		}
	}
	if !slices.IsSorted(c.keys) || len(c.keys) != len(want) {
		t.Fatalf("keys not sorted or %d keys, want %d", len(c.keys), len(want))
	}
	for i, k := range c.keys {
		if c.ws[i] != want[k] {
			t.Errorf("key %d: %v, want %v", k, c.ws[i], want[k])
		}
	}
	c.prune(10)
	if len(c.keys) != 10 || !slices.IsSorted(c.keys) {
		t.Errorf("prune kept %d keys (sorted %v)", len(c.keys), slices.IsSorted(c.keys))
	}
}
