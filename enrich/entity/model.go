package entity

import "storyline/enrich/internal/percept"

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
	// Keys are the sorted feature keys folded to 32 bits (percept.Fold);
	// Weights has nLabels weights per key.
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

	shared *sharedCache  // scores of Common, see buildShared
	tab    percept.Table // lookup of Keys and the quantised Weights, see index
}

// index builds the run-time tables: the lookup table with the quantised
// weights, and the scores of the common words (Viterbi models).
func (m *Model) index() {
	m.tab = percept.NewTable(m.Keys, m.Weights)
	m.shared = nil
	if m.Viterbi {
		m.buildShared()
	}
}

// score adds the weights of feats into scores.
func (m *Model) score(feats []uint64, scores *[nLabels]float32) {
	var acc [nLabels]int32
	t := &m.tab
	for _, f := range feats {
		i := t.Lookup(f)
		if i < 0 {
			continue
		}
		row := (*[nLabels]int16)(t.Q[i*nLabels:])
		for l := range acc {
			acc[l] += int32(row[l])
		}
	}
	for l := range scores {
		scores[l] += float32(acc[l]) * t.Scale
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
