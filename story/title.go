package story

import (
	"strings"
	"unicode"

	"storyline/news"
)

// title picks the member title that best covers the story: the one whose
// words appear in the most member texts (document frequency over the
// members), preferring titles that name the story's main entities.
func title(ms []Member, ents []news.StoryEntity) string {
	df := map[string]int{}
	for _, m := range ms {
		lead := m.Doc.Title
		for i, sp := range m.Doc.Sentences {
			if i >= 3 {
				break
			}
			lead += " " + sp.In(m.Doc.Text)
		}
		for w := range wordSet(lead) {
			df[w]++
		}
	}
	best, bestScore := "", -1.0
	for _, m := range ms {
		t := strings.TrimSpace(m.Doc.Title)
		words := wordSet(t)
		if len(words) == 0 {
			continue
		}
		shared := 0 // an integer sum: the same whatever the map order
		for w := range words {
			shared += df[w] - 1
		}
		score := float64(shared) / float64(max(1, len(ms)-1)) / float64(len(words))
		for k, e := range ents {
			if k >= 5 {
				break
			}
			if strings.Contains(t, e.Name) {
				score += 0.5
			}
		}
		if score > bestScore || score == bestScore && len(t) < len(best) {
			best, bestScore = t, score
		}
	}
	if best != "" {
		return best
	}
	for _, m := range ms {
		if len(m.Doc.Sentences) > 0 {
			return shorten(m.Doc.Sentences[0].In(m.Doc.Text), 100)
		}
	}
	return "(untitled story)"
}

// contentWords returns the lowercased words of s longer than three letters.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) > 3 {
			out = append(out, w)
		}
	}
	return out
}

// shorten cuts s to at most n bytes at a word boundary, adding "…" when cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
