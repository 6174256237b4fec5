package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"

	"storyline/news"
)

// Token is one word or punctuation token of a text with its byte offsets.
type Token struct {
	news.Span
	Text string
}

// Words returns the word tokens of s with byte offsets, split on Unicode word
// boundaries (UAX #29). Whitespace is dropped; punctuation marks are kept as
// tokens of their own.
func Words(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	it := words.FromString(s)
	for it.Next() {
		v := it.Value()
		if isSpace(v) {
			continue
		}
		toks = append(toks, Token{Span: news.Span{Start: it.Start(), End: it.End()}, Text: v})
	}
	return toks
}

// IsWord reports whether a token holds at least one letter or digit, as
// opposed to a punctuation or symbol token.
func IsWord(tok string) bool {
	for _, r := range tok {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isSpace(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && r != 0x200B && r != 0xFEFF {
			return false
		}
		i += n
	}
	return true
}
