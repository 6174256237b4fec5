package queue_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"storyline/news"
	"storyline/queue"
)

// A worker consumes the stream in chunks of 500 documents; each chunk is
// acked only after the run over it returned nil. In the CLI, run is
// `engine.Run(ctx, src, fail)`, whose last commit precedes its return.
func ExampleQueue_Work() {
	ctx := context.Background()
	q, err := queue.Open(ctx, queue.Options{URL: "nats://127.0.0.1:4222"})
	if err != nil {
		log.Fatal(err)
	}
	defer q.Close()
	if err := q.Publish(ctx, &news.Raw{Input: "a.txt", ID: "a", Body: []byte("Text.")}); err != nil {
		log.Fatal(err)
	}
	err = q.Work(ctx, 500, 5*time.Second, func(ctx context.Context, src func(context.Context, func(*news.Raw) error, func(error)) error) error {
		return src(ctx, func(r *news.Raw) error {
			fmt.Println("got", r.Input)
			return nil
		}, func(err error) { log.Print(err) })
	})
	if err != nil {
		log.Fatal(err)
	}
}
