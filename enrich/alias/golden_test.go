package alias

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden annotates two sample articles written for this test (mentions
// marked inline as a tagger would give them, titles, possessives and line
// breaks included), merges them, and compares every mention and story
// entity with testdata/sample.golden. Run with -update after a deliberate
// change and review the diff.
func TestGolden(t *testing.T) {
	r := New(DefaultOptions())
	var docs []*news.Doc
	var b strings.Builder
	for _, name := range []string{"sample1", "sample2"} {
		raw, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d := marked(t, name, string(raw))
		if err := r.Annotate(d); err != nil {
			t.Fatal(err)
		}
		// Annotate is idempotent: a second pass changes nothing.
		again := &news.Doc{Article: d.Article, Entities: append([]news.Mention(nil), d.Entities...)}
		if err := r.Annotate(again); err != nil {
			t.Fatal(err)
		}
		diff(t, name+" annotated twice", show(again.Entities), show(d.Entities))
		docs = append(docs, d)
	}
	ents := r.Merge(docs)
	for _, d := range docs {
		fmt.Fprintf(&b, "# %s\n", d.ID)
		for _, m := range d.Entities {
			if m.Span.In(d.Text) != m.Text {
				t.Errorf("%s: mention %q does not match its span %v", d.ID, m.Text, m.Span)
			}
			fmt.Fprintf(&b, "%d-%d %q %s %s (%s)", m.Start, m.End, m.Text, m.Type, m.Entity, m.Name)
			if m.Role != "" {
				fmt.Fprintf(&b, " role=%q", m.Role)
			}
			b.WriteByte('\n')
		}
	}
	b.WriteString("# story\n")
	for _, e := range ents {
		fmt.Fprintf(&b, "%s (%s) %s mentions=%d articles=%s aliases=%q\n", e.Entity, e.Name, e.Type, e.Mentions, strings.Join(e.Articles, ","), e.Aliases)
	}
	path := filepath.Join("testdata", "sample.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("line %d:\n got: %s\nwant: %s", i+1, g, w)
			}
		}
	}
}

// TestConcurrent runs Annotate on copies of the sample articles from several
// goroutines at once: a Resolver holds only read-only tables, so every copy
// must come out as a sequential run does (run with -race to check).
func TestConcurrent(t *testing.T) {
	r := New(DefaultOptions())
	raw, err := os.ReadFile(filepath.Join("testdata", "sample1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := marked(t, "s", string(raw))
	if err := r.Annotate(want); err != nil {
		t.Fatal(err)
	}
	const n = 8
	got := make([]*news.Doc, n)
	for i := range got {
		got[i] = marked(t, "s", string(raw))
	}
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			_ = r.Annotate(got[i])
			done <- i
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
	for _, d := range got {
		diff(t, "concurrent", show(d.Entities), show(want.Entities))
	}
}
