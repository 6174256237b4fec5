package storetest

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"storyline/store"
)

// testScanHeads checks that ScanHeads returns, in ingest order, the same
// ids, hashes, stories, duplicates, dates and signatures as Scan, after a
// replace and a merge, across pages, and that it stops when fn fails.
func testScanHeads(t *testing.T, s store.Store) {
	full := store.Record{Doc: fullDoc(), Story: "s1", Signature: []uint64{0, 1, 1<<64 - 1, 42}}
	dup := rec("dup", "s1")
	dup.DuplicateOf, dup.Similarity, dup.Signature = "full", 0.9, []uint64{7, 8}
	dup.Doc.Published = time.Date(2025, 2, 19, 8, 30, 0, 0, time.UTC)
	commit(t, s, &store.Batch{Records: []store.Record{full, rec("bare", ""), dup}})
	changed := rec("bare", "s2")
	changed.Doc.Text = "Changed text."
	commit(t, s, &store.Batch{Records: []store.Record{changed}, Merges: []store.Merge{{From: "s2", Into: "s1"}}})
	var b store.Batch
	for i := range 2500 { // more than one page
		b.Records = append(b.Records, rec(fmt.Sprintf("n%04d", i), "s3"))
	}
	commit(t, s, &b)

	var want []store.Head
	if err := s.Scan(ctx, func(r *store.Record) error {
		want = append(want, store.Head{Seq: r.Seq, ID: r.Doc.ID, Hash: r.Doc.Hash, Story: r.Story,
			DuplicateOf: r.DuplicateOf, Published: r.Doc.Published, Signature: r.Signature})
		return nil
	}); err != nil {
		t.Fatalf("Scan: %v", err)
	}
	var got []store.Head
	if err := s.ScanHeads(ctx, func(h *store.Head) error {
		if _, err := s.Article(ctx, h.ID); err != nil { // fn may use the store
			return err
		}
		got = append(got, *h)
		return nil
	}); err != nil {
		t.Fatalf("ScanHeads: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("ScanHeads gave %d heads, Scan %d records", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if !g.Published.Equal(w.Published) {
			t.Errorf("head %d (%s): published %v, want %v", i, w.ID, g.Published, w.Published)
		}
		g.Published, w.Published = time.Time{}, time.Time{}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("head %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
	if got[0].ID != "full" || got[0].Story != "s1" || got[1].ID != "bare" || got[1].Story != "s1" || got[2].DuplicateOf != "full" {
		t.Errorf("first heads %+v", got[:3])
	}
	stop := errors.New("stop")
	n := 0
	err := s.ScanHeads(ctx, func(*store.Head) error {
		if n++; n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("ScanHeads early stop: err %v after %d heads, want stop after 2", err, n)
	}
}
