package quote

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"storyline/internal/shared"
)

// BenchmarkExtract measures extraction throughput on real news text (the
// PolNeAR article texts, without entity mentions) in MB/s on one core.
func BenchmarkExtract(b *testing.B) {
	dir := shared.Path(b, "data/polnear/train/text")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skip("no PolNeAR texts")
	}
	sort.Strings(files)
	if len(files) > 300 {
		files = files[:300]
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			Extract(t, nil)
		}
	}
}

// BenchmarkExtractWorstCase runs a long paragraph dense in quotation marks,
// cue verbs and names, to keep the per-paragraph work near linear.
func BenchmarkExtractWorstCase(b *testing.B) {
	text := strings.Repeat(`“We will see,” said John Smith, who told Mary Jones that “it” was “fine”, according to whom “no”. `, 500)
	b.SetBytes(int64(len(text)))
	for range b.N {
		Extract(text, nil)
	}
}
