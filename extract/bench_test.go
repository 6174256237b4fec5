package extract

import (
	"os"
	"path/filepath"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
)

// BenchmarkClean cleans BBC articles; MB/s counts input bytes.
func BenchmarkClean(b *testing.B) {
	dir := shared.Path(b, "data/bbc-news")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	var docs []string
	size := 0
	for i, f := range files {
		if i%10 != 0 {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Clean(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractHTML extracts a small news page; MB/s counts input bytes.
func BenchmarkExtractHTML(b *testing.B) {
	raw := &news.Raw{Input: "page.html", Body: []byte(pageHTML), Format: "html"}
	b.SetBytes(int64(len(pageHTML)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
