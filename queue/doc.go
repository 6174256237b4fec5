// Package queue scales ingestion out through a NATS JetStream work queue:
// `storyline ingest --queue URL` publishes raw documents to a stream and any
// number of `storyline worker` processes pull them, each feeding its own
// pipeline.
//
// The stream uses file storage and work-queue retention (a message is removed
// once acked), and all workers share one durable pull consumer, so each
// message goes to one worker at a time. Every message carries a Msg-Id header
// derived from (Input, ID, Body), so JetStream drops input re-published within
// the stream's duplicate window.
//
// # Delivery guarantees
//
// Two ways to consume, differing in when a message is acked:
//
//   - [Queue.Source] acks a message as soon as emit returned nil, that is when
//     the pipeline has accepted the document, not when the store has
//     committed it. A worker that dies between the two loses the documents of
//     its uncommitted batch (at-most-once for that window). Use it for tests
//     and throw-away runs.
//   - [Queue.Take] / [Queue.Work] pull a bounded chunk of messages, expose it
//     as a source, and ack the chunk only after the caller reports that the
//     pipeline run over it returned nil (pipeline.Engine.Run commits its last
//     batch before returning). A worker killed at any point leaves its
//     unacked messages to be redelivered after AckWait: at-least-once. This
//     is the mode for workers. Re-processing is harmless because ingest is
//     idempotent (same id and same text leave the store unchanged).
//
// A chunk must be processed within AckWait, or JetStream redelivers its
// messages to another worker (still correct, only wasted work): size chunks
// accordingly (a few hundred documents against the default two minutes).
//
// Messages that cannot be decoded are reported through fail and terminated
// (Term), so they are never redelivered.
package queue
