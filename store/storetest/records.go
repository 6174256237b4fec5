package storetest

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"storyline/news"
	"storyline/store"
)

// fullDoc returns a document with every field and layer set.
func fullDoc() *news.Doc {
	text := "Officials met in Geneva on Tuesday. \"We agreed,\" said Anna Berg."
	sp := news.Span{Start: 17, End: 23}
	return &news.Doc{
		Article: news.Article{
			ID: "full", Input: "in/full.html", Source: "Example Wire", URL: "https://example.com/full",
			Title: "Talks in Geneva", Author: "A. Writer",
			Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.FixedZone("CET", 3600)),
			DateOnly:  true, PublishedSource: news.DateMetadata, DateConfidence: 0.75, Lang: "en",
			Text:       text,
			Paragraphs: []news.Span{{Start: 0, End: 35}, {Start: 36, End: len(text)}},
			Headings:   []news.Span{{Start: 0, End: 4}},
			Removed:    []news.Removed{{Kind: "share", Text: "Share this", At: 35}},
			Flags:      []string{"decoded:windows-1252", "dateline"},
			Hash:       "abc123",
		},
		Sentences: []news.Span{{Start: 0, End: 35}, {Start: 36, End: len(text)}},
		Entities: []news.Mention{
			{Span: sp, Text: "Geneva", Type: news.LOC, Entity: "geneva", Name: "Geneva"},
			{Span: news.Span{Start: 57, End: 66}, Text: "Anna Berg", Type: news.PER, Entity: "anna-berg", Name: "Anna Berg", Role: "minister"},
		},
		Times: []news.Timex{{Span: news.Span{Start: 27, End: 34}, Text: "Tuesday", Type: "DATE", Value: "2025-02-18", Granularity: "day", Anchor: "dct"}},
		Quotes: []news.Quote{{Span: news.Span{Start: 37, End: 46}, Text: "We agreed", Speaker: "anna-berg", SpeakerName: "Anna Berg",
			Cue: "said", Kind: news.Direct, SpeakerSpan: &news.Span{Start: 57, End: 66}}},
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	ingested := time.Date(2025, 3, 1, 12, 0, 0, 123456000, time.UTC)
	full := store.Record{Doc: fullDoc(), Story: "s1", DuplicateOf: "other", Similarity: 0.875,
		Signature: []uint64{0, 1, 1<<64 - 1, 42}, Explain: "shares 3 entities", Ingested: ingested}
	bare := store.Record{Doc: &news.Doc{Article: news.Article{ID: "bare", Text: ""}}}
	commit(t, s, &store.Batch{Records: []store.Record{full, bare}})

	for _, want := range []store.Record{full, bare} {
		got := article(t, s, want.Doc.ID)
		if d := diffRecord(got, &want); d != "" {
			t.Errorf("Article(%q): %s", want.Doc.ID, d)
		}
		if got.Seq <= 0 {
			t.Errorf("Article(%q).Seq = %d, want > 0", want.Doc.ID, got.Seq)
		}
	}
	a, b := article(t, s, "full"), article(t, s, "bare")
	if b.Seq <= a.Seq {
		t.Errorf("Seq of second record %d <= first %d", b.Seq, a.Seq)
	}
	if b.Ingested.IsZero() || time.Since(b.Ingested) > time.Hour || time.Until(b.Ingested) > time.Hour {
		t.Errorf("Ingested of a record committed without one = %v, want about now", b.Ingested)
	}
	if !a.Doc.DateOnly {
		t.Error("DateOnly lost")
	}
	// The store must not keep the caller's memory nor hand out its own.
	full.Doc.Title = "changed by caller"
	a.Doc.Entities[0].Name = "changed by reader"
	if got := article(t, s, "full"); got.Doc.Title != "Talks in Geneva" || got.Doc.Entities[0].Name != "Geneva" {
		t.Errorf("store shares memory with callers: title %q, entity %q", got.Doc.Title, got.Doc.Entities[0].Name)
	}
}

// testOddText stores texts with bytes databases treat specially: NUL,
// quotes, backslashes, non-Latin scripts, emoji, CRLF.
func testOddText(t *testing.T, s store.Store) {
	tests := []struct{ id, title, text string }{
		{"nul", "NUL\x00inside", "before\x00after"},
		{"quotes", `It's "quoted" \ back\slash; DROP TABLE articles;--`, "O'Brien said: \"no\" \\n"},
		{"scripts", "Москва 東京 القاهرة", "Ελλάδα — naïve café 🚀 emoji\r\nnew line\ttab"},
		{"long", "Long", strings.Repeat("word ", 100000)},
	}
	var b store.Batch
	for _, tc := range tests {
		b.Records = append(b.Records, store.Record{Doc: Doc(tc.id, tc.title, tc.text), Story: tc.id, Explain: strings.ToUpper(tc.id)})
	}
	commit(t, s, &b)
	for _, want := range b.Records {
		got := article(t, s, want.Doc.ID)
		if d := diffRecord(got, &want); d != "" {
			t.Errorf("Article(%q): %.500s", want.Doc.ID, d)
		}
	}
	if hits := search(t, s, "Москва"); len(hits) != 1 || hits[0].ID != "scripts" {
		t.Errorf("Search(Москва) = %v, want [scripts]", hitIDs(hits))
	}
	if hits := search(t, s, "naïve"); len(hits) != 1 || hits[0].ID != "scripts" {
		t.Errorf("Search(naïve) = %v, want [scripts]", hitIDs(hits))
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	b := &store.Batch{
		Records: []store.Record{rec("a", "s1"), rec("b", "s1"), rec("c", "s2")},
		Stories: []store.StoryRecord{{ID: "s1", Title: "One"}, {ID: "s2", Title: "Two"}},
	}
	b.Records[2].DuplicateOf, b.Records[2].Similarity = "a", 1
	commit(t, s, b)
	before, seqs := stats(t, s), map[string]int64{}
	for _, id := range []string{"a", "b", "c"} {
		seqs[id] = article(t, s, id).Seq
	}
	sizes := map[string]int{"s1": story(t, s, "s1").Size, "s2": story(t, s, "s2").Size}
	commit(t, s, b)
	commit(t, s, b)
	if after := stats(t, s); after != before {
		t.Errorf("Stats after re-commit %+v, want %+v", after, before)
	}
	for id, seq := range seqs {
		if got := article(t, s, id).Seq; got != seq {
			t.Errorf("Seq of %q after re-commit %d, want %d", id, got, seq)
		}
	}
	for id, n := range sizes {
		if got := story(t, s, id).Size; got != n {
			t.Errorf("Size of %q after re-commit %d, want %d", id, got, n)
		}
	}
	if got, want := scanIDs(t, s), []string{"a", "b", "c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Scan after re-commit %v, want %v", got, want)
	}
}

func testReplace(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{Records: []store.Record{rec("a", "s1"), rec("b", "s1")}})
	a := article(t, s, "a")
	time.Sleep(2 * time.Millisecond)
	n := store.Record{Doc: Doc("a", "Rewritten headline", "Completely different zeppelin text."), Story: "s2", Explain: "moved"}
	n.Doc.Hash = "new-hash"
	commit(t, s, &store.Batch{Records: []store.Record{n}})
	got := article(t, s, "a")
	if got.Seq != a.Seq || !sameTime(got.Ingested, a.Ingested) {
		t.Errorf("replace changed Seq/Ingested: %d %v, want %d %v", got.Seq, got.Ingested, a.Seq, a.Ingested)
	}
	if d := diffRecord(got, &n); d != "" {
		t.Errorf("replaced record: %s", d)
	}
	if got := scanIDs(t, s); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("Scan after replace %v, want [a b]", got)
	}
	if st := stats(t, s); st.Articles != 2 {
		t.Errorf("Stats.Articles after replace %d, want 2", st.Articles)
	}
	if n1, n2 := story(t, s, "s1").Size, story(t, s, "s2").Size; n1 != 1 || n2 != 1 {
		t.Errorf("sizes after moving a record: s1=%d s2=%d, want 1 1", n1, n2)
	}
	if id, err := s.Hash(ctx, "h-a"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Hash(old hash) = %q, %v; want ErrNotFound", id, err)
	}
	if hits := search(t, s, "zeppelin"); len(hits) != 1 || hits[0].ID != "a" {
		t.Errorf("Search(new word) = %+v, want [a]", hits)
	}
	if hits := search(t, s, "Title"); len(hits) != 1 || hits[0].ID != "b" {
		t.Errorf("Search(old title word) = %+v, want only [b]", hits)
	}
}

func testHash(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{Records: []store.Record{rec("a", ""), rec("b", "")}})
	tests := []struct {
		hash, want string
		err        error
	}{
		{"h-a", "a", nil},
		{"h-b", "b", nil},
		{"h-zzz", "", store.ErrNotFound},
		{"", "", store.ErrNotFound},
	}
	for _, tc := range tests {
		got, err := s.Hash(ctx, tc.hash)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("Hash(%q) = %q, %v; want %q, %v", tc.hash, got, err, tc.want, tc.err)
		}
	}
}

func testScan(t *testing.T, s store.Store) {
	if got := scanIDs(t, s); len(got) != 0 {
		t.Errorf("Scan of an empty store: %v", got)
	}
	commit(t, s, &store.Batch{Records: []store.Record{rec("c", ""), rec("a", "")}})
	commit(t, s, &store.Batch{Records: []store.Record{rec("b", "")}})
	if got, want := scanIDs(t, s), []string{"c", "a", "b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Scan order %v, want %v", got, want)
	}
	stop := errors.New("stop")
	var seen []string
	err := s.Scan(ctx, func(r *store.Record) error {
		seen = append(seen, r.Doc.ID)
		if len(seen) == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || len(seen) != 2 {
		t.Errorf("Scan early stop: err %v after %v, want stop after 2", err, seen)
	}
	// fn may call the store (Scan must not hold a lock or transaction that blocks it).
	err = s.Scan(ctx, func(r *store.Record) error {
		_, err := s.Article(ctx, r.Doc.ID)
		return err
	})
	if err != nil {
		t.Errorf("Scan with reads inside fn: %v", err)
	}
}

func testScanPages(t *testing.T, s store.Store) {
	const n = 2345
	var want []string
	for i := 0; i < n; i += 500 {
		var b store.Batch
		for j := i; j < min(n, i+500); j++ {
			id := fmt.Sprintf("p%05d", n-j) // ids sort against ingest order
			b.Records = append(b.Records, store.Record{Doc: &news.Doc{Article: news.Article{ID: id, Text: "x"}}})
			want = append(want, id)
		}
		commit(t, s, &b)
	}
	if got := scanIDs(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("Scan of %d records returned %d, first differences elsewhere", n, len(got))
	}
}

func testNotFound(t *testing.T, s store.Store) {
	commit(t, s, &store.Batch{Records: []store.Record{rec("a", "s1")}})
	_, err := s.Article(ctx, "nope")
	wantErr(t, "Article(unknown)", err, store.ErrNotFound)
	_, err = s.Story(ctx, "nope")
	wantErr(t, "Story(unknown)", err, store.ErrNotFound)
	_, err = s.StoryArticles(ctx, "nope")
	wantErr(t, "StoryArticles(unknown)", err, store.ErrNotFound)
	_, err = s.Hash(ctx, "nope")
	wantErr(t, "Hash(unknown)", err, store.ErrNotFound)
}
