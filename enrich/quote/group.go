package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"storyline/news"
)

// Relation tells how one version of a quote relates to another.
type Relation int

// Relations between two quote texts.
const (
	Different Relation = iota // not the same quote
	Same                      // the same words (case, punctuation and marks aside)
	Shortened                 // one is a contiguous part of the other
	Altered                   // mostly the same words, some changed, added or dropped
)

// String returns the relation's name.
func (r Relation) String() string {
	if r < Different || r > Altered {
		return "unknown"
	}
	return [...]string{"different", "same", "shortened", "altered"}[r]
}

// words returns the lower-case words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// Relate compares two quote texts. Quotes of fewer than three words are the
// same only when equal; longer ones are shortened when one's words are a
// contiguous run of the other's, and altered when at least 70% of the shorter
// one's words occur in the longer one.
func Relate(a, b string) Relation {
	return relate(words(a), words(b))
}

func relate(wa, wb []string) Relation {
	if len(wa) == 0 || len(wb) == 0 {
		return Different
	}
	if strings.Join(wa, " ") == strings.Join(wb, " ") {
		return Same
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 3 {
		return Different
	}
	if strings.Contains(" "+strings.Join(wb, " ")+" ", " "+strings.Join(wa, " ")+" ") {
		return Shortened
	}
	in := map[string]int{}
	for _, w := range wb {
		in[w]++
	}
	hit := 0
	for _, w := range wa {
		if in[w] > 0 {
			in[w]--
			hit++
		}
	}
	if len(wa) >= 4 && float64(hit) >= 0.7*float64(len(wa)) && float64(len(wa)) >= 0.5*float64(len(wb)) {
		return Altered
	}
	return Different
}

// sameSpeaker reports whether two quotes may come from the same speaker: the
// same entity key, or names sharing their last word, or an unknown speaker.
func sameSpeaker(a, b news.Quote) bool {
	if a.Speaker != "" && b.Speaker != "" {
		return a.Speaker == b.Speaker
	}
	na, nb := words(a.SpeakerName), words(b.SpeakerName)
	if len(na) == 0 || len(nb) == 0 {
		return true
	}
	return na[len(na)-1] == nb[len(nb)-1]
}

// group is a story quote under construction.
type group struct {
	first    news.Quote
	forms    map[string]int // normalised words → number of reports
	order    []string
	articles []string
	seen     map[string]bool
	speakers map[[2]string]int
	words    []string // words of the longest form
}

// Group merges the quotes of a story's documents into story quotes. The same
// quote reported by several articles becomes one StoryQuote listing every
// article; shortened or altered versions of it join the same StoryQuote and
// are listed in Variants (use Relate to tell how each differs). The text of a
// StoryQuote is its most reported form (the longest on ties); its speaker the
// most frequent resolved one. Story quotes come most reported first.
func Group(docs []*news.Doc) []news.StoryQuote {
	var gs []*group
	// byWord indexes groups by their longer words, so that a quote is
	// compared only with groups it shares a word with (a story of hundreds
	// of articles holds thousands of quotes).
	byWord := map[string][]int{}
	for _, d := range docs {
		for _, q := range d.Quotes {
			ws := words(q.Text)
			if len(ws) == 0 {
				continue
			}
			var g *group
			for _, i := range candidates(gs, byWord, ws) {
				c := gs[i]
				if sameSpeaker(c.first, q) && relate(c.words, ws) != Different {
					g = c
					break
				}
			}
			if g == nil {
				g = &group{first: q, forms: map[string]int{}, seen: map[string]bool{}, speakers: map[[2]string]int{}}
				gs = append(gs, g)
			}
			gi := slices.Index(gs, g)
			for _, w := range ws {
				if indexable(w) {
					if l := byWord[w]; len(l) == 0 || l[len(l)-1] != gi {
						byWord[w] = append(l, gi)
					}
				}
			}
			key := strings.Join(ws, " ")
			if g.forms[key] == 0 {
				g.order = append(g.order, q.Text)
			}
			g.forms[key]++
			if len(ws) > len(g.words) {
				g.words = ws
			}
			if !g.seen[d.ID] {
				g.seen[d.ID] = true
				g.articles = append(g.articles, d.ID)
			}
			if q.SpeakerName != "" || q.Speaker != "" {
				g.speakers[[2]string{q.Speaker, q.SpeakerName}]++
			}
		}
	}
	out := make([]news.StoryQuote, 0, len(gs))
	for _, g := range gs {
		count := func(f string) int { return g.forms[strings.Join(words(f), " ")] }
		text := g.order[0]
		for _, f := range g.order[1:] {
			if count(f) > count(text) || count(f) == count(text) && len(f) > len(text) {
				text = f
			}
		}
		sq := news.StoryQuote{Text: text, Articles: g.articles}
		for _, f := range g.order {
			if f != text && relate(words(f), words(text)) != Same {
				sq.Variants = append(sq.Variants, f)
			}
		}
		best := 0
		var keys [][2]string
		for k := range g.speakers {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
		for _, k := range keys {
			n := g.speakers[k]
			if k[0] != "" {
				n += 1000 // a resolved entity beats a bare name
			}
			if n > best {
				best, sq.Speaker, sq.SpeakerName = n, k[0], k[1]
			}
		}
		out = append(out, sq)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Articles) > len(out[j].Articles) })
	return out
}

// indexable reports whether a word is long enough to index groups by.
func indexable(w string) bool { return len(w) >= 5 }

// candidates returns, in creation order, the groups that share an indexable
// word with ws; all groups when ws has none.
func candidates(gs []*group, byWord map[string][]int, ws []string) []int {
	seen := map[int]bool{}
	var out []int
	any := false
	for _, w := range ws {
		if !indexable(w) {
			continue
		}
		any = true
		for _, i := range byWord[w] {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	if !any {
		out = out[:0]
		for i := range gs {
			out = append(out, i)
		}
		return out
	}
	sort.Ints(out)
	return out
}
