package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"storyline/ingest/dates"
	"storyline/ingest/internal/hashid"
	"storyline/ingest/textenc"
	"storyline/news"
)

// FlagBadDate marks a record whose published value could not be parsed.
const FlagBadDate = "bad-date"

// Looks reports whether data looks like JSON articles: its first non-space
// byte opens an object, and the first line or the whole input is valid JSON;
// or it opens an array and the whole input is valid JSON.
func Looks(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	t = bytes.TrimPrefix(t, []byte("\xef\xbb\xbf"))
	if len(t) == 0 {
		return false
	}
	switch t[0] {
	case '{':
		line := t
		if i := bytes.IndexByte(t, '\n'); i >= 0 {
			line = t[:i]
		}
		return json.Valid(line) || json.Valid(t)
	case '[':
		return json.Valid(t)
	}
	return false
}

// Count returns a cheap estimate of the number of records in data: its
// non-blank lines, or 1 for a document that is one JSON value spread over
// lines.
func Count(data []byte) int {
	n := 0
	var first []byte
	for _, line := range bytes.Split(data, []byte("\n")) {
		if line = bytes.TrimSpace(line); len(line) > 0 {
			if n == 0 {
				first = line
			}
			n++
		}
	}
	if n > 1 && !json.Valid(first) {
		if t := bytes.TrimSpace(data); t[0] == '[' {
			return bytes.Count(t, []byte("\n{")) + bytes.Count(t, []byte("},{")) + bytes.Count(t, []byte("}, {"))
		}
		return 1
	}
	return n
}

// Read parses data, named name in messages, and calls emit for each article
// in order. Input names are "name:LINE" for JSON Lines and "name#N" for the
// elements of an array. A bad record calls fail and reading goes on; input
// that is not JSON at all calls fail once with name. Read returns only an
// error returned by emit.
func Read(name string, data []byte, emit func(*news.Raw) error, fail func(input string, err error)) error {
	t := bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(data), []byte("\xef\xbb\xbf")))
	if len(t) == 0 {
		fail(name, errors.New("empty input"))
		return nil
	}
	// One JSON value: an array, or an object (perhaps pretty-printed, or
	// wrapping an array of articles).
	if t[0] == '[' || json.Valid(t) {
		u, flags, err := textenc.ToUTF8(t)
		if err != nil {
			fail(name, err)
			return nil
		}
		return readValue(name, u, flags, emit, fail)
	}
	return ReadLines(name, bytes.NewReader(data), 0, emit, fail)
}

// ReadLines reads JSON Lines from r as a stream, for inputs too large to
// hold in memory: one object per line, lines named "name:LINE". A line
// longer than max bytes (max <= 0: no cap) calls fail and is skipped; so do
// bad lines. Each line is decoded from Windows-1252 when it is not valid
// UTF-8. ReadLines returns only an error returned by emit.
func ReadLines(name string, r io.Reader, max int64, emit func(*news.Raw) error, fail func(input string, err error)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, long, err := readLine(br, max)
		input := fmt.Sprintf("%s:%d", name, n)
		if err != nil && err != io.EOF {
			fail(input, err)
			return nil
		}
		if long {
			fail(input, fmt.Errorf("line too long (over cap %d bytes)", max))
		} else if t := bytes.TrimSpace(line); len(t) > 0 {
			if n == 1 {
				t = bytes.TrimPrefix(t, []byte("\xef\xbb\xbf"))
			}
			if rec, rerr := lineRecord(input, t); rerr != nil {
				fail(input, rerr)
			} else if eerr := emit(rec); eerr != nil {
				return eerr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line; over max bytes it discards the rest of the line
// and reports long.
func readLine(br *bufio.Reader, max int64) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			line = append(line, chunk...)
			if max > 0 && int64(len(line)) > max {
				long, line = true, nil
			}
		}
		if err != bufio.ErrBufferFull {
			return line, long, err
		}
	}
}

// lineRecord decodes one line and converts it.
func lineRecord(input string, line []byte) (*news.Raw, error) {
	u, flags, err := textenc.ToUTF8(line)
	if err != nil {
		return nil, err
	}
	return record(input, u, flags)
}

// readValue reads one JSON document: an object or an array of objects.
func readValue(name string, t []byte, flags []string, emit func(*news.Raw) error, fail func(string, error)) error {
	var items []json.RawMessage
	if t[0] != '[' {
		input := name
		if !bytes.ContainsRune(t, '\n') {
			input += ":1" // a JSON Lines file of one line
		}
		r, err := record(input, t, flags)
		if err == nil {
			return emit(r)
		}
		if items = wrapped(t); items == nil {
			fail(input, err)
			return nil
		}
	} else if err := json.Unmarshal(t, &items); err != nil {
		fail(name, fmt.Errorf("bad json: %w", err))
		return nil
	}
	if len(items) == 0 {
		fail(name, errors.New("empty input"))
	}
	for i, it := range items {
		input := fmt.Sprintf("%s#%d", name, i+1)
		r, err := record(input, it, flags)
		if err != nil {
			fail(input, err)
			continue
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	return nil
}

// wrappers are the keys under which API exports list their articles
// ({"status": "ok", "articles": […]}).
var wrappers = []string{"articles", "items", "data", "results", "documents", "docs", "entries", "posts", "stories"}

// wrapped returns the array of articles an object wraps, or nil.
func wrapped(t []byte) []json.RawMessage {
	var obj map[string]json.RawMessage
	if json.Unmarshal(t, &obj) != nil {
		return nil
	}
	for _, k := range wrappers {
		var items []json.RawMessage
		if v, ok := obj[k]; ok && json.Unmarshal(v, &items) == nil && len(items) > 0 {
			return items
		}
	}
	return nil
}

// fields are the names accepted for each article field, first is preferred.
var fields = struct {
	id, title, text, html, published, source, url, description []string
}{
	id:          []string{"id", "article_id", "doc_id", "docid", "guid", "uuid"},
	title:       []string{"title", "headline"},
	text:        []string{"text", "body", "content", "article", "maintext", "story"},
	html:        []string{"html", "raw_html", "content_html", "body_html"},
	published:   []string{"published", "date", "published_at", "publishedAt", "pubDate", "date_publish", "datetime", "timestamp", "time", "created_at"},
	source:      []string{"source", "outlet", "publisher", "site", "source_name", "domain"},
	url:         []string{"url", "link", "uri"},
	description: []string{"description", "summary", "abstract", "lead", "snippet"},
}

// record converts one JSON object to a Raw.
func record(input string, b []byte, fileFlags []string) (*news.Raw, error) {
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] != '{' && json.Valid(t) {
		return nil, errors.New("not a json object")
	}
	var obj map[string]json.RawMessage
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&obj); err != nil {
		return nil, fmt.Errorf("bad json: %w", unwrapSyntax(err))
	}
	if d.More() {
		return nil, errors.New("bad json: more than one value on the line")
	}
	if obj == nil {
		return nil, errors.New("not a json object")
	}
	r := &news.Raw{Input: input, Flags: append([]string(nil), fileFlags...)}
	r.ID = scalar(obj, fields.id)
	r.Title = strings.Join(strings.Fields(clean(r, scalar(obj, fields.title))), " ")
	r.Source = strings.TrimSpace(clean(r, sourceName(obj)))
	r.URL = strings.TrimSpace(scalar(obj, fields.url))
	if text := clean(r, scalar(obj, fields.text)); strings.TrimSpace(text) != "" {
		r.Body, r.Format = []byte(text), "text"
		if markup(text) {
			r.Format = "html" // scraped dumps often put HTML under "content"
		}
	} else if h := clean(r, scalar(obj, fields.html)); strings.TrimSpace(h) != "" {
		r.Body, r.Format = []byte(h), "html"
	} else if d := clean(r, scalar(obj, fields.description)); strings.TrimSpace(d) != "" {
		// Only a summary: better than nothing.
		r.Body, r.Format = []byte(d), "text"
		if strings.ContainsRune(d, '<') {
			r.Format = "html"
		}
	} else if strings.TrimSpace(r.Title) != "" {
		// A headline on its own is still an article (aggregator feeds,
		// wire briefs): its title is its text.
		r.Body, r.Format = []byte(r.Title), "text"
		r.Flags = append(r.Flags, "title-only")
	} else {
		return nil, errors.New("record has no text, html or title")
	}
	r.Description = strings.TrimSpace(clean(r, scalar(obj, fields.description)))
	if p := scalar(obj, fields.published); p != "" {
		if t, dateOnly, ok := dates.Parse(p); ok {
			r.Published, r.DateOnly = t, dateOnly
		} else {
			r.Flags = append(r.Flags, FlagBadDate)
		}
	}
	if r.ID == "" {
		r.ID = hashid.Bytes(r.Body)
	}
	return r, nil
}

// sourceName reads the source, which some exports give as an object with a
// name ({"source": {"id": "bbc", "name": "BBC News"}}).
func sourceName(obj map[string]json.RawMessage) string {
	if s := scalar(obj, fields.source); s != "" {
		return s
	}
	for _, k := range fields.source {
		var o map[string]json.RawMessage
		if v, ok := obj[k]; ok && json.Unmarshal(v, &o) == nil {
			if s := scalar(o, []string{"name", "title", "id"}); s != "" {
				return s
			}
		}
	}
	return ""
}

// scalar returns the first of keys present as a string or number, as text.
func scalar(obj map[string]json.RawMessage, keys []string) string {
	for _, k := range keys {
		v, ok := obj[k]
		if !ok {
			continue
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
			continue
		}
		var n json.Number
		d := json.NewDecoder(bytes.NewReader(v))
		d.UseNumber()
		if d.Decode(&n) == nil {
			if i, err := n.Int64(); err == nil {
				return strconv.FormatInt(i, 10)
			}
			return n.String()
		}
	}
	return ""
}

// clean repairs mojibake and drops control characters in a field, noting
// it on r.
func clean(r *news.Raw, s string) string {
	s, flags := textenc.Normalize(s)
	for _, f := range flags {
		if !has(r.Flags, f) {
			r.Flags = append(r.Flags, f)
		}
	}
	return s
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// unwrapSyntax keeps JSON error messages short and lower-case.
func unwrapSyntax(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%s at byte %d", se.Error(), se.Offset)
	}
	return err
}

// markup reports whether a text field holds HTML rather than text: it starts
// with a tag and closes paragraphs or divisions, or breaks lines with <br>.
func markup(s string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "<") {
		return false
	}
	l := strings.ToLower(t)
	return strings.Contains(l, "</p>") || strings.Contains(l, "</div>") || strings.Contains(l, "<br")
}
