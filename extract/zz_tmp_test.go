package extract

import (
	"os"
	"strings"
	"testing"

	"storyline/news"
)

func TestTmpPages(t *testing.T) {
	base := "/root/go/pkg/mod/github.com/go-shiori/go-readability@v0.0.0-20241012063810-92284fa8a71f/test-pages/"
	for _, p := range strings.Fields(os.Getenv("PAGES")) {
		b, err := os.ReadFile(base + p + "/source.html")
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(&news.Raw{Input: p, Body: b}, Options{})
		if err != nil {
			t.Logf("%s: ERR %v", p, err)
			continue
		}
		t.Logf("=== %s title=%q author=%q date=%s/%s lang=%s flags=%v headings=%d paras=%d", p, a.Title, a.Author, a.PublishedValue(), a.PublishedSource, a.Lang, a.Flags, len(a.Headings), len(a.Paragraphs))
		for i, sp := range a.Paragraphs {
			s := sp.In(a.Text)
			if i < 2 || i >= len(a.Paragraphs)-2 {
				t.Logf("  P%d %.100q", i, s)
			}
		}
		for _, r := range a.Removed {
			t.Logf("  removed %s %.100q", r.Kind, r.Text)
		}
	}
}
