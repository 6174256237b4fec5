package entity

import (
	"math"

	"storyline/enrich/internal/percept"
)

// Viterbi decoding: a first-order structured perceptron over BILOU labels.
// A token's score is the sum of its static features (word, context,
// document, history of the word in earlier sentences) for the label, plus
// transition features that pair the previous label with the label: the
// previous label alone, with the lowercase word and with its short shape.

const negInf = float32(-math.MaxFloat32)

// histFeatures appends the features of the labels given to the word in
// earlier sentences of the document.
func histFeatures(out []uint64, hist *[nTypes]uint16) []uint64 {
	if hist == nil {
		return out
	}
	best, bestN := -1, uint16(0)
	for t, n := range hist {
		if n > 0 {
			out = append(out, percept.Mix(tHist, uint64(t)))
			if n > bestN {
				best, bestN = t, n
			}
		}
	}
	if best >= 0 {
		out = append(out, percept.Mix(tHistMaj, uint64(best)))
	}
	return out
}

// transFeatures appends the transition features of a word after label p1
// (-1 at the start of the sentence). The word is paired with the coarse
// class of the previous label only (see coarse), which keeps decoding fast.
func transFeatures(out []uint64, w *wordInfo, p1 int) []uint64 {
	a := uint64(p1 + 1)
	return append(out,
		percept.Mix(tPrev1, a),
		percept.Mix2(tPrev1Low, 100+uint64(coarse(p1)), w.lower),
		percept.Mix2(tPrev1Shape, a, w.short),
	)
}

// nCoarse counts the coarse classes of previous labels.
const nCoarse = 4

// coarse returns the class of a previous label: 0 sentence start, 1 O,
// 2 inside an open entity (B or I), 3 after a closed one (L or U).
func coarse(p int) int {
	switch {
	case p < 0:
		return 0
	case p == 0:
		return 1
	case labelRole(p) == roleB || labelRole(p) == roleI:
		return 2
	}
	return 3
}

// vitBuf holds the buffers of Viterbi decoding, reused across sentences.
type vitBuf struct {
	static []([nLabels]float32)
	trans  []([nLabels + 1][nLabels]float32) // per token, per previous label + 1 (training)
	so     []*[nLabels + 1][nLabels]float32  // per token: transition scores by previous label + 1
	lo     []*[nCoarse][nLabels]float32      // per token: word transition scores by coarse class
	delta  []([nLabels]float32)
	back   []([nLabels]int8)
	feats  [][]uint64 // static features per token, kept for training
	tf     []uint64
}

func (b *vitBuf) reset(n int, keep, trans bool) {
	if cap(b.static) < n {
		c := max(n, 64)
		b.static = make([][nLabels]float32, c)
		b.delta = make([][nLabels]float32, c)
		b.back = make([][nLabels]int8, c)
		b.so = make([]*[nLabels + 1][nLabels]float32, c)
		b.lo = make([]*[nCoarse][nLabels]float32, c)
	}
	if trans && cap(b.trans) < n {
		b.trans = make([][nLabels + 1][nLabels]float32, max(n, 64))
	}
	b.static, b.delta, b.back = b.static[:n], b.delta[:n], b.back[:n]
	b.so, b.lo = b.so[:n], b.lo[:n]
	if keep {
		for len(b.feats) < n {
			b.feats = append(b.feats, nil)
		}
	}
}

// decodeViterbi tags a prepared document sentence by sentence with the
// Viterbi algorithm. With lr and gold, it trains: the weights of the
// features of the gold and predicted paths are updated where they differ.
func (m *Model) decodeViterbi(sc scorer, infos [][]wordInfo, gold [][]int, lr *learner, errs, n *int) [][]int {
	hist := map[uint64]*[nTypes]uint16{}
	var b vitBuf
	prevs := &prevTable
	feats := make([]uint64, 0, 128)
	var cache map[uint64]wordEntry
	var slab []float32
	var tc *transCache
	if gold == nil && sc == scorer(m) {
		cache = map[uint64]wordEntry{}
		tc = newTransCache(m)
	}
	sh := m.shared
	out := make([][]int, len(infos))
	for si, s := range infos {
		T := len(s)
		if T == 0 {
			out[si] = []int{}
			continue
		}
		b.reset(T, lr != nil, cache == nil)
		for i := range s {
			st := &b.static[i]
			var we wordEntry
			if cache != nil {
				var ok bool
				if sh != nil {
					we, ok = sh.entries[s[i].word]
				}
				if !ok {
					we, ok = cache[s[i].word]
				}
				if !ok {
					var ws [nLabels]float32
					m.score(m.wordFeatures(&s[i], feats[:0]), &ws)
					we.off = int32(len(slab))
					slab = append(slab, ws[:]...)
					we.lo = int32(tc.wordRows(m, s[i].lower))
					we.so = int32(tc.formRows(m, s[i].short))
					cache[s[i].word] = we
				}
				src := slab
				if we.shared {
					src = sh.slab
				}
				copy(st[:], src[we.off:int(we.off)+nLabels])
				feats = m.contextFeatures(s, i, feats[:0])
			} else {
				*st = [nLabels]float32{}
				feats = m.staticFeatures(s, i, feats[:0])
			}
			if s[i].capitalised() && m.Off&OffHist == 0 {
				feats = histFeatures(feats, hist[s[i].lower])
			}
			sc.score(feats, st)
			if lr != nil {
				b.feats[i] = append(b.feats[i][:0], feats...)
			}
			if cache != nil {
				t := tc
				if we.shared {
					t = sh.tc
				}
				b.so[i] = (*[nLabels + 1][nLabels]float32)(t.slab[we.so:])
				b.lo[i] = &zeroLo
				if we.lo >= 0 {
					b.lo[i] = (*[nCoarse][nLabels]float32)(t.slab[we.lo:])
				}
				continue
			}
			np := nLabels
			if i == 0 {
				np = 0
			}
			for p := -1; p < np; p++ {
				tr := &b.trans[i][p+1]
				b.so[i], b.lo[i] = &b.trans[i], &zeroLo
				*tr = [nLabels]float32{}
				b.tf = transFeatures(b.tf[:0], &s[i], p)
				sc.score(b.tf, tr)
			}
		}
		labels := viterbiPath(&b, T, prevs)
		if lr != nil {
			g := gold[si]
			for i := range s {
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = g[i-1], labels[i-1]
				}
				if g[i] != labels[i] {
					*errs++
				}
				if g[i] != labels[i] || gp != pp {
					lr.Add(b.feats[i], g[i], 1)
					lr.Add(transFeatures(b.tf[:0], &s[i], gp), g[i], 1)
					lr.Add(b.feats[i], labels[i], -1)
					lr.Add(transFeatures(b.tf[:0], &s[i], pp), labels[i], -1)
				}
				*n++
				lr.Tick()
			}
		}
		if lr != nil && lr.noise > 0 {
			m.addHistory(hist, s, lr.noisy(labels))
		} else {
			m.addHistory(hist, s, labels)
		}
		out[si] = labels
	}
	return out
}

// viterbiPath returns the best allowed label sequence of a sentence of T
// tokens whose scores are in b.
func viterbiPath(b *vitBuf, T int, prevs *[2][nLabels][]int8) []int {
	for l := 0; l < nLabels; l++ {
		b.delta[0][l] = negInf
		if allowed(-1, l, T == 1) {
			b.delta[0][l] = b.static[0][l] + b.so[0][0][l] + b.lo[0][0][l]
		}
	}
	for i := 1; i < T; i++ {
		last := 0
		if i == T-1 {
			last = 1
		}
		dprev, dcur := &b.delta[i-1], &b.delta[i]
		tr, lo, st, bk := b.so[i], b.lo[i], &b.static[i], &b.back[i]
		for l := 0; l < nLabels; l++ {
			bs, bp := negInf, -1
			for _, p8 := range prevs[last][l] {
				p := int(p8)
				d := dprev[p]
				if d == negInf {
					continue
				}
				if v := d + tr[p+1][l] + lo[coarseOf[p]][l]; bp < 0 || v > bs {
					bs, bp = v, p
				}
			}
			if bp < 0 {
				dcur[l] = negInf
				continue
			}
			dcur[l] = bs + st[l]
			bk[l] = int8(bp)
		}
	}
	labels := make([]int, T)
	bl := 0
	for l := 1; l < nLabels; l++ {
		if b.delta[T-1][l] > b.delta[T-1][bl] {
			bl = l
		}
	}
	for i := T - 1; i >= 0; i-- {
		labels[i] = bl
		if i > 0 {
			bl = int(b.back[i][bl])
		}
	}
	return labels
}

// zeroLo stands for a word without word transition scores; never written.
var zeroLo [nCoarse][nLabels]float32

// coarseOf is coarse of each label.
var coarseOf = func() (c [nLabels]int) {
	for l := range c {
		c[l] = coarse(l)
	}
	return c
}()

// prevTable is allowedPrevs, computed once.
var prevTable = allowedPrevs()

// allowedPrevs lists, for each label and for a last or other token, the
// labels that may precede it.
func allowedPrevs() [2][nLabels][]int8 {
	var out [2][nLabels][]int8
	for last := range 2 {
		for l := 0; l < nLabels; l++ {
			for p := 0; p < nLabels; p++ {
				if allowed(p, l, last == 1) {
					out[last][l] = append(out[last][l], int8(p))
				}
			}
		}
	}
	return out
}

// wordEntry locates the cached scores of a word at inference: its word
// features (off in the decoder's slab), its transitions with the word and
// with its shape (lo and so in the transCache slab; lo is -1 for none).
// Entries of the model's shared cache (shared) are in its slabs.
type wordEntry struct {
	off, lo, so int32
	shared      bool
}

// transCache caches the transition scores of a document at inference: the
// previous-label feature once, the previous label with the word per word,
// and with the shape per shape.
type transCache struct {
	prev  [nLabels + 1][nLabels]float32
	words map[uint64]int // offset in slab, -1 when the word has no weights
	forms map[uint64]int
	slab  [][nLabels]float32
	feat  [1]uint64
	base  *transCache // the model's shared cache, read only, or nil
}

func newTransCache(m *Model) *transCache {
	tc := &transCache{words: map[uint64]int{}, forms: map[uint64]int{}}
	if m.shared != nil {
		tc.base = m.shared.tc
		tc.prev = tc.base.prev
		return tc
	}
	for p := -1; p < nLabels; p++ {
		tc.feat[0] = percept.Mix(tPrev1, uint64(p+1))
		m.score(tc.feat[:], &tc.prev[p+1])
	}
	return tc
}

// formRows returns the offset of the transition scores of a word shape,
// with those of the previous label alone, computing them once.
func (tc *transCache) formRows(m *Model, short uint64) int {
	if off, ok := tc.forms[short]; ok {
		return off
	}
	off := len(tc.slab)
	if tc.base != nil {
		if b, ok := tc.base.forms[short]; ok {
			tc.slab = append(tc.slab, tc.base.slab[b:b+nLabels+1]...)
			tc.forms[short] = off
			return off
		}
	}
	tc.slab = append(tc.slab, tc.prev[:]...)
	for p := -1; p < nLabels; p++ {
		row := &tc.slab[off+p+1]
		tc.feat[0] = percept.Mix2(tPrev1Shape, uint64(p+1), short)
		m.score(tc.feat[:], row)
	}
	tc.forms[short] = off
	return off
}

// wordRows returns the offset of the scores of the word after each coarse
// class of previous label, computing them once.
func (tc *transCache) wordRows(m *Model, lower uint64) int {
	if off, ok := tc.words[lower]; ok {
		return off
	}
	off := -1
	for c := range nCoarse {
		k := m.tab.Lookup(percept.Mix2(tPrev1Low, 100+uint64(c), lower))
		if k < 0 {
			continue
		}
		if off < 0 {
			off = len(tc.slab)
			tc.slab = append(tc.slab, zeroLo[:]...)
		}
		q := (*[nLabels]int16)(m.tab.Q[k*nLabels:])
		row := &tc.slab[off+c]
		for l := range row {
			row[l] = float32(q[l]) * m.tab.Scale
		}
	}
	tc.words[lower] = off
	return off
}

// sharedCache holds the inference scores of the model's common words,
// computed at load time and read only afterwards, so documents need not
// recompute them.
type sharedCache struct {
	entries map[uint64]wordEntry // by WordKey
	slab    []float32            // word feature scores
	tc      *transCache
}

// buildShared fills m.shared from m.Common.
func (m *Model) buildShared() {
	m.shared = nil
	if len(m.Common) == 0 {
		return
	}
	sh := &sharedCache{entries: make(map[uint64]wordEntry, len(m.Common)), tc: newTransCache(m)}
	var a analyzer
	var info wordInfo
	feats := make([]uint64, 0, 64)
	for _, w := range m.Common {
		a.analyze(w, false, m, &info)
		var ws [nLabels]float32
		m.score(m.wordFeatures(&info, feats[:0]), &ws)
		we := wordEntry{off: int32(len(sh.slab)), shared: true}
		sh.slab = append(sh.slab, ws[:]...)
		we.lo = int32(sh.tc.wordRows(m, info.lower))
		we.so = int32(sh.tc.formRows(m, info.short))
		sh.entries[info.word] = we
	}
	m.shared = sh
}

// commonWords returns the n most frequent tokens of docs, most frequent
// first (ties in byte order).
func commonWords(docs []TrainDoc, n int) []string {
	counts := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Tokens {
			for _, w := range s {
				counts[w]++
			}
		}
	}
	return percept.MostFrequent(counts, n)
}
