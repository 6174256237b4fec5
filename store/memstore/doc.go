// Package memstore is an in-memory store.Store for tests: maps behind a
// mutex, nothing persisted. It registers itself as the "mem" backend, so
// store.Open("mem:") returns a fresh, empty store.
//
// It follows the same rules as the SQL backends and passes the same
// conformance suite (storetest): records are copied in and out, a Commit is
// validated before anything is applied so it is atomic, merged story ids
// resolve to the survivor, and sizes are recomputed on every Commit.
// Search is a simple word match (no stemming), scored by the number of
// occurrences of the query words, title words counting double.
package memstore
