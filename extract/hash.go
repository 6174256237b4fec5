package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"

	"storyline/news"
	"storyline/text"
)

// Hash returns the hex SHA-256 of the normalised text: lowercase, letters
// and digits only, words separated by single spaces, so copies that differ
// only in spacing, case or punctuation hash equal.
func Hash(s string) string {
	sum := sha256.Sum256([]byte(normText(s)))
	return hex.EncodeToString(sum[:])
}

// normText lowercases s and keeps only its letters and digits, one space
// between words.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' {
			continue // "Trump's" and "Trump’s" hash equal
		}
		space = true
	}
	return b.String()
}

// englishMarkers are the commonest English function words; they make up a
// fifth or more of the words of any English text and rarely occur in others.
var englishMarkers = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true, "that": true,
	"for": true, "it": true, "was": true, "on": true, "with": true, "he": true, "as": true, "by": true,
	"at": true, "said": true, "his": true, "has": true, "have": true, "be": true, "from": true, "are": true,
}

// detectLang returns the ISO 639-1 code of the language of s, or "". Clear
// English is recognised by its function words (a fast path); anything else
// goes to whatlanggo.
func detectLang(s string) string {
	if isEnglish(s) {
		return "en"
	}
	// A few hundred words decide the language; the detector's cost grows
	// faster than the text.
	if len(s) > 1200 {
		cut := strings.LastIndexByte(s[:1200], ' ')
		if cut < 600 {
			cut = 1200
		}
		s = strings.ToValidUTF8(s[:cut], "")
	}
	info := whatlanggo.Detect(s)
	if info.Confidence <= 0 {
		return ""
	}
	return info.Lang.Iso6391()
}

// deriveTitle makes a short title from the first sentence of the body.
func deriveTitle(a *news.Article) string {
	for _, p := range a.Paragraphs {
		para := p.In(a.Text)
		ss := text.Sentences(para, nil)
		if len(ss) == 0 {
			continue
		}
		first := ss[0].In(para)
		f := strings.Fields(first)
		if len(f) <= 14 {
			return strings.TrimRight(first, ".")
		}
		return strings.Join(f[:12], " ") + "…"
	}
	return ""
}

// isEnglish reports whether at least 40 of the first words of s include a
// fifth of English function words.
func isEnglish(s string) bool {
	n, hit := 0, 0
	for w := range strings.FieldsSeq(s[:min(len(s), 2000)]) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))
		if w == "" {
			continue
		}
		n++
		if englishMarkers[w] {
			hit++
		}
	}
	return n >= 40 && hit*5 >= n
}
