package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"storyline/ingest/dates"
	"storyline/ingest/internal/hashid"
	"storyline/ingest/textenc"
	"storyline/news"
)

// FlagCrawlDate marks a Raw whose Published is the WARC-Date, the time of
// the capture, which may be later than the publication.
const FlagCrawlDate = "published:warc-date"

// Read reads the WARC stream rd, named name in messages, and calls emit for
// every HTML response in order; record inputs are named "name#N", N counting
// records from 1. Blocks or payloads over max bytes (max <= 0: no cap) and
// undecodable payloads call fail for their record and reading goes on; a
// truncated or malformed stream calls fail once and ends the file, records
// before it having been emitted. Read returns only an error returned by emit.
func Read(name string, rd io.Reader, max int64, emit func(*news.Raw) error, fail func(input string, err error)) error {
	wr, err := NewReader(rd, max)
	if err != nil {
		fail(name, err)
		return nil
	}
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			if wr.N() == 0 {
				fail(name, errors.New("no WARC record"))
			}
			return nil
		}
		if err != nil {
			fail(name, err)
			return nil
		}
		input := fmt.Sprintf("%s#%d", name, wr.N())
		t := rec.Type()
		if t != "response" && t != "resource" {
			continue
		}
		if rec.Content == nil && rec.Length > 0 {
			fail(input, fmt.Errorf("record too large (%d bytes > cap %d)", rec.Length, max))
			continue
		}
		r, err := Convert(input, rec, max)
		if err != nil {
			fail(input, err)
			continue
		}
		if r == nil {
			continue
		}
		if err := emit(r); err != nil {
			return err
		}
	}
}

// Convert turns a response or resource record into a Raw, or returns nil
// when it holds no HTML page (another content type, a non-2xx status, a
// request or metadata record). max caps the decoded payload (<= 0: no cap).
func Convert(input string, rec *Record, max int64) (*news.Raw, error) {
	var ct string
	var body []byte
	switch rec.Type() {
	case "response":
		if !strings.HasPrefix(strings.ToLower(rec.Header.Get("Content-Type")), "application/http") &&
			!bytes.HasPrefix(rec.Content, []byte("HTTP/")) {
			return nil, nil // a response of another protocol (dns:, ftp:)
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Content)), nil)
		if err != nil {
			return nil, fmt.Errorf("bad http response: %w", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil, nil
		}
		ct = resp.Header.Get("Content-Type")
		if !isHTML(ct, nil) && ct != "" {
			return nil, nil
		}
		body, err = readBody(resp, max)
		if err != nil {
			return nil, err
		}
	case "resource":
		ct = rec.Header.Get("Content-Type")
		if !isHTML(ct, nil) {
			return nil, nil
		}
		body = rec.Content
	default:
		return nil, nil
	}
	if !isHTML(ct, body) {
		return nil, nil
	}
	label := textenc.ContentTypeCharset(ct)
	if label == "" {
		label = textenc.DeclaredCharset(body)
	}
	text, flags, err := textenc.DecodeCharset(body, label)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty html payload")
	}
	// a URI is ASCII; bytes that are not UTF-8 are replaced rather than
	// passed on to stores and JSON
	uri := strings.ToValidUTF8(strings.Trim(strings.TrimSpace(rec.Header.Get("WARC-Target-URI")), "<>"), "\uFFFD")
	r := &news.Raw{Input: input, Format: "html", Body: []byte(text), URL: uri, Flags: flags}
	if t, ok := warcDate(rec.Header.Get("WARC-Date")); ok {
		r.Published = t
		r.Flags = append(r.Flags, FlagCrawlDate)
	}
	key := strings.TrimSpace(rec.Header.Get("WARC-Record-ID"))
	if key == "" {
		key = uri + "\x00" + rec.Header.Get("WARC-Date")
	}
	r.ID = hashid.Of(key)
	return r, nil
}

// isHTML reports whether a Content-Type (or, when it is empty, the sniffed
// body) is an HTML page.
func isHTML(ct string, body []byte) bool {
	if ct == "" {
		if body == nil {
			return true // decide on the body
		}
		ct = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// readBody reads an HTTP body, chunked transfer undone by net/http, and
// undoes gzip or deflate content encoding.
func readBody(resp *http.Response, max int64) ([]byte, error) {
	var rd io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity", "none":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("bad gzip content encoding: %w", err)
		}
		rd = zr
	case "deflate":
		// Servers send zlib-wrapped or raw deflate under this name.
		raw, err := io.ReadAll(limit(resp.Body, max))
		if err != nil {
			return nil, fmt.Errorf("bad http body: %w", err)
		}
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			rd = zr
		} else {
			rd = flate.NewReader(bytes.NewReader(raw))
		}
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", clip(enc))
	}
	b, err := io.ReadAll(limit(rd, max))
	if err != nil && !(errors.Is(err, io.ErrUnexpectedEOF) && len(b) > 0) {
		// A body shorter than its declared length is kept: crawlers
		// often store payloads cut at a size limit, and extraction
		// copes with truncated HTML.
		return nil, fmt.Errorf("bad http body: %w", err)
	}
	if max > 0 && int64(len(b)) > max {
		return nil, fmt.Errorf("payload too large (over cap %d bytes)", max)
	}
	return b, nil
}

func limit(r io.Reader, max int64) io.Reader {
	if max <= 0 {
		return r
	}
	return io.LimitReader(r, max+1)
}

func warcDate(s string) (time.Time, bool) {
	t, _, ok := dates.Parse(s)
	return t, ok
}
