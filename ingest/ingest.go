package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"storyline/ingest/textenc"
	"storyline/news"
)

// DefaultMaxSize is the per-file size cap used when Options.MaxSize is 0.
const DefaultMaxSize = 64 << 20

// Errors reported for bad inputs, wrapped in an *Error.
var (
	ErrBinary   = textenc.ErrBinary            // binary data, not text
	ErrEmpty    = errors.New("empty input")    // empty or white space only
	ErrTooLarge = errors.New("file too large") // over Options.MaxSize
	ErrNotFile  = errors.New("not a regular file")
)

// Options configures a Walk. The zero value is usable (defaults applied).
type Options struct {
	MaxSize int64     // per-file size cap in bytes; 0 means DefaultMaxSize (64 MiB)
	Stdin   io.Reader // used for the input "-"; nil means os.Stdin
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

func (o Options) stdin() io.Reader {
	if o.Stdin == nil {
		return os.Stdin
	}
	return o.Stdin
}

// Error is a failed input: which input and why. Error() is one clear line:
// "INPUT: reason".
type Error struct {
	Input string // a path, "stdin", or a record in a file: "f.jsonl:3", "feed.xml#2"
	Err   error
}

// Error returns "INPUT: reason" on one line.
func (e *Error) Error() string {
	return oneLine(e.Input) + ": " + oneLine(e.Err.Error())
}

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

func oneLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}

// tooLarge returns the error for an input of n bytes over the cap.
func tooLarge(n, max int64) error {
	return fmt.Errorf("%w (%d bytes > cap %d)", ErrTooLarge, n, max)
}

// osReason strips the operation and path an *os.PathError repeats, keeping
// the reason ("permission denied").
func osReason(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// sink delivers documents and failures, stopping on context cancellation.
type sink struct {
	ctx  context.Context
	emit func(*news.Raw) error
	fail func(*Error)
}

func (s *sink) put(r *news.Raw) error {
	if err := s.ctx.Err(); err != nil {
		return err
	}
	return s.emit(r)
}

func (s *sink) failed(input string, err error) {
	s.fail(&Error{Input: input, Err: err})
}
