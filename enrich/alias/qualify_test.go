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

// TestBareOrganisationStaysWithItsCountry: an organisation named without its
// country joins a qualified one from another article only when its own
// article names that country (or names none).
func TestBareOrganisationStaysWithItsCountry(t *testing.T) {
	tests := []struct {
		name, bare, qualified string
		joined                bool
	}{
		{"other country named", "[LOC United States] officials said the [ORG Air Force] chose a new tanker.",
			"The [ORG UAE Air Force] ordered three tankers.", false},
		{"same country named", "Officials in [LOC Abu Dhabi] and the [LOC United Arab Emirates] said the [ORG Air Force] was pleased.",
			"The [ORG UAE Air Force] ordered three tankers.", true},
		{"no country named", "A spokesman said the [ORG Air Force] was pleased.",
			"The [ORG UAE Air Force] ordered three tankers.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(DefaultOptions())
			a, b := marked(t, "a", tt.bare), marked(t, "b", tt.qualified)
			for _, d := range []*news.Doc{a, b} {
				_ = r.Annotate(d)
			}
			r.Merge([]*news.Doc{a, b})
			var bareKey, qualKey string
			for _, m := range a.Entities {
				if m.Text == "Air Force" {
					bareKey = m.Entity
				}
			}
			for _, m := range b.Entities {
				if m.Text == "UAE Air Force" {
					qualKey = m.Entity
				}
			}
			if got := bareKey == qualKey; got != tt.joined {
				t.Errorf("joined = %v (keys %q, %q), want %v", got, bareKey, qualKey, tt.joined)
			}
		})
	}
}
