package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/shared"
)

// bbcCorpus returns up to n BBC articles joined, for benchmarks.
func bbcCorpus(b *testing.B, n int) string {
	dir := shared.Path(b, "data/bbc-news")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	var sb strings.Builder
	for i, f := range files {
		if i >= n {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkSentences(b *testing.B) {
	text := bbcCorpus(b, 300)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text, nil)
	}
}

func BenchmarkWords(b *testing.B) {
	text := bbcCorpus(b, 100)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Words(text)
	}
}
