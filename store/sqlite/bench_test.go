package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"storyline/store"
)

// BenchmarkCommit commits batches of 1,000 synthetic articles of ~3 KB into
// a growing file; b.N counts batches.
func BenchmarkCommit(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	const batch = 1000
	bytes := 0
	for _, r := range synthBatch("w", 0, batch, 3000).Records {
		bytes += len(r.Doc.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
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
	db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	const n = 10000
	bytes := 0
	for i := 0; i < n; i += 1000 {
		bt := synthBatch("scan", i, 1000, 3000)
		for _, r := range bt.Records {
			bytes += len(r.Doc.Text)
		}
		if err := db.Commit(ctx, bt); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
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
