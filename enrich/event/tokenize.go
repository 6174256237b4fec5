package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/enrich/internal/percept"
	"storyline/news"
)

// Tokenize splits text into tokens as TimeML corpora mark event words:
// punctuation apart, the clitics 's, n't, 're, 've, 'll, 'd and 'm apart,
// hyphenated words ("cease-fire", "write-downs"), numbers, dotted
// abbreviations ("U.S.") and titles ("Mr.") whole; a double hyphen or a dash
// always stands apart. A token never holds white space.
func Tokenize(text string) []news.Span {
	return appendTokens(nil, text, 0, len(text))
}

// appendTokens appends the tokens of text[start:end].
func appendTokens(toks []news.Span, text string, start, end int) []news.Span {
	for i := start; ; {
		s, e := percept.NextChunk(text, i, end)
		if s == e {
			return toks
		}
		toks = splitChunk(toks, text, s, e)
		i = e
	}
}

// isOpen tells the punctuation split off the front of a word.
func isOpen(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '<', '“', '‘', '«', '„', '¿', '¡', '*', '#', '|', '•', '·':
		return true
	}
	return false
}

// isClose tells the punctuation split off the end of a word.
func isClose(r rune) bool {
	switch r {
	case '"', '\'', '`', ')', ']', '}', '>', '”', '’', '»', ',', ';', ':', '!', '?', '.', '…', '*', '|', '•':
		return true
	}
	return false
}

// splitChunk splits the white-space-free chunk text[start:end].
func splitChunk(toks []news.Span, text string, start, end int) []news.Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isOpen(r) && !percept.IsDash(r) {
			break
		}
		// "'90s" keeps its apostrophe; "``" is one token.
		if (r == '\'' || r == '’') && start+n < end {
			if c, _ := utf8.DecodeRuneInString(text[start+n : end]); unicode.IsDigit(c) {
				break
			}
		}
		if (r == '`' || r == '\'') && start+1 < end && text[start+1] == byte(r) {
			n = 2
		}
		toks = append(toks, news.Span{Start: start, End: start + n})
		start += n
	}
	var tail []news.Span
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if r == '.' {
			if keepPeriod(text[start:end]) {
				break
			}
		} else if !isClose(r) && !percept.IsDash(r) {
			break
		}
		if r == '\'' && end-start >= 2 && text[end-2] == '\'' {
			n = 2
		}
		tail = append(tail, news.Span{Start: end - n, End: end})
		end -= n
	}
	if start < end {
		toks = splitWord(toks, text, start, end)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

// abbreviations end with a period that belongs to the word (lowercase,
// without the period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "maj": true,
	"rep": true, "sen": true, "gov": true, "pres": true, "prof": true, "rev": true, "adm": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "plc": true,
	"no": true, "vs": true, "etc": true, "mt": true, "ft": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// keepPeriod tells whether the final period of w belongs to it: initials,
// dotted abbreviations and known abbreviations.
func keepPeriod(w string) bool { return percept.KeepsPeriod(w, abbreviations, 4) }

// clitics are split off the end of a word, longest first.
var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// splitWord splits the inner parts of a word: dashes, double hyphens and
// clitics.
func splitWord(toks []news.Span, text string, start, end int) []news.Span {
	w := text[start:end]
	for k, r := range w {
		if percept.IsDash(r) || r == '-' && k+1 < len(w) && w[k+1] == '-' || r == '/' && k > 0 {
			n := utf8.RuneLen(r)
			for n < len(w)-k && w[k+n] == '-' && r == '-' {
				n++
			}
			if k > 0 {
				toks = splitWord(toks, text, start, start+k)
			}
			toks = append(toks, news.Span{Start: start + k, End: start + k + n})
			if start+k+n < end {
				toks = splitChunk(toks, text, start+k+n, end)
			}
			return toks
		}
	}
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return append(toks, news.Span{Start: start, End: end})
	}
	for _, c := range clitics {
		if len(w) > len(c) && strings.EqualFold(w[len(w)-len(c):], c) {
			return append(toks, news.Span{Start: start, End: end - len(c)}, news.Span{Start: end - len(c), End: end})
		}
	}
	return append(toks, news.Span{Start: start, End: end})
}
