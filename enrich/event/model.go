package event

import (
	"math"
	"math/bits"
	"sort"
)

// Classes are the TimeML event classes, in label order: label 0 is "no
// event", label i+1 is Classes[i].
var Classes = [...]string{"OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"}

// nLabels counts the labels: no event and one per class.
const nLabels = 1 + len(Classes)

// classLabel returns the label of a TimeML class; an unknown or empty class
// reads as OCCURRENCE, the most frequent one.
func classLabel(c string) int {
	for i, n := range Classes {
		if n == c {
			return i + 1
		}
	}
	return 1
}

// Model is a trained event-mention model: one weight row per hashed feature.
type Model struct {
	// Keys are the sorted feature keys folded to 32 bits (fold); Weights
	// has nLabels weights per key.
	Keys    []uint32
	Weights []float32
	// Prev says the decoder feeds the label of the previous token to the
	// next (greedy, left to right).
	Prev bool
	// Margin is added to the score of "no event" before the labels are
	// compared: below 0 it favours recall, above 0 precision.
	Margin float32
	// Clusters map word keys (exact form, else lowercase form) to word
	// cluster paths of ClusterLevels levels of ClusterBits bits; nil for
	// none.
	Clusters      map[uint64]uint32
	ClusterBits   int
	ClusterLevels int
	// Common are frequent words whose word-feature scores are computed
	// once, when the model is loaded.
	Common []string
	// Never are frequent words (exact forms) that training never saw as an
	// event; the tagger labels them "no event" without scoring them.
	Never []string
	// Info says how the model was trained.
	Info string

	slots  []slot
	mask   uint64
	qw     []int16 // Weights quantised, times qscale
	qscale float32
	common map[string]*commonWord // see Common and Never
}

// commonWord is what the model knows of a common word at load time.
type commonWord struct {
	w      word           // its analysis
	scores [nLabels]int32 // quantised scores of its word features
	never  bool           // in Never
}

// slot is one entry of the open-addressing lookup table.
type slot struct {
	key uint32 // folded key, 0 for an empty slot
	row int32
}

// index builds the run-time tables: the lookup table, the quantised weights
// and the word-feature scores of the common words.
func (m *Model) index() {
	n := 1 << bits.Len(uint(len(m.Keys)*2+1))
	m.slots = make([]slot, n)
	m.mask = uint64(n - 1)
	for i, k := range m.Keys {
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
	m.qw = make([]int16, len(m.Weights))
	for i, v := range m.Weights {
		m.qw[i] = int16(math.Round(float64(v / m.qscale)))
	}
	m.common = make(map[string]*commonWord, len(m.Common)+len(m.Never))
	var a analyzer
	var w word
	var feats []uint64
	for _, c := range m.Common {
		a.analyze(c, &w, m)
		feats = m.wordFeatures(&w, feats[:0])
		cw := &commonWord{w: w}
		m.addScores(feats, &cw.scores)
		m.common[c] = cw
	}
	for _, c := range m.Never {
		if cw := m.common[c]; cw != nil {
			cw.never = true
		} else {
			a.analyze(c, &w, m)
			m.common[c] = &commonWord{w: w, never: true}
		}
	}
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

// addScores adds the quantised weights of feats to acc.
func (m *Model) addScores(feats []uint64, acc *[nLabels]int32) {
	for _, f := range feats {
		i := m.lookup(f)
		if i < 0 {
			continue
		}
		row := (*[nLabels]int16)(m.qw[i*nLabels:])
		for l := range acc {
			acc[l] += int32(row[l])
		}
	}
}

// decide returns the best label of quantised scores, the margin applied.
func (m *Model) decide(acc *[nLabels]int32) int {
	best := 0
	bs := float32(acc[0])*m.qscale + m.Margin
	for l := 1; l < nLabels; l++ {
		if v := float32(acc[l]) * m.qscale; v > bs {
			best, bs = l, v
		}
	}
	return best
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
