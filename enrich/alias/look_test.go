package alias

import (
	"os"
	"path/filepath"
	"testing"

	"storyline/enrich/entity"
	"storyline/extract"
	"storyline/news"
	"storyline/text"
)

func TestLook(t *testing.T) {
	dir := os.Getenv("LOOK")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) > 40 {
		files = files[:40]
	}
	tg, _ := entity.Load()
	r := New(Options{})
	var docs []*news.Doc
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a, err := extract.Clean(string(b))
		if err != nil {
			continue
		}
		a.ID = filepath.Base(f)
		d := &news.Doc{Article: *a}
		d.Sentences = text.Sentences(d.Text, d.Headings)
		d.Entities = tg.Tag(d.Text, d.Sentences)
		r.Annotate(d)
		docs = append(docs, d)
	}
	for _, e := range r.Merge(docs) {
		if len(e.Aliases) > 1 || e.Mentions > 3 {
			t.Logf("%s %s (%s) %d %q", e.Type, e.Entity, e.Name, e.Mentions, e.Aliases)
		}
	}
	for _, d := range docs[:3] {
		for _, m := range d.Entities {
			if m.Role != "" {
				t.Logf("role %q %q", m.Text, m.Role)
			}
		}
	}
}
