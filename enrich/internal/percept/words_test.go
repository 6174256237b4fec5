package percept

import (
	"slices"
	"testing"
)

func TestMostFrequent(t *testing.T) {
	counts := map[string]int{"the": 5, "a": 3, "of": 3, "Zebra": 3, "x": 1}
	tests := []struct {
		n    int
		want []string
	}{
		{0, nil},
		{-1, nil},
		{1, []string{"the"}},
		{4, []string{"the", "Zebra", "a", "of"}}, // ties in byte order: capitals first
		{10, []string{"the", "Zebra", "a", "of", "x"}},
	}
	for _, tt := range tests {
		if got := MostFrequent(counts, tt.n); !slices.Equal(got, tt.want) || (tt.want == nil) != (got == nil) {
			t.Errorf("MostFrequent(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if got := MostFrequent(nil, 3); len(got) != 0 {
		t.Errorf("no words: %q", got)
	}
}

func TestClusters(t *testing.T) {
	clusters := map[uint64]uint32{1: 10, 2: 20}
	tests := []struct {
		word, lower uint64
		want        uint32
	}{
		{1, 2, 10}, // the exact form first
		{3, 2, 20},
		{3, 4, 0},
	}
	for _, tt := range tests {
		if got := ClusterPath(clusters, tt.word, tt.lower); got != tt.want {
			t.Errorf("ClusterPath(%d, %d) = %d, want %d", tt.word, tt.lower, got, tt.want)
		}
	}
	if got := ClusterPath(nil, 1, 2); got != 0 {
		t.Errorf("no clusters: %d", got)
	}

	// A path of 3 levels of 2 bits below a leading 1: 1 01 10 11.
	const c, tmpl = 0b1011011, 5
	all := AppendClusterFeatures(nil, tmpl, c, 2, 3, true)
	want := []uint64{Mix2(tmpl, 1, 0b101), Mix2(tmpl, 2, 0b10110), Mix2(tmpl, 3, c)}
	if !slices.Equal(all, want) {
		t.Errorf("all levels = %x, want %x", all, want)
	}
	some := AppendClusterFeatures([]uint64{7}, tmpl, c, 2, 3, false)
	if want := []uint64{7, Mix2(tmpl, 2, 0b10110), Mix2(tmpl, 3, c)}; !slices.Equal(some, want) {
		t.Errorf("levels 2 and last = %x, want %x", some, want)
	}
	if none := AppendClusterFeatures(nil, tmpl, 0, 2, 3, true); !slices.Equal(none, []uint64{Mix2(tmpl, 99, 0)}) {
		t.Errorf("no cluster = %x", none)
	}
}
