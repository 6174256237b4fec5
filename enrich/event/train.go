package event

import (
	"fmt"
	"io"
	"sort"
	"time"

	"storyline/enrich/internal/percept"
	"storyline/news"
	"storyline/text"
)

// TrainOptions control training.
type TrainOptions struct {
	Epochs int   // passes over the training data (default 10)
	Seed   int64 // seed of the document shuffle
	// Prev feeds the label of the previous token to the next.
	Prev bool
	// Margin is stored in the model (see Model.Margin); training does not
	// use it.
	Margin float32
	// MinWeight prunes the features whose averaged weights are all
	// smaller in magnitude.
	MinWeight float32
	// Common is the number of the most frequent training words whose
	// word-feature scores the model computes at load time.
	Common int
	// NeverMin is the number of times a word form must be seen in
	// training, never as an event, to be in Model.Never; 0 for no list.
	NeverMin int
	// Clusters map word keys to word-cluster paths (see Model.Clusters).
	Clusters      map[uint64]uint32
	ClusterBits   int
	ClusterLevels int
	// Dev, when set, is tagged after every epoch and its F1 logged.
	Dev []Doc
	Log io.Writer
}

// example is one training token: its features and gold label.
type example struct {
	feats []uint64 // static features
	w     *word
	gold  int
	// skip: the token has no letter, "no event" for sure. Capitalised
	// words after a word are learned from, though the tagger never labels
	// them (candidate): dev F1 88.8 against 88.4 when training skips them
	// too.
	skip bool
}

// sentenceTokens returns the tokens of a text grouped by sentence, as the
// tagger reads a document whose sentences come from text.Sentences.
func sentenceTokens(txt string) [][]news.Span {
	var out [][]news.Span
	for _, seg := range segments(txt, text.Sentences(txt, nil)) {
		if toks := appendTokens(nil, txt, seg.Start, seg.End); len(toks) > 0 {
			out = append(out, toks)
		}
	}
	return out
}

// goldLabels returns the label of every token: the class of the event
// whose span is the token's, else 0. It also counts the events that match
// no token exactly.
func goldLabels(toks []news.Span, events []news.EventMention) ([]int, int) {
	byStart := make(map[int]news.EventMention, len(events))
	for _, e := range events {
		byStart[e.Start] = e
	}
	labels := make([]int, len(toks))
	hit := 0
	for i, t := range toks {
		if e, ok := byStart[t.Start]; ok && e.End == t.End {
			labels[i] = classLabel(e.Class)
			hit++
		}
	}
	return labels, hit
}

// Train trains a model on docs with the averaged perceptron. Training is
// deterministic: the same documents and options give the same model.
func Train(docs []Doc, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("train event model: no documents")
	}
	m := &Model{Prev: opt.Prev, Margin: opt.Margin, ClusterBits: opt.ClusterBits, ClusterLevels: opt.ClusterLevels}
	if opt.Clusters != nil {
		m.Clusters = opt.Clusters
	}
	var a analyzer
	data := make([][][]example, len(docs))
	counts, evCounts := map[string]int{}, map[string]int{}
	events, aligned := 0, 0
	for d, doc := range docs {
		events += len(doc.Events)
		for _, toks := range sentenceTokens(doc.Text) {
			labels, hit := goldLabels(toks, doc.Events)
			aligned += hit
			ws := make([]word, len(toks))
			for i, t := range toks {
				a.analyze(doc.Text[t.Start:t.End], &ws[i], m)
				counts[ws[i].text]++
				if labels[i] > 0 {
					evCounts[ws[i].text]++
				}
			}
			ex := make([]example, len(toks))
			for i := range toks {
				f := m.wordFeatures(&ws[i], nil)
				f = m.contextFeatures(ws, i, f)
				ex[i] = example{feats: f, w: &ws[i], gold: labels[i], skip: ws[i].flags&fNoLetter != 0}
			}
			data[d] = append(data[d], ex)
		}
	}
	opt.logf("%d documents, %d events, %d aligned with a token\n", len(docs), events, aligned)
	t := percept.NewLearner(nLabels)
	order := percept.NewOrder(len(docs), opt.Seed)
	var feats []uint64
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		errs, n := 0, 0
		for _, d := range order.Next() {
			for _, sent := range data[d] {
				prev := -1
				for _, e := range sent {
					t.Tick()
					if e.skip {
						prev = 0
						continue
					}
					feats = append(feats[:0], e.feats...)
					if opt.Prev {
						feats = prevFeatures(feats, e.w, prev)
					}
					var s [nLabels]float32
					t.Score(feats, s[:])
					pred := 0
					for l := 1; l < nLabels; l++ {
						if s[l] > s[pred] {
							pred = l
						}
					}
					n++
					if pred != e.gold {
						errs++
						t.Update(feats, e.gold, pred)
					}
					prev = pred
				}
			}
		}
		opt.logf("epoch %d: %d/%d token errors, %d features, %s\n", ep, errs, n, t.Len(), time.Since(start).Round(time.Millisecond))
		if len(opt.Dev) > 0 {
			snap := *m
			snap.Keys, snap.Weights = t.Average(opt.MinWeight)
			snap.index()
			r := New(&snap).Evaluate(opt.Dev)
			opt.logf("  dev: %s\n", r)
		}
	}
	m.Keys, m.Weights = t.Average(opt.MinWeight)
	m.Common = percept.MostFrequent(counts, opt.Common)
	if opt.NeverMin > 0 {
		for w, n := range counts {
			if n >= opt.NeverMin && evCounts[w] == 0 {
				m.Never = append(m.Never, w)
			}
		}
		sort.Strings(m.Never)
	}
	m.index()
	return m, nil
}

func (opt *TrainOptions) logf(format string, args ...any) {
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, format, args...)
	}
}
