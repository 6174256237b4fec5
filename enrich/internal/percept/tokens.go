package percept

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The taggers' tokenizers follow different corpora (enrich/entity
// CoNLL-2003, enrich/event TimeML) and each model is trained on its own
// tokens, so only the rules they share to the letter are here; their
// punctuation sets, abbreviation lists and inner splits stay with them.

// NextChunk returns the bounds [start, stop) of the first run of runes
// that are not white space in text[from:end]; start and stop are end when
// there is none.
func NextChunk(text string, from, end int) (start, stop int) {
	i := from
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return i, j
}

// IsDash reports whether r is one of the dashes that always stand alone:
// em dash, en dash and horizontal bar.
func IsDash(r rune) bool { return r == '—' || r == '–' || r == '―' }

// KeepsPeriod reports whether the final period of w, a word that ends with
// one, belongs to it: initials ("J."), dotted abbreviations ("U.S.", "a.m.",
// but not "end..."), and the abbreviations of abbrevs (lowercase, without
// the period) of at most maxLen bytes.
func KeepsPeriod(w string, abbrevs map[string]bool, maxLen int) bool {
	base := w[:len(w)-1]
	if base == "" {
		return false
	}
	if strings.IndexByte(base, '.') >= 0 {
		for _, r := range base {
			if r != '.' && !unicode.IsLetter(r) {
				return false
			}
		}
		return base[len(base)-1] != '.'
	}
	if utf8.RuneCountInString(base) == 1 {
		r, _ := utf8.DecodeRuneInString(base)
		return unicode.IsUpper(r)
	}
	return len(base) <= maxLen && abbrevs[strings.ToLower(base)]
}
