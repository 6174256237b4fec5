package feed

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"

	"storyline/ingest/dates"
	"storyline/ingest/internal/hashid"
	"storyline/ingest/textenc"
	"storyline/news"
)

var (
	tagRE = regexp.MustCompile(`<[^<>]*>`)
	// closeRE matches the end tag of each root element, in lower case,
	// with any namespace prefix.
	closeRE = map[string]*regexp.Regexp{
		"rss":  regexp.MustCompile(`</([a-z0-9_.-]+:)?rss\s*>`),
		"feed": regexp.MustCompile(`</([a-z0-9_.-]+:)?feed\s*>`),
		"rdf":  regexp.MustCompile(`</rdf(:rdf)?\s*>`),
	}
)

// Looks reports whether data looks like a feed: an <rss, <feed or <rdf:RDF
// root element near its start, after any XML declaration, comments and
// processing instructions.
func Looks(data []byte) bool {
	return rootElement(data) != ""
}

// rootElement returns "rss", "feed" or "rdf" for the first element of a
// feed, or "".
func rootElement(data []byte) string {
	b := data
	if len(b) > 4096 {
		b = b[:4096]
	}
	b = bytes.TrimPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("\xef\xbb\xbf"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return ""
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return ""
			}
			b = b[i+3:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return ""
			}
			b = b[i+1:]
		case bytes.HasPrefix(b, []byte("<")):
			name := b[1:]
			if i := bytes.IndexAny(name, " \t\r\n>/"); i >= 0 {
				name = name[:i]
			}
			n := strings.ToLower(string(name))
			if j := strings.IndexByte(n, ':'); j >= 0 && n != "rdf:rdf" {
				n = n[j+1:] // a prefixed root such as <atom:feed>
			}
			switch n {
			case "rss":
				return "rss"
			case "feed":
				return "feed"
			case "rdf:rdf", "rdf":
				return "rdf"
			}
			return ""
		default:
			return ""
		}
	}
}

// Count returns a cheap estimate of the number of items in data.
func Count(data []byte) int {
	n := bytes.Count(data, []byte("<item")) + bytes.Count(data, []byte("<entry"))
	if n == 0 {
		return 1
	}
	return n
}

// Read parses the feed in data, named name in messages, and calls emit for
// each item in order, with Format "html", or "text" for a body without any
// markup; item inputs are named "name#N", N counting from 1. A
// feed that does not parse (malformed or truncated) calls fail once with name
// and emits nothing; an item without any text calls fail with its name.
// Read returns only an error returned by emit.
func Read(name string, data []byte, emit func(*news.Raw) error, fail func(input string, err error)) error {
	u, flags, err := toUTF8(data)
	if err != nil {
		fail(name, err)
		return nil
	}
	if err := checkComplete(u); err != nil {
		fail(name, err)
		return nil
	}
	f, err := parse(u)
	if err != nil {
		fail(name, err)
		return nil
	}
	source := cleanLine(f.Title)
	feedKey := strings.TrimSpace(f.Link) // scopes guids that are not global
	if feedKey == "" {
		feedKey = strings.TrimSpace(f.FeedLink)
	}
	if feedKey == "" {
		feedKey = source
	}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		input := fmt.Sprintf("%s#%d", name, i+1)
		r, err := item(input, it, source, feedKey, flags)
		if err != nil {
			fail(input, err)
			continue
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	if len(f.Items) == 0 {
		fail(name, errors.New("feed has no items"))
	}
	return nil
}

// toUTF8 prepares data for gofeed, which decodes the charset an XML
// declaration names: valid UTF-8 and declared legacy charsets are left as
// they are; undeclared legacy bytes are decoded as Windows-1252 and the XML
// declaration, which then would be wrong, removed.
func toUTF8(data []byte) ([]byte, []string, error) {
	if textenc.LooksBinary(data) {
		return nil, nil, textenc.ErrBinary
	}
	if utf8.Valid(data) {
		if strings.HasPrefix(textenc.DeclaredCharset(data), "utf-16") {
			// Already decoded from UTF-16 by the caller.
			return dropXMLDecl(data), nil, nil
		}
		return data, nil, nil
	}
	if label := textenc.DeclaredCharset(data); label != "" {
		if enc, err := htmlindex.Get(label); err == nil && enc != unicode.UTF8 {
			name, _ := htmlindex.Name(enc)
			return data, []string{"decoded:" + strings.ToLower(name)}, nil
		}
	}
	u, flags, err := textenc.ToUTF8(data)
	if err != nil {
		return nil, flags, err
	}
	return dropXMLDecl(u), flags, nil
}

// dropXMLDecl removes a leading XML declaration, whose encoding no longer
// holds once the bytes have been decoded.
func dropXMLDecl(b []byte) []byte {
	t := bytes.TrimLeft(b, " \t\r\n\ufeff")
	if bytes.HasPrefix(t, []byte("<?xml")) {
		if i := bytes.Index(t, []byte("?>")); i >= 0 {
			return t[i+2:]
		}
	}
	return b
}

// parse runs gofeed, turning a panic inside it into an error.
func parse(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("malformed feed: parser failure: %v", p)
		}
	}()
	f, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("malformed feed: %w", err)
	}
	return f, nil
}

// checkComplete reports a feed whose root element is never closed, which
// gofeed may otherwise accept with the items read so far.
func checkComplete(data []byte) error {
	root := rootElement(data)
	if root == "" {
		return errors.New("malformed feed: no rss, feed or rdf:RDF root element")
	}
	tail := data
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	tail = bytes.ToLower(tail)
	if !closeRE[root].Match(tail) {
		return errors.New("truncated feed: root element not closed")
	}
	return nil
}

// item converts one feed item.
func item(input string, it *gofeed.Item, source, feedKey string, fileFlags []string) (*news.Raw, error) {
	r := &news.Raw{Input: input, Format: "html", Source: source, Flags: append([]string(nil), fileFlags...)}
	r.Title = cleanLine(it.Title)
	r.URL = strings.TrimSpace(it.Link)
	if r.URL == "" && len(it.Links) > 0 {
		r.URL = strings.TrimSpace(it.Links[0])
	}
	content := strings.TrimSpace(it.Content)
	desc := strings.TrimSpace(it.Description)
	body := content
	if body == "" {
		body = desc
	}
	if body == "" {
		return nil, errors.New("feed item has no content or description")
	}
	body, f := textenc.Normalize(body)
	r.Flags = append(r.Flags, f...)
	if !strings.ContainsRune(body, '<') {
		// A summary without markup is plain text; an HTML extractor
		// finds nothing in a bare string.
		r.Format, body = "text", html.UnescapeString(body)
	}
	r.Body = []byte(body)
	r.Description, _ = textenc.Clean(desc)
	switch {
	case it.PublishedParsed != nil && plausible(it.PublishedParsed.Year()):
		r.Published = *it.PublishedParsed
	case parseInto(r, it.Published):
	case it.UpdatedParsed != nil && plausible(it.UpdatedParsed.Year()):
		r.Published = *it.UpdatedParsed
	case parseInto(r, it.Updated):
	case it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0 && parseInto(r, it.DublinCoreExt.Date[0]):
	}
	r.ID = itemID(it.GUID, r.URL, feedKey, r.Title, body)
	return r, nil
}

// itemID returns a stable short id for an item: a hash of its guid when the
// guid is globally unique (a URL, URN or tag URI), else of the feed and the
// guid, else of its link, else of its title and body.
func itemID(guid, link, feedKey, title, body string) string {
	guid = strings.TrimSpace(guid)
	switch {
	case guid != "" && globalID(guid):
		return hashid.Of(guid)
	case guid != "":
		return hashid.Of(feedKey, guid)
	case link != "":
		return hashid.Of(link)
	}
	return hashid.Of(title, body)
}

// globalID reports whether a guid is unique beyond its feed.
func globalID(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "://") || strings.HasPrefix(l, "urn:") || strings.HasPrefix(l, "tag:")
}

func plausible(year int) bool { return year >= 1800 && year <= 2200 }

// parseInto sets r's date from a raw date string and reports success.
func parseInto(r *news.Raw, s string) bool {
	t, dateOnly, ok := dates.Parse(s)
	if ok {
		r.Published, r.DateOnly = t, dateOnly
	}
	return ok
}

// cleanLine unescapes HTML entities (Atom titles of type html, doubly
// escaped RSS titles), strips tags and collapses white space.
func cleanLine(s string) string {
	for i := 0; i < 2 && strings.ContainsRune(s, '&'); i++ {
		s = html.UnescapeString(s)
	}
	if strings.ContainsRune(s, '<') {
		s = tagRE.ReplaceAllString(s, "")
	}
	s, _ = textenc.Normalize(s)
	return strings.Join(strings.Fields(s), " ")
}
