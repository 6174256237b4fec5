package clusters

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"storyline/cluster"
	"storyline/news"
)

// ReadPlainDoc builds a lightweight document from a plain-text article file:
// an optional leading " date YYYY-MM-DD" marker gives the publication date,
// the first line is the title and the whole text the body. The id is the
// file name without its extension.
func ReadPlainDoc(path string) (*news.Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read doc %s: %w", path, err)
	}
	text := strings.TrimLeft(string(b), " \t\r\n\ufeff")
	d := &news.Doc{}
	d.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if rest, ok := strings.CutPrefix(text, "date "); ok && len(rest) >= 10 {
		if t, err := time.Parse("2006-01-02", rest[:10]); err == nil {
			d.Published, d.DateOnly, d.PublishedSource = t, true, news.DateMetadata
			text = strings.TrimLeft(rest[10:], " \t\r\n")
		}
	}
	d.Text = text
	d.Title, _, _ = strings.Cut(text, "\n")
	d.Title = strings.TrimSpace(d.Title)
	return d, nil
}

// ReadPlainDir reads every .txt file of a directory with ReadPlainDoc, sorted by name.
func ReadPlainDir(dir string) ([]*news.Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("read docs %s: %w", dir, err)
	}
	slices.Sort(paths)
	var out []*news.Doc
	for _, p := range paths {
		d, err := ReadPlainDoc(p)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// Background returns n documents from a corpus as background articles, with
// ids "bg-N" (a deterministic spread over the corpus).
func Background(corpus []Article, n int) []*news.Doc {
	var out []*news.Doc
	if len(corpus) == 0 {
		return nil
	}
	step := max(1, len(corpus)/n)
	for i := 0; len(out) < n && i < len(corpus)*step; i += step {
		a := corpus[(i+len(out))%len(corpus)]
		d := &news.Doc{}
		d.ID = fmt.Sprintf("bg-%d", len(out))
		d.Title, d.Text, d.Published = a.Title, a.Text(), a.Published
		out = append(out, d)
	}
	return out
}

// SeedScenario clusters the seeds amid background documents and one
// unrelated document in several orders (shuffled, and the seeds first in
// reverse order) with the default options, and returns what went wrong:
// every seed must share one story, which must hold nothing else.
func SeedScenario(seeds, background []*news.Doc, unrelated *news.Doc, trials int) []string {
	var problems []string
	if len(seeds) == 0 {
		return []string{"no seeds"}
	}
	for trial := range trials {
		rng := rand.New(rand.NewPCG(uint64(trial), 7))
		docs := append(append([]*news.Doc{}, background...), seeds...)
		if unrelated != nil {
			docs = append(docs, unrelated)
		}
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		if trial == 1 { // seeds first, in reverse order, the unrelated one right after
			docs = slices.Clone(seeds)
			slices.Reverse(docs)
			if unrelated != nil {
				docs = append(docs, unrelated)
			}
			docs = append(docs, background...)
		}
		c := cluster.New(cluster.DefaultOptions())
		got := map[string]string{}
		explain := map[string]string{}
		for _, d := range docs {
			a := c.Add(d)
			got[d.ID], explain[d.ID] = a.Story, a.Explain
		}
		story := c.Resolve(got[seeds[0].ID])
		isSeed := map[string]bool{}
		for _, s := range seeds {
			isSeed[s.ID] = true
			if c.Resolve(got[s.ID]) != story {
				problems = append(problems, fmt.Sprintf("trial %d: seed %s not in the seed story: %s", trial, s.ID, explain[s.ID]))
			}
		}
		for _, d := range docs {
			if !isSeed[d.ID] && c.Resolve(got[d.ID]) == story {
				problems = append(problems, fmt.Sprintf("trial %d: %s joined the seed story: %s", trial, d.ID, explain[d.ID]))
			}
		}
	}
	return problems
}
