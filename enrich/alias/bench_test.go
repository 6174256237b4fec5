package alias

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"storyline/internal/shared"
	"storyline/news"
)

// BenchmarkAnnotate measures Annotate on BBC articles with the mentions of
// the stand-in tagger, reporting MB/s of article text.
func BenchmarkAnnotate(b *testing.B) {
	dir := shared.Path(b, "data/bbc-news")
	var files []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".txt") && len(files) < 200 {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		b.Skip("no BBC articles")
	}
	r := New(DefaultOptions())
	var docs []news.Doc
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := news.Doc{Article: news.Article{Text: string(raw)}}
		d.Entities = standIn(r, d.Text)
		docs = append(docs, d)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Entities = append([]news.Mention(nil), d.Entities...)
			if err := r.Annotate(&d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu, size)
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports throughput per second of CPU time: on a shared machine
// the wall-clock MB/s understates what one core does.
func reportCPU(b *testing.B, since time.Duration, size int) {
	if d := cpuTime() - since; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkMerge measures Merge over 200 annotated BBC articles at once (a
// store-wide merge), reporting MB/s of article text.
func BenchmarkMerge(b *testing.B) {
	dir := shared.Path(b, "data/bbc-news")
	var files []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".txt") && len(files) < 200 {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		b.Skip("no BBC articles")
	}
	r := New(DefaultOptions())
	var docs []*news.Doc
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := &news.Doc{Article: news.Article{ID: f, Text: string(raw)}}
		d.Entities = standIn(r, d.Text)
		_ = r.Annotate(d)
		docs = append(docs, d)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		r.Merge(docs)
	}
	reportCPU(b, cpu, size)
}
