package extract

import (
	"strings"

	"github.com/abadojack/whatlanggo"
)

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
	if !wordsAtLeast(s, 8) {
		return "" // too short to tell, and the detector is slow on it
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

// isEnglish reports whether the first words of s (at least 40) are a fifth
// or more English function words.
func isEnglish(s string) bool {
	n, hit := 0, 0
	for w := range strings.FieldsSeq(s[:min(len(s), 1000)]) {
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
