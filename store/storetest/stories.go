package storetest

import (
	"reflect"
	"testing"
	"time"

	"storyline/store"
)

func day(d int) time.Time { return time.Date(2025, 2, d, 12, 0, 0, 0, time.UTC) }

func testStories(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{
		Records: []store.Record{rec("a1", "A"), rec("b1", "B"), rec("b2", "B"), rec("c1", "C"), rec("d1", "D")},
		Stories: []store.StoryRecord{
			{ID: "A", Title: "Story A", Created: day(1), Updated: day(5), Size: 99},
			{ID: "B", Title: "Story B", Created: day(1), Updated: day(2)},
			{ID: "C", Title: "Story C", Created: day(1), Updated: day(9), MergedInto: "A"},
			{ID: "E", Title: "Empty", Created: day(1), Updated: day(1)},
		},
	})
	got, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	type head struct {
		ID, Title string
		Size      int
	}
	var heads []head
	for _, h := range got {
		heads = append(heads, head{h.ID, h.Title, h.Size})
		if h.MergedInto != "" {
			t.Errorf("live story %q has MergedInto %q", h.ID, h.MergedInto)
		}
	}
	// By size, then latest update; D has no head in the batch and gets one
	// from its article (published 2025-02-18).
	want := []head{{"B", "Story B", 2}, {"D", "Title of d1", 1}, {"C", "Story C", 1}, {"A", "Story A", 1}, {"E", "Empty", 0}}
	if !reflect.DeepEqual(heads, want) {
		t.Errorf("Stories\n got %v\nwant %v", heads, want)
	}
	a := story(t, s, "A")
	if !a.Created.Equal(day(1)) || !a.Updated.Equal(day(5)) || a.Title != "Story A" {
		t.Errorf("Story(A) = %+v", a)
	}
	d := story(t, s, "D")
	if pub := rec("x", "").Doc.Published; !d.Created.Equal(pub) || !d.Updated.Equal(pub) {
		t.Errorf("auto-created Story(D) times %v %v, want %v", d.Created, d.Updated, pub)
	}
	// Upserting a head changes title and times but never its size.
	commit(t, s, &store.Batch{Stories: []store.StoryRecord{{ID: "B", Title: "Story B, renamed", Created: day(1), Updated: day(20)}}})
	if b := story(t, s, "B"); b.Title != "Story B, renamed" || !b.Updated.Equal(day(20)) || b.Size != 2 {
		t.Errorf("Story(B) after upsert = %+v", b)
	}
	if got := storyArticles(t, s, "B"); !reflect.DeepEqual(got, []string{"b1", "b2"}) {
		t.Errorf("StoryArticles(B) = %v", got)
	}
	if got := storyArticles(t, s, "E"); len(got) != 0 {
		t.Errorf("StoryArticles(E) = %v, want none", got)
	}
}

func testMerges(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{
		Records: []store.Record{rec("a1", "A"), rec("b1", "B"), rec("a2", "A"), rec("c1", "C")},
		Stories: []store.StoryRecord{
			{ID: "A", Title: "A", Created: day(3), Updated: day(4)},
			{ID: "B", Title: "B", Created: day(2), Updated: day(3)},
			{ID: "C", Title: "C", Created: day(1), Updated: day(1)},
		},
	})
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "A", Into: "B"}}})
	for _, id := range []string{"A", "B"} {
		h := story(t, s, id)
		if h.ID != "B" || h.Size != 3 || h.MergedInto != "" {
			t.Errorf("Story(%q) after A→B = %+v, want B of size 3", id, h)
		}
		if !h.Created.Equal(day(2)) || !h.Updated.Equal(day(4)) {
			t.Errorf("Story(%q) times after A→B %v..%v, want %v..%v", id, h.Created, h.Updated, day(2), day(4))
		}
		if got, want := storyArticles(t, s, id), []string{"a1", "b1", "a2"}; !reflect.DeepEqual(got, want) {
			t.Errorf("StoryArticles(%q) = %v, want %v", id, got, want)
		}
	}
	if r := article(t, s, "a1"); r.Story != "B" {
		t.Errorf("Article(a1).Story after merge = %q, want B", r.Story)
	}
	if st := stats(t, s); st.Stories != 2 {
		t.Errorf("Stats.Stories after merge = %d, want 2", st.Stories)
	}
	// A record that still names the merged story lands in the survivor.
	commit(t, s, &store.Batch{Records: []store.Record{rec("a3", "A")}})
	if r := article(t, s, "a3"); r.Story != "B" {
		t.Errorf("record committed to merged story A has Story %q, want B", r.Story)
	}
	if h := story(t, s, "B"); h.Size != 4 {
		t.Errorf("Size(B) = %d, want 4", h.Size)
	}
	// Merging into itself (directly or through a resolved id) changes nothing.
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "A", Into: "B"}, {From: "B", Into: "A"}}})
	if h := story(t, s, "A"); h.ID != "B" || h.Size != 4 {
		t.Errorf("Story(A) after self merges = %+v", h)
	}
	var live []string
	all, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range all {
		live = append(live, h.ID)
	}
	if want := []string{"B", "C"}; !reflect.DeepEqual(live, want) {
		t.Errorf("Stories after merges %v, want %v", live, want)
	}
}

func testMergeChains(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{
		Records: []store.Record{rec("a", "A"), rec("b", "B"), rec("c", "C"), rec("d", "D")},
	})
	// Records, heads and merges in one batch: records first join their stories.
	commit(t, s, &store.Batch{
		Records: []store.Record{rec("e", "E")},
		Merges:  []store.Merge{{From: "A", Into: "B"}, {From: "E", Into: "A"}},
	})
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "B", Into: "C"}}})
	for _, id := range []string{"A", "B", "C", "E"} {
		h := story(t, s, id)
		if h.ID != "C" || h.Size != 4 {
			t.Errorf("Story(%q) after chain = %+v, want C of size 4", id, h)
		}
		if got, want := storyArticles(t, s, id), []string{"a", "b", "c", "e"}; !reflect.DeepEqual(got, want) {
			t.Errorf("StoryArticles(%q) = %v, want %v", id, got, want)
		}
	}
	// Merging into a story that has no head yet creates it.
	commit(t, s, &store.Batch{Merges: []store.Merge{{From: "D", Into: "F"}}})
	if h := story(t, s, "D"); h.ID != "F" || h.Size != 1 {
		t.Errorf("Story(D) after D→F (new) = %+v", h)
	}
	if st := stats(t, s); st.Stories != 2 || st.Articles != 5 {
		t.Errorf("Stats = %+v, want 5 articles in 2 stories", st)
	}
}

func testStats(t *testing.T, s store.Store) {
	if st := stats(t, s); st != (store.Stats{}) {
		t.Errorf("Stats of an empty store = %+v", st)
	}
	b := &store.Batch{Records: []store.Record{rec("a", "S"), rec("b", "S"), rec("c", "T"), rec("d", "")}}
	b.Records[1].DuplicateOf, b.Records[1].Similarity = "a", 1
	b.Records[2].DuplicateOf, b.Records[2].Similarity = "a", 0.9
	commit(t, s, b)
	if st, want := stats(t, s), (store.Stats{Articles: 4, Duplicates: 2, Stories: 2}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	// Replacing a duplicate with an original updates the count.
	commit(t, s, &store.Batch{Records: []store.Record{rec("b", "S")}})
	if st, want := stats(t, s), (store.Stats{Articles: 4, Duplicates: 1, Stories: 2}); st != want {
		t.Errorf("Stats after replace = %+v, want %+v", st, want)
	}
}
