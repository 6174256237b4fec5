package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"time"

	"storyline/ingest"
	"storyline/news"
	"storyline/pipeline"
	"storyline/queue"
	"storyline/store"
)

// queueFlags registers the flags naming a JetStream queue.
func queueFlags(fs interface {
	String(name, value, usage string) *string
}) (url, stream, subject *string) {
	url = fs.String("queue", "", "NATS JetStream URL (e.g. nats://127.0.0.1:4222): publish inputs there instead of ingesting them")
	stream = fs.String("stream", "STORYLINE", "JetStream stream name")
	subject = fs.String("subject", "storyline.raw", "JetStream subject")
	return
}

// publishInputs reads inputs and publishes every document to the queue; bad
// inputs are reported as by ingest. It returns how many inputs failed.
func publishInputs(ctx context.Context, env *cliEnv, opt queue.Options, inputs []string, maxSize int64) (int, error) {
	q, err := queue.Open(ctx, opt)
	if err != nil {
		return 0, err
	}
	defer q.Close()
	failed, published := 0, 0
	var batch []*news.Raw
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := q.PublishAll(ctx, batch)
		published += len(batch)
		batch = batch[:0]
		return err
	}
	err = ingest.Walk(ctx, inputs, ingest.Options{MaxSize: maxSize, Stdin: env.stdin}, func(r *news.Raw) error {
		batch = append(batch, r)
		if len(batch) >= 200 {
			return flush()
		}
		return nil
	}, func(e *ingest.Error) {
		failed++
		fmt.Fprintf(env.stderr, "storyline ingest: %v\n", e)
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return failed, err
	}
	fmt.Fprintf(env.stderr, "published %d documents to %s (%s), failed %d\n", published, opt.Stream, opt.URL, failed)
	return failed, nil
}

func runWorker(env *cliEnv, args []string) error {
	fs := newFlags(env, "worker", "[flags]", `Consume documents that "storyline ingest --queue URL" published to NATS JetStream
and ingest them into the store, chunk by chunk: a chunk is acknowledged only after
its articles are committed, so a worker that dies loses nothing (the chunk is
delivered again; ingest is idempotent). Several workers may share one queue; with
PostgreSQL (--db postgres://...) they may run on several machines.`)
	db := dbFlag(fs)
	url, stream, subject := queueFlags(fs)
	chunk := fs.Int("chunk", 500, "documents per chunk (one store transaction each)")
	idle := fs.Duration("idle", 0, "stop once the queue stays empty this long (0: run until interrupted)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *url == "" {
		return fmt.Errorf("--queue URL is required")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	chain, err := pipeline.NewChain()
	if err != nil {
		return err
	}
	eng, err := pipeline.Open(ctx, st, chain, pipeline.Options{BatchSize: *chunk})
	if err != nil {
		return err
	}
	q, err := queue.Open(ctx, queue.Options{URL: *url, Stream: *stream, Subject: *subject})
	if err != nil {
		return err
	}
	defer q.Close()
	var total pipeline.Summary
	start := time.Now()
	fail := func(err error) { fmt.Fprintf(env.stderr, "storyline worker: %v\n", err) }
	err = q.Work(ctx, *chunk, *idle, func(ctx context.Context, src func(context.Context, func(*news.Raw) error, func(error)) error) error {
		sum, err := eng.Run(ctx, src, fail)
		total.Ingested += sum.Ingested
		total.Unchanged += sum.Unchanged
		total.Duplicates += sum.Duplicates
		total.Failed += sum.Failed
		total.Done += sum.Done
		total.Stories = sum.Stories
		return err
	})
	total.Elapsed = time.Since(start)
	fmt.Fprintln(env.stderr, total)
	if err == context.Canceled {
		return nil
	}
	return err
}
