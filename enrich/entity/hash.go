package entity

import (
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes is FNV-1a over b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a template id and a value into a feature key (splitmix64).
func mix(t, v uint64) uint64 {
	x := v ^ (t+1)*0x9E3779B97F4A7C15
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// mix2 combines a template id and two values.
func mix2(t, a, b uint64) uint64 { return mix(t, a*0x9E3779B97F4A7C15^b) }

// lowerNorm appends w lowercased, with every digit turned into '0', to buf.
// It also returns the byte offsets where each rune of the result starts.
func lowerNorm(buf []byte, offs []int, w string) ([]byte, []int) {
	for _, r := range w {
		offs = append(offs, len(buf))
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c >= '0' && c <= '9' {
				c = '0'
			}
			buf = append(buf, c)
		case unicode.IsDigit(r):
			buf = append(buf, '0')
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf, offs
}

// LowerKey returns the hash the tagger uses for the lowercased,
// digit-normalised form of w; word clusters are keyed by it.
func LowerKey(w string) uint64 {
	var a [64]byte
	var o [64]int
	b, _ := lowerNorm(a[:0], o[:0], w)
	return hashBytes(b)
}

// WordKey returns the hash the tagger uses for the exact form of w.
func WordKey(w string) uint64 { return hashString(w) }
