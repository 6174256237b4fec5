// Package pipeline is the only place in Storyline that runs stages
// concurrently. It wires ingest → extract → annotate (in bounded worker
// goroutines) → dedup → cluster (in one owner goroutine, in input order) →
// store (one transaction per batch).
//
// Online state (near-duplicate signatures, story centroids) is rebuilt from
// the store when an Engine opens, so the algorithms never import storage.
package pipeline
