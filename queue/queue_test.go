package queue

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"storyline/news"
)

const testAddr = "127.0.0.1:4222"

// openTest opens a queue on a stream, subject and durable unique to the test
// and deletes the stream at the end. It skips when no server is reachable.
func openTest(t testing.TB, ackWait time.Duration) (*Queue, Options) {
	t.Helper()
	c, err := net.DialTimeout("tcp", testAddr, 500*time.Millisecond)
	if err != nil {
		t.Skipf("NATS JetStream server not reachable at %s (%v); start nats-server -js to run this test", testAddr, err)
	}
	c.Close()
	name := fmt.Sprintf("T%d_%s", time.Now().UnixNano(), strings.NewReplacer("/", "_", " ", "_", ".", "_").Replace(t.Name()))
	opt := Options{
		URL:     "nats://" + testAddr,
		Stream:  name,
		Subject: "storyline.test." + name,
		Durable: "w_" + name,
		AckWait: ackWait,
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := Open(ctx, opt)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := q.js.DeleteStream(ctx, opt.Stream); err != nil {
			t.Errorf("delete stream %s: %v", opt.Stream, err)
		}
		if err := q.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return q, opt
}

func testRaws(n int) []*news.Raw {
	raws := make([]*news.Raw, n)
	for i := range raws {
		raws[i] = &news.Raw{
			Input:     fmt.Sprintf("doc%03d.html", i),
			ID:        fmt.Sprintf("doc%03d", i),
			Body:      []byte(fmt.Sprintf("<p>Body of document %d.</p>", i)),
			Format:    "html",
			Published: time.Date(2025, 1, 1+i%28, 12, 0, 0, 0, time.UTC),
		}
	}
	return raws
}

// collector records what a source emits and fails.
type collector struct {
	mu    sync.Mutex
	got   map[string]int
	fails []error
}

func newCollector() *collector { return &collector{got: map[string]int{}} }

func (c *collector) emit(r *news.Raw) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.got[r.ID]++
	return nil
}

func (c *collector) fail(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fails = append(c.fails, err)
}

// checkAll fails unless every raw was received exactly once.
func (c *collector) checkAll(t *testing.T, raws []*news.Raw) {
	t.Helper()
	if len(c.got) != len(raws) {
		t.Errorf("received %d distinct documents, want %d", len(c.got), len(raws))
	}
	for _, r := range raws {
		if n := c.got[r.ID]; n != 1 {
			t.Errorf("%s received %d times, want 1", r.ID, n)
		}
	}
}

// settled waits until the consumer holds no pending or unacked message.
func settled(t *testing.T, q *Queue) {
	t.Helper()
	ctx := context.Background()
	var info *jetstream.ConsumerInfo
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var err error
		if info, err = q.cons.Info(ctx); err != nil {
			t.Fatalf("consumer info: %v", err)
		}
		if info.NumPending == 0 && info.NumAckPending == 0 {
			return
		}
	}
	t.Errorf("consumer not settled: %d pending, %d awaiting ack", info.NumPending, info.NumAckPending)
}

func TestPublishConsumeExactlyOnce(t *testing.T) {
	q, _ := openTest(t, 0)
	ctx := context.Background()
	raws := testRaws(40)
	for _, r := range raws[:10] {
		if err := q.Publish(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.PublishAll(ctx, raws[10:]); err != nil {
		t.Fatal(err)
	}
	c := newCollector()
	var first *news.Raw
	err := q.Source(300*time.Millisecond)(ctx, func(r *news.Raw) error {
		if first == nil {
			first = r
		}
		return c.emit(r)
	}, c.fail)
	if err != nil {
		t.Fatalf("source: %v", err)
	}
	c.checkAll(t, raws)
	if len(c.fails) > 0 {
		t.Errorf("failures: %v", c.fails)
	}
	if first == nil || first.Input != raws[0].Input || string(first.Body) != string(raws[0].Body) || !first.Published.Equal(raws[0].Published) {
		t.Errorf("first document = %+v, want %+v", first, raws[0])
	}
	settled(t, q)
	// A second source finds the stream drained.
	c2 := newCollector()
	if err := q.Source(200*time.Millisecond)(ctx, c2.emit, c2.fail); err != nil || len(c2.got) != 0 {
		t.Errorf("second source: %d documents, err %v; want 0, nil", len(c2.got), err)
	}
}

func TestPublishDeduplicates(t *testing.T) {
	q, _ := openTest(t, 0)
	ctx := context.Background()
	r := testRaws(1)[0]
	for range 3 {
		if err := q.Publish(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.PublishAll(ctx, []*news.Raw{r, r}); err != nil {
		t.Fatal(err)
	}
	changed := *r
	changed.Body = []byte("<p>a corrected text</p>")
	if err := q.Publish(ctx, &changed); err != nil {
		t.Fatal(err)
	}
	info, err := q.js.Stream(ctx, q.opt.Stream)
	if err != nil {
		t.Fatal(err)
	}
	st, err := info.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.State.Msgs != 2 {
		t.Errorf("stream holds %d messages, want 2 (one per distinct body)", st.State.Msgs)
	}
}

func TestUnackedChunkIsRedelivered(t *testing.T) {
	q, opt := openTest(t, 400*time.Millisecond)
	ctx := context.Background()
	raws := testRaws(12)
	if err := q.PublishAll(ctx, raws); err != nil {
		t.Fatal(err)
	}
	// A worker takes a chunk and dies before acking it.
	dead := q.Take(100, 300*time.Millisecond)
	c1 := newCollector()
	if err := dead.Source(ctx, c1.emit, c1.fail); err != nil {
		t.Fatal(err)
	}
	if dead.Len() != len(raws) {
		t.Fatalf("dead worker took %d messages, want %d", dead.Len(), len(raws))
	}
	// The next worker, on its own connection, gets them all after AckWait.
	q2, err := Open(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer q2.Close()
	c2 := newCollector()
	runs := 0
	err = q2.Work(ctx, 5, 2*time.Second, func(ctx context.Context, src func(context.Context, func(*news.Raw) error, func(error)) error) error {
		runs++
		return src(ctx, c2.emit, c2.fail)
	})
	if err != nil {
		t.Fatalf("work: %v", err)
	}
	c2.checkAll(t, raws)
	if runs < 3 {
		t.Errorf("work ran %d chunks, want at least 3 chunks of at most 5", runs)
	}
	settled(t, q2)
}

func TestFailedRunIsReleased(t *testing.T) {
	q, _ := openTest(t, time.Minute) // redelivery must come from Nak, not AckWait
	ctx := context.Background()
	raws := testRaws(6)
	if err := q.PublishAll(ctx, raws); err != nil {
		t.Fatal(err)
	}
	errStore := errors.New("store is down")
	err := q.Work(ctx, 100, 300*time.Millisecond, func(ctx context.Context, src func(context.Context, func(*news.Raw) error, func(error)) error) error {
		if err := src(ctx, func(*news.Raw) error { return nil }, func(error) {}); err != nil {
			return err
		}
		return errStore
	})
	if !errors.Is(err, errStore) {
		t.Fatalf("work error = %v, want %v", err, errStore)
	}
	c := newCollector()
	err = q.Work(ctx, 100, 300*time.Millisecond, func(ctx context.Context, src func(context.Context, func(*news.Raw) error, func(error)) error) error {
		return src(ctx, c.emit, c.fail)
	})
	if err != nil {
		t.Fatal(err)
	}
	c.checkAll(t, raws)
	settled(t, q)
}

func TestMalformedMessageIsTerminated(t *testing.T) {
	q, opt := openTest(t, 300*time.Millisecond)
	ctx := context.Background()
	if _, err := q.js.Publish(ctx, opt.Subject, []byte("not a storyline message")); err != nil {
		t.Fatal(err)
	}
	raws := testRaws(1)
	if err := q.Publish(ctx, raws[0]); err != nil {
		t.Fatal(err)
	}
	for _, chunked := range []bool{false, true} {
		c := newCollector()
		var err error
		if chunked {
			err = q.Work(ctx, 10, 200*time.Millisecond, func(ctx context.Context, src func(context.Context, func(*news.Raw) error, func(error)) error) error {
				return src(ctx, c.emit, c.fail)
			})
		} else {
			err = q.Source(200*time.Millisecond)(ctx, c.emit, c.fail)
		}
		if err != nil {
			t.Fatal(err)
		}
		if chunked {
			// Everything was handled in the first pass; after AckWait nothing comes back.
			if len(c.got) != 0 || len(c.fails) != 0 {
				t.Errorf("redelivered: %d documents, %d failures; want none", len(c.got), len(c.fails))
			}
			continue
		}
		c.checkAll(t, raws)
		if len(c.fails) != 1 || !strings.Contains(c.fails[0].Error(), "decode queue message "+opt.Stream+"#1") {
			t.Errorf("failures = %v, want one naming %s#1", c.fails, opt.Stream)
		}
		time.Sleep(2 * opt.AckWait)
	}
	settled(t, q)
}

func TestCancelledSourceHandsBackTheRest(t *testing.T) {
	q, _ := openTest(t, time.Minute) // redelivery must come from Nak, not AckWait
	raws := testRaws(5)
	if err := q.PublishAll(context.Background(), raws); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	c1 := newCollector()
	err := q.Source(time.Second)(ctx, func(r *news.Raw) error {
		if len(c1.got) == 1 {
			cancel()
		}
		return c1.emit(r)
	}, c1.fail)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("source error = %v, want %v", err, context.Canceled)
	}
	c2 := newCollector()
	if err := q.Source(300*time.Millisecond)(context.Background(), c2.emit, c2.fail); err != nil {
		t.Fatal(err)
	}
	if len(c1.got) != 2 || len(c2.got) != 3 {
		t.Errorf("got %d then %d documents, want 2 then 3", len(c1.got), len(c2.got))
	}
	for id := range c1.got {
		if c2.got[id] != 0 {
			t.Errorf("%s acked by the first source but delivered again", id)
		}
	}
	settled(t, q)
}

// TestTinyIdleEndsDrained pulls from an empty stream with idle times so short
// that the last wait's deadline passes before the pull request is made: the
// client then refuses the request ("context deadline already exceeded"),
// which must end the pull as drained, not as an error.
func TestTinyIdleEndsDrained(t *testing.T) {
	q, _ := openTest(t, time.Minute)
	ctx := context.Background()
	for _, idle := range []time.Duration{time.Nanosecond, time.Microsecond, 50 * time.Microsecond, time.Millisecond} {
		for i := 0; i < 50; i++ {
			n, drained, err := q.pull(ctx, 0, idle, false, func(m jetstream.Msg) error { return m.Ack() })
			if err != nil || !drained || n != 0 {
				t.Fatalf("idle %v, pull %d: n=%d drained=%v err=%v, want 0, true, nil", idle, i, n, drained, err)
			}
		}
	}
}
