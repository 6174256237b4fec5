package cluster

import (
	"testing"

	"storyline/news"
)

// FuzzAdd feeds arbitrary titles and texts to the clusterer: it must not
// panic and must always name a story.
func FuzzAdd(f *testing.F) {
	f.Add("Storm hits coast", "Heavy rain and wind hit the coast on Monday.")
	f.Add("", "")
	f.Add("\xff\xfe", "ünïcödé 日本語 's ’s -- 123 U.S.")
	c := New(DefaultOptions())
	n := 0
	f.Fuzz(func(t *testing.T, title, text string) {
		d := &news.Doc{}
		n++
		d.ID, d.Title, d.Text = string(rune('a'+n%26))+title[:min(len(title), 3)], title, text
		if a := c.Add(d); a.Story == "" {
			t.Fatal("no story")
		}
	})
}
