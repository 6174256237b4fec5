package textenc

import (
	"strings"
	"unicode/utf8"
)

// FlagMojibake marks text where UTF-8 read as Windows-1252 was repaired.
const FlagMojibake = "fixed:mojibake"

// cp1252Byte maps a rune back to its Windows-1252 (or Latin-1) byte.
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xff {
		return byte(r), true
	}
	for i, c := range cp1252 {
		if c == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// FixMojibake repairs the tell-tale sequences left when UTF-8 text was
// decoded as Windows-1252 or Latin-1 and encoded again: "Ã©" for "é",
// "Â£" for "£", "â€™" for "’". Only sequences led by Â, Ã or â whose bytes
// form one valid UTF-8 character are replaced, which legitimate text does
// not contain. It reports whether anything changed.
func FixMojibake(s string) (string, bool) {
	if !hasMojibakeLead(s) {
		return s, false
	}
	var sb strings.Builder
	changed := false
	last := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != 'Â' && r != 'Ã' && r != 'â' {
			i += n
			continue
		}
		need := 1
		if r == 'â' {
			need = 2
		}
		buf := []byte{byte(r)}
		j := i + n
		for k := 0; k < need && j < len(s); k++ {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			b, ok := cp1252Byte(r2)
			if !ok || b < 0x80 || b > 0xbf {
				break
			}
			buf = append(buf, b)
			j += n2
		}
		if len(buf) == need+1 {
			if fixed, size := utf8.DecodeRune(buf); fixed != utf8.RuneError && size == len(buf) {
				if !changed {
					sb.Grow(len(s))
					changed = true
				}
				sb.WriteString(s[last:i])
				sb.WriteRune(fixed)
				last = j
				i = j
				continue
			}
		}
		i += n
	}
	if !changed {
		return s, false
	}
	sb.WriteString(s[last:])
	return sb.String(), true
}

// hasMojibakeLead reports whether s holds Â, Ã or â (C3 82, C3 83, C3 A2).
func hasMojibakeLead(s string) bool {
	for {
		i := strings.IndexByte(s, 0xC3)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if c := s[i+1]; c == 0x82 || c == 0x83 || c == 0xA2 {
			return true
		}
		s = s[i+1:]
	}
}
