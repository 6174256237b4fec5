package event

import "storyline/enrich/internal/percept"

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
	// Keys are the sorted feature keys folded to 32 bits (percept.Fold);
	// Weights has nLabels weights per key.
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

	tab    percept.Table          // lookup of Keys and the quantised Weights
	common map[string]*commonWord // see Common and Never
}

// commonWord is what the model knows of a common word at load time.
type commonWord struct {
	w      word           // its analysis
	scores [nLabels]int32 // quantised scores of its word features
	never  bool           // in Never
}

// index builds the run-time tables: the lookup table, the quantised weights
// and the word-feature scores of the common words.
func (m *Model) index() {
	m.tab = percept.NewTable(m.Keys, m.Weights)
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

// addScores adds the quantised weights of feats to acc.
func (m *Model) addScores(feats []uint64, acc *[nLabels]int32) {
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
}

// decide returns the best label of quantised scores, the margin applied.
func (m *Model) decide(acc *[nLabels]int32) int {
	best := 0
	bs := float32(acc[0])*m.tab.Scale + m.Margin
	for l := 1; l < nLabels; l++ {
		if v := float32(acc[l]) * m.tab.Scale; v > bs {
			best, bs = l, v
		}
	}
	return best
}
