package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"storyline/cluster"
	"storyline/dedup"
	"storyline/internal/window"
	"storyline/store"
)

// Options configures an Engine. The zero value uses defaults.
type Options struct {
	Workers   int                              // extraction and annotation workers; 0 means GOMAXPROCS
	BatchSize int                              // articles per store transaction; 0 means 500
	Dedup     dedup.Options                    // near-duplicate detection
	Cluster   cluster.Options                  // story clustering; zero value means cluster.DefaultOptions()
	Progress  func(Progress)                   // called from one goroutine as work advances; may be nil
	Clock     func() time.Time                 // ingest time; nil means time.Now
	Log       func(format string, args ...any) // diagnostics; may be nil
}

func (o *Options) defaults() {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 500
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
}

// Progress reports how far a run is.
type Progress struct {
	Done       int // inputs processed (ingested, unchanged, duplicate or failed)
	Ingested   int
	Unchanged  int
	Duplicates int
	Failed     int
	Elapsed    time.Duration
}

// Summary is the outcome of a run.
type Summary struct {
	Progress
	Stories int // live stories in the store after the run
}

// String renders the summary line printed at the end of an ingest.
func (s Summary) String() string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Done) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("ingested %d, unchanged %d, duplicates %d, failed %d, stories %d (%.1fs, %.0f docs/s)",
		s.Ingested, s.Unchanged, s.Duplicates, s.Failed, s.Stories, s.Elapsed.Seconds(), rate)
}

// Engine ingests documents into a store, keeping the online state (duplicates,
// stories) in memory. One Engine per store; Run calls must not overlap.
type Engine struct {
	st      store.Store
	chain   *Chain
	opt     Options
	dd      *dedup.Index
	cl      *cluster.Clusterer
	storyOf *window.Map[string, string] // article id → story id of recent articles, for copies joining their original's story
	undated map[string]int              // story id → stored members whose date is unknown
}

// Open builds an Engine over st and rebuilds its online state from the stored articles.
func Open(ctx context.Context, st store.Store, chain *Chain, opt Options) (*Engine, error) {
	opt.defaults()
	copt := opt.Cluster
	if copt == (cluster.Options{}) {
		copt = cluster.DefaultOptions()
	}
	e := &Engine{
		st:      st,
		chain:   chain,
		opt:     opt,
		dd:      dedup.New(opt.Dedup),
		cl:      cluster.New(copt),
		storyOf: window.New[string, string](max(opt.Dedup.Window, dedup.DefaultOptions().Window)),
		undated: map[string]int{},
	}
	if err := e.rebuild(ctx); err != nil {
		return nil, fmt.Errorf("rebuild state from store: %w", err)
	}
	return e, nil
}

// Chain returns the engine's annotator chain.
func (e *Engine) Chain() *Chain { return e.chain }

// errStop is returned by an emit callback when the context is done.
var errStop = errors.New("stopped")
