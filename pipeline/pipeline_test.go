package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
	"storyline/store"
	"storyline/store/memstore"
)

var (
	chainOnce sync.Once
	testChain *Chain
	chainErr  error
)

func chain(t testing.TB) *Chain {
	chainOnce.Do(func() { testChain, chainErr = NewChain() })
	if chainErr != nil {
		t.Fatal(chainErr)
	}
	return testChain
}

// articles are small hand-written inputs: two stories, one copy, one bad input.
var articles = []news.Raw{
	{ID: "a1", Input: "a1.txt", Format: "text", Body: []byte("Title: Flooding closes bridges in Riverton\n date 2024-03-04\n\nHeavy rain flooded the centre of Riverton on Monday, closing three bridges over the Mill River, the city council said.\n\nMayor Anna Kowalski said emergency crews had evacuated 40 homes near the river.\n")},
	{ID: "a2", Input: "a2.txt", Format: "text", Body: []byte("Title: Riverton floods: bridges to stay shut\n date 2024-03-05\n\nThree bridges over the Mill River in Riverton will stay closed until Friday after Monday's flooding, Mayor Anna Kowalski said on Tuesday.\n\nThe city council said 40 homes had been evacuated near the river.\n")},
	{ID: "b1", Input: "b1.txt", Format: "text", Body: []byte("Title: Orbis Motors recalls 200,000 cars over brake fault\n date 2024-03-05\n\nCarmaker Orbis Motors said on Tuesday it would recall about 200,000 cars in Europe because of a fault in the brake software.\n\nThe company said no accidents had been reported.\n")},
	{ID: "b1-copy", Input: "b1-copy.txt", Format: "text", Body: []byte("Title: Orbis Motors recalls 200,000 cars over brake fault\n date 2024-03-05\n\nCarmaker Orbis Motors said on Tuesday it would recall about 200,000 cars in Europe because of a fault in the brake software.\n\nThe company said no accidents had been reported.\n")},
}

func source(raws []news.Raw, bad ...error) Source {
	return func(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error {
		for i := range raws {
			r := raws[i]
			if err := emit(&r); err != nil {
				return err
			}
		}
		for _, e := range bad {
			fail(e)
		}
		return nil
	}
}

func ingestAll(t *testing.T, st store.Store, src Source) (Summary, []error) {
	t.Helper()
	ctx := context.Background()
	e, err := Open(ctx, st, chain(t), Options{Workers: 2, BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	var fails []error
	sum, err := e.Run(ctx, src, func(err error) { fails = append(fails, err) })
	if err != nil {
		t.Fatal(err)
	}
	return sum, fails
}

func TestRunStoriesDuplicatesFailures(t *testing.T) {
	st := memstore.New()
	bad := errors.New("broken.bin: binary data, not text")
	sum, fails := ingestAll(t, st, source(articles, bad))
	if sum.Ingested != 3 || sum.Duplicates != 1 || sum.Failed != 1 || len(fails) != 1 {
		t.Fatalf("summary %+v, failures %v; want 3 ingested, 1 duplicate, 1 failed", sum.Progress, fails)
	}
	ctx := context.Background()
	cp, err := st.Article(ctx, "b1-copy")
	if err != nil {
		t.Fatal(err)
	}
	orig, err := st.Article(ctx, "b1")
	if err != nil {
		t.Fatal(err)
	}
	if cp.DuplicateOf != "b1" || cp.Story != orig.Story {
		t.Errorf("copy: duplicate_of %q story %q; want b1 and %q", cp.DuplicateOf, cp.Story, orig.Story)
	}
	a1, _ := st.Article(ctx, "a1")
	a2, _ := st.Article(ctx, "a2")
	if a1.Story != a2.Story || a1.Story == orig.Story {
		t.Errorf("stories: a1 %q a2 %q b1 %q; want a1 and a2 together, b1 apart", a1.Story, a2.Story, orig.Story)
	}
}

func TestRunIsIdempotent(t *testing.T) {
	st := memstore.New()
	ingestAll(t, st, source(articles))
	before := dump(t, st)
	sum, _ := ingestAll(t, st, source(articles))
	if sum.Unchanged != len(articles) || sum.Ingested != 0 || sum.Duplicates != 0 {
		t.Errorf("second run: %+v; want every article unchanged", sum.Progress)
	}
	if after := dump(t, st); after != before {
		t.Errorf("re-ingesting changed the store:\nbefore %s\nafter  %s", before, after)
	}
}

// dump summarises a store's articles and stories for comparison.
func dump(t *testing.T, st store.Store) string {
	t.Helper()
	var lines []string
	err := st.Scan(context.Background(), func(r *store.Record) error {
		lines = append(lines, fmt.Sprintf("%d %s %s %s %s", r.Seq, r.Doc.ID, r.Story, r.DuplicateOf, r.Doc.Hash))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ss, err := st.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		lines = append(lines, fmt.Sprintf("story %s %d %q", s.ID, s.Size, s.Title))
	}
	sort.Strings(lines)
	return fmt.Sprint(lines)
}

// BenchmarkIngestBBC runs the whole pipeline (extraction, annotation, dedup,
// clustering, in-memory store) over the BBC corpus and reports documents and
// megabytes per second.
func BenchmarkIngestBBC(b *testing.B) {
	dir := shared.Path(b, "data/bbc-news")
	var raws []news.Raw
	var size int64
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" {
			return nil
		}
		body, err := os.ReadFile(p)
		if err == nil {
			raws = append(raws, news.Raw{ID: p, Input: p, Format: "text", Body: body})
			size += int64(len(body))
		}
		return nil
	})
	c := chain(b)
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		st := memstore.New()
		e, err := Open(context.Background(), st, c, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Run(context.Background(), source(raws), nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(raws)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

func TestChangedArticleKeepsItsStory(t *testing.T) {
	st := memstore.New()
	ingestAll(t, st, source(articles))
	ctx := context.Background()
	before, err := st.Article(ctx, "a2")
	if err != nil {
		t.Fatal(err)
	}
	changed := articles[1]
	changed.Body = append(append([]byte(nil), changed.Body...), []byte("\nA correction was appended to this article on Wednesday by the editors.\n")...)
	sum, _ := ingestAll(t, st, source([]news.Raw{changed}))
	if sum.Ingested != 1 {
		t.Fatalf("changed article: %+v; want it ingested again", sum.Progress)
	}
	after, err := st.Article(ctx, "a2")
	if err != nil {
		t.Fatal(err)
	}
	if after.Story != before.Story || after.Seq != before.Seq || after.Doc.Hash == before.Doc.Hash {
		t.Errorf("changed article: story %q→%q, seq %d→%d, hash changed %v; want same story and seq, new text",
			before.Story, after.Story, before.Seq, after.Seq, after.Doc.Hash != before.Doc.Hash)
	}
}
