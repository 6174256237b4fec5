package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"storyline/ingest/feed"
	"storyline/ingest/internal/hashid"
	"storyline/ingest/jsonl"
	"storyline/ingest/sgml"
	"storyline/ingest/textenc"
	"storyline/ingest/warc"
	"storyline/news"
)

// Read parses one in-memory input (used by `storyline annotate` and by
// tests): name is used for messages and ids (the base name without its
// extension, or a content hash when name is "" or "-"), format detection as
// in Walk. It calls emit for every document found. Bad records of a
// multi-record input do not stop it: Read returns them, joined, as *Error
// values after emitting the good ones. An error returned by emit is returned
// at once.
func Read(name string, data []byte, emit func(*news.Raw) error) error {
	var errs []error
	s := &sink{ctx: context.Background(), emit: emit, fail: func(e *Error) { errs = append(errs, e) }}
	input, id := name, ""
	if name == "" || name == "-" {
		input = "stdin"
	} else {
		id = fileID(filepath.Base(name))
	}
	if err := readData(s, input, id, name, data, DefaultMaxSize); err != nil {
		return err
	}
	return errors.Join(errs...)
}

// fileID returns the id of a one-article file: its slash-separated path
// without the extension (and without ".gz" before it), always valid UTF-8.
func fileID(rel string) string {
	if !utf8.ValidString(rel) {
		// A file name in a legacy encoding.
		rel = string(textenc.DecodeWindows1252([]byte(rel)))
	}
	rel = filepath.ToSlash(rel)
	if strings.HasSuffix(strings.ToLower(rel), ".gz") {
		rel = rel[:len(rel)-3]
	}
	base := rel[strings.LastIndexByte(rel, '/')+1:]
	if ext := filepath.Ext(base); ext != "" && ext != base {
		rel = rel[:len(rel)-len(ext)]
	}
	return rel
}

// readData reads one whole input. input names it in messages, id is the id
// of a one-article input ("" for a content hash), name carries the extension
// used as a format hint.
func readData(s *sink, input, id, name string, data []byte, max int64) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 {
		s.failed(input, ErrEmpty)
		return nil
	}
	var flags []string
	if u, flag, ok := textenc.FromUTF16(data); ok {
		data, flags = u, []string{flag}
	}
	failRec := func(in string, err error) { s.failed(in, err) }
	format := Detect(name, data)
	if format != FormatGzip && format != FormatWARC && textenc.LooksBinary(data) {
		s.failed(input, ErrBinary)
		return nil
	}
	switch format {
	case FormatGzip:
		return readGzip(s, input, id, name, bytes.NewReader(data), max)
	case FormatWARC:
		return warc.Read(input, bytes.NewReader(data), max, s.put, failRec)
	case FormatSGML:
		return sgml.Read(input, data, s.put, failRec)
	case FormatFeed:
		return feed.Read(input, data, s.put, failRec)
	case FormatJSON:
		return jsonl.Read(input, data, s.put, failRec)
	case FormatHTML:
		return single(s, input, id, "html", data, flags)
	default:
		return single(s, input, id, "text", data, flags)
	}
}

// single emits a one-article input.
func single(s *sink, input, id, format string, data []byte, flags []string) error {
	label := ""
	if format == "html" {
		label = textenc.DeclaredCharset(data)
	}
	text, f, err := textenc.DecodeCharset(data, label)
	if err != nil {
		s.failed(input, err)
		return nil
	}
	if strings.TrimSpace(text) == "" {
		s.failed(input, ErrEmpty)
		return nil
	}
	if id == "" {
		id = hashid.Bytes(data)
	}
	return s.put(&news.Raw{Input: input, ID: id, Body: []byte(text), Format: format, Flags: append(flags, f...)})
}

// readGzip reads a gzip-compressed input: a WARC archive is streamed, any
// other content is decompressed (up to the cap) and read as the file it
// holds, named without ".gz".
func readGzip(s *sink, input, id, name string, r io.Reader, max int64) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		s.failed(input, fmt.Errorf("bad gzip data: %w", err))
		return nil
	}
	br := bufio.NewReaderSize(zr, 64<<10)
	head, _ := br.Peek(64)
	if warc.IsWARC(head) {
		return warc.Read(input, br, max, s.put, func(in string, err error) { s.failed(in, err) })
	}
	data, err := io.ReadAll(io.LimitReader(br, max+1))
	if err != nil {
		s.failed(input, fmt.Errorf("bad gzip data: %w", err))
		return nil
	}
	if int64(len(data)) > max {
		if isJSONLines(data) {
			// Large JSON Lines are streamed, the cap applying to each line.
			return jsonl.ReadLines(input, io.MultiReader(bytes.NewReader(data), br), max, s.put,
				func(in string, err error) { s.failed(in, err) })
		}
		s.failed(input, fmt.Errorf("%w (decompressed over cap %d bytes)", ErrTooLarge, max))
		return nil
	}
	inner := name
	if strings.HasSuffix(strings.ToLower(inner), ".gz") {
		inner = inner[:len(inner)-3]
	}
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		s.failed(input, errors.New("nested gzip data"))
		return nil
	}
	return readData(s, input, id, inner, data, max)
}

// isJSONLines reports whether the start of an input opens a JSON object, as
// JSON Lines do.
func isJSONLines(head []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}
