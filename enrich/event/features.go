package event

import (
	"unicode"
	"unicode/utf8"
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

// padding hashes for the positions around a sentence.
var (
	padStart = hashString("<S>")
	padEnd   = hashString("</S>")
)

// analyzer computes words without allocating for each token.
type analyzer struct {
	low   []byte
	offs  []int
	shape []byte
}

// analyze fills w for the token s.
func (a *analyzer) analyze(s string, w *word, m *Model) {
	*w = word{text: s}
	w.word = hashString(s)
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
		switch {
		case r < utf8.RuneSelf:
			b := byte(r)
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			} else if b >= '0' && b <= '9' {
				b = '0'
			}
			a.low = append(a.low, b)
		case unicode.IsDigit(r):
			a.low = append(a.low, '0')
		default:
			a.low = utf8.AppendRune(a.low, unicode.ToLower(r))
		}
	}
	if letters == 0 {
		flags |= fNoLetter
	} else if uppers == letters && letters > 1 {
		flags |= fAllCaps
	}
	w.flags = flags
	w.shape = hashBytes(a.shape)
	w.lower = hashBytes(a.low)
	n := len(a.offs)
	for k := 2; k <= 5 && k <= n; k++ {
		w.suf[k-2] = hashBytes(a.low[a.offs[n-k]:])
	}
	if n >= 3 {
		w.suf3 = w.suf[1]
	}
	if n > 3 {
		w.pre = hashBytes(a.low[:a.offs[3]])
	}
	w.stem = hashBytes(stem(a.low))
	if m != nil && m.Clusters != nil {
		if c, ok := m.Clusters[w.word]; ok {
			w.cluster = c
		} else {
			w.cluster = m.Clusters[w.lower]
		}
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
		mix(tBias, 0),
		mix(tWord, w.word),
		mix(tLow, w.lower),
		mix(tStem, w.stem),
		mix(tShape, w.shape),
		mix(tFlags, uint64(w.flags)),
	)
	for k, s := range w.suf {
		if s != 0 {
			out = append(out, mix2(tSuf, uint64(k), s))
		}
	}
	if w.pre != 0 {
		out = append(out, mix(tPre, w.pre))
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
			return padStart
		case j >= len(s):
			return padEnd
		}
		return s[j].lower
	}
	w := &s[i]
	var sufM1, sufP1, shpM1, shpP1, stemM1 uint64 = padStart, padEnd, padStart, padEnd, padStart
	if i > 0 {
		sufM1, shpM1, stemM1 = s[i-1].suf3, s[i-1].shape, s[i-1].stem
	}
	if i+1 < len(s) {
		sufP1, shpP1 = s[i+1].suf3, s[i+1].shape
	}
	out = append(out,
		mix(tLowM2, low(i-2)),
		mix(tLowM1, low(i-1)),
		mix(tLowP1, low(i+1)),
		mix(tLowP2, low(i+2)),
		mix2(tBigM1, low(i-1), w.lower),
		mix2(tBigP1, w.lower, low(i+1)),
		mix(tSufM1, sufM1),
		mix(tSufP1, sufP1),
		mix(tShapeM1, shpM1),
		mix(tShapeP1, shpP1),
		mix2(tM1Suf, low(i-1), w.suf[0]),
		mix(tStemM1, stemM1),
		mix2(tSkipM2, low(i-2), w.suf[0]),
	)
	if i == 0 {
		out = append(out, mix(tStart, uint64(w.flags)))
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
	return append(out, mix(tPrev, uint64(prev+1)), mix2(tPrevLow, uint64(prev+1), w.lower))
}

// clusterFeatures appends the features of the prefixes of a cluster path:
// every level when all is set, else the second and the last.
func (m *Model) clusterFeatures(out []uint64, t uint64, c uint32, all bool) []uint64 {
	if c == 0 {
		return append(out, mix2(t, 99, 0))
	}
	L := m.ClusterLevels
	for k := 1; k <= L; k++ {
		if !all && k != 2 && k != L {
			continue
		}
		out = append(out, mix2(t, uint64(k), uint64(c>>(uint(m.ClusterBits)*uint(L-k)))))
	}
	return out
}
