package entity

import (
	"fmt"
	"io"
	"math/rand"
	"time"

	"storyline/enrich/internal/percept"
	"storyline/eval/conll"
)

// TrainDoc is one training document: sentences of tokens with their gold
// tags in IOB1, IOB2 or BILOU.
type TrainDoc struct {
	Tokens [][]string
	Tags   [][]string
}

// TrainOptions control training.
type TrainOptions struct {
	Epochs int   // passes over the training data
	Seed   int64 // seed of the document shuffle
	// Clusters map word keys to cluster paths (see Model.Clusters).
	Clusters      map[uint64]uint32
	ClusterBits   int
	ClusterLevels int
	// Gazetteer builds a gazetteer from the training entities; training
	// documents see one built from the other Folds folds only.
	Gazetteer bool
	Folds     int
	// Lists are external gazetteers, seen by every document.
	Lists []GazList
	// MinWeight prunes features whose averaged weights are all smaller.
	MinWeight float32
	// Off turns feature groups off (OffDoc, ...).
	Off uint32
	// TwoStage trains a second stage over first-stage labels.
	TwoStage bool
	// Ensemble, when above 1, trains that many models with seeds Seed,
	// Seed+1, ... and averages their weights (see mergeModels).
	Ensemble int
	// FoldMix gives every ensemble model after the first its own random
	// partition of the documents into gazetteer folds, for diversity.
	FoldMix bool
	// Viterbi trains a first-order structured perceptron decoded with the
	// Viterbi algorithm instead of the greedy tagger.
	Viterbi  bool
	foldSeed int64 // when not 0, the seed of the fold partition
	// MinCount, when above 1, ignores the static features seen fewer times
	// in the training data.
	MinCount int
	// HistNoise is the share of the labels recorded in the word history that
	// are changed at random during training, so the model does not trust the
	// history more than it deserves at run time.
	HistNoise float64
	// Dev, when set, is tagged after every epoch and its F1 logged.
	Dev []TrainDoc
	Log io.Writer
}

// learner is the averaged perceptron being trained, with the randomised
// word history of training (see TrainOptions.HistNoise).
type learner struct {
	*percept.Learner
	noise float64    // share of labels changed at random in the word history
	rng   *rand.Rand // draws the changed labels
}

// score implements scorer with the current weights.
func (t *learner) score(feats []uint64, scores *[nLabels]float32) { t.Score(feats, scores[:]) }

// goldLabels converts IOB tags to BILOU label ids.
func goldLabels(tags []string) ([]int, error) {
	out := make([]int, len(tags))
	for _, c := range conll.Chunks(tags) {
		t := typeIndex(c.Type)
		if t < 0 {
			return nil, fmt.Errorf("unknown entity type %q", c.Type)
		}
		if c.End-c.Start == 1 {
			out[c.Start] = label(t, roleU)
			continue
		}
		out[c.Start] = label(t, roleB)
		for j := c.Start + 1; j < c.End-1; j++ {
			out[j] = label(t, roleI)
		}
		out[c.End-1] = label(t, roleL)
	}
	return out, nil
}

func typeIndex(s string) int {
	for i, t := range typeNames {
		if t == s {
			return i
		}
	}
	return -1
}

// Train trains a model on docs with the averaged perceptron. With
// TwoStage, a first-stage model is trained on all documents, and the second
// stage learns from first-stage labels that were predicted, for each fold of
// documents, by a first stage trained on the other folds.
func Train(docs []TrainDoc, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Folds < 2 {
		opt.Folds = 5
	}
	gold := make([][][]int, len(docs))
	for d, doc := range docs {
		gold[d] = make([][]int, len(doc.Tags))
		for s, tags := range doc.Tags {
			g, err := goldLabels(tags)
			if err != nil {
				return nil, fmt.Errorf("train doc %d sentence %d: %w", d, s, err)
			}
			gold[d][s] = g
		}
	}
	if !opt.TwoStage {
		return trainEnsemble(docs, gold, opt, nil, nil), nil
	}
	opt1 := opt
	opt1.Dev, opt1.Log = nil, nil
	s1 := make([][][]int, len(docs))
	for k := 0; k < opt.Folds; k++ {
		var sub []TrainDoc
		var subGold [][][]int
		for d := range docs {
			if d%opt.Folds != k {
				sub = append(sub, docs[d])
				subGold = append(subGold, gold[d])
			}
		}
		mk := trainStage(sub, subGold, opt1, nil, nil)
		for d := k; d < len(docs); d += opt.Folds {
			s1[d] = mk.labelDocument(docs[d].Tokens)
		}
		opt.logf("first stage, fold %d done\n", k)
	}
	m1 := trainStage(docs, gold, opt1, nil, nil)
	opt.logf("first stage done\n")
	return trainEnsemble(docs, gold, opt, s1, m1), nil
}

// trainEnsemble trains opt.Ensemble models with successive seeds and
// merges them.
func trainEnsemble(docs []TrainDoc, gold [][][]int, opt TrainOptions, s1 [][][]int, prev *Model) *Model {
	n := max(opt.Ensemble, 1)
	ms := make([]*Model, n)
	for k := range ms {
		o := opt
		o.Seed = opt.Seed + int64(k)
		if opt.FoldMix && k > 0 {
			o.foldSeed = o.Seed
		}
		ms[k] = trainStage(docs, gold, o, s1, prev)
		if n > 1 {
			opt.logf("ensemble model %d of %d done\n", k+1, n)
		}
	}
	m := mergeModels(ms)
	if n > 1 && len(opt.Dev) > 0 {
		r := m.Evaluate(opt.Dev)
		opt.logf("  ensemble dev F1 %.4f (P %.4f R %.4f), %d features\n", r.Overall.F1(), r.Overall.Precision(), r.Overall.Recall(), len(m.Keys))
	}
	return m
}

// foldOf returns the gazetteer fold of training document d.
func (opt *TrainOptions) foldOf(d int) int {
	if opt.foldSeed == 0 {
		return d % opt.Folds
	}
	h := percept.Mix(uint64(opt.foldSeed), uint64(d))
	return int(h % uint64(opt.Folds))
}

func (opt *TrainOptions) logf(format string, args ...any) {
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, format, args...)
	}
}

// trainStage trains one model; with s1, a second stage over the first-stage
// labels s1 (at run time, those of prev).
func trainStage(docs []TrainDoc, gold [][][]int, opt TrainOptions, s1 [][][]int, prev *Model) *Model {
	m := &Model{Viterbi: opt.Viterbi, Off: opt.Off, Clusters: opt.Clusters, ClusterBits: opt.ClusterBits, ClusterLevels: opt.ClusterLevels}
	// Gazetteers: the full one for the model, one per fold for training.
	foldGaz := make([]map[uint64]uint32, opt.Folds)
	if opt.Gazetteer || len(opt.Lists) > 0 {
		var full gazBuilder
		folds := make([]gazBuilder, opt.Folds)
		for _, l := range opt.Lists {
			full.addList(l)
			for k := range folds {
				folds[k].addList(l)
			}
		}
		for d, doc := range docs {
			if !opt.Gazetteer {
				break
			}
			for s, toks := range doc.Tokens {
				for _, w := range toks {
					one := []string{w}
					full.add(one, gazVocab)
					for k := range folds {
						if k != opt.foldOf(d) {
							folds[k].add(one, gazVocab)
						}
					}
				}
				for _, c := range conll.Chunks(doc.Tags[s]) {
					t := typeIndex(c.Type)
					full.add(toks[c.Start:c.End], t)
					for k := range folds {
						if k != opt.foldOf(d) {
							folds[k].add(toks[c.Start:c.End], t)
						}
					}
				}
			}
		}
		m.Gaz, m.GazMaxLen = full.gaz, full.maxLen
		for k := range folds {
			foldGaz[k] = folds[k].gaz
			m.GazMaxLen = max(m.GazMaxLen, folds[k].maxLen)
		}
	}
	if prev != nil {
		m.Stage2 = true
		m.Prev = prev
		prev.Gaz, prev.GazMaxLen = m.Gaz, m.GazMaxLen
	}
	// Analyse every document once.
	a := &analyzer{}
	infos := make([][][]wordInfo, len(docs))
	for d, doc := range docs {
		infos[d] = m.prepare(a, doc.Tokens, foldGaz[opt.foldOf(d)])
		if s1 != nil {
			applyStage1(infos[d], s1[d])
		}
	}
	t := &learner{Learner: percept.NewLearner(nLabels), noise: opt.HistNoise, rng: rand.New(rand.NewSource(opt.Seed + 7))}
	if opt.MinCount > 1 {
		t.Skip = rareFeatures(m, infos, opt.MinCount)
	}
	order := percept.NewOrder(len(docs), opt.Seed)
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		errs, n := 0, 0
		for _, d := range order.Next() {
			m.decodeTrain(t, infos[d], gold[d], &errs, &n)
		}
		opt.logf("epoch %d: %d/%d token errors, %d features, %s\n", ep, errs, n, t.Len(), time.Since(start).Round(time.Millisecond))
		if len(opt.Dev) > 0 {
			snap := *m
			snap.Keys, snap.Weights = t.Average(opt.MinWeight)
			snap.index()
			r := snap.Evaluate(opt.Dev)
			opt.logf("  dev F1 %.4f (P %.4f R %.4f), %d features kept\n", r.Overall.F1(), r.Overall.Precision(), r.Overall.Recall(), len(snap.Keys))
		}
	}
	m.Keys, m.Weights = t.Average(opt.MinWeight)
	if m.Viterbi {
		m.Common = commonWords(docs, nCommon)
	}
	m.index()
	return m
}

// nCommon is the number of common words whose scores a Viterbi model
// computes at load time.
const nCommon = 3000

// decodeTrain runs one training pass over a document.
func (m *Model) decodeTrain(t *learner, infos [][]wordInfo, gold [][]int, errs, n *int) {
	if m.Viterbi {
		m.decodeViterbi(t, infos, gold, t, errs, n)
		return
	}
	m.decode(t, infos, gold, func(feats []uint64, g, p int) {
		*errs++
		t.Update(feats, g, p)
	}, func() {
		*n++
		t.Tick()
	})
}

// Evaluate tags docs and scores them against their tags with conlleval.
func (m *Model) Evaluate(docs []TrainDoc) conll.Result {
	var r conll.Result
	for _, d := range docs {
		pred := m.TagDocument(d.Tokens)
		for s := range d.Tokens {
			r.Add(d.Tags[s], pred[s])
		}
	}
	return r
}

// TagDocument tags the sentences of one document with IOB2 tags.
func (m *Model) TagDocument(sents [][]string) [][]string {
	labels := m.labelDocument(sents)
	out := make([][]string, len(labels))
	for i, ls := range labels {
		out[i] = make([]string, len(ls))
		for j, l := range ls {
			out[i][j] = iob2(l)
		}
	}
	return out
}

// rareFeatures returns the static features seen fewer than min times.
func rareFeatures(m *Model, infos [][][]wordInfo, min int) map[uint64]bool {
	counts := map[uint64]int32{}
	var feats []uint64
	for _, doc := range infos {
		for _, s := range doc {
			for i := range s {
				feats = m.staticFeatures(s, i, feats[:0])
				for _, f := range feats {
					counts[f]++
				}
			}
		}
	}
	rare := map[uint64]bool{}
	for f, n := range counts {
		if int(n) < min {
			rare[f] = true
		}
	}
	return rare
}

// noisy returns labels with a share t.noise of them replaced at random.
func (t *learner) noisy(labels []int) []int {
	out := append([]int(nil), labels...)
	for i := range out {
		if t.rng.Float64() < t.noise {
			out[i] = t.rng.Intn(nLabels)
		}
	}
	return out
}
