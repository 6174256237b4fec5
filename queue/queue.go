package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"storyline/news"
)

// Options configures a Queue. Zero fields take the defaults of DefaultOptions.
type Options struct {
	URL        string        // NATS server URL; "" means nats://127.0.0.1:4222
	Stream     string        // JetStream stream name; "" means "STORYLINE"
	Subject    string        // subject raw documents are published on; "" means "storyline.raw"
	Durable    string        // durable pull consumer shared by all workers; "" means "storyline-workers" (a work-queue stream allows one consumer per subject, so all workers must use the same name)
	AckWait    time.Duration // time a worker holds a message before it is redelivered; 0 means 2 minutes
	MaxDeliver int           // deliveries of one message before JetStream gives up on it; 0 means 10, <0 unlimited
	Duplicates time.Duration // window in which a re-published Msg-Id is dropped; 0 means 2 minutes
}

// DefaultOptions returns the options used for zero fields.
func DefaultOptions() Options {
	return Options{
		URL:        nats.DefaultURL,
		Stream:     "STORYLINE",
		Subject:    "storyline.raw",
		Durable:    "storyline-workers",
		AckWait:    2 * time.Minute,
		MaxDeliver: 10,
		Duplicates: 2 * time.Minute,
	}
}

func (o *Options) defaults() {
	d := DefaultOptions()
	if o.URL == "" {
		o.URL = d.URL
	}
	if o.Stream == "" {
		o.Stream = d.Stream
	}
	if o.Subject == "" {
		o.Subject = d.Subject
	}
	if o.Durable == "" {
		o.Durable = d.Durable
	}
	if o.AckWait <= 0 {
		o.AckWait = d.AckWait
	}
	if o.MaxDeliver == 0 {
		o.MaxDeliver = d.MaxDeliver
	}
	if o.MaxDeliver < 0 {
		o.MaxDeliver = -1
	}
	if o.Duplicates <= 0 {
		o.Duplicates = d.Duplicates
	}
}

// Queue is a connection to the ingestion stream. Its methods are safe for
// concurrent use.
type Queue struct {
	opt  Options
	nc   *nats.Conn
	js   jetstream.JetStream
	cons jetstream.Consumer
}

// Open connects to the server and ensures the stream (file storage,
// work-queue retention) and the durable pull consumer exist, creating or
// updating them.
func Open(ctx context.Context, opt Options) (*Queue, error) {
	opt.defaults()
	nc, err := nats.Connect(opt.URL, nats.Name("storyline"))
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", opt.URL, err)
	}
	q, err := open(ctx, nc, opt)
	if err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

func open(ctx context.Context, nc *nats.Conn, opt Options) (*Queue, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream on %s: %w", opt.URL, err)
	}
	_, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        opt.Stream,
		Description: "storyline raw documents awaiting ingestion",
		Subjects:    []string{opt.Subject},
		Storage:     jetstream.FileStorage,
		Retention:   jetstream.WorkQueuePolicy,
		Duplicates:  opt.Duplicates,
	})
	if err != nil {
		return nil, fmt.Errorf("ensure stream %s: %w", opt.Stream, err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, opt.Stream, jetstream.ConsumerConfig{
		Durable:       opt.Durable,
		Description:   "storyline ingestion workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       opt.AckWait,
		MaxDeliver:    opt.MaxDeliver,
		MaxAckPending: -1, // workers bound what they hold by their chunk size
		FilterSubject: opt.Subject,
	})
	if err != nil {
		return nil, fmt.Errorf("ensure consumer %s on stream %s: %w", opt.Durable, opt.Stream, err)
	}
	return &Queue{opt: opt, nc: nc, js: js, cons: cons}, nil
}

// Close waits (up to 5 s) for the server to receive pending acks and
// publishes, then closes the connection.
func (q *Queue) Close() error {
	if q.nc.IsClosed() {
		return nil
	}
	err := q.nc.FlushTimeout(5 * time.Second)
	q.nc.Close()
	if err != nil {
		return fmt.Errorf("close %s: flush: %w", q.opt.URL, err)
	}
	return nil
}

// Publish sends one raw document and waits for the stream to store it. A
// document already published within the duplicate window (same Input, ID
// and Body) is dropped by JetStream and Publish still returns nil.
func (q *Queue) Publish(ctx context.Context, r *news.Raw) error {
	data, err := encode(r)
	if err != nil {
		return err
	}
	if _, err := q.js.Publish(ctx, q.opt.Subject, data, jetstream.WithMsgID(msgID(r))); err != nil {
		return fmt.Errorf("publish %s: %w", r.Input, err)
	}
	return nil
}

// PublishAll sends raws without waiting for each acknowledgement in turn,
// then waits for all of them: much faster than Publish in a loop for bulk
// input. It returns the first error, naming its input.
func (q *Queue) PublishAll(ctx context.Context, raws []*news.Raw) error {
	futures := make([]jetstream.PubAckFuture, 0, len(raws))
	for _, r := range raws {
		data, err := encode(r)
		if err != nil {
			return err
		}
		f, err := q.js.PublishMsgAsync(&nats.Msg{
			Subject: q.opt.Subject,
			Data:    data,
			Header:  nats.Header{jetstream.MsgIDHeader: []string{msgID(r)}},
		})
		if err != nil {
			return fmt.Errorf("publish %s: %w", r.Input, err)
		}
		futures = append(futures, f)
	}
	for i, f := range futures {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return fmt.Errorf("publish %s: %w", raws[i].Input, err)
		case <-ctx.Done():
			return fmt.Errorf("publish %s: %w", raws[i].Input, ctx.Err())
		}
	}
	return nil
}
