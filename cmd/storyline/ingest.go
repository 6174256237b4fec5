package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"storyline/ingest"
	"storyline/news"
	"storyline/pipeline"
	"storyline/queue"
	"storyline/store"
)

func runIngest(env *cliEnv, args []string) error {
	fs := newFlags(env, "ingest", "[flags] INPUT...", `Ingest files, directories (recursively, in sorted order) or - (stdin) into the store.
Formats are detected by content and extension: plain text (optional leading metadata
lines such as " date 2025-02-18", "Title: ...", "By ..."), HTML, JSON Lines, RSS/Atom,
WARC (.warc, .warc.gz) and Reuters SGML (.sgm).

Each input that cannot be read gets one line on stderr naming it and the reason;
every other input is still ingested and the exit status is 1. Re-ingesting the same
input changes nothing. A summary line ends the run; progress (count, rate, ETA) is
shown while stderr is a terminal.`)
	db := dbFlag(fs)
	workers := fs.Int("workers", 0, "extraction and annotation workers (0: one per core)")
	batch := fs.Int("batch", 500, "articles per store transaction")
	maxSize := fs.Int64("max-size", ingest.DefaultMaxSize, "largest input file accepted, in bytes")
	quiet := fs.Bool("quiet", false, "no progress and no summary line")
	qurl, qstream, qsubject := queueFlags(fs)
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		fs.Usage()
		return errUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *qurl != "" {
		failed, err := publishInputs(ctx, env, queue.Options{URL: *qurl, Stream: *qstream, Subject: *qsubject}, inputs, *maxSize)
		if err != nil {
			return err
		}
		if failed > 0 {
			return exitError{1}
		}
		return nil
	}
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, failed, err := ingestInto(ctx, env, st, inputs, ingestConfig{
		workers: *workers, batch: *batch, maxSize: *maxSize, quiet: *quiet,
	})
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintln(env.stderr, sum)
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

type ingestConfig struct {
	workers, batch int
	maxSize        int64
	quiet          bool
}

// ingestInto runs the pipeline over inputs into st, printing failures and progress to env.stderr.
func ingestInto(ctx context.Context, env *cliEnv, st store.Store, inputs []string, cfg ingestConfig) (pipeline.Summary, int, error) {
	chain, err := pipeline.NewChain()
	if err != nil {
		return pipeline.Summary{}, 0, err
	}
	var bar *progressBar
	if !cfg.quiet && isTerminal(env.stderr) {
		bar = &progressBar{w: env.stderr, total: ingest.Count(inputs, cfg.ingestOptions(env))}
	}
	opt := pipeline.Options{Workers: cfg.workers, BatchSize: cfg.batch}
	if bar != nil {
		opt.Progress = bar.update
	}
	eng, err := pipeline.Open(ctx, st, chain, opt)
	if err != nil {
		return pipeline.Summary{}, 0, err
	}
	iopt := cfg.ingestOptions(env)
	src := func(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error {
		return ingest.Walk(ctx, inputs, iopt, emit, func(e *ingest.Error) { fail(e) })
	}
	failed := 0
	sum, err := eng.Run(ctx, src, func(err error) {
		failed++
		bar.clear()
		fmt.Fprintf(env.stderr, "storyline ingest: %v\n", err)
	})
	bar.clear()
	return sum, failed, err
}

func (c ingestConfig) ingestOptions(env *cliEnv) ingest.Options {
	return ingest.Options{MaxSize: c.maxSize, Stdin: env.stdin}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressBar prints "count/total, rate, ETA" on one terminal line, at most ten times a second.
type progressBar struct {
	w     io.Writer
	total int
	last  time.Time
	shown bool
}

func (b *progressBar) update(p pipeline.Progress) {
	now := time.Now()
	if now.Sub(b.last) < 100*time.Millisecond {
		return
	}
	b.last = now
	rate := 0.0
	if p.Elapsed > 0 {
		rate = float64(p.Done) / p.Elapsed.Seconds()
	}
	eta := "?"
	if rate > 0 && b.total > p.Done {
		eta = (time.Duration(float64(b.total-p.Done)/rate) * time.Second).Round(time.Second).String()
	} else if b.total > 0 && p.Done >= b.total {
		eta = "0s"
	}
	fmt.Fprintf(b.w, "\r\033[K%d/%d docs  %.0f docs/s  ETA %s  (dup %d, failed %d)", p.Done, b.total, rate, eta, p.Duplicates, p.Failed)
	b.shown = true
}

func (b *progressBar) clear() {
	if b != nil && b.shown {
		fmt.Fprint(b.w, "\r\033[K")
		b.shown = false
	}
}
