package entity

import (
	"unicode"
	"unicode/utf8"

	"storyline/enrich/internal/percept"
)

// Feature templates. Their numeric values are part of the model format.
const (
	tBias uint64 = iota + 1
	tWord
	tLowM2
	tLowM1
	tLow0
	tLowP1
	tLowP2
	tShapeM1
	tShape0
	tShapeP1
	tShort3
	tPre
	tSuf
	tBigM1
	tBigP1
	tStart
	tFlags
	tCl0
	tClM1
	tClP1
	tDoc
	tPrev1
	tPrev2
	tPrev1Low
	tPrev1Shape
	tHist
	tHistMaj
	tGaz
	tGazP1
	tGazM1
	tLen
	tWordM1
	tWordP1
	tS1
	tS1Agg
	tS1Maj
	tCaps
	tHead
	tAggL
	tAggR
	tTopic
	tUnseen
)

// Word flags.
const (
	fInitCap = 1 << iota
	fAllCaps
	fHasDigit
	fAllDigit
	fHasHyphen
	fHasPeriod
	fNoLetter
	fInnerCap
	fStart
	fHeadline // the sentence is mostly in capitals
)

// contextFlags are the word flags that depend on the context.
const contextFlags = fStart | fHeadline

// Feature groups that Model.Off can turn off (for ablations).
const (
	OffDoc       = 1 << iota // document-level spelling features
	OffHist                  // labels given to the same word earlier in the document
	OffClusters              // word clusters
	OffHeadline              // features of sentences in capitals
	OffAggregate             // neighbours of the word elsewhere in the document
	OffTopic                 // the first word of the document
)

// Document flags.
const (
	dLowerSeen  = 1 << iota // the word also appears all lowercase in the document
	dCapNonInit             // the word appears capitalised and not sentence-initial
	dTitleSeen              // the word (all caps here) appears in title case
	dFirstInDoc             // first occurrence of this word in the document
)

// wordInfo holds what features need of one token.
type wordInfo struct {
	word, lower, shape, short uint64
	pre, suf                  [4]uint64
	nPre                      int8
	flags                     uint16
	doc                       uint8
	cluster                   uint32   // 0: none
	gaz                       uint64   // gazetteer bits, see gazetteer.go
	agg                       []uint64 // context aggregation features of the word in the document
	topic                     uint64   // first word of the document, 0 none
	s1                        int8     // first-stage label
	s1maj                     int8     // majority first-stage type of the word in the document, -1 none
	s1agg                     uint8    // first-stage types of the word in the document
}

// analyzer computes wordInfo without allocating for each token.
type analyzer struct {
	buf   []byte
	offs  []int
	shape []byte
}

func (a *analyzer) analyze(w string, start bool, m *Model, info *wordInfo) {
	*info = wordInfo{}
	info.word = percept.HashString(w)
	a.buf, a.offs = percept.Norm(a.buf[:0], a.offs[:0], w)
	info.lower = percept.HashBytes(a.buf)
	n := len(a.offs)
	k := min(n, 4)
	info.nPre = int8(k)
	for j := 1; j <= k; j++ {
		end := len(a.buf)
		if j < n {
			end = a.offs[j]
		}
		info.pre[j-1] = percept.HashBytes(a.buf[:end])
		info.suf[j-1] = percept.HashBytes(a.buf[a.offs[n-j]:])
	}
	// Shapes and flags.
	a.shape = a.shape[:0]
	var last rune = -1
	run := 0
	letters, uppers, digits := 0, 0, 0
	var flags uint16
	first := true
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			uppers++
			letters++
			if !first {
				flags |= fInnerCap
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			digits++
		default:
			c = r
			if r == '-' {
				flags |= fHasHyphen
			} else if r == '.' {
				flags |= fHasPeriod
			}
		}
		if first {
			if c == 'X' {
				flags |= fInitCap
			}
			first = false
		}
		if c == last {
			run++
		} else {
			run = 1
			last = c
		}
		if run <= 2 {
			a.shape = utf8.AppendRune(a.shape, c)
		}
	}
	info.shape = percept.HashBytes(a.shape)
	// short shape: runs collapsed to one.
	j := 0
	for i := 0; i < len(a.shape); i++ {
		if i > 0 && a.shape[i] == a.shape[i-1] {
			continue
		}
		a.shape[j] = a.shape[i]
		j++
	}
	info.short = percept.HashBytes(a.shape[:j])
	if letters > 0 && uppers == letters {
		flags |= fAllCaps
	}
	if digits > 0 {
		flags |= fHasDigit
		if digits == n {
			flags |= fAllDigit
		}
	}
	if letters == 0 {
		flags |= fNoLetter
	}
	if start {
		flags |= fStart
	}
	info.flags = flags
	if m != nil && m.Clusters != nil {
		info.cluster = percept.ClusterPath(m.Clusters, info.word, info.lower)
	}
}

// capitalised tells whether a token starts with an upper-case letter.
func (w *wordInfo) capitalised() bool { return w.flags&fInitCap != 0 }

// staticFeatures appends the features of token i that do not depend on
// predicted tags.
func (m *Model) staticFeatures(s []wordInfo, i int, out []uint64) []uint64 {
	return m.contextFeatures(s, i, m.wordFeatures(&s[i], out))
}

// wordFeatures appends the features that depend on the word alone, so their
// scores can be cached per word.
func (m *Model) wordFeatures(w *wordInfo, out []uint64) []uint64 {
	out = append(out,
		percept.Mix(tBias, 0),
		percept.Mix(tWord, w.word),
		percept.Mix(tLow0, w.lower),
		percept.Mix(tShape0, w.shape),
		percept.Mix(tFlags, uint64(w.flags&^contextFlags)),
	)
	for j := 0; j < int(w.nPre); j++ {
		out = append(out, percept.Mix2(tPre, uint64(j), w.pre[j]), percept.Mix2(tSuf, uint64(j), w.suf[j]))
	}
	if m.Off&OffClusters == 0 {
		out = m.clusterFeatures(out, tCl0, w.cluster, true)
	}
	return out
}

// contextFeatures appends the static features that depend on the context.
func (m *Model) contextFeatures(s []wordInfo, i int, out []uint64) []uint64 {
	w := &s[i]
	low := func(j int) uint64 {
		switch {
		case j < 0:
			return percept.PadStart
		case j >= len(s):
			return percept.PadEnd
		}
		return s[j].lower
	}
	shp := func(j int) uint64 {
		switch {
		case j < 0:
			return percept.PadStart
		case j >= len(s):
			return percept.PadEnd
		}
		return s[j].shape
	}
	short := func(j int) uint64 {
		switch {
		case j < 0:
			return percept.PadStart
		case j >= len(s):
			return percept.PadEnd
		}
		return s[j].short
	}
	wrd := func(j int) uint64 {
		switch {
		case j < 0:
			return percept.PadStart
		case j >= len(s):
			return percept.PadEnd
		}
		return s[j].word
	}
	out = append(out,
		percept.Mix(tLowM2, low(i-2)),
		percept.Mix(tLowM1, low(i-1)),
		percept.Mix(tLowP1, low(i+1)),
		percept.Mix(tLowP2, low(i+2)),
		percept.Mix(tShapeM1, shp(i-1)),
		percept.Mix(tShapeP1, shp(i+1)),
		percept.Mix(tShort3, short(i-1)*31^short(i)*17^short(i+1)),
		percept.Mix(tBigM1, low(i-1)*31^w.lower),
		percept.Mix(tBigP1, w.lower*31^low(i+1)),
		percept.Mix(tWordM1, wrd(i-1)),
		percept.Mix(tWordP1, wrd(i+1)),
	)
	if w.flags&fStart != 0 {
		out = append(out, percept.Mix(tStart, w.shape))
	}
	if w.flags&fHeadline != 0 && m.Off&OffHeadline == 0 {
		out = append(out, percept.Mix2(tHead, 1, w.lower), percept.Mix2(tHead, 2, short(i-1)*31^short(i)*17^short(i+1)))
	}
	if m.Off&OffClusters == 0 {
		if i > 0 {
			out = m.clusterFeatures(out, tClM1, s[i-1].cluster, false)
		}
		if i+1 < len(s) {
			out = m.clusterFeatures(out, tClP1, s[i+1].cluster, false)
		}
	}
	if w.doc != 0 && m.Off&OffDoc == 0 {
		for b := uint8(1); b != 0 && b <= w.doc; b <<= 1 {
			if w.doc&b != 0 {
				out = append(out, percept.Mix2(tDoc, uint64(b), w.short))
			}
		}
		out = append(out, percept.Mix2(tDoc, 1000+uint64(w.doc), uint64(w.flags&(fInitCap|fAllCaps|fStart))))
	}
	if w.gaz != 0 {
		out = gazFeatures(out, tGaz, w.gaz)
	}
	out = append(out, w.agg...)
	// Capitalised words the training data never had (for training
	// documents: not in the other folds).
	if m.Gaz != nil && w.flags&fInitCap != 0 && w.gaz&(1<<(4*gazVocab+roleU)) == 0 {
		out = append(out, percept.Mix2(tUnseen, 0, w.short), percept.Mix2(tUnseen, 1, low(i-1)), percept.Mix2(tUnseen, 2, low(i+1)))
		if w.cluster != 0 {
			out = append(out, percept.Mix2(tUnseen, 3, uint64(w.cluster>>(uint(m.ClusterBits)*uint(m.ClusterLevels/2)))))
		}
	}
	if w.topic != 0 && w.flags&fInitCap != 0 {
		out = append(out, percept.Mix2(tTopic, w.topic, w.short))
	}
	if m.Stage2 {
		for o := -2; o <= 2; o++ {
			v := uint64(100)
			if j := i + o; j >= 0 && j < len(s) {
				v = uint64(s[j].s1)
			}
			out = append(out, percept.Mix2(tS1, uint64(o+2), v))
		}
		if w.s1agg != 0 {
			out = append(out, percept.Mix(tS1Agg, uint64(w.s1agg)), percept.Mix2(tS1Agg, 99, uint64(w.s1agg)*7+uint64(w.flags&(fAllCaps|fStart))))
		}
		if w.s1maj >= 0 {
			out = append(out, percept.Mix(tS1Maj, uint64(w.s1maj)))
		}
	}
	if i > 0 && s[i-1].gaz != 0 {
		out = gazFeatures(out, tGazM1, s[i-1].gaz)
	}
	if i+1 < len(s) && s[i+1].gaz != 0 {
		out = gazFeatures(out, tGazP1, s[i+1].gaz)
	}
	return out
}

// clusterFeatures appends the features of the prefixes of a cluster path
// (see percept.AppendClusterFeatures).
func (m *Model) clusterFeatures(out []uint64, t uint64, c uint32, all bool) []uint64 {
	return percept.AppendClusterFeatures(out, t, c, m.ClusterBits, m.ClusterLevels, all)
}

// gazFeatures appends one feature per gazetteer bit set.
func gazFeatures(out []uint64, t uint64, g uint64) []uint64 {
	for b := 0; g != 0; b++ {
		if g&1 != 0 {
			out = append(out, percept.Mix(t, uint64(b)))
		}
		g >>= 1
	}
	return out
}

// dynamicFeatures appends the features that depend on the tags already
// predicted: p1 and p2 are the label ids of the two previous tokens (-1 before
// the sentence); hist is the label history of the word in the document.
func dynamicFeatures(out []uint64, w *wordInfo, p1, p2 int, hist *[nTypes]uint16) []uint64 {
	a, b := uint64(p1+1), uint64(p2+1)
	out = append(out,
		percept.Mix(tPrev1, a),
		percept.Mix2(tPrev2, a, b),
		percept.Mix2(tPrev1Low, a, w.lower),
		percept.Mix2(tPrev1Shape, a, w.short),
	)
	return histFeatures(out, hist)
}
