package entity

import (
	"math"
	"math/bits"
	"sort"
)

// Entity types in label order; nTypes counts them and "O".
var typeNames = [...]string{"PER", "ORG", "LOC", "MISC"}

const (
	nTypes  = len(typeNames) + 1 // the last one is O, for the word history
	nLabels = 1 + 4*len(typeNames)
)

// Labels are BILOU: 0 is O; for type t, 1+4t is B, 2+4t I, 3+4t L, 4+4t U.
const (
	roleB = iota
	roleI
	roleL
	roleU
)

func label(t, role int) int { return 1 + 4*t + role }

// labelType returns the type index of a label, or -1 for O.
func labelType(l int) int {
	if l <= 0 {
		return -1
	}
	return (l - 1) / 4
}

func labelRole(l int) int { return (l - 1) % 4 }

// allowed tells whether label l may follow label prev (-1: sentence start);
// last says l is the last token of the sentence.
func allowed(prev, l int, last bool) bool {
	open := prev > 0 && (labelRole(prev) == roleB || labelRole(prev) == roleI)
	if open {
		if labelType(l) != labelType(prev) || l <= 0 {
			return false
		}
		r := labelRole(l)
		return r == roleL || r == roleI && !last
	}
	if l <= 0 {
		return true
	}
	r := labelRole(l)
	return r == roleU || r == roleB && !last
}

// iob2 converts a label to an IOB2 tag.
func iob2(l int) string {
	if l <= 0 {
		return "O"
	}
	t := typeNames[labelType(l)]
	switch labelRole(l) {
	case roleB, roleU:
		return "B-" + t
	}
	return "I-" + t
}

// Model is a trained tagger model: a feature table with one weight row per
// feature, word clusters and a gazetteer.
type Model struct {
	// Keys are the sorted feature keys folded to 32 bits (fold); Weights
	// has nLabels weights per key.
	Keys    []uint32
	Weights []float32
	// Clusters map word keys (WordKey or LowerKey) to cluster paths of
	// ClusterLevels levels of ClusterBits bits, with a leading 1 bit.
	Clusters      map[uint64]uint32
	ClusterBits   int
	ClusterLevels int
	// Gaz maps phrase keys to gazetteer bits (see gazetteer.go).
	Gaz       map[uint64]uint32
	GazMaxLen int
	// Off turns feature groups off (OffDoc, ...).
	Off uint32
	// Stage2 says the model uses the labels of a first stage, Prev, which
	// shares the word clusters and gazetteer of this model.
	Stage2 bool
	Prev   *Model
	// Viterbi says the model is decoded with the Viterbi algorithm over
	// first-order transitions (see viterbi.go), else greedily.
	Viterbi bool
	// Common are the most frequent words of the training data, whose
	// scores are computed once at load time (Viterbi models).
	Common []string
	// Info describes how the model was trained.
	Info string

	shared   *sharedCache // scores of Common, see buildShared
	slots    []slot       // see index
	mask     uint64
	qweights []int16 // Weights quantised, times qscale
	qscale   float32
}

// slot is one entry of the lookup table.
type slot struct {
	key uint32 // folded feature key, 0 for an empty slot
	row int32  // row of the key in Keys and Weights
}

// index builds the run-time tables: an open-addressing table with linear
// probing from keys to rows, and the weights quantised to int16.
func (m *Model) index() {
	n := 1 << bits.Len(uint(len(m.Keys)*2+1))
	m.slots = make([]slot, n)
	m.mask = uint64(n - 1)
	for i, k := range m.Keys {
		if k == 0 {
			k = 1
		}
		s := uint64(k) & m.mask
		for m.slots[s].key != 0 {
			s = (s + 1) & m.mask
		}
		m.slots[s] = slot{k, int32(i)}
	}
	var maxAbs float32
	for _, v := range m.Weights {
		maxAbs = max(maxAbs, v, -v)
	}
	m.qscale = maxAbs / 32767
	if m.qscale == 0 {
		m.qscale = 1
	}
	m.qweights = make([]int16, len(m.Weights))
	for i, v := range m.Weights {
		m.qweights[i] = int16(math.Round(float64(v / m.qscale)))
	}
	m.shared = nil
	if m.Viterbi {
		m.buildShared()
	}
}

// fold folds a 64-bit feature key to the 32 bits stored in the model; 0 is
// reserved for empty slots.
func fold(k uint64) uint32 {
	f := uint32(k ^ k>>32)
	if f == 0 {
		f = 1
	}
	return f
}

// lookup returns the row of feature key k, or -1.
func (m *Model) lookup(k64 uint64) int {
	k := fold(k64)
	s := uint64(k) & m.mask
	for {
		sl := m.slots[s]
		if sl.key == k {
			return int(sl.row)
		}
		if sl.key == 0 {
			return -1
		}
		s = (s + 1) & m.mask
	}
}

// score adds the weights of feats into scores.
func (m *Model) score(feats []uint64, scores *[nLabels]float32) {
	var acc [nLabels]int32
	for _, f := range feats {
		i := m.lookup(f)
		if i < 0 {
			continue
		}
		row := (*[nLabels]int16)(m.qweights[i*nLabels:])
		for l := range acc {
			acc[l] += int32(row[l])
		}
	}
	for l := range scores {
		scores[l] += float32(acc[l]) * m.qscale
	}
}

// scorer scores features: the trained model or the model being trained.
type scorer interface {
	score(feats []uint64, scores *[nLabels]float32)
}

// best returns the best allowed label.
func best(scores *[nLabels]float32, prev int, last bool) int {
	b := -1
	var bs float32
	for l := range scores {
		if !allowed(prev, l, last) {
			continue
		}
		if b < 0 || scores[l] > bs {
			b, bs = l, scores[l]
		}
	}
	return b
}

// sortKeys folds feature keys to 32 bits and sorts them with their weight
// rows; rows whose folded keys collide are summed.
func sortKeys(keys []uint64, weights []float32) ([]uint32, []float32) {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return fold(keys[idx[a]]) < fold(keys[idx[b]]) })
	k2 := make([]uint32, 0, len(keys))
	w2 := make([]float32, 0, len(weights))
	for _, i := range idx {
		f := fold(keys[i])
		row := weights[i*nLabels : (i+1)*nLabels]
		if n := len(k2); n > 0 && k2[n-1] == f {
			for l, v := range row {
				w2[(n-1)*nLabels+l] += v
			}
			continue
		}
		k2 = append(k2, f)
		w2 = append(w2, row...)
	}
	return k2, w2
}
