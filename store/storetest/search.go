package storetest

import (
	"strings"
	"testing"

	"storyline/store"
)

func search(t *testing.T, s store.Store, q string) []store.Hit {
	t.Helper()
	hits, err := s.Search(ctx, q, 10)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return hits
}

func searchCorpus(t *testing.T, s store.Store) {
	r := func(id, story, title, text string) store.Record {
		return store.Record{Doc: Doc(id, title, text), Story: story}
	}
	commit(t, s, &store.Batch{Records: []store.Record{
		r("quake", "S1", "Earthquake strikes coastal city", "A strong earthquake struck the coastal city of Portvale early on Monday, officials said. Rescue teams searched collapsed buildings."),
		r("vote", "S2", "Parliament passes budget", "Lawmakers in Northland approved the budget after a long debate. The opposition said the U.S. trade deal was ignored."),
		r("aftershock", "S1", "Aftershocks rattle Portvale", "Several aftershocks hit Portvale on Tuesday as rescue work continued."),
	}})
}

func hitIDs(hits []store.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func testSearch(t *testing.T, s store.Store) {
	searchCorpus(t, s)
	tests := []struct {
		query string
		want  []string // expected ids, in any order unless first is set
		first string   // the id that must rank first, if any
	}{
		{"earthquake", []string{"quake"}, ""},             // title and body
		{"Portvale", []string{"quake", "aftershock"}, ""}, // body, and title of the second
		{"budget", []string{"vote"}, ""},
		{"rescue Portvale", []string{"quake", "aftershock"}, ""},
		{"Lawmakers", []string{"vote"}, ""},
		{"aftershocks", []string{"aftershock"}, ""},
		{"zebra", nil, ""},
		{"earthquake budget", nil, ""}, // every word must match
	}
	for _, tc := range tests {
		hits := search(t, s, tc.query)
		got := hitIDs(hits)
		if !sameSet(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
		}
		for _, h := range hits {
			if h.Title == "" || h.Story == "" || h.Snippet == "" {
				t.Errorf("Search(%q) hit %+v lacks title, story or snippet", tc.query, h)
			}
		}
	}
	hits := search(t, s, "budget")
	if len(hits) == 1 && (hits[0].Title != "Parliament passes budget" || hits[0].Story != "S2" || !strings.Contains(hits[0].Snippet, "budget")) {
		t.Errorf("Search(budget) hit = %+v", hits[0])
	}
	if hits, err := s.Search(ctx, "Portvale", 1); err != nil || len(hits) != 1 {
		t.Errorf("Search(Portvale, limit 1) = %v, %v; want 1 hit", hitIDs(hits), err)
	}
	hits = search(t, s, "Portvale aftershocks")
	if len(hits) == 0 || hits[0].ID != "aftershock" {
		t.Errorf("Search(Portvale aftershocks) = %v, want aftershock first", hitIDs(hits))
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("Search scores not descending: %v", hits)
		}
	}
}

func testSearchHostile(t *testing.T, s store.Store) {
	searchCorpus(t, s)
	queries := []string{
		"", " ", `"`, `""`, `U.S. "trade`, "AND", "OR", "NOT", "NEAR", "NEAR(", "budget AND", "OR budget",
		"*", "budget*", "-budget", "+budget", "title:budget", "^budget", "(budget", "budget)", "{budget}",
		"'", "';DROP TABLE articles;--", `\`, "%", "_", "&", "|", "!", ":", "a:b:c", "<b>", "Ünïcödé ✓", "日本語",
		"\x00", "\xff\xfe", strings.Repeat("budget ", 200), "-", "!budget", "budget & !vote", "@@",
	}
	for _, q := range queries {
		if _, err := s.Search(ctx, q, 5); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	// Punctuation around words still finds them.
	if got := hitIDs(search(t, s, `"budget`)); !sameSet(got, []string{"vote"}) {
		t.Errorf(`Search("budget) = %v, want [vote]`, got)
	}
	if st := stats(t, s); st.Articles != 3 {
		t.Errorf("Stats after hostile queries = %+v", st)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}
