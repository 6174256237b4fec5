package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"storyline/ingest/jsonl"
	"storyline/ingest/warc"
	"storyline/news"
)

// Walk expands inputs (files; directories recursively in sorted order,
// skipping hidden files and directories; "-" for stdin), detects each file's
// format by content as well as extension, and calls emit for every document
// found, in a deterministic order. A bad input (or a bad record inside a
// multi-record file, e.g. one malformed JSON line) calls fail with an *Error
// and the walk goes on. Walk returns only ctx errors or an error returned by
// emit.
//
// One-article files get as id their path relative to the directory given as
// input, without extension ("003_293caed0ac8d3112" for a file at the top of
// the directory or given by name, "sport/199" one level down), so files of
// the same name in different subdirectories stay distinct. Input from stdin
// gets a content hash. WARC archives, and JSON Lines files over the size cap,
// are streamed: for them the cap applies to each record rather than to the
// file.
func Walk(ctx context.Context, inputs []string, opt Options, emit func(*news.Raw) error, fail func(*Error)) error {
	w := &walker{sink: sink{ctx: ctx, emit: emit, fail: fail}, opt: opt, max: opt.maxSize()}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if in == "-" {
			err = w.stdin()
		} else {
			err = w.path(in, "", nil)
		}
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

type walker struct {
	sink
	opt Options
	max int64
}

// stdin reads standard input, detected by content only.
func (w *walker) stdin() error {
	data, err := io.ReadAll(io.LimitReader(w.opt.stdin(), w.max+1))
	if err != nil {
		w.failed("stdin", err)
		return nil
	}
	if int64(len(data)) > w.max {
		w.failed("stdin", fmt.Errorf("%w (over cap %d bytes)", ErrTooLarge, w.max))
		return nil
	}
	return readData(&w.sink, "stdin", "", "", data, w.max)
}

// path reads a file or directory; rel is its path below the directory given
// as input ("" for an input itself), parents the directories above it, to
// stop symbolic link loops.
func (w *walker) path(p, rel string, parents []os.FileInfo) error {
	fi, err := os.Stat(p)
	if err != nil {
		if lfi, lerr := os.Lstat(p); lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			w.failed(p, fmt.Errorf("broken symbolic link: %w", osReason(err)))
			return nil
		}
		w.failed(p, osReason(err))
		return nil
	}
	switch {
	case fi.IsDir():
		return w.dir(p, rel, fi, parents)
	case fi.Mode().IsRegular() || fi.Mode()&fs.ModeNamedPipe != 0:
		if rel == "" {
			rel = filepath.Base(p)
		}
		return w.file(p, rel, fi)
	default:
		w.failed(p, ErrNotFile)
		return nil
	}
}

func (w *walker) dir(p, rel string, fi os.FileInfo, parents []os.FileInfo) error {
	for _, q := range parents {
		if os.SameFile(q, fi) {
			w.failed(p, errors.New("directory loop through a symbolic link"))
			return nil
		}
	}
	entries, err := os.ReadDir(p) // sorted by name
	if err != nil {
		w.failed(p, osReason(err))
		if len(entries) == 0 {
			return nil
		}
	}
	parents = append(parents, fi)
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		sub := e.Name()
		if rel != "" {
			sub = rel + "/" + e.Name()
		}
		if err := w.path(filepath.Join(p, e.Name()), sub, parents); err != nil {
			return err
		}
	}
	return nil
}

// file reads one regular file (or named pipe); WARC archives are streamed
// record by record.
func (w *walker) file(p, rel string, fi os.FileInfo) error {
	f, err := os.Open(p)
	if err != nil {
		w.failed(p, osReason(err))
		return nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, err := br.Peek(512)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		w.failed(p, osReason(err))
		return nil
	}
	switch Detect(p, head) {
	case FormatWARC:
		return warc.Read(p, br, w.max, w.put, func(in string, err error) { w.failed(in, err) })
	case FormatGzip:
		if fi.Size() > w.max {
			// A compressed WARC is streamed whatever its size.
			return readGzip(&w.sink, p, fileID(rel), p, br, w.max)
		}
	}
	if fi.Size() > w.max {
		if isJSONLines(head) {
			// Large JSON Lines are streamed, the cap applying to each line.
			return jsonl.ReadLines(p, br, w.max, w.put, func(in string, err error) { w.failed(in, err) })
		}
		w.failed(p, tooLarge(fi.Size(), w.max))
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(br, w.max+1))
	if err != nil {
		w.failed(p, osReason(err))
		return nil
	}
	if int64(len(data)) > w.max {
		w.failed(p, fmt.Errorf("%w (over cap %d bytes)", ErrTooLarge, w.max))
		return nil
	}
	return readData(&w.sink, p, fileID(rel), p, data, w.max)
}
