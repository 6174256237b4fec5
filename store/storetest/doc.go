// Package storetest is the conformance suite every store.Store backend runs:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store { return openEmpty(t) })
//	}
//
// The open function returns a fresh, empty store for each subtest; the suite
// closes it when the subtest ends. The suite pins down the behaviour the
// interface leaves implicit, so that every backend agrees:
//
//   - records round-trip exactly (times compared as instants, to the
//     microsecond); Seq is assigned on first commit and kept when the same id
//     is committed again, as is Ingested (set to the commit time when zero);
//   - a record naming a story that has no head creates one (title of the
//     article, created and updated at its publication or ingest time);
//   - Batch.Stories are upserted; their Size and MergedInto are ignored (the
//     store maintains sizes, merges happen through Batch.Merges);
//   - a merge moves the articles of From (resolved) into Into (resolved),
//     widens Into's created/updated range, and makes From and every id
//     merged into it resolve to Into; records committed later with a merged
//     story id are stored under the survivor;
//   - an invalid record (nil Doc, empty id), story head (empty id) or merge
//     (empty id) fails the whole Commit and nothing of the batch is kept;
//   - Search never fails on a query string, whatever its operators or quotes;
//   - after Close every method returns an error wrapping store.ErrClosed.
package storetest
