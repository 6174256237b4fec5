package timeline

import (
	"encoding/json"
	"testing"

	"storyline/news"
)

func TestBoilerplateInViews(t *testing.T) {
	var g Gold
	if err := json.Unmarshal([]byte(`{"boilerplate": [
		{"doc": "d", "first_line": "Related: Markets rally on \"hopes\"", "last_line": "Share this article"},
		{"doc": "e", "first_line": " date 2025-02-18", "last_line": " date 2025-02-18"}]}`), &g); err != nil {
		t.Fatal(err)
	}
	clean := &news.Story{Summary: []news.SummarySentence{{Text: "Talks began on 2025-02-18 in Riyadh.", Articles: []string{"d"}}}}
	if n, found := boilerplateInViews(clean, &g); n != 3 || len(found) != 0 {
		t.Errorf("clean story: checked %d, found %q; want 3 checked, none found", n, found)
	}
	dirty := &news.Story{Timeline: []news.Event{{Date: "2025-02-18", Text: `Talks began. Related: Markets rally on "hopes"`}}}
	if _, found := boilerplateInViews(dirty, &g); len(found) != 1 {
		t.Errorf("story with a related-headlines line in its timeline: found %q, want that line", found)
	}
}
