package dedup

import (
	"unicode"
	"unicode/utf8"
)

// Options configures an Index. The zero value of a field means its default.
type Options struct {
	Hashes    int     // MinHash functions per signature (default 120)
	Bands     int     // LSH bands; Hashes/Bands rows each (default 40)
	Shingle   int     // words per shingle (default 3)
	Threshold float64 // minimum estimated Jaccard similarity of a near duplicate (default 0.5)
	// ShortShingles: texts with fewer shingles than this are short; a near
	// duplicate of a short text needs ShortThreshold (default 40, 0.9).
	ShortShingles  int
	ShortThreshold float64
	// Window is how many of the most recent signatures stay searchable for
	// near duplicates, and about how many of the latest documents' exact
	// hashes and ids are remembered (older ones are dropped to bound memory:
	// a caller with a store looks exact copies of older documents up there).
	// Default 50,000 (some weeks of a busy stream).
	Window int
	Seed   uint64 // seed of the hash functions (default fixed)
}

// DefaultOptions returns the tuned defaults.
func DefaultOptions() Options {
	return Options{Hashes: 120, Bands: 40, Shingle: 3, Threshold: 0.5,
		ShortShingles: 40, ShortThreshold: 0.9, Window: 50000, Seed: 0x9e3779b97f4a7c15}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Hashes <= 0 {
		o.Hashes = d.Hashes
	}
	if o.Bands <= 0 || o.Bands > o.Hashes {
		o.Bands = d.Bands
		if o.Bands > o.Hashes {
			o.Bands = o.Hashes
		}
	}
	if o.Shingle <= 0 {
		o.Shingle = d.Shingle
	}
	if o.Threshold <= 0 {
		o.Threshold = d.Threshold
	}
	if o.ShortShingles <= 0 {
		o.ShortShingles = d.ShortShingles
	}
	if o.ShortThreshold <= 0 {
		o.ShortThreshold = d.ShortThreshold
	}
	if o.Window <= 0 {
		o.Window = d.Window
	}
	if o.Seed == 0 {
		o.Seed = d.Seed
	}
	return o
}

// mix is the splitmix64 finaliser, a fast well-distributed 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// wordHashes returns a hash of every word of text: runs of letters and digits,
// lower-cased, so punctuation, case and spacing do not matter.
func wordHashes(text string, buf []uint64) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	in := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		var word bool
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			word = true
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
			word = true
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
			word = true
		}
		if word {
			if !in {
				h, in = offset, true
			}
			h = (h ^ uint64(r)) * prime
		} else if in {
			buf = append(buf, h)
			in = false
		}
	}
	if in {
		buf = append(buf, h)
	}
	return buf
}

// shingles returns the hashes of the k-word shingles of text (one shingle of
// all words when the text has fewer than k words, none when it has none).
func shingles(text string, k int) []uint64 {
	words := wordHashes(text, make([]uint64, 0, len(text)/5+1))
	if len(words) == 0 {
		return nil
	}
	n := len(words) - k + 1
	if n < 1 {
		n, k = 1, len(words)
	}
	out := words[:0:0]
	out = make([]uint64, n)
	for i := range n {
		h := uint64(k)
		for j := range k {
			h = mix(h*0x9e3779b97f4a7c15 + words[i+j])
		}
		out[i] = h
	}
	return out
}

// Signature computes the MinHash signature of a text with one-permutation
// hashing: each shingle hash falls in one of Hashes bins and each bin keeps
// its minimum; empty bins borrow from the next non-empty bin (rotation
// densification), so any two signatures stay comparable position by
// position. It is deterministic for given Options. An empty text has a
// signature of all ones (max uint64), which matches nothing.
func (ix *Index) Signature(text string) []uint64 {
	return signature(shingles(text, ix.opt.Shingle), len(ix.seeds), ix.opt.Seed)
}

func signature(sh []uint64, k int, seed uint64) []uint64 {
	sig := make([]uint64, k)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	if len(sh) == 0 || k == 0 {
		return sig
	}
	for _, h := range sh {
		v := mix(h ^ seed)
		bin := int((v >> 32) * uint64(k) >> 32)
		if w := v & 0xffffffff; w < sig[bin] {
			sig[bin] = w
		}
	}
	// densify: an empty bin takes the value of the next non-empty bin to its
	// right (circularly), salted with the distance so borrowed values differ
	// from their donors.
	empty := ^uint64(0)
	for i := range sig {
		if sig[i] != empty {
			continue
		}
		for d := 1; d < k; d++ {
			j := (i + d) % k
			if sig[j] != empty && sig[j] <= 0xffffffff {
				sig[i] = 1<<32 + mix(sig[j]+uint64(d)*0x9e3779b97f4a7c15)>>1
				break
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the texts behind two
// signatures: the share of positions where they agree. Empty-text signatures
// are similar to nothing.
func Similarity(a, b []uint64) float64 {
	n := min(len(a), len(b))
	if n == 0 {
		return 0
	}
	same := 0
	for i := range n {
		if a[i] == b[i] && a[i] != ^uint64(0) {
			same++
		}
	}
	return float64(same) / float64(n)
}
