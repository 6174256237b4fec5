package pipeline

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
	"storyline/story"
)

// BenchmarkStoryViews500 builds the views (who's who, quotes, timeline,
// comparison, summary) of one story of 500 annotated articles: the BBC
// business and politics files treated as one story.
func BenchmarkStoryViews500(b *testing.B) {
	dir := shared.Path(b, "data/bbc-news")
	var paths []string
	for _, sub := range []string{"business", "politics"} {
		m, _ := filepath.Glob(filepath.Join(dir, sub, "*.txt"))
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	if len(paths) < 500 {
		b.Skipf("need 500 BBC files, have %d", len(paths))
	}
	c := chain(b)
	var members []story.Member
	for _, p := range paths[:500] {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := c.Doc(&news.Raw{ID: p, Input: p, Format: "text", Body: body})
		if err != nil {
			continue
		}
		members = append(members, story.Member{Doc: d})
	}
	b.ResetTimer()
	for range b.N {
		s := story.Build("bench", members, story.Options{Resolver: c.Aliases})
		if len(s.Articles) != len(members) {
			b.Fatal("lost articles")
		}
	}
	b.ReportMetric(float64(len(members)), "articles")
}
