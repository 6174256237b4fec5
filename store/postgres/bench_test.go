package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"storyline/news"
	"storyline/store"
)

var synthWords = strings.Fields(`the a of to in and said on for with minister police government city
	officials report talks election storm flood market shares rose fell week monday tuesday council
	court judge ruling protest workers strike company deal agreement border troops ceasefire vote
	budget hospital patients doctors school students president spokesman according statement`)

// synthBatch returns n deterministic synthetic records of about size bytes
// of text each, spread over 100 stories.
func synthBatch(prefix string, from, n, size int) *store.Batch {
	b := &store.Batch{Records: make([]store.Record, n)}
	for k := range n {
		i := from + k
		rng := rand.New(rand.NewPCG(uint64(i), 7))
		var sb strings.Builder
		for sb.Len() < size {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(synthWords[rng.IntN(len(synthWords))])
		}
		id := fmt.Sprintf("%s-%07d", prefix, i)
		d := &news.Doc{Article: news.Article{ID: id, Title: "Report " + id, Text: sb.String(),
			Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute),
			Hash:      fmt.Sprintf("%016x", rng.Uint64())}}
		for s := 0; s+80 < len(d.Text); s += 120 {
			d.Sentences = append(d.Sentences, news.Span{Start: s, End: s + 80})
		}
		sig := make([]uint64, 16)
		for j := range sig {
			sig[j] = rng.Uint64()
		}
		b.Records[k] = store.Record{Doc: d, Story: fmt.Sprintf("story-%03d", i%100), Signature: sig}
	}
	return b
}

func textBytes(b *store.Batch) int64 {
	var n int64
	for _, r := range b.Records {
		n += int64(len(r.Doc.Text))
	}
	return n
}

// BenchmarkCommit commits batches of 1,000 synthetic articles of ~3 KB;
// b.N counts batches.
func BenchmarkCommit(b *testing.B) {
	db := openFresh(b)
	defer db.Close()
	ctx := context.Background()
	const batch = 1000
	b.SetBytes(textBytes(synthBatch("w", 0, batch, 3000)))
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		bt := synthBatch("bench", i*batch, batch, 3000)
		b.StartTimer()
		if err := db.Commit(ctx, bt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkScan reads 10,000 stored synthetic articles of ~3 KB per op.
func BenchmarkScan(b *testing.B) {
	db := openFresh(b)
	defer db.Close()
	ctx := context.Background()
	const n = 10000
	var bytes int64
	for i := 0; i < n; i += 1000 {
		bt := synthBatch("scan", i, 1000, 3000)
		bytes += textBytes(bt)
		if err := db.Commit(ctx, bt); err != nil {
			b.Fatal(err)
		}
	}
	if err := db.Analyze(ctx); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(bytes)
	for b.Loop() {
		count := 0
		if err := db.Scan(ctx, func(*store.Record) error { count++; return nil }); err != nil {
			b.Fatal(err)
		}
		if count != n {
			b.Fatalf("scanned %d, want %d", count, n)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "articles/s")
}
