// Package store defines where Storyline keeps articles and stories: a small
// Store interface, its records and sentinel errors, and a registry of backends
// opened by a location string (store.Open("sqlite:path"), store.Open("postgres://…")).
//
// Backends live in sub-packages (sqlite, postgres) and register themselves in
// an init function; storetest holds the conformance suite every backend runs.
package store

import (
	"context"
	"errors"
	"time"

	"storyline/news"
)

// Sentinel errors returned by every backend.
var (
	ErrNotFound = errors.New("not found")
	ErrClosed   = errors.New("store closed")
)

// Record is one stored article with its place in the stream.
type Record struct {
	Doc         *news.Doc
	Seq         int64     // ingest order, assigned by the store on first commit
	Story       string    // id of the story the article belongs to ("" for none)
	DuplicateOf string    // id of the article this one copies, "" when original
	Similarity  float64   // similarity to DuplicateOf, 1 for exact copies
	Signature   []uint64  // near-duplicate signature (MinHash), may be nil
	Explain     string    // why the article joined its story (for the UI)
	Ingested    time.Time // when it was first stored
}

// Head is the part of a stored article that rebuilding the online state
// needs, read without decoding the document: cheap to scan for millions.
type Head struct {
	Seq         int64
	ID          string
	Hash        string // Doc.Hash
	Story       string
	DuplicateOf string
	Published   time.Time // zero when the date is unknown
	Signature   []uint64
}

// StoryRecord is the stored head of a story; its views are built from its articles.
type StoryRecord struct {
	ID         string
	Title      string
	Created    time.Time // first article's publication (or ingest) time
	Updated    time.Time // latest article's publication (or ingest) time
	Size       int       // number of articles, maintained by the store
	MergedInto string    // set when the story was merged; ids resolve to the survivor
}

// Merge moves every article of story From into story Into; From then resolves to Into.
type Merge struct {
	From, Into string
}

// Batch is a unit of ingest, committed atomically: either all of it is stored or none.
type Batch struct {
	Records []Record      // new or changed articles (same ID replaces; Seq is kept)
	Stories []StoryRecord // new or changed story heads (Size is recomputed by the store)
	Merges  []Merge
}

// Hit is one full-text search result.
type Hit struct {
	ID      string
	Title   string
	Story   string
	Snippet string
	Score   float64
}

// Stats counts what a store holds.
type Stats struct {
	Articles   int
	Duplicates int
	Stories    int // live stories (not merged away)
}

// Store keeps articles and stories. Implementations are safe for concurrent
// use by several goroutines; Commit is atomic.
type Store interface {
	// Commit stores a batch atomically.
	Commit(ctx context.Context, b *Batch) error
	// Article returns the record with the given article id, or ErrNotFound.
	Article(ctx context.Context, id string) (*Record, error)
	// Hash returns the id of an article whose Doc.Hash is h, or ErrNotFound.
	Hash(ctx context.Context, h string) (string, error)
	// Scan calls fn for every article in ingest order until fn returns an error.
	Scan(ctx context.Context, fn func(*Record) error) error
	// ScanHeads calls fn for the head of every article in ingest order until
	// fn returns an error; fn may use the store.
	ScanHeads(ctx context.Context, fn func(*Head) error) error
	// Story returns a story head; a merged id resolves to the surviving story.
	Story(ctx context.Context, id string) (*StoryRecord, error)
	// Stories returns the live stories, largest and most recently updated first.
	Stories(ctx context.Context) ([]StoryRecord, error)
	// StoryArticles returns the articles of a story (resolving merged ids) in ingest order.
	StoryArticles(ctx context.Context, id string) ([]*Record, error)
	// Search runs a full-text query over article titles and texts.
	Search(ctx context.Context, query string, limit int) ([]Hit, error)
	// Stats counts articles, duplicates and stories.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}
