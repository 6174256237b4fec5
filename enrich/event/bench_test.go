package event

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
	"storyline/text"
)

// bbcTexts returns up to n BBC News articles, for benchmarks.
func bbcTexts(b *testing.B, n int) []string {
	dir := shared.Path(b, "data/bbc-news")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	sort.Strings(files)
	var out []string
	for _, f := range files[:min(n, len(files))] {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

// BenchmarkTag tags 300 BBC News articles (sentences split beforehand, as in
// the annotation chain) and reports tokens per second.
func BenchmarkTag(b *testing.B) {
	tg := loadTagger(b)
	texts := bbcTexts(b, 300)
	sents := make([][]news.Span, len(texts))
	tokens, size := 0, 0
	for i, t := range texts {
		sents[i] = text.Sentences(t, nil)
		tokens += len(Tokenize(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			tg.Tag(t, sents[i])
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	texts := bbcTexts(b, 300)
	all := strings.Join(texts, "\n\n")
	b.SetBytes(int64(len(all)))
	for b.Loop() {
		Tokenize(all)
	}
}
