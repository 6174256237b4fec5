package extract

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/shared"
)

// TestBBCCorpus cleans every BBC article (a title line, then the body) and
// checks that the title is found, no body paragraph is lost as boilerplate
// and the invariants hold. Removed pieces are logged with -v.
func TestBBCCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := shared.Path(t, "data/bbc-news")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	kinds := map[string]int{}
	headings, badTitle, lost := 0, 0, 0
	step := 4 // a quarter of the corpus keeps the package fast; -dump runs all
	if *dump {
		step = 1
	}
	for k, f := range files {
		if k%step != 0 {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Clean(string(b))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkArticle(t, a)
		first, _, _ := strings.Cut(strings.TrimSpace(normalize(html.UnescapeString(string(b)))), "\n")
		if a.Title != collapse(first) {
			badTitle++
			if testing.Verbose() {
				t.Logf("%s: title %q, first line %q", f, a.Title, first)
			}
		}
		headings += len(a.Headings)
		for _, r := range a.Removed {
			kinds[r.Kind]++
			if r.Kind != KindTitle {
				lost++
				if testing.Verbose() {
					t.Logf("%s: removed %s %q", filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), r.Kind, r.Text)
				}
			}
		}
		if testing.Verbose() {
			for _, h := range a.Headings {
				t.Logf("%s: heading %q", filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), h.In(a.Text))
			}
		}
	}
	t.Logf("%d files: removed %v, %d headings, %d titles not the first line", len(files), kinds, headings, badTitle)
	if lost > len(files)/step/50 {
		t.Errorf("%d paragraphs of clean articles removed", lost)
	}
	if badTitle > len(files)/step/100 {
		t.Errorf("%d titles differ from the first line", badTitle)
	}
}
