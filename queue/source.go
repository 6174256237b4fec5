package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"storyline/news"
)

// Source returns a pipeline source (pipeline.Source has the same signature)
// that pulls messages until the stream stays empty for idle (idle <= 0: until
// ctx is done) and acks each message as soon as emit returned nil. Because
// the pipeline commits later, a worker dying in between loses the documents
// of its uncommitted batch: prefer Work (or Take) for workers, which ack only
// after the run committed. Undecodable messages are reported to fail and
// terminated so they are never redelivered. Source returns nil when the
// stream is drained, ctx.Err() when ctx is done, or emit's error.
func (q *Queue) Source(idle time.Duration) func(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error {
	return func(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error {
		_, _, err := q.pull(ctx, 0, idle, false, func(m jetstream.Msg) error {
			r, err := q.decodeMsg(m)
			if err != nil {
				fail(err)
				return termErr(m)
			}
			if err := emit(r); err != nil {
				_ = m.Nak()
				return err
			}
			if err := m.Ack(); err != nil {
				return fmt.Errorf("ack %s: %w", r.Input, err)
			}
			return nil
		})
		return err
	}
}

func termErr(m jetstream.Msg) error {
	if err := m.Term(); err != nil {
		return fmt.Errorf("terminate undecodable message: %w", err)
	}
	return nil
}

// Chunk is a bounded set of messages taken by one worker and acked together
// once the pipeline has committed them. Use it as: c := q.Take(n, idle); run
// the pipeline over c.Source; then c.Ack on success or c.Release on failure.
type Chunk struct {
	q    *Queue
	max  int
	idle time.Duration

	mu      sync.Mutex
	held    []jetstream.Msg // emitted, not yet acked
	touched time.Time       // when held messages were last marked in progress
	n       int             // messages taken, including undecodable ones
	drained bool
	used    bool // Source was called
}

// Take prepares a chunk of at most max messages (max <= 0 means 500). Its
// source waits up to idle for the first message (idle <= 0: until ctx is
// done) and ends early when the stream is momentarily empty.
func (q *Queue) Take(max int, idle time.Duration) *Chunk {
	if max <= 0 {
		max = 500
	}
	return &Chunk{q: q, max: max, idle: idle}
}

// Source is a pipeline source over the chunk; call it once. Messages are held
// unacked (and kept alive while the source runs) until Ack or Release.
// Undecodable messages are reported to fail and terminated at once.
func (c *Chunk) Source(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error {
	c.mu.Lock()
	c.touched, c.used = time.Now(), true
	c.mu.Unlock()
	n, drained, err := c.q.pull(ctx, c.max, c.idle, true, func(m jetstream.Msg) error {
		c.keepAlive()
		r, err := c.q.decodeMsg(m)
		if err != nil {
			fail(err)
			return termErr(m)
		}
		if err := emit(r); err != nil {
			_ = m.Nak()
			return err
		}
		c.mu.Lock()
		c.held = append(c.held, m)
		c.mu.Unlock()
		return nil
	})
	c.mu.Lock()
	c.n, c.drained = n, drained
	c.mu.Unlock()
	return err
}

// keepAlive marks held messages in progress every third of AckWait, so a
// slow chunk is not redelivered while its source is still running.
func (c *Chunk) keepAlive() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.touched) < c.q.opt.AckWait/3 {
		return
	}
	for _, m := range c.held {
		_ = m.InProgress()
	}
	c.touched = time.Now()
}

// Len returns how many messages the chunk's source took.
func (c *Chunk) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// Drained reports whether the source ended because no message came within idle.
func (c *Chunk) Drained() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.drained
}

// flushTimeout bounds the wait for the server to confirm a chunk's acks.
const flushTimeout = 10 * time.Second

// Ack acknowledges every message the source emitted and waits until the
// server has received the acks. Call it after the pipeline run over the
// chunk returned nil, i.e. after its documents were committed.
func (c *Chunk) Ack(ctx context.Context) error {
	c.mu.Lock()
	held := c.held
	c.held = nil
	c.mu.Unlock()
	var errs []error
	for _, m := range held {
		if err := m.Ack(); err != nil {
			errs = append(errs, err)
		}
	}
	// Confirm even when ctx was cancelled after a successful run: the
	// documents are committed, so their acks should not be lost.
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), flushTimeout)
	defer cancel()
	if err := c.q.nc.FlushWithContext(fctx); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("ack chunk of %d messages: %w", len(held), err)
	}
	return nil
}

// Release hands the unacked messages back for immediate redelivery (Nak).
// Call it when the run over the chunk failed.
func (c *Chunk) Release() error {
	c.mu.Lock()
	held := c.held
	c.held = nil
	c.mu.Unlock()
	var errs []error
	for _, m := range held {
		if err := m.Nak(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("release chunk of %d messages: %w", len(held), err)
	}
	return nil
}

// Work consumes the stream chunk by chunk with at-least-once delivery: for
// each chunk of up to size messages it calls run with the chunk's source
// (typically `engine.Run(ctx, src, fail)`), acks the chunk when run returns
// nil and releases it otherwise, returning run's error. It returns nil once
// the stream stays empty for idle (idle <= 0: runs until ctx is done, then
// returns ctx.Err()).
func (q *Queue) Work(ctx context.Context, size int, idle time.Duration, run func(ctx context.Context, src func(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error) error) error {
	for {
		c := q.Take(size, idle)
		if err := run(ctx, c.Source); err != nil {
			if rerr := c.Release(); rerr != nil {
				err = errors.Join(err, rerr)
			}
			return err
		}
		if err := c.Ack(ctx); err != nil {
			return err
		}
		c.mu.Lock()
		used, drained := c.used, c.drained
		c.mu.Unlock()
		if !used {
			return errors.New("work: run returned without calling the chunk source")
		}
		if drained {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}
