package queue

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"storyline/news"
)

// benchDoc returns a ~3 KB HTML document numbered i.
func benchDoc(i int) *news.Raw {
	p := "<p>" + strings.Repeat("The council said on Tuesday that the new bridge would open next spring. ", 8) + "</p>\n"
	body := fmt.Sprintf("<html><head><title>Story %d</title></head><body>%s</body></html>", i, strings.Repeat(p, 5))
	return &news.Raw{Input: fmt.Sprintf("bench%d.html", i), ID: fmt.Sprintf("bench%d", i), Body: []byte(body), Format: "html",
		Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
}

// BenchmarkPublishConsume publishes b.N ~3 KB documents with PublishAll and
// consumes them with Work (at-least-once chunks of 500), reporting msgs/s
// and MB/s for the round trip through the file-backed stream.
func BenchmarkPublishConsume(b *testing.B) {
	q, _ := openTest(b, 0)
	ctx := context.Background()
	raws := make([]*news.Raw, b.N)
	for i := range raws {
		raws[i] = benchDoc(i)
	}
	b.SetBytes(int64(len(raws[0].Body)))
	b.ResetTimer()
	for i := 0; i < len(raws); i += 1000 {
		if err := q.PublishAll(ctx, raws[i:min(i+1000, len(raws))]); err != nil {
			b.Fatal(err)
		}
	}
	published := time.Now()
	pubTime := b.Elapsed()
	got := 0
	err := q.Work(ctx, 500, 50*time.Millisecond, func(ctx context.Context, src func(context.Context, func(*news.Raw) error, func(error)) error) error {
		return src(ctx, func(*news.Raw) error { got++; return nil }, func(err error) { b.Error(err) })
	})
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if got != b.N {
		b.Fatalf("consumed %d, want %d", got, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(b.N)/pubTime.Seconds(), "pub-msgs/s")
	b.ReportMetric(float64(b.N)/time.Since(published).Seconds(), "consume-msgs/s")
}
