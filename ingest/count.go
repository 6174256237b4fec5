package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"

	"storyline/ingest/feed"
	"storyline/ingest/jsonl"
	"storyline/ingest/sgml"
)

// Count returns a quick estimate of how many documents Walk will emit (files,
// plus records in multi-record files counted cheaply, e.g. by counting
// "<REUTERS" or lines) so the CLI can show progress with an ETA. Files whose
// extension says they hold one article are not opened; standard input counts
// as one document.
func Count(inputs []string, opt Options) int {
	n := 0
	max := opt.maxSize()
	for _, in := range inputs {
		if in == "-" {
			n++
			continue
		}
		n += countPath(in, max, 0)
	}
	return n
}

func countPath(p string, max int64, depth int) int {
	fi, err := os.Stat(p)
	if err != nil {
		return 1
	}
	if !fi.IsDir() {
		return countFile(p, fi, max)
	}
	if depth > 64 {
		return 0
	}
	entries, _ := os.ReadDir(p)
	n := 0
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			n += countPath(filepath.Join(p, e.Name()), max, depth+1)
		}
	}
	return n
}

// oneArticleExt lists extensions of files that hold one article.
var oneArticleExt = map[string]bool{".txt": true, ".html": true, ".htm": true, ".xhtml": true, ".text": true, ".md": true}

func countFile(p string, fi os.FileInfo, max int64) int {
	if oneArticleExt[strings.ToLower(filepath.Ext(p))] || fi.Size() == 0 {
		return 1
	}
	f, err := os.Open(p)
	if err != nil {
		return 1
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 64<<10)
	head, _ := r.(*bufio.Reader).Peek(sniffLen)
	format := Detect(p, head)
	if format == FormatGzip || format == FormatWARC && len(head) > 1 && head[0] == 0x1f {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return 1
		}
		br := bufio.NewReaderSize(zr, 64<<10)
		head, _ = br.Peek(sniffLen)
		r, format = br, Detect(strings.TrimSuffix(p, ".gz"), head)
	}
	switch format {
	case FormatWARC:
		return countWARC(r)
	case FormatText, FormatHTML:
		return 1
	}
	if fi.Size() > max {
		return 1
	}
	data, err := io.ReadAll(io.LimitReader(r, max))
	if err != nil {
		return 1
	}
	switch format {
	case FormatSGML:
		return max1(sgml.Count(data))
	case FormatFeed:
		return feed.Count(data)
	case FormatJSON:
		return max1(jsonl.Count(data))
	}
	return 1
}

// countWARC counts response and resource records by their WARC-Type lines.
func countWARC(r io.Reader) int {
	n := 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) > 10 && (line[0] == 'W' || line[0] == 'w') && bytes.HasPrefix(bytes.ToLower(line[:10]), []byte("warc-type:")) {
			t := bytes.ToLower(bytes.TrimSpace(line[10:]))
			if bytes.Equal(t, []byte("response")) || bytes.Equal(t, []byte("resource")) {
				n++
			}
		}
	}
	return n
}

func max1(n int) int {
	if n < 1 {
		return 1
	}
	return n
}
