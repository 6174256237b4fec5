package alias

import (
	"strings"
	"testing"

	"storyline/news"
)

// TestQualifiedOrganisationName: an organisation named both with and without
// its country is displayed with the country, in the short form used most.
func TestQualifiedOrganisationName(t *testing.T) {
	mk := func(id, text string, names ...string) *news.Doc {
		d := &news.Doc{Article: news.Article{ID: id, Text: text}}
		for _, n := range names {
			i := strings.Index(text, n)
			d.Entities = append(d.Entities, news.Mention{Span: news.Span{Start: i, End: i + len(n)}, Text: n, Type: news.ORG})
		}
		return d
	}
	docs := []*news.Doc{
		mk("a", "The State Department said the talks were useful.", "State Department"),
		mk("b", "The State Department said so again on Friday.", "State Department"),
		mk("c", "A statement by the US Department of State welcomed the deal.", "US Department of State"),
	}
	r := New(DefaultOptions())
	var got *news.StoryEntity
	ents := r.Merge(docs)
	for i := range ents {
		if ents[i].Type == news.ORG {
			got = &ents[i]
		}
	}
	if got == nil || got.Name != "US State Department" || len(got.Articles) != 3 {
		t.Fatalf("organisation = %+v; want one identity named %q in all three articles", got, "US State Department")
	}
}
