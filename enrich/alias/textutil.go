package alias

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasUpper tells whether s holds an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// hasLetter tells whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// startsUpper tells whether s starts with an upper-case letter or a digit
// ("G-20", "3M").
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// stripThe drops a leading "the " in any case.
func stripThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return strings.TrimLeft(s[4:], " ")
	}
	return s
}

// isAcronym tells whether s is an all-capital abbreviation of 2–6 letters
// ("NATO", "AFP", "U.N."), which is never a surname.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// isInitial tells whether a name token is an initial: "S.", "S", "J.D.".
func isInitial(tok string) bool {
	letters := 0
	dot := false
	for _, r := range tok {
		switch {
		case r == '.':
			dot = true
		case unicode.IsLetter(r):
			letters++
		default:
			return false
		}
	}
	return letters == 1 || (dot && letters <= 3 && letters > 0)
}

// firstLetter returns the lowercase ASCII-folded first letter of s, or 0.
func firstLetter(s string) byte {
	for _, r := range ascii(s) {
		if unicode.IsLetter(r) {
			if r < utf8.RuneSelf {
				return byte(unicode.ToLower(r))
			}
			return 0
		}
	}
	return 0
}

// field is a whitespace-separated word of a text with its byte offsets.
type field struct {
	start, end int
	text       string
}

// fields splits s[lo:hi] at white space, keeping offsets into s.
func fields(s string, lo, hi int) []field {
	out := make([]field, 0, 8)
	start := -1
	for i, r := range s[lo:hi] {
		i += lo
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, field{start, i, s[start:i]})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, field{start, hi, s[start:hi]})
	}
	return out
}

// isLineBreak tells the characters a mention never crosses.
func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == '\u0085'
}
