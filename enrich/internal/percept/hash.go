package percept

import (
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// HashString returns the 64-bit FNV-1a hash of s.
func HashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashBytes returns the 64-bit FNV-1a hash of b; it equals HashString of
// string(b).
func HashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// Mix combines a feature template id t and a value v into a feature key
// (the splitmix64 finaliser).
func Mix(t, v uint64) uint64 {
	x := v ^ (t+1)*0x9E3779B97F4A7C15
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// Mix2 combines a feature template id t and two values a and b into a
// feature key.
func Mix2(t, a, b uint64) uint64 { return Mix(t, a*0x9E3779B97F4A7C15^b) }

// Fold folds a 64-bit feature key to the 32 bits a trained model stores. It
// never returns 0, which marks the empty slots of a Table.
func Fold(k uint64) uint32 {
	f := uint32(k ^ k>>32)
	if f == 0 {
		f = 1
	}
	return f
}

// PadStart and PadEnd are the hashes that stand for the positions before
// and after a sentence in context features.
var (
	PadStart = HashString("<S>")
	PadEnd   = HashString("</S>")
)

// AppendNorm appends the normalised form of rune r to buf: lowercased, and
// '0' for every decimal digit (of any script).
func AppendNorm(buf []byte, r rune) []byte {
	if r >= utf8.RuneSelf {
		return appendNormRune(buf, r)
	}
	return append(buf, asciiNorm[r])
}

// asciiNorm is the normalised form of each ASCII character.
var asciiNorm = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c >= '0' && c <= '9':
			t[c] = '0'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// appendNormRune is AppendNorm of a rune beyond ASCII.
func appendNormRune(buf []byte, r rune) []byte {
	if unicode.IsDigit(r) {
		return append(buf, '0')
	}
	return utf8.AppendRune(buf, unicode.ToLower(r))
}

// Norm appends the normalised form of w (see AppendNorm) to buf, and to offs
// the offset in buf where the form of each rune of w starts.
func Norm(buf []byte, offs []int, w string) ([]byte, []int) {
	for _, r := range w {
		offs = append(offs, len(buf))
		buf = AppendNorm(buf, r)
	}
	return buf, offs
}
