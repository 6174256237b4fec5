package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text, lower-cased and stemmed, with whether it was
// capitalised in the text.
type token struct {
	stem string
	cap  bool // starts with an upper-case letter
	all  bool // all upper case (an acronym), at least two letters
}

// tokenize splits text into word tokens (runs of letters, digits and inner
// apostrophes or hyphens removed), dropping stopwords, one-letter words and
// pure numbers, and stems the rest. At most max tokens are returned (0: no limit).
func tokenize(text string, max int, out []token) []token {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		start = -1
		if t, ok := makeToken(w); ok {
			out = append(out, t)
		}
	}
	for i := 0; i < len(text); {
		if max > 0 && len(out) >= max {
			return out
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if (r == '\'' || r == '’') && start >= 0 {
			// possessive or contraction: drop the rest of the word
			flush(i)
			for i += size; i < len(text); {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r2) {
					break
				}
				i += s2
			}
			continue
		} else {
			flush(i)
		}
		i += size
	}
	flush(len(text))
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func makeToken(w string) (token, bool) {
	if len(w) < 2 {
		return token{}, false
	}
	digits, upper, letters := 0, 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsUpper(r):
			upper++
			letters++
		default:
			letters++
		}
	}
	if letters == 0 {
		return token{}, false
	}
	first, _ := utf8.DecodeRuneInString(w)
	lw := strings.ToLower(w)
	all := upper >= 2 && upper == letters
	if stopwords[lw] && !(all && len(w) == 2) { // "US" is a name, "us" is not
		return token{}, false
	}
	t := token{stem: stem(lw), cap: unicode.IsUpper(first), all: all}
	return t, t.stem != ""
}

// stem is a light English stemmer: it folds plurals and common inflections
// so "talks", "talked" and "talking" meet. It only shortens words of five
// letters or more, and never below three letters.
func stem(w string) string {
	n := len(w)
	if n < 4 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ing") && n > 6:
		return undouble(w[:n-3])
	case strings.HasSuffix(w, "ed") && n > 5:
		return undouble(w[:n-2])
	case strings.HasSuffix(w, "es") && n > 4 && (w[n-3] == 'x' || w[n-3] == 'h' || w[n-3] == 's'):
		return w[:n-2]
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// undouble drops a doubled final consonant ("stopp" -> "stop") and a final
// "e"-less stem is left as is.
func undouble(w string) string {
	n := len(w)
	if n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeioulsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}
