// Command storescale streams the synthetic scale corpus (see clusterscale)
// through the real ingest pipeline into a store, then reopens the store and
// rebuilds the online state from it, reporting throughput and memory as the
// store grows:
//
//	go run ./eval/clusters/cmd/storescale -n 1000000 -db /tmp/scale.db ../shared/data
//
// By default the annotation chain is light (sentences and times): entity
// tagging and quotes cost the same per article whatever the store holds, and
// would make a million-article run take hours on two cores. -chain full runs
// every annotator.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"storyline/enrich/timex"
	"storyline/eval/clusters"
	"storyline/news"
	"storyline/pipeline"
	"storyline/store"
	_ "storyline/store/sqlite"
)

// memProfile is where to write a heap profile after each ingest (the last
// one wins), "" for none.
var memProfile string

func main() {
	n := flag.Int("n", 1000000, "articles to stream")
	every := flag.Int("every", 100000, "report every this many articles")
	db := flag.String("db", "", "store location (default: a new SQLite file in a temporary directory)")
	chainKind := flag.String("chain", "light", "annotation chain: light (sentences, times) or full")
	after := flag.Int("after", 10000, "articles ingested after the restart")
	seed := flag.Uint64("seed", 1, "generator seed")
	flag.StringVar(&memProfile, "memprofile", "", "write a heap profile to this file at the end, while the engine is live")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: storescale [flags] DATA_DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *db, *chainKind, *n, *every, *after, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "storescale:", err)
		os.Exit(1)
	}
}

func run(data, db, chainKind string, n, every, after int, seed uint64) error {
	corpus, err := clusters.LoadCorpus(data)
	if err != nil {
		return err
	}
	if db == "" {
		dir, err := os.MkdirTemp("", "storescale")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		db = dir + "/scale.db"
	}
	var chain *pipeline.Chain
	switch chainKind {
	case "light":
		chain = &pipeline.Chain{Times: timex.New()}
	case "full":
		if chain, err = pipeline.NewChain(); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown -chain %q (light or full)", chainKind)
	}
	fmt.Printf("store %s, chain %s, GOMAXPROCS %d\n", db, chainKind, runtime.GOMAXPROCS(0))

	gen := clusters.NewScaleGen(corpus, n, seed)
	if _, err := ingest(db, chain, gen, every, "ingest"); err != nil {
		return err
	}
	fmt.Printf("peak RSS after ingest %d MB, store file %d MB\n", clusters.PeakRSS()>>20, fileMB(db))

	// restart: a new engine over the same store rebuilds its state
	gen2 := clusters.NewScaleGen(corpus, after, seed+1)
	gen2.Prefix = "b"
	gen2.Start = gen.Start.AddDate(1, 0, 0)
	if _, err := ingest(db, chain, gen2, after, "after restart"); err != nil {
		return err
	}
	fmt.Printf("peak RSS %d MB\n", clusters.PeakRSS()>>20)
	return nil
}

// ingest opens the store and an engine over it (timing the state rebuild),
// streams the generator through the pipeline and closes the store.
func ingest(db string, chain *pipeline.Chain, gen *clusters.ScaleGen, every int, label string) (pipeline.Summary, error) {
	ctx := context.Background()
	st, err := store.Open(db)
	if err != nil {
		return pipeline.Summary{}, err
	}
	defer st.Close()
	t0, c0 := time.Now(), clusters.CPUTime()
	var ms runtime.MemStats
	segStart, segCPU, last := time.Now(), clusters.CPUTime(), 0
	eng, err := pipeline.Open(ctx, st, chain, pipeline.Options{Progress: func(p pipeline.Progress) {
		if p.Done%every != 0 || p.Done == last {
			return
		}
		runtime.ReadMemStats(&ms)
		wall, cpu := time.Since(segStart), clusters.CPUTime()-segCPU
		fmt.Printf("%s: %8d articles  %5.0f articles/s (%5.0f per CPU-second)  heap %5d MB  RSS %5d MB\n",
			label, p.Done, float64(p.Done-last)/wall.Seconds(), float64(p.Done-last)/cpu.Seconds(),
			ms.HeapInuse>>20, clusters.RSS()>>20)
		segStart, segCPU, last = time.Now(), clusters.CPUTime(), p.Done
	}})
	if err != nil {
		return pipeline.Summary{}, err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return pipeline.Summary{}, err
	}
	runtime.ReadMemStats(&ms)
	fmt.Printf("%s: opened a store of %d articles, state rebuilt in %.1f s (%.1f CPU s), heap %d MB, RSS %d MB\n",
		label, stats.Articles, time.Since(t0).Seconds(), (clusters.CPUTime() - c0).Seconds(), ms.HeapInuse>>20, clusters.RSS()>>20)
	src := func(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error {
		for d := gen.Next(); d != nil; d = gen.Next() {
			raw := &news.Raw{Input: d.ID, ID: d.ID, Body: []byte(d.Text), Format: "text", Title: d.Title,
				Published: d.Published, Source: "synthetic"}
			if err := emit(raw); err != nil {
				return err
			}
		}
		return nil
	}
	failed := 0
	segStart, segCPU = time.Now(), clusters.CPUTime()
	sum, err := eng.Run(ctx, src, func(err error) {
		if failed++; failed <= 10 {
			fmt.Fprintln(os.Stderr, err)
		}
	})
	if err != nil {
		return sum, err
	}
	fmt.Printf("%s: %s\n", label, sum)
	if memProfile != "" {
		f, err := os.Create(memProfile)
		if err == nil {
			runtime.GC()
			err = pprof.WriteHeapProfile(f)
			f.Close()
		}
		if err != nil {
			return sum, err
		}
	}
	runtime.KeepAlive(eng)
	return sum, nil
}

// fileMB returns the size of the store file in MB, or 0.
func fileMB(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size() >> 20
}
