package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"storyline/news"
)

// minHTMLWords is the least number of words the main extractor must find
// before the simple DOM walk is tried instead.
const minHTMLWords = 25

// extractHTML extracts the main text of an HTML page or fragment and cleans
// it with the same passes as plain text.
func extractHTML(body []byte, raw *news.Raw, opt Options) (*news.Article, error) {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	topts := trafilatura.Options{
		EnableFallback:  !opt.NoFallback,
		ExcludeComments: true,
		ExcludeTables:   false,
		IncludeLinks:    false,
		Deduplicate:     false,
		HtmlDateMode:    trafilatura.Fast, // markup dates only: free-text dates are not metadata
	}
	if raw != nil && raw.URL != "" {
		if u, err := url.Parse(raw.URL); err == nil && u.IsAbs() {
			topts.OriginalURL = u
		}
	}
	var flags []string
	var bs []block
	var md trafilatura.Metadata
	res, terr := safeTrafilatura(doc, topts)
	if terr == nil && res != nil {
		md = res.Metadata
		if res.ContentNode != nil {
			bs = walkBlocks(res.ContentNode, false)
		}
	}
	if blockWords(bs) < minHTMLWords {
		if fb := walkBlocks(bodyOf(doc), true); blockWords(fb) > blockWords(bs) {
			bs = fb
			flags = append(flags, "html:fallback")
		}
	}
	if md.Title == "" {
		md.Title = docTitle(doc)
	}
	hint := ""
	if raw != nil {
		hint = raw.Title
	}
	if hint == "" {
		hint = pageTitle(collapse(normalize(md.Title)), md.Sitename, md.Author)
	}
	a, err := cleanBlocks(bs, opt, hint)
	if err != nil {
		return nil, err
	}
	if md.Title != "" && (a.Title == "" || hasFlag(a.Flags, "title:derived")) {
		a.Title = pageTitle(collapse(normalize(md.Title)), md.Sitename, md.Author)
		a.Flags = dropFlag(a.Flags, "title:derived")
	}
	if a.Author == "" {
		a.Author = authors(collapse(normalize(md.Author)))
	}
	if !md.Date.IsZero() && a.PublishedSource == news.DateUnknown {
		a.Published, a.PublishedSource = md.Date, news.DateMetadata
		a.DateOnly = md.Date.Hour() == 0 && md.Date.Minute() == 0 && md.Date.Second() == 0
	}
	if a.URL == "" {
		a.URL = md.URL
	}
	if a.Source == "" {
		a.Source = md.Sitename
	}
	a.Flags = append(a.Flags, flags...)
	return a, nil
}

// safeTrafilatura runs the extractor, turning a panic inside the library
// into an error so one bad page cannot stop a run.
func safeTrafilatura(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("trafilatura: panic: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(doc, opts)
}

// blockTags start and end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Dd: true,
	atom.Dt: true, atom.Td: true, atom.Th: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true, atom.Body: true,
	atom.Address: true, atom.Summary: true, atom.Details: true, atom.Caption: true, atom.Center: true,
}

// skipTags never hold article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Select: true, atom.Option: true,
	atom.Button: true, atom.Input: true, atom.Textarea: true, atom.Head: true, atom.Title: true,
	atom.Math: true, atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Figcaption: true,
	atom.Figure: true, atom.Picture: true, atom.Img: true,
}

// chromeTags hold page chrome; the simple walk skips them.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Menu: true,
}

// walkBlocks collects the paragraphs under n: one block per block element,
// headings marked. With chrome set it also skips navigation, headers,
// footers, asides and forms.
func walkBlocks(n *html.Node, chrome bool) []block {
	if n == nil {
		return nil
	}
	w := &walker{chrome: chrome}
	w.walk(n, 0)
	w.flush(false)
	return w.out
}

type walker struct {
	out    []block
	cur    strings.Builder
	chrome bool
	inLink int // depth of <a> elements around the current node
	linked int // letters of the current block inside links
	// boundary is set between inline elements that pages lay out apart
	// ("24 July 2015</span><span>From the section").
	boundary bool
}

// text appends a text node, putting a space at an inline boundary between a
// lowercase letter or digit and a capital or digit ("2015From" → "2015
// From"), but not inside words ("<span>T</span>he", "Trump<a>’s</a>").
func (w *walker) text(s string) {
	if w.boundary && w.cur.Len() > 0 && s != "" {
		prev, _ := utf8.DecodeLastRuneInString(w.cur.String())
		next, _ := utf8.DecodeRuneInString(s)
		if (unicode.IsLower(prev) || unicode.IsDigit(prev)) && (unicode.IsUpper(next) || unicode.IsDigit(next)) {
			w.cur.WriteByte(' ')
		}
	}
	w.boundary = false
	w.cur.WriteString(s)
}

func (w *walker) flush(heading bool) {
	if w.cur.Len() == 0 {
		return
	}
	t := collapse(normalize(w.cur.String()))
	w.cur.Reset()
	linked := w.linked
	w.linked = 0
	if t != "" {
		b := block{text: t, gap: true, heading: heading}
		if n := letters(t); n > 0 && linked*10 >= n*8 {
			b.link = true
		}
		w.out = append(w.out, b)
	}
}

// letters counts the letters and digits of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

func (w *walker) walk(n *html.Node, depth int) {
	if depth > 400 {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		if w.inLink > 0 {
			w.linked += letters(n.Data)
		}
		return
	case html.ElementNode:
		a := n.DataAtom
		if skipTags[a] || (w.chrome && (chromeTags[a] || hiddenNode(n))) {
			return
		}
		if a == atom.Br || a == atom.Hr {
			w.flush(false)
			return
		}
		if blockTags[a] || isHeading(a) {
			w.flush(false)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c, depth+1)
			}
			w.flush(isHeading(a))
			return
		}
		if a == atom.Span || a == atom.Time || a == atom.Div {
			w.boundary = true
		}
	}
	link := n.Type == html.ElementNode && n.DataAtom == atom.A
	if link {
		w.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	if link {
		w.inLink--
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Span || n.DataAtom == atom.Time) {
		w.boundary = true
	}
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// hiddenNode reports whether an element is hidden or is page chrome by role.
func hiddenNode(n *html.Node) bool {
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return at.Val == "true"
		case "role":
			switch at.Val {
			case "navigation", "banner", "contentinfo", "complementary", "search", "menu":
				return true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(at.Val, " ", ""), "display:none") {
				return true
			}
		}
	}
	return false
}

// bodyOf returns the <body> of a parsed document, or the document itself.
func bodyOf(doc *html.Node) *html.Node {
	if b := find(doc, atom.Body, 0); b != nil {
		return b
	}
	return doc
}

func find(n *html.Node, a atom.Atom, depth int) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	if depth > 50 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// docTitle returns the text of the <title> element.
func docTitle(doc *html.Node) string {
	t := find(doc, atom.Title, 0)
	if t == nil || t.FirstChild == nil {
		return ""
	}
	return collapse(t.FirstChild.Data)
}

func blockWords(bs []block) int {
	n := 0
	for _, b := range bs {
		n += wordCount(b.text)
	}
	return n
}

// looksHTML sniffs whether a body is HTML: it starts with a tag, or holds
// several paragraph or line-break tags.
func looksHTML(b []byte) bool {
	t := bytes.TrimLeft(b, " \t\r\n\ufeff")
	t = bytes.TrimPrefix(t, []byte("\xef\xbb\xbf"))
	head := bytes.ToLower(t[:min(len(t), 1024)])
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<head")) {
		return true
	}
	if len(head) > 0 && head[0] == '<' {
		for _, tag := range []string{"<p", "<div", "<article", "<section", "<span", "<h1", "<h2", "<ul", "<table", "<meta", "<!--"} {
			if bytes.HasPrefix(head, []byte(tag)) {
				return true
			}
		}
	}
	low := bytes.ToLower(b[:min(len(b), 64<<10)])
	return bytes.Count(low, []byte("</p>"))+bytes.Count(low, []byte("<br"))+bytes.Count(low, []byte("</div>")) >= 2
}

func hasFlag(fs []string, f string) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

func dropFlag(fs []string, f string) []string {
	out := fs[:0]
	for _, x := range fs {
		if x != f {
			out = append(out, x)
		}
	}
	return out
}
