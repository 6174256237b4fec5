package entity

import "math"

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
			out = append(out, mix(tHist, uint64(t)))
			if n > bestN {
				best, bestN = t, n
			}
		}
	}
	if best >= 0 {
		out = append(out, mix(tHistMaj, uint64(best)))
	}
	return out
}

// transFeatures appends the transition features of a word after label p1
// (-1 at the start of the sentence).
func transFeatures(out []uint64, w *wordInfo, p1 int) []uint64 {
	a := uint64(p1 + 1)
	return append(out,
		mix(tPrev1, a),
		mix2(tPrev1Low, a, w.lower),
		mix2(tPrev1Shape, a, w.short),
	)
}

// vitBuf holds the buffers of Viterbi decoding, reused across sentences.
type vitBuf struct {
	static []([nLabels]float32)
	trans  []([nLabels + 1][nLabels]float32) // per token, per previous label + 1
	delta  []([nLabels]float32)
	back   []([nLabels]int8)
	feats  [][]uint64 // static features per token, kept for training
	tf     []uint64
}

func (b *vitBuf) reset(n int, keep bool) {
	if cap(b.static) < n {
		b.static = make([][nLabels]float32, n)
		b.trans = make([][nLabels + 1][nLabels]float32, n)
		b.delta = make([][nLabels]float32, n)
		b.back = make([][nLabels]int8, n)
	}
	b.static, b.trans, b.delta, b.back = b.static[:n], b.trans[:n], b.delta[:n], b.back[:n]
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
	feats := make([]uint64, 0, 128)
	var cache map[uint64]int
	var slab []float32
	if gold == nil && sc == scorer(m) {
		cache = map[uint64]int{}
	}
	out := make([][]int, len(infos))
	for si, s := range infos {
		T := len(s)
		if T == 0 {
			out[si] = []int{}
			continue
		}
		b.reset(T, lr != nil)
		for i := range s {
			st := &b.static[i]
			*st = [nLabels]float32{}
			if cache != nil {
				off, ok := cache[s[i].word]
				if !ok {
					var ws [nLabels]float32
					m.score(m.wordFeatures(&s[i], feats[:0]), &ws)
					off = len(slab)
					slab = append(slab, ws[:]...)
					cache[s[i].word] = off
				}
				copy(st[:], slab[off:off+nLabels])
				feats = m.contextFeatures(s, i, feats[:0])
			} else {
				feats = m.staticFeatures(s, i, feats[:0])
			}
			if s[i].capitalised() && m.Off&OffHist == 0 {
				feats = histFeatures(feats, hist[s[i].lower])
			}
			sc.score(feats, st)
			if lr != nil {
				b.feats[i] = append(b.feats[i][:0], feats...)
			}
			np := nLabels
			if i == 0 {
				np = 0
			}
			for p := -1; p < np; p++ {
				tr := &b.trans[i][p+1]
				*tr = [nLabels]float32{}
				b.tf = transFeatures(b.tf[:0], &s[i], p)
				sc.score(b.tf, tr)
			}
		}
		labels := viterbiPath(&b, T)
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
					lr.add(b.feats[i], g[i], 1)
					lr.add(transFeatures(b.tf[:0], &s[i], gp), g[i], 1)
					lr.add(b.feats[i], labels[i], -1)
					lr.add(transFeatures(b.tf[:0], &s[i], pp), labels[i], -1)
				}
				*n++
				lr.c++
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
func viterbiPath(b *vitBuf, T int) []int {
	for l := 0; l < nLabels; l++ {
		b.delta[0][l] = negInf
		if allowed(-1, l, T == 1) {
			b.delta[0][l] = b.static[0][l] + b.trans[0][0][l]
		}
	}
	for i := 1; i < T; i++ {
		last := i == T-1
		for l := 0; l < nLabels; l++ {
			bs, bp := negInf, -1
			for p := 0; p < nLabels; p++ {
				if b.delta[i-1][p] == negInf || !allowed(p, l, last) {
					continue
				}
				if v := b.delta[i-1][p] + b.trans[i][p+1][l]; bp < 0 || v > bs {
					bs, bp = v, p
				}
			}
			if bp < 0 {
				b.delta[i][l] = negInf
				continue
			}
			b.delta[i][l] = bs + b.static[i][l]
			b.back[i][l] = int8(bp)
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
