package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = 'w' // a word, number or abbreviation
	kPunct = 'p' // one punctuation or symbol rune
	kOpen  = 'o' // an opening quotation mark (paired)
	kClose = 'c' // a closing quotation mark (paired)
	kMark  = 'm' // a quotation mark left unpaired
)

// tok is one token of a paragraph: a byte range into the text.
type tok struct {
	s, e  int
	w     string
	lw    string // w in lower case
	kind  byte
	inQ   bool // inside the content of a quotation
	quote int  // index of the quotation whose mark this is, or -1
}

// isQuoteRune reports whether r is a quotation mark the tokenizer treats as
// its own token. Apostrophes (’ inside words) are handled by the word reader.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', '‚', '`', '\'':
		return true
	}
	return false
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[start:end] into tokens with absolute byte offsets.
func tokenize(text string, start, end int) []tok {
	toks := make([]tok, 0, (end-start)/4+1)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// internal apostrophes, hyphens, periods, ampersands: kept when a
				// word rune follows (don't, Russia’s, US-Russian, U.S, AT&T).
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' || r2 == '‐' {
					if j+n2 < end {
						r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
						if isWordRune(r3) {
							j += n2
							continue
						}
					}
				}
				break
			}
			w := text[i:j]
			if (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && capitalised(w) && j < end {
				// plural possessive: "Sanders’ campaign", "the Joneses' house"
				for _, ap := range []string{"’", "'"} {
					if strings.HasPrefix(text[j:end], ap) && (j+len(ap) == end || text[j+len(ap)] == ' ') {
						j += len(ap)
						w = text[i:j]
						break
					}
				}
			}
			if j < end && text[j] == '.' && (keepsPeriod(w) || capitalised(w) && j+1 < end && text[j+1] == ',') {
				j++
				w = text[i:j]
			}
			toks = append(toks, tok{s: i, e: j, w: w, lw: lower(w), kind: kWord, quote: -1})
			i = j
		case (r == '\'' || r == '`') && i+1 < end && text[i+1] == byte(r):
			// '' and `` stand for double quotation marks in some wire copy
			toks = append(toks, tok{s: i, e: i + 2, w: text[i : i+2], lw: text[i : i+2], kind: kMark, quote: -1})
			i += 2
		default:
			k := byte(kPunct)
			if isQuoteRune(r) {
				k = kMark
			}
			toks = append(toks, tok{s: i, e: i + n, w: text[i : i+n], lw: text[i : i+n], kind: k, quote: -1})
			i += n
		}
	}
	return toks
}

// keepsPeriod reports whether a word followed by "." is an abbreviation that
// keeps its period: initials (S., U.S.), titles and other known short forms.
func keepsPeriod(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}

// paragraphs returns the non-blank lines of text as spans.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = end + 1
	}
	return out
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lowerStart reports whether w starts with a lower-case letter.
func lowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// stripPossessive removes a trailing 's or ’s (or a bare ’ after s).
func stripPossessive(w string) string {
	for _, suf := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	for _, suf := range []string{"s’", "s'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)+1]
		}
	}
	return w
}

// isPossessive reports whether w ends in a possessive 's.
func isPossessive(w string) bool { return stripPossessive(w) != w }

// lower returns w in lower case, without allocating when it has no
// upper-case ASCII letter and no non-ASCII byte.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}
