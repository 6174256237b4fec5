package sgml

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"storyline/internal/shared"
	"storyline/news"
)

// TestReutersCollection reads the whole Reuters-21578 collection when it is
// present: every article once, dated 1987, valid UTF-8 without control
// characters.
func TestReutersCollection(t *testing.T) {
	dir := shared.Path(t, "data/reuters-21578")
	files, _ := filepath.Glob(filepath.Join(dir, "*.sgm"))
	ids := map[string]bool{}
	briefs, failed := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		err = Read(filepath.Base(f), data, func(r *news.Raw) error {
			if ids[r.ID] {
				t.Errorf("%s: duplicate id %s", r.Input, r.ID)
			}
			ids[r.ID] = true
			if r.Published.Year() != 1987 {
				t.Errorf("%s: published %v", r.Input, r.Published)
			}
			for _, s := range []string{string(r.Body), r.Title} {
				if !utf8.ValidString(s) {
					t.Errorf("%s: invalid UTF-8", r.Input)
				}
				for _, c := range s {
					if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) {
						t.Errorf("%s: control character %U", r.Input, c)
						break
					}
				}
			}
			if len(r.Body) == 0 {
				t.Errorf("%s: empty body", r.Input)
			}
			if r.Title == string(r.Body) {
				briefs++
			}
			return nil
		}, func(input string, err error) {
			// One element of the collection (NEWID 12793) has an empty
			// TEXT; it is reported, not emitted.
			if err.Error() != "element has no text" {
				t.Errorf("%s: %v", input, err)
			}
			failed++
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(ids)+failed != 21578 || failed > 1 {
		t.Errorf("got %d articles and %d empty elements, want 21578 elements with at most 1 empty", len(ids), failed)
	}
	t.Logf("%d articles from %d files, %d with the title as body", len(ids), len(files), briefs)
}
