package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Hash returns the hex SHA-256 of the normalised text: lowercase, letters
// and digits only, words separated by single spaces, so copies that differ
// only in spacing, case or punctuation hash equal.
func Hash(s string) string {
	sum := sha256.Sum256([]byte(normText(s)))
	return hex.EncodeToString(sum[:])
}

// normText lowercases s and keeps only its letters and digits, one space
// between words.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' {
			continue // "Trump's" and "Trump’s" hash equal
		}
		space = true
	}
	return b.String()
}
