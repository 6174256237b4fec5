package alias

import (
	"os"
	"testing"

	"storyline/enrich/entity"
	"storyline/extract"
	"storyline/news"
	"storyline/text"
)

func TestDebugSeed(t *testing.T) {
	f := os.Getenv("SEED")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	a, _ := extract.Clean(string(b))
	d := &news.Doc{Article: *a}
	d.Sentences = text.Sentences(d.Text, d.Headings)
	tg, _ := entity.Load()
	d.Entities = tg.Tag(d.Text, d.Sentences)
	for _, m := range d.Entities {
		t.Logf("raw %s %q", m.Type, m.Text)
	}
	New(Options{}).Annotate(d)
	for _, m := range d.Entities {
		t.Logf("out %s %q %s %q role=%q", m.Type, m.Text, m.Entity, m.Name, m.Role)
	}
}
