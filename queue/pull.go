package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"storyline/news"
)

const (
	fetchBatch = 256         // messages asked for per pull request
	waitSlice  = time.Second // longest single wait, so cancellation is seen promptly
)

// pull fetches messages and passes each to handle, which must ack, nak or
// term it. It stops when max messages were handled (max <= 0: no limit), when
// the stream stayed empty for idle (idle <= 0: never; drained is then false),
// when burst is set and the stream is momentarily empty after at least one
// message, when ctx is done, or when handle returns an error. Messages of a
// fetched batch left unhandled after a stop are Nak'ed for prompt redelivery.
func (q *Queue) pull(ctx context.Context, max int, idle time.Duration, burst bool, handle func(jetstream.Msg) error) (n int, drained bool, err error) {
	var waited time.Duration
	for max <= 0 || n < max {
		if err := ctx.Err(); err != nil {
			return n, false, err
		}
		want := fetchBatch
		if max > 0 && max-n < want {
			want = max - n
		}
		b, err := q.cons.FetchNoWait(want)
		if err != nil {
			return n, false, fmt.Errorf("fetch from %s: %w", q.opt.Stream, err)
		}
		got, err := q.each(ctx, b, handle)
		n += got
		if err != nil {
			return n, false, err
		}
		if got > 0 {
			waited = 0
			continue
		}
		if burst && n > 0 {
			return n, false, nil
		}
		slice := waitSlice
		if idle > 0 {
			if idle-waited <= 0 {
				return n, true, nil
			}
			slice = min(slice, idle-waited)
		}
		start := time.Now()
		fctx, cancel := context.WithTimeout(ctx, slice)
		b, err = q.cons.Fetch(1, jetstream.FetchContext(fctx))
		if err != nil {
			expired := errors.Is(fctx.Err(), context.DeadlineExceeded)
			if dl, ok := fctx.Deadline(); ok && !time.Now().Before(dl) {
				// the deadline passed before its timer fired: the client
				// refuses the request ("context deadline already
				// exceeded") while fctx.Err() is still nil
				expired = true
			}
			cancel()
			if ctx.Err() == nil && expired {
				// the slice ran out before the pull request was made (a
				// short remainder of the idle time on a busy machine)
				waited += time.Since(start)
				continue
			}
			return n, false, fmt.Errorf("fetch from %s: %w", q.opt.Stream, err)
		}
		got, err = q.each(ctx, b, handle)
		cancel()
		n += got
		if err != nil {
			return n, false, err
		}
		if got == 0 {
			waited += time.Since(start)
		} else {
			waited = 0
		}
	}
	return n, false, nil
}

// each hands the messages of one fetched batch to handle and returns how many
// it took. After ctx is done or handle failed, the rest are Nak'ed.
func (q *Queue) each(ctx context.Context, b jetstream.MessageBatch, handle func(jetstream.Msg) error) (int, error) {
	n := 0
	var stop error
	for m := range b.Messages() {
		if stop == nil {
			stop = ctx.Err()
		}
		if stop != nil {
			_ = m.Nak()
			continue
		}
		n++
		stop = handle(m)
	}
	if stop != nil {
		return n, stop
	}
	if err := b.Error(); err != nil && !ignorable(err) {
		if ctx.Err() != nil {
			return n, ctx.Err()
		}
		return n, fmt.Errorf("fetch from %s: %w", q.opt.Stream, err)
	}
	return n, nil
}

// ignorable reports the errors that only mean a pull request ended empty.
func ignorable(err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout) ||
		errors.Is(err, jetstream.ErrNoMessages)
}

// decodeMsg decodes a message, naming it by stream sequence in errors.
func (q *Queue) decodeMsg(m jetstream.Msg) (*news.Raw, error) {
	r, err := decode(m.Data())
	if err != nil {
		name := q.opt.Stream
		if md, merr := m.Metadata(); merr == nil {
			name = fmt.Sprintf("%s#%d", q.opt.Stream, md.Sequence.Stream)
		}
		return nil, fmt.Errorf("decode queue message %s: %w", name, err)
	}
	return r, nil
}
