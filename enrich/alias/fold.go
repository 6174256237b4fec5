package alias

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special maps letters that lose nothing under Unicode decomposition but have
// a usual ASCII spelling.
var special = map[rune]string{
	'ø': "o", 'Ø': "O", 'ß': "ss", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ı': "i", 'þ': "th",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
}

// ascii folds diacritics away ("Türkiye" → "Turkiye", "Zelenskyy’s" →
// "Zelenskyy's"); other characters pass unchanged.
func ascii(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if t, ok := special[r]; ok {
			b.WriteString(t)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// slug turns a name into a key: ASCII, lowercase, words joined by "-";
// periods and apostrophes vanish ("U.S." → "us", "O'Brien" → "obrien").
func slug(s string) string {
	s = ascii(s)
	b := make([]byte, 0, len(s))
	dash := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'':
			continue
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, byte(r)+'a'-'A')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = utf8.AppendRune(b, unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return string(b)
}

// words splits a slug into its words.
func words(s string) []string { return strings.FieldsFunc(s, func(r rune) bool { return r == '-' }) }

// keyFold is the person-name key: the slug with the common transliteration
// endings unified, so "Sergey"/"Sergei" and "Zelensky"/"Zelenskyy"/
// "Zelenskiy" give one key ("sergei", "zelensky") while the key stays
// readable.
func keyFold(name string) string {
	ws := words(slug(name))
	for i, w := range ws {
		ws[i] = keyFoldWord(w)
	}
	return strings.Join(ws, "-")
}

func keyFoldWord(w string) string {
	for _, e := range []string{"yy", "iy", "ij", "yj"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return w[:len(w)-len(e)] + "y"
		}
	}
	if n := len(w); n > 3 && w[n-1] == 'y' && w[n-2] == 'e' {
		return w[:n-1] + "i"
	}
	return w
}

// matchFold is the aggressive normaliser used only to decide whether two
// spellings of a name are the same: on top of the slug it folds y/i/j,
// x/ks, ou/u, kh/h, ph/f, w/v, ck/k and double letters, so "Sergey"/"Sergei",
// "Zelenskyy"/"Zelenskiy"/"Zelensky", "Aleksei"/"Alexey" and "Witkoff"/
// "Witkof" match. It is never shown.
func matchFold(name string) string {
	ws := words(slug(name))
	for i, w := range ws {
		ws[i] = matchFoldWord(w)
	}
	return strings.Join(ws, "-")
}

var foldReplacer = strings.NewReplacer("x", "ks", "kh", "h", "ph", "f", "ou", "u", "ck", "k", "w", "v", "j", "i", "y", "i")

func matchFoldWord(w string) string {
	w = foldReplacer.Replace(w)
	var b strings.Builder
	prev := rune(-1)
	for _, r := range w {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}
