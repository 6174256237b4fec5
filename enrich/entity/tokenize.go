package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/enrich/internal/percept"
)

// Token is one token of a text: the byte range [Start, End) of the text.
type Token struct {
	Start, End int
}

// Text returns the token's text in s.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// abbreviations end with a period that belongs to the word (compared
// lowercased, without the period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true,
	"rep": true, "sen": true, "gov": true, "pres": true, "prof": true, "rev": true, "adm": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "plc": true, "cos": true,
	"no": true, "vs": true, "etc": true, "mt": true, "ft": true, "ave": true, "blvd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "est": true, "approx": true,
}

// isOpenPunct tells the punctuation split off the front of a word.
func isOpenPunct(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '<', '“', '‘', '«', '„', '‚', '¿', '¡', '*', '#', '|', '•', '·':
		return true
	}
	return false
}

// isClosePunct tells the punctuation split off the end of a word.
func isClosePunct(r rune) bool {
	switch r {
	case '"', '\'', '`', ')', ']', '}', '>', '”', '’', '»', ',', ';', ':', '!', '?', '.', '…', '*', '|', '•':
		return true
	}
	return false
}

// Tokenize splits text into tokens the way CoNLL-2003 does: punctuation
// apart, possessive 's and n't apart, abbreviations, initials, numbers and
// hyphenated words whole. A token never contains white space, so it never
// crosses a line break.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	for i := 0; ; {
		start, end := percept.NextChunk(text, i, len(text))
		if start == end {
			return toks
		}
		toks = splitChunk(text, start, end, toks)
		i = end
	}
}

// splitChunk splits the white-space-free chunk text[start:end].
func splitChunk(text string, start, end int, toks []Token) []Token {
	// Split off leading punctuation.
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isOpenPunct(r) && !percept.IsDash(r) {
			break
		}
		// "'s" alone or "'90s" keep the apostrophe.
		if (r == '\'' || r == '’') && start+n < end {
			if c, _ := utf8.DecodeRuneInString(text[start+n : end]); unicode.IsDigit(c) {
				break
			}
		}
		toks = append(toks, Token{start, start + n})
		start += n
	}
	if start >= end {
		return toks
	}
	// Split off trailing punctuation, keeping it to append after the word.
	var tail []Token
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if r == '.' {
			if keepPeriod(text[start:end]) {
				break
			}
		} else if !isClosePunct(r) && !percept.IsDash(r) {
			break
		}
		tail = append(tail, Token{end - n, end})
		end -= n
	}
	if start < end {
		toks = splitWord(text, start, end, toks)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

// keepPeriod tells whether the final period of w belongs to it: initials
// ("J."), dotted abbreviations ("U.S.", "a.m.") and known abbreviations.
func keepPeriod(w string) bool { return percept.KeepsPeriod(w, abbreviations, 6) }

// splitWord splits inner parts of a word: dashes, possessives and n't.
func splitWord(text string, start, end int, toks []Token) []Token {
	w := text[start:end]
	// Em and en dashes inside a word stand apart.
	for k, r := range w {
		if percept.IsDash(r) {
			n := utf8.RuneLen(r)
			if k > 0 {
				toks = splitWord(text, start, start+k, toks)
			}
			toks = append(toks, Token{start + k, start + k + n})
			if start+k+n < end {
				toks = splitChunk(text, start+k+n, end, toks)
			}
			return toks
		}
	}
	lw := len(w)
	switch {
	case lw > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")):
		return append(toks, Token{start, end - 2}, Token{end - 2, end})
	case lw > 4 && (strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’S")):
		return append(toks, Token{start, end - 4}, Token{end - 4, end})
	case lw > 3 && (strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "N'T")):
		return append(toks, Token{start, end - 3}, Token{end - 3, end})
	case lw > 5 && strings.HasSuffix(w, "n’t"):
		return append(toks, Token{start, end - 5}, Token{end - 5, end})
	}
	return append(toks, Token{start, end})
}
