package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// smallWords stay lowercase in title case and carry no topic.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true,
	"as": true, "into": true, "onto": true, "over": true, "per": true, "via": true, "vs": true, "up": true,
	"off": true, "out": true, "is": true, "are": true, "be": true, "its": true, "it": true, "after": true,
	"amid": true, "than": true, "that": true, "this": true, "his": true, "her": true, "their": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "will": true, "not": true,
	"about": true, "says": true, "said": true, "new": true, "more": true, "also": true, "they": true,
	"he": true, "she": true, "we": true, "who": true, "which": true, "what": true, "when": true,
	"would": true, "could": true, "can": true, "been": true, "being": true, "them": true, "there": true,
}

// titleCase reports whether most longer words of s start with a capital.
func titleCase(s string) bool {
	caps, n := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“”‘’()[],:;-–—")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if smallWords[strings.ToLower(w)] {
			continue
		}
		n++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return n >= 2 && caps*10 >= n*8
}

// headlineLike reports whether s has the shape of a headline or a list item:
// one short line, no sentence-final punctuation, starting with a capital.
func headlineLike(s string) bool {
	if len(s) > 220 {
		return false
	}
	w := wordCount(s)
	if w < 2 || w > 25 || len(s) > 220 || endsSentence(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(",;:-–—", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“‘'", first)
}

// danglingWords are words a heading never ends with.
var danglingWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "by": true, "with": true, "from": true, "that": true,
	"as": true, "is": true, "are": true, "was": true, "were": true, "be": true, "his": true, "her": true,
	"their": true, "its": true, "said": true, "says": true, "which": true, "who": true, "than": true,
}

// reportingVerbs mark a line as a sentence, not a heading.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stated": true}

// headingLike reports whether s has the shape of a subheading: at most 12
// words, no final sentence punctuation, capitalised, not ending in a function
// word, no sentence break inside.
func headingLike(s string, maxWords int) bool {
	if len(s) > 120 {
		return false
	}
	w := wordCount(s)
	if w < 1 || w > maxWords || len(s) > 120 || endsSentence(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(",;:\"”’'-–—([", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if strings.Contains(s, ". ") || strings.Contains(s, "? ") || strings.Contains(s, "! ") {
		return false
	}
	f := strings.Fields(s)
	for _, w := range f {
		if reportingVerbs[strings.ToLower(w)] {
			return false // "The company said it entered into …" is a sentence
		}
	}
	return !danglingWords[strings.ToLower(f[len(f)-1])] && hasLetter(s)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// contentWords returns the lowercase topical words of s (letters only, at
// least four letters, no small words).
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		lw := strings.ToLower(w)
		if smallWords[lw] {
			continue
		}
		out = append(out, stem(lw))
	}
	return out
}

// stem is a crude suffix stripper, enough to match "sanctions" with
// "sanction" when measuring topical overlap.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// overlap returns the share of the content words of s found in vocab, and
// the number of content words.
func overlap(s string, vocab map[string]bool) (float64, int) {
	ws := contentWords(s)
	if len(ws) == 0 {
		return 0, 0
	}
	hit := 0
	for _, w := range ws {
		if vocab[w] {
			hit++
		}
	}
	return float64(hit) / float64(len(ws)), len(ws)
}

// startsLower reports whether s starts with a lowercase letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// titleShape reports whether s can be a title line at the top of a text: a
// headline, or a short line ending in a question mark, an exclamation mark
// or an ellipsis ("Can Yahoo dominate next decade?", "iTunes now selling …").
func titleShape(s string) bool {
	if headlineLike(s) {
		return true
	}
	w := wordCount(s)
	if w < 2 || w > 20 || len(s) > 200 || strings.Contains(s, ". ") {
		return false
	}
	t := strings.TrimRight(s, "\"'”’)")
	last, _ := utf8.DecodeLastRuneInString(t)
	switch {
	case strings.HasSuffix(t, "..."), last == '…', last == '?', last == '!':
	case last == '.', strings.ContainsRune(",;:", last):
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	f := strings.Fields(s)[0]
	return unicode.IsUpper(first) || unicode.IsDigit(first) || camel(f) ||
		strings.ContainsRune("\"“‘'$£€&", first)
}

// camel reports whether w starts lowercase and holds a capital ("iTunes").
func camel(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
