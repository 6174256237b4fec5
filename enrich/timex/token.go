package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds
const (
	kWord = iota
	kNum
	kPunct
)

// token is one word, number or punctuation mark of the text, with byte offsets.
type token struct {
	start, end int
	low        string // lower case; punctuation normalised (’ → ')
	kind       uint8
	space      bool // preceded by white space (or at the start)
	nl         bool // preceded by a paragraph break (blank line or indented line)
	upper      bool // starts with an upper-case letter
	cls        uint32
	val        int   // month, weekday, ordinal, digits value
	rules      []int // rules whose first element is this literal word
}

// lexEntry is what the lexicon knows about a word.
type lexEntry struct {
	cls   uint32
	val   int
	rules []int
}

// buildLexicon classifies every word of the tables once; rule-start
// literals are added by the Tagger.
func buildLexicon() map[string]lexEntry {
	lex := map[string]lexEntry{}
	add := func(w string) {
		t := token{low: w}
		classify(&t)
		lex[w] = lexEntry{cls: t.cls, val: t.val}
	}
	for _, m := range []map[string]int{months, monthAbbrs, weekdays, ordWords, units, decadeWords} {
		for w := range m {
			add(w)
		}
	}
	for w := range numWords {
		add(w)
	}
	for w := range seasons {
		add(w)
	}
	for w := range parts {
		add(w)
	}
	for w := range vagueWords {
		add(w)
	}
	return lex
}

// tokenize splits text into tokens: runs of letters and digits (mixed, so
// "1990s" and "15th" stay whole), and single punctuation characters.
//
// A token's nl flag marks a paragraph break before it: a blank line or an
// indented new line. A single line break inside a hard-wrapped paragraph
// (wire copy) is just space.
func tokenize(text string, toks []token, lex map[string]lexEntry) []token {
	space, nl := true, false
	newlines := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				space = true
				if newlines > 0 && c != '\r' {
					nl = true // an indented line
				}
				i++
				continue
			case c == '\n':
				space = true
				newlines++
				if newlines > 1 {
					nl = true
				}
				i++
				continue
			case isAlnum(c):
				j := i + 1
				for j < len(text) {
					d := text[j]
					if d < utf8.RuneSelf {
						if !isAlnum(d) {
							break
						}
						j++
						continue
					}
					r, n := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
						break
					}
					j += n
				}
				if fiscalPrefix(text[i:j]) {
					// "FY2013", "FY13": "FY" and the year apart
					toks = append(toks, word(text, i, i+2, space, nl, lex))
					space, nl = false, false
					i += 2
				}
				if k := clockSuffix(text[i:j]); k > 0 {
					// "3pm", "10.30am" keep their parts apart: "3" "pm"
					toks = append(toks, word(text, i, i+k, space, nl, lex))
					space, nl = false, false
					i += k
				}
				toks = append(toks, word(text, i, j, space, nl, lex))
				space, nl, newlines = false, false, 0
				i = j
				continue
			default:
				toks = append(toks, token{start: i, end: i + 1, low: text[i : i+1], kind: kPunct, space: space, nl: nl})
				space, nl, newlines = false, false, 0
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, word(text, i, j, space, nl, lex))
			space, nl, newlines = false, false, 0
			i = j
		default:
			low := text[i : i+n]
			switch r {
			case '\u2019', '\u2018', '\u02bc':
				low = "'"
			case '\u2013', '\u2014', '\u2010', '\u2011':
				low = "-"
			}
			toks = append(toks, token{start: i, end: i + n, low: low, kind: kPunct, space: space, nl: nl})
			space, nl, newlines = false, false, 0
			i += n
		}
	}
	return toks
}

// fiscalPrefix reports whether w is "FY" followed by a two- or four-digit
// year.
func fiscalPrefix(w string) bool {
	if len(w) != 4 && len(w) != 6 || w[0] != 'F' || w[1] != 'Y' {
		return false
	}
	for k := 2; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func word(text string, i, j int, space, nl bool, lex map[string]lexEntry) token {
	s := text[i:j]
	t := token{start: i, end: j, space: space, nl: nl}
	if s[0] >= '0' && s[0] <= '9' {
		t.kind = kNum
	}
	r, _ := utf8.DecodeRuneInString(s)
	t.upper = unicode.IsUpper(r)
	t.low = lower(s)
	if t.kind == kNum {
		classify(&t)
	} else if e, ok := lex[t.low]; ok {
		t.cls, t.val, t.rules = e.cls, e.val, e.rules
	}
	return t
}

// lower lower-cases s without allocating when it is already lower case.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// classify sets the lexicon classes and value of a word token.
func classify(t *token) {
	s := t.low
	if t.kind == kNum {
		n, k := 0, 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' && k < 9 {
			n = n*10 + int(s[k]-'0')
			k++
		}
		rest := s[k:]
		switch {
		case rest == "":
			if k == len(s) {
				t.cls |= cDigits
				t.val = n
			}
		case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
			t.cls |= cOrdDigits
			t.val = n
		case rest == "s" && (k == 4 && n%10 == 0 || k == 2 && n%10 == 0):
			t.cls |= cDecade
			t.val = n
		}
		return
	}
	if v, ok := months[s]; ok {
		t.cls |= cMonth
		t.val = v
	}
	if v, ok := monthAbbrs[s]; ok {
		t.cls |= cMonAbbr
		t.val = v
	}
	if v, ok := weekdays[s]; ok {
		t.cls |= cWeekday
		t.val = v
	}
	if _, ok := numWords[s]; ok {
		t.cls |= cNumWord
	}
	if v, ok := ordWords[s]; ok {
		t.cls |= cOrdWord
		if t.val == 0 {
			t.val = v
		}
	}
	if _, ok := units[s]; ok {
		t.cls |= cUnit
	}
	if _, ok := seasons[s]; ok {
		t.cls |= cSeason
	}
	if _, ok := parts[s]; ok {
		t.cls |= cPart
	}
	if _, ok := decadeWords[s]; ok {
		t.cls |= cDecade
	}
	if vagueWords[s] {
		t.cls |= cVague
	}
}

// clockSuffix returns the length of the digits of a run such as "3pm" or
// "11AM" (one or two digits and am/pm), else 0.
func clockSuffix(s string) int {
	if len(s) < 3 || len(s) > 4 || s[0] < '0' || s[0] > '9' {
		return 0
	}
	k := len(s) - 2
	for _, c := range []byte(s[:k]) {
		if c < '0' || c > '9' {
			return 0
		}
	}
	switch lower(s[k:]) {
	case "am", "pm":
		return k
	}
	return 0
}
