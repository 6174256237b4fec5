package alias

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"storyline/news"
)

// FuzzAnnotate feeds arbitrary text with random spans and types to Annotate
// and Merge: they must not panic, every mention must stay inside the text
// and match its span, and every mention must get a key.
func FuzzAnnotate(f *testing.F) {
	f.Add("Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio.", uint64(1))
	f.Add("Russia’s foreign ministry said.\nPresident Trump's call", uint64(2))
	f.Add("“S. Lavrov and M. Rubio”, The Wall Street Journal, U.S.-Russia", uint64(3))
	f.Add("\xff\xfe Lt. Gen. \u2028 Frank Donovan of the", uint64(4))
	f.Add("", uint64(5))
	types := []news.EntityType{news.PER, news.ORG, news.LOC, news.MISC, "", "X"}
	r := New(DefaultOptions())
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, seed>>7))
		n := rng.IntN(12)
		var ms []news.Mention
		// Half the spans are arbitrary, half run between word boundaries as
		// a tagger's would, to reach the deeper rules.
		var bounds []int
		for i := 0; i <= len(text); i++ {
			if i == 0 || i == len(text) || (text[i] == ' ') != (text[i-1] == ' ') {
				bounds = append(bounds, i)
			}
		}
		for i := 0; i < n; i++ {
			s := rng.IntN(len(text)+3) - 1
			e := s + rng.IntN(40) - 5
			if rng.IntN(2) == 0 {
				a := rng.IntN(len(bounds))
				s, e = bounds[a], bounds[min(len(bounds)-1, a+1+rng.IntN(6))]
			}
			ms = append(ms, news.Mention{Span: news.Span{Start: s, End: e}, Type: types[rng.IntN(len(types))]})
		}
		d := &news.Doc{Article: news.Article{ID: "f", Text: text}, Entities: ms}
		if err := r.Annotate(d); err != nil {
			t.Fatal(err)
		}
		d2 := &news.Doc{Article: news.Article{ID: "g", Text: text}, Entities: append([]news.Mention(nil), ms...)}
		r.Merge([]*news.Doc{d, d2})
		for _, m := range append(d.Entities, d2.Entities...) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("span %v out of bounds of %d bytes", m.Span, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("text %q does not match span %v (%q)", m.Text, m.Span, text[m.Start:m.End])
			}
			if !utf8.ValidString(m.Text) {
				t.Fatalf("invalid UTF-8 mention %q", m.Text)
			}
			if m.Entity == "" {
				t.Fatalf("mention %q without entity", m.Text)
			}
		}
	})
}
