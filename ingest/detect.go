package ingest

import (
	"bytes"
	"path/filepath"
	"strings"

	"storyline/ingest/feed"
	"storyline/ingest/jsonl"
	"storyline/ingest/warc"
)

// Format is an input format recognised by Detect.
type Format string

// The formats Detect recognises.
const (
	FormatText Format = "text"
	FormatHTML Format = "html"
	FormatJSON Format = "json" // JSON Lines, a JSON object or an array
	FormatFeed Format = "feed" // RSS, Atom or RDF
	FormatWARC Format = "warc"
	FormatSGML Format = "sgml" // Reuters-21578
	FormatGzip Format = "gzip" // a compressed single file
)

// sniffLen is how much of the start of an input detection looks at.
const sniffLen = 8 << 10

// Detect returns the format of an input named name (only its extension is
// used, as a hint) with the given content, or the start of it. Content
// decides first; the extension settles cases the content leaves open.
func Detect(name string, data []byte) Format {
	ext := strings.ToLower(filepath.Ext(name))
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		if strings.HasSuffix(strings.ToLower(name), ".warc.gz") {
			return FormatWARC
		}
		return FormatGzip
	}
	if warc.IsWARC(data) {
		return FormatWARC
	}
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	head = bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if ext == ".sgm" || ext == ".sgml" || isReuters(head) {
		return FormatSGML
	}
	if feed.Looks(head) {
		return FormatFeed
	}
	if len(head) > 0 && (head[0] == '{' || head[0] == '[') {
		switch {
		case ext == ".jsonl" || ext == ".ndjson" || ext == ".json" || ext == ".jsonlines":
			return FormatJSON
		case jsonl.Looks(data):
			return FormatJSON
		}
	}
	if looksHTML(head) || ((ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml") && bytes.IndexByte(head, '<') >= 0) {
		return FormatHTML
	}
	return FormatText
}

// isReuters reports whether the start of an input is Reuters SGML: its
// first element (after a doctype or comments) is <REUTERS.
func isReuters(head []byte) bool {
	tag := firstTag(head)
	return tag == "reuters"
}

// htmlTags are elements that open an HTML document or fragment.
var htmlTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "link": true,
	"script": true, "style": true, "base": true, "noscript": true, "article": true,
	"main": true, "section": true, "header": true, "nav": true, "div": true, "p": true,
	"span": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"table": true, "ul": true, "ol": true, "figure": true, "img": true, "a": true,
	"br": true, "form": true, "iframe": true, "aside": true, "footer": true, "b": true,
	"i": true, "em": true, "strong": true, "blockquote": true, "pre": true, "center": true,
	"font": true, "frameset": true, "svg": true,
}

// looksHTML reports whether the start of an input is HTML: it opens with an
// HTML doctype or a known HTML element, or holds several HTML block tags.
func looksHTML(head []byte) bool {
	if htmlTags[firstTag(head)] {
		return true
	}
	lower := bytes.ToLower(head)
	if bytes.Contains(lower, []byte("<!doctype html")) {
		return true
	}
	n := 0
	for _, t := range []string{"</p>", "<br", "</div>", "<p>", "<p ", "</a>", "</li>", "</h1>", "</h2>", "</span>"} {
		n += bytes.Count(lower, []byte(t))
	}
	return n >= 5
}

// firstTag returns the lower-cased name of the first element of head after
// white space, an XML declaration, doctypes and comments, or "" when head
// does not start with markup. A doctype naming html returns "html".
func firstTag(head []byte) string {
	b := head
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return ""
			}
			b = b[i+3:]
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return ""
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return ""
			}
			decl := bytes.ToLower(b[:i])
			if bytes.HasPrefix(decl, []byte("<!doctype")) && bytes.Contains(decl, []byte("html")) {
				return "html"
			}
			b = b[i+1:]
		case bytes.HasPrefix(b, []byte("<")):
			name := b[1:]
			end := bytes.IndexAny(name, " \t\r\n>/")
			if end < 0 {
				return ""
			}
			return strings.ToLower(string(name[:end]))
		default:
			return ""
		}
	}
}
