package main

import (
	"context"
	"fmt"
	"net"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"storyline/internal/shared"
)

// TestQueueRoundTrip publishes the seeds to the real NATS JetStream server
// with "ingest --queue" and ingests them with "worker": the store ends up
// with the same five articles in one story as a direct ingest.
func TestQueueRoundTrip(t *testing.T) {
	const url = "nats://127.0.0.1:4222"
	if c, err := net.DialTimeout("tcp", "127.0.0.1:4222", time.Second); err != nil {
		t.Skipf("NATS JetStream not reachable at %s (bash .ci/run starts it): %v", url, err)
	} else {
		c.Close()
	}
	seeds := shared.Path(t, "seeds")
	stream := fmt.Sprintf("STORYLINE_TEST_%d", time.Now().UnixNano())
	subject := "storyline.test." + stream
	t.Cleanup(func() {
		nc, err := nats.Connect(url)
		if err != nil {
			return
		}
		defer nc.Close()
		if js, err := jetstream.New(nc); err == nil {
			_ = js.DeleteStream(context.Background(), stream)
		}
	})
	code, _, errs := cli(t, "", "ingest", "--queue", url, "--stream", stream, "--subject", subject, seeds)
	if code != 0 {
		t.Fatalf("ingest --queue: exit %d: %s", code, errs)
	}
	db := filepath.Join(t.TempDir(), "q.db")
	code, _, errs = cli(t, "", "worker", "--queue", url, "--stream", stream, "--subject", subject, "--db", db, "--idle", "2s")
	if code != 0 {
		t.Fatalf("worker: exit %d: %s", code, errs)
	}
	arts, stories := exportLines(t, db)
	if len(arts) != 5 || len(stories) != 1 {
		t.Fatalf("after the worker: %d articles in %d stories, want 5 in 1; stderr: %s", len(arts), len(stories), errs)
	}
}
