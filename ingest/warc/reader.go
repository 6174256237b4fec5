package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// ErrTruncated is returned for a record cut short by the end of the input.
var ErrTruncated = errors.New("truncated record")

// Record is one WARC record.
type Record struct {
	Version string               // "WARC/1.0"
	Header  textproto.MIMEHeader // the WARC named fields
	Content []byte               // the record block; nil when it was over the size cap
	Length  int64                // the declared Content-Length
}

// Type returns the WARC-Type of the record ("response", "request", …).
func (r *Record) Type() string { return strings.ToLower(r.Header.Get("WARC-Type")) }

// Reader reads WARC records from a stream.
type Reader struct {
	br     *bufio.Reader
	max    int64
	n      int
	broken bool
}

// NewReader returns a Reader on r, which may be gzip-compressed (detected by
// its magic number). Record blocks larger than max bytes are skipped: Next
// returns the record with a nil Content; max <= 0 means no cap.
func NewReader(r io.Reader, max int64) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	var src io.Reader = br
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("bad gzip stream: %w", err)
		}
		src = zr // multistream by default: one member per record is fine
	}
	return &Reader{br: bufio.NewReaderSize(src, 64<<10), max: max}, nil
}

// IsWARC reports whether data (the start of an uncompressed input) begins
// with a WARC version line.
func IsWARC(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data, "\r\n"), []byte("WARC/"))
}

// Next returns the next record, or io.EOF at the clean end of the input. A
// record cut short returns an error wrapping ErrTruncated; after any error
// Next returns io.EOF, as the stream cannot be resynchronised.
func (r *Reader) Next() (*Record, error) {
	if r.broken {
		return nil, io.EOF
	}
	rec, err := r.next()
	if err != nil && err != io.EOF {
		r.broken = true
	}
	return rec, err
}

func (r *Reader) next() (*Record, error) {
	// Skip the blank lines that end the previous record.
	var line string
	for {
		l, err := r.br.ReadString('\n')
		if err != nil && (err != io.EOF || strings.TrimSpace(l) == "") {
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, r.wrap(err)
		}
		if strings.TrimSpace(l) != "" {
			line = strings.TrimSpace(l)
			break
		}
	}
	r.n++
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("record %d: not a WARC record (line %q)", r.n, clip(line))
	}
	hdr, err := textproto.NewReader(r.br).ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("record %d: bad header: %w", r.n, r.wrap(err))
	}
	rec := &Record{Version: line, Header: hdr}
	cl := strings.TrimSpace(hdr.Get("Content-Length"))
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("record %d: bad Content-Length %q", r.n, clip(cl))
	}
	rec.Length = n
	if r.max > 0 && n > r.max {
		if _, err := io.CopyN(io.Discard, r.br, n); err != nil {
			return nil, fmt.Errorf("record %d: %w", r.n, r.wrap(err))
		}
		return rec, nil
	}
	rec.Content = make([]byte, n)
	if _, err := io.ReadFull(r.br, rec.Content); err != nil {
		return nil, fmt.Errorf("record %d: %w", r.n, r.wrap(err))
	}
	return rec, nil
}

// N returns the number of records started so far.
func (r *Reader) N() int { return r.n }

func (r *Reader) wrap(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return ErrTruncated
	}
	return err
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
