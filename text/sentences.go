package text

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/news"
)

// Sentences splits text into sentence spans. Newlines always end a sentence
// (paragraphs are one per line), heading spans are never part of a sentence,
// and the spans carry no leading or trailing whitespace. The splitter is
// rule-based and knows news abbreviations, initials ("S. Lavrov"), dotted
// acronyms ("U.S.", "a.m."), decimals, ellipses and quotes that close after
// the final punctuation mark.
func Sentences(text string, headings []news.Span) []news.Span {
	hs := normHeadings(text, headings)
	out := make([]news.Span, 0, len(text)/100+1)
	hi := 0 // first heading that may still overlap a line
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		// Subtract heading spans from the line [start, end).
		s := start
		for hi < len(hs) && hs[hi].End <= start {
			hi++
		}
		for _, h := range hs[hi:] {
			if h.Start >= end {
				break
			}
			if h.End <= s {
				continue
			}
			if h.Start > s {
				out = splitSegment(text, s, h.Start, out)
			}
			s = h.End
		}
		if s < end {
			out = splitSegment(text, s, end, out)
		}
		start = end + 1
	}
	return out
}

// normHeadings returns the heading spans clamped to [0, n], sorted, with
// empty and inverted spans dropped.
func normHeadings(text string, headings []news.Span) []news.Span {
	n := len(text)
	if len(headings) == 0 {
		return nil
	}
	hs := make([]news.Span, 0, len(headings))
	for _, h := range headings {
		h.Start, h.End = max(h.Start, 0), min(h.End, n)
		if h.Start < h.End {
			h.Start, h.End = runeStart(text, h.Start), runeEnd(text, h.End)
			hs = append(hs, h)
		}
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].Start < hs[j].Start })
	return hs
}

// splitSegment appends the sentences of text[start:end], a piece of one line.
func splitSegment(text string, start, end int, out []news.Span) []news.Span {
	start, end = trimSpan(text, start, end)
	if start >= end {
		return out
	}
	sentStart := start
	for i := start; i < end; {
		// Skip quickly to the next byte that can start a terminal mark.
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != 0xE2 && c != 0xE3 && c != 0xEF {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isTerminal(r) {
			i += n
			continue
		}
		// A run of terminal marks, then closing quotes and brackets.
		j := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !isTerminal(r2) {
				break
			}
			j += n2
		}
		closed := false
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !isCloser(r2) {
				break
			}
			closed = true
			j += n2
		}
		k := j
		for k < end {
			r2, n2 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k == j && glued(text, sentStart, i, j, end) {
			// "…said.The next…": paragraphs glued by a crawler
			if s, e := trimSpan(text, sentStart, j); s < e {
				out = append(out, news.Span{Start: s, End: e})
			}
			sentStart, i = j, j
			continue
		}
		if k == j || k >= end { // no space after the marks, or end of segment
			i = j
			continue
		}
		if boundary(text, sentStart, i, j, k, end, closed) {
			s, e := trimSpan(text, sentStart, j)
			if s < e {
				out = append(out, news.Span{Start: s, End: e})
			}
			sentStart = k
		}
		i = k
	}
	if s, e := trimSpan(text, sentStart, end); s < e {
		out = append(out, news.Span{Start: s, End: e})
	}
	return out
}

// boundary decides whether a sentence ends after the terminal marks at
// text[i:j] (closing quotes included); the next sentence would start at k.
func boundary(text string, sentStart, i, j, k, end int, closed bool) bool {
	next := nextWord(text, k, end)
	first, _ := utf8.DecodeRuneInString(text[k:end])
	opener := isOpener(first)
	firstLetter, _ := utf8.DecodeRuneInString(next)
	startsUpper := unicode.IsUpper(firstLetter) || unicode.IsDigit(firstLetter) || unicode.Is(unicode.Lo, firstLetter) ||
		camelCase(next) // "iPhone", "eBay"
	if next == "" {
		startsUpper = opener || (!unicode.IsLetter(first) && !unicode.IsLower(first) && first != ',' && first != ';' && first != ':')
		if first == ',' || first == ';' || first == ':' || first == ')' {
			return false
		}
	}
	if !startsUpper && !opener {
		return false
	}
	// Only a lone period needs the abbreviation checks, also when it closes
	// a bracket: "(U.S.) 10.08", "(A.J.P.) Taylor".
	if closed && !onlyBrackets(text[i+1:j]) || text[i] != '.' || strings.IndexAny(text[i+1:j], ".!?…") >= 0 {
		return true
	}
	word := prevWord(text, sentStart, i)
	if word == "" {
		return true
	}
	if i-len(word) == sentStart && len(word) <= 3 && allDigits(word) {
		return false // a list number: "1. The first point"
	}
	lw := strings.ToLower(word)
	// After an abbreviation, a quote mark or a function word starts a new
	// sentence; a bracket or a name does not.
	starter := opener && first != '(' && first != '[' || isStarter(next)
	digit := unicode.IsDigit(firstLetter) && !opener
	switch {
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)):
		return starter // an initial: "S. Lavrov", but "Plan B. The ..."
	case dottedAcronym(word):
		return starter // "U.S. Secretary" vs "in the U.S. An expert"
	case titleAbbrev[lw]:
		return false
	case numAbbrev[lw] || monthAbbrev[lw]:
		return !digit
	case otherAbbrev[lw]:
		return starter
	}
	return true
}

// prevWord returns the token that ends at i (the text before a period),
// without leading quotes and brackets.
func prevWord(text string, lo, i int) string {
	s := i
	for s > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:s])
		if unicode.IsSpace(r) || isOpener(r) || r == '(' || r == '—' || r == '–' {
			break
		}
		s -= n
	}
	return text[s:i]
}

// nextWord returns the letters and digits that start at k, after any
// opening quotes and brackets.
func nextWord(text string, k, end int) string {
	for k < end {
		r, n := utf8.DecodeRuneInString(text[k:end])
		if !isOpener(r) {
			break
		}
		k += n
	}
	e := k
	for e < end {
		r, n := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		e += n
	}
	return text[k:e]
}

// dottedAcronym reports whether w is letters separated by periods, each
// run at most three letters: "U.S", "a.m", "N.V", "e.g" (not "5.13" or
// "Forex.com").
func dottedAcronym(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n > 3 {
			return false
		}
	}
	return true
}

// camelCase reports whether w starts lowercase but holds a capital letter.
func camelCase(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// trimSpan shrinks [s, e) to exclude surrounding whitespace.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‽', '。', '！', '？':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '«', '‹', '(', '[', '{', '¿', '¡':
		return true
	}
	return false
}

// isStarter reports whether w is a capitalised function word that typically
// begins a sentence ("The", "An", "He"), as opposed to a name or a noun that
// typically follows an abbreviation ("Secretary", "Lavrov").
func isStarter(w string) bool {
	r := firstRune(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return starters[strings.ToLower(w)]
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for k := 0; i > 0 && i < len(s) && !utf8.RuneStart(s[i]) && k < utf8.UTFMax; k++ {
		i--
	}
	return i
}

// runeEnd moves i forward to the next rune start.
func runeEnd(s string, i int) int {
	for k := 0; i < len(s) && !utf8.RuneStart(s[i]) && k < utf8.UTFMax; k++ {
		i++
	}
	return i
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// onlyBrackets reports whether s holds closing brackets only.
func onlyBrackets(s string) bool {
	return strings.Trim(s, ")]}") == ""
}

// glued reports whether a sentence ends at j although no space follows the
// mark at i: a word of three letters or more ending in lowercase before it,
// a capitalised lowercase word after it ("said.The", "Friday.The").
func glued(text string, sentStart, i, j, end int) bool {
	if j >= end || j+1 >= end {
		return false
	}
	w := prevWord(text, sentStart, i)
	if len(w) < 3 || strings.ContainsAny(w, "./@:") {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLower(last) {
		return false
	}
	r1, n1 := utf8.DecodeRuneInString(text[j:end])
	r2, _ := utf8.DecodeRuneInString(text[j+n1 : end])
	return unicode.IsUpper(r1) && unicode.IsLower(r2)
}
