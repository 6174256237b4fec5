package event

import (
	"unicode"

	"storyline/enrich/internal/percept"
)

// Feature templates. Their numeric values are part of the model format.
const (
	tBias uint64 = iota + 1
	tWord
	tLow
	tStem
	tSuf
	tPre
	tShape
	tFlags
	tLowM2
	tLowM1
	tLowP1
	tLowP2
	tBigM1
	tBigP1
	tSufM1
	tSufP1
	tShapeM1
	tShapeP1
	tStart
	tM1Suf
	tStemM1
	tPrev
	tPrevLow
	tCluster
	tClusterM1
	tClusterP1
	tSkipM2
)

// Word flags.
const (
	fInitCap = 1 << iota
	fAllCaps
	fHasDigit
	fHasHyphen
	fNoLetter
	fStart // first token of its sentence (a context flag)
)

// word holds what the features need of one token.
type word struct {
	text                    string
	word, lower, stem, suf3 uint64
	shape                   uint64
	suf                     [4]uint64 // suffixes of 2 to 5 runes, 0 when the word is shorter
	pre                     uint64    // prefix of 3 runes, 0 when shorter
	flags                   uint8
	cluster                 uint32 // word cluster path, 0 none
}

// analyzer computes words without allocating for each token.
type analyzer struct {
	low   []byte
	offs  []int
	shape []byte
}

// analyze fills w for the token s.
func (a *analyzer) analyze(s string, w *word, m *Model) {
	*w = word{text: s}
	w.word = percept.HashString(s)
	a.low, a.offs = a.low[:0], a.offs[:0]
	a.shape = a.shape[:0]
	var last byte
	letters, uppers := 0, 0
	var flags uint8
	for i, r := range s {
		a.offs = append(a.offs, len(a.low))
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
			if i == 0 {
				flags |= fInitCap
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			flags |= fHasDigit
		case r == '-':
			c = '-'
			flags |= fHasHyphen
		default:
			c = '.'
		}
		if c != last {
			a.shape = append(a.shape, c)
			last = c
		}
		a.low = percept.AppendNorm(a.low, r)
	}
	if letters == 0 {
		flags |= fNoLetter
	} else if uppers == letters && letters > 1 {
		flags |= fAllCaps
	}
	w.flags = flags
	w.shape = percept.HashBytes(a.shape)
	w.lower = percept.HashBytes(a.low)
	n := len(a.offs)
	for k := 2; k <= 5 && k <= n; k++ {
		w.suf[k-2] = percept.HashBytes(a.low[a.offs[n-k]:])
	}
	if n >= 3 {
		w.suf3 = w.suf[1]
	}
	if n > 3 {
		w.pre = percept.HashBytes(a.low[:a.offs[3]])
	}
	w.stem = percept.HashBytes(stem(a.low))
	if m != nil && m.Clusters != nil {
		w.cluster = percept.ClusterPath(m.Clusters, w.word, w.lower)
	}
}

// stemSuffixes are stripped, first match only, by stem.
var stemSuffixes = []string{"ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s", "e"}

// stem returns a crude stem of a lowercase word: one inflectional or
// derivational suffix stripped when at least three letters remain, so that
// "exploded", "explodes" and "explode" share "explod", "killing" and
// "killed" share "kill".
func stem(low []byte) []byte {
	for _, s := range stemSuffixes {
		if len(low) >= len(s)+3 && string(low[len(low)-len(s):]) == s {
			low = low[:len(low)-len(s)]
			break
		}
	}
	// Doubled final consonant: "stopp" (stopped) → "stop".
	if n := len(low); n >= 4 && low[n-1] == low[n-2] && !isVowel(low[n-1]) && low[n-1] != 'l' && low[n-1] != 's' {
		low = low[:n-1]
	}
	return low
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// wordFeatures appends the features of a word alone (the same wherever it
// stands), so their scores can be cached per word form.
func (m *Model) wordFeatures(w *word, out []uint64) []uint64 {
	out = append(out,
		percept.Mix(tBias, 0),
		percept.Mix(tWord, w.word),
		percept.Mix(tLow, w.lower),
		percept.Mix(tStem, w.stem),
		percept.Mix(tShape, w.shape),
		percept.Mix(tFlags, uint64(w.flags)),
	)
	for k, s := range w.suf {
		if s != 0 {
			out = append(out, percept.Mix2(tSuf, uint64(k), s))
		}
	}
	if w.pre != 0 {
		out = append(out, percept.Mix(tPre, w.pre))
	}
	if w.cluster != 0 && m.ClusterLevels > 0 {
		out = m.clusterFeatures(out, tCluster, w.cluster, true)
	}
	return out
}

// contextFeatures appends the features of token i that depend on its
// neighbours in sentence s.
func (m *Model) contextFeatures(s []word, i int, out []uint64) []uint64 {
	low := func(j int) uint64 {
		switch {
		case j < 0:
			return percept.PadStart
		case j >= len(s):
			return percept.PadEnd
		}
		return s[j].lower
	}
	w := &s[i]
	var sufM1, sufP1, shpM1, shpP1, stemM1 uint64 = percept.PadStart, percept.PadEnd, percept.PadStart, percept.PadEnd, percept.PadStart
	if i > 0 {
		sufM1, shpM1, stemM1 = s[i-1].suf3, s[i-1].shape, s[i-1].stem
	}
	if i+1 < len(s) {
		sufP1, shpP1 = s[i+1].suf3, s[i+1].shape
	}
	out = append(out,
		percept.Mix(tLowM2, low(i-2)),
		percept.Mix(tLowM1, low(i-1)),
		percept.Mix(tLowP1, low(i+1)),
		percept.Mix(tLowP2, low(i+2)),
		percept.Mix2(tBigM1, low(i-1), w.lower),
		percept.Mix2(tBigP1, w.lower, low(i+1)),
		percept.Mix(tSufM1, sufM1),
		percept.Mix(tSufP1, sufP1),
		percept.Mix(tShapeM1, shpM1),
		percept.Mix(tShapeP1, shpP1),
		percept.Mix2(tM1Suf, low(i-1), w.suf[0]),
		percept.Mix(tStemM1, stemM1),
		percept.Mix2(tSkipM2, low(i-2), w.suf[0]),
	)
	if i == 0 {
		out = append(out, percept.Mix(tStart, uint64(w.flags)))
	}
	if m.ClusterLevels > 0 {
		if i > 0 {
			out = m.clusterFeatures(out, tClusterM1, s[i-1].cluster, false)
		}
		if i+1 < len(s) {
			out = m.clusterFeatures(out, tClusterP1, s[i+1].cluster, false)
		}
	}
	return out
}

// prevFeatures appends the features of the label given to the previous token.
func prevFeatures(out []uint64, w *word, prev int) []uint64 {
	return append(out, percept.Mix(tPrev, uint64(prev+1)), percept.Mix2(tPrevLow, uint64(prev+1), w.lower))
}

// clusterFeatures appends the features of the prefixes of a cluster path:
// every level when all is set, else the second and the last (see
// percept.AppendClusterFeatures).
func (m *Model) clusterFeatures(out []uint64, t uint64, c uint32, all bool) []uint64 {
	return percept.AppendClusterFeatures(out, t, c, m.ClusterBits, m.ClusterLevels, all)
}
