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

// detectLang returns the ISO 639-1 code of the language of s, or "".
func detectLang(s string) string {
	if len(s) > 4000 {
		s = s[:4000]
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
