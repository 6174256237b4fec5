package story

import (
	"math"
	"sort"
	"strings"
	"time"

	"storyline/news"
)

// candidate is a sentence that may enter a summary.
type candidate struct {
	doc   *news.Doc
	sent  news.Span
	pos   int // index of the sentence in its article
	words map[string]bool
	nums  map[string]bool // the figures the sentence states ("2.36%", "4907.20")
	score float64
	cites []string
}

// summarize picks up to budget sentences: central, early in their article,
// not redundant with each other; each cites every article that reports it
// (near-identical sentences of other articles add their citations), and the
// result is in chronological order.
func summarize(ms []Member, s *news.Story, budget int) []news.SummarySentence {
	if out := pick(candidates(originals(ms)), nil, budget); len(out) > 0 {
		return out
	}
	return headlines(ms, budget)
}

// headlines summarises a story of headline-only articles by its distinct
// titles, each citing the articles that carry it (or a near-identical one).
func headlines(ms []Member, budget int) []news.SummarySentence {
	var cands []*candidate
	for _, m := range originals(ms) {
		t := strings.TrimSpace(m.Doc.Title)
		if t == "" {
			t = strings.TrimSpace(m.Doc.Text)
		}
		if t == "" {
			continue
		}
		span := news.Span{Start: 0, End: len(t)}
		d := &news.Doc{Article: news.Article{ID: m.Doc.ID, Text: t, Published: m.Doc.Published}}
		cands = append(cands, &candidate{doc: d, sent: span, words: wordSet(t), score: 1})
	}
	return pick(cands, nil, budget)
}

// Update returns a summary of what the members published after since add to
// the story: sentences of newer articles that the older ones do not already say.
func Update(members []Member, since time.Time, budget int) []news.SummarySentence {
	if budget <= 0 {
		budget = 4
	}
	var older, newer []Member
	for _, m := range originals(members) {
		if !m.Doc.Published.IsZero() && m.Doc.Published.After(since) {
			newer = append(newer, m)
		} else {
			older = append(older, m)
		}
	}
	sortMembers(newer)
	return pick(candidates(newer), candidates(older), budget)
}

// leadSentences is how many sentences of each article may enter a summary:
// news puts what matters first, and a large story has plenty of leads.
const leadSentences = 8

func candidates(ms []Member) []*candidate {
	df := map[string]int{}
	var all []*candidate
	for _, m := range ms {
		d := m.Doc
		for i, sp := range d.Sentences {
			if i >= leadSentences {
				break
			}
			text := sp.In(d.Text)
			n := len(strings.Fields(text))
			if n < 6 || n > 70 || quoteOnly(text) {
				continue
			}
			c := &candidate{doc: d, sent: sp, pos: i, words: wordSet(text), nums: figures(text)}
			all = append(all, c)
		}
		seen := map[string]bool{}
		for _, c := range all {
			if c.doc != d {
				continue
			}
			for w := range c.words {
				if !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
		}
	}
	nd := float64(len(ms))
	for _, c := range all {
		shared := 0 // an integer sum: the same whatever the map order
		for w := range c.words {
			shared += df[w] - 1
		}
		cent := float64(shared) / math.Max(1, nd-1)
		if len(c.words) > 0 {
			cent /= math.Sqrt(float64(len(c.words)))
		}
		c.score = cent + 2.0/float64(1+c.pos)
	}
	return all
}

// pick selects sentences greedily by score, skipping those redundant with a
// chosen one (or with any of known), and merging their citations.
func pick(cands, known []*candidate, budget int) []news.SummarySentence {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var chosen []*candidate
	for _, c := range cands {
		redundant := false
		for _, k := range known {
			if jaccard(c.words, k.words) > 0.5 {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		for _, o := range chosen {
			if jaccard(c.words, o.words) > 0.4 {
				redundant = true
				// an article is cited for a sentence only when it states the
				// same figures: "fell 2.36%" is not backed by "fell 6.50%"
				if sameSet(c.nums, o.nums) && !contains(o.cites, c.doc.ID) {
					o.cites = append(o.cites, c.doc.ID)
				}
				break
			}
		}
		if redundant || len(chosen) >= budget {
			continue
		}
		c.cites = []string{c.doc.ID}
		chosen = append(chosen, c)
	}
	sort.SliceStable(chosen, func(i, j int) bool {
		a, b := chosen[i], chosen[j]
		if !a.doc.Published.Equal(b.doc.Published) {
			if a.doc.Published.IsZero() != b.doc.Published.IsZero() {
				return !a.doc.Published.IsZero()
			}
			return a.doc.Published.Before(b.doc.Published)
		}
		if a.doc != b.doc {
			return a.doc.ID < b.doc.ID
		}
		return a.pos < b.pos
	})
	out := []news.SummarySentence{}
	for _, c := range chosen {
		out = append(out, news.SummarySentence{Text: c.sent.In(c.doc.Text), Articles: c.cites})
	}
	return out
}

// quoteOnly reports whether a sentence is mostly a quotation.
func quoteOnly(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
}

// figures returns the tokens of s that hold a digit, without surrounding
// punctuation.
func figures(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:()[]\"'“”‘’")
		if strings.ContainsAny(w, "0123456789") {
			out[w] = true
		}
	}
	return out
}

// sameSet reports whether a and b hold the same keys.
func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// wordSet returns the lowercased content words of s.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range contentWords(s) {
		if !stop[w] {
			out[w] = true
		}
	}
	return out
}

var stop = map[string]bool{"that": true, "with": true, "from": true, "have": true, "this": true, "were": true, "been": true, "said": true, "their": true, "they": true, "will": true, "would": true, "which": true, "about": true, "after": true, "also": true, "into": true, "than": true, "there": true, "what": true, "when": true, "where": true, "while": true, "more": true, "most": true, "other": true, "some": true, "such": true, "only": true, "over": true, "very": true}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
