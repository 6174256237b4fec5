package entity

import "storyline/enrich/internal/percept"

// prepare analyses the tokens of a document: word information, document
// flags and gazetteer matches. gaz may differ from the model's own (training
// uses gazetteers built without the document's fold).
func (m *Model) prepare(a *analyzer, sents [][]string, gaz map[uint64]uint32) [][]wordInfo {
	infos := make([][]wordInfo, len(sents))
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	all := make([]wordInfo, n)
	type stat struct{ lower, capNonInit, title uint16 }
	stats := make(map[uint64]stat, n/2)
	for si, s := range sents {
		infos[si], all = all[:len(s):len(s)], all[len(s):]
		for i, w := range s {
			info := &infos[si][i]
			a.analyze(w, i == 0 || isOpening(s[i-1]), m, info)
			st := stats[info.lower]
			switch {
			case info.flags&(fInitCap|fInnerCap|fAllCaps) == 0 && info.flags&fNoLetter == 0:
				st.lower++
			case info.flags&fInitCap != 0 && info.flags&fStart == 0:
				st.capNonInit++
				if info.flags&fAllCaps == 0 {
					st.title++
				}
			}
			stats[info.lower] = st
		}
		markHeadline(infos[si])
	}
	// Context aggregation: the neighbours of the first occurrences of each
	// capitalised word in the document.
	var ctx map[uint64][]uint64
	if m.Off&OffAggregate == 0 {
		ctx = map[uint64][]uint64{}
		for _, s := range infos {
			for i := range s {
				if s[i].flags&fInitCap == 0 {
					continue
				}
				c := ctx[s[i].lower]
				if len(c) >= 2*maxAggregate {
					continue
				}
				l, r := percept.PadStart, percept.PadEnd
				if i > 0 {
					l = s[i-1].lower
				}
				if i+1 < len(s) {
					r = s[i+1].lower
				}
				ctx[s[i].lower] = append(c, percept.Mix(tAggL, l), percept.Mix(tAggR, r))
			}
		}
	}
	// The topic of the document: the first word with letters (in news, the
	// first word of the headline or a section name such as "SOCCER").
	var topic uint64
	if m.Off&OffTopic == 0 {
	topicLoop:
		for _, s := range infos {
			for i := range s {
				if s[i].flags&fNoLetter == 0 {
					topic = s[i].lower
					break topicLoop
				}
			}
		}
	}
	seen := make(map[uint64]bool, len(stats))
	for _, s := range infos {
		for i := range s {
			info := &s[i]
			if info.flags&fInitCap == 0 {
				continue
			}
			st := stats[info.lower]
			var d uint8
			if st.lower > 0 {
				d |= dLowerSeen
			}
			own := uint16(0)
			if info.flags&fStart == 0 {
				own = 1
			}
			if st.capNonInit > own {
				d |= dCapNonInit
			}
			if info.flags&fAllCaps != 0 && st.title > 0 {
				d |= dTitleSeen
			}
			if !seen[info.lower] {
				d |= dFirstInDoc
				seen[info.lower] = true
			}
			info.doc = d
			info.agg = ctx[info.lower]
		}
		for i := range s {
			s[i].topic = topic
		}
		if gaz != nil {
			markGaz(s, gaz, m.GazMaxLen)
		}
	}
	return infos
}

// maxAggregate is the number of occurrences of a word whose neighbours are
// aggregated.
const maxAggregate = 6

// isOpening tells tokens after which a word counts as sentence-initial.
func isOpening(w string) bool {
	switch w {
	case `"`, "``", "'", "(", "[", "“", "‘", "-", "--", "—", "–", ":":
		return true
	}
	return false
}

// decode tags a prepared document greedily, left to right, with the label
// history of each word in the document. When gold is given, update is called
// for every wrong prediction with the token's features.
func (m *Model) decode(sc scorer, infos [][]wordInfo, gold [][]int, update func(feats []uint64, gold, pred int), tick func()) [][]int {
	hist := map[uint64]*[nTypes]uint16{}
	feats := make([]uint64, 0, 128)
	// At inference, the scores of the word features are cached per word.
	var cache map[uint64]int
	var slab []float32
	if gold == nil && sc == scorer(m) {
		cache = map[uint64]int{}
	}
	out := make([][]int, len(infos))
	for si, s := range infos {
		labels := make([]int, len(s))
		p1, p2 := -1, -1
		for i := range s {
			var scores [nLabels]float32
			if cache != nil {
				off, ok := cache[s[i].word]
				if !ok {
					var ws [nLabels]float32
					m.score(m.wordFeatures(&s[i], feats[:0]), &ws)
					off = len(slab)
					slab = append(slab, ws[:]...)
					cache[s[i].word] = off
				}
				copy(scores[:], slab[off:off+nLabels])
				feats = m.contextFeatures(s, i, feats[:0])
			} else {
				feats = m.staticFeatures(s, i, feats[:0])
			}
			var h *[nTypes]uint16
			if s[i].capitalised() && m.Off&OffHist == 0 {
				h = hist[s[i].lower]
			}
			feats = dynamicFeatures(feats, &s[i], p1, p2, h)
			sc.score(feats, &scores)
			l := best(&scores, p1, i == len(s)-1)
			if gold != nil {
				if gold[si][i] != l {
					update(feats, gold[si][i], l)
				}
				tick()
			}
			labels[i] = l
			p2, p1 = p1, l
		}
		if lr, ok := sc.(*learner); ok && lr.noise > 0 {
			m.addHistory(hist, s, lr.noisy(labels))
		} else {
			m.addHistory(hist, s, labels)
		}
		out[si] = labels
	}
	return out
}

// addHistory records the types given to the capitalised words of a sentence.
func (m *Model) addHistory(hist map[uint64]*[nTypes]uint16, s []wordInfo, labels []int) {
	for i := range s {
		if !s[i].capitalised() {
			continue
		}
		h := hist[s[i].lower]
		if h == nil {
			h = new([nTypes]uint16)
			hist[s[i].lower] = h
		}
		t := labelType(labels[i])
		if t < 0 {
			t = nTypes - 1
		}
		if h[t] < 1<<15 {
			h[t]++
		}
	}
}

// labelDocument returns the label ids of the tokens of a document, running
// the first stage first when the model has one.
func (m *Model) labelDocument(sents [][]string) [][]int {
	infos := m.prepare(&analyzer{}, sents, m.Gaz)
	if m.Prev != nil {
		applyStage1(infos, m.Prev.run(infos))
	}
	return m.run(infos)
}

// run tags a prepared document with the model's decoder.
func (m *Model) run(infos [][]wordInfo) [][]int {
	if m.Viterbi {
		return m.decodeViterbi(m, infos, nil, nil, nil, nil)
	}
	return m.decode(m, infos, nil, nil, nil)
}

// applyStage1 records first-stage labels in the word information: each
// token's label and, for capitalised words, the types the first stage gave
// the same word anywhere in the document.
func applyStage1(infos [][]wordInfo, labels [][]int) {
	agg := map[uint64]*[nTypes]uint16{}
	for si, s := range infos {
		for i := range s {
			s[i].s1 = int8(labels[si][i])
			if !s[i].capitalised() {
				continue
			}
			h := agg[s[i].lower]
			if h == nil {
				h = new([nTypes]uint16)
				agg[s[i].lower] = h
			}
			t := labelType(labels[si][i])
			if t < 0 {
				t = nTypes - 1
			}
			if h[t] < 1<<15 {
				h[t]++
			}
		}
	}
	for _, s := range infos {
		for i := range s {
			s[i].s1maj = -1
			h := agg[s[i].lower]
			if h == nil || !s[i].capitalised() {
				continue
			}
			var bestN uint16
			for t, n := range h {
				if n > 0 {
					s[i].s1agg |= 1 << t
					if n > bestN {
						s[i].s1maj, bestN = int8(t), n
					}
				}
			}
		}
	}
}

// markHeadline flags the tokens of a sentence written mostly in capitals.
func markHeadline(s []wordInfo) {
	words, caps := 0, 0
	for i := range s {
		if s[i].flags&fNoLetter != 0 {
			continue
		}
		words++
		if s[i].flags&fAllCaps != 0 {
			caps++
		}
	}
	if words < 2 || caps*3 < words*2 {
		return
	}
	for i := range s {
		s[i].flags |= fHeadline
	}
}
