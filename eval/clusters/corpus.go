package clusters

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Article is one article of a source corpus for the synthetic streams.
type Article struct {
	Title      string
	Paragraphs []string
	Published  time.Time // zero when unknown
}

// Text returns the paragraphs joined by blank lines.
func (a Article) Text() string { return strings.Join(a.Paragraphs, "\n\n") }

var (
	reDate    = regexp.MustCompile(`<DATE>\s*(\d+-[A-Z]+-\d{4} \d+:\d+:\d+)`)
	reParaSep = regexp.MustCompile(`\n\s{2,}|\n\s*\n`)
)

// LoadCorpus reads the Reuters-21578 SGML files and the BBC news files under
// root (the shared data directory), skipping articles with short bodies.
// The order is deterministic.
func LoadCorpus(root string) ([]Article, error) {
	var out []Article
	sgm, _ := filepath.Glob(filepath.Join(root, "reuters-21578", "*.sgm"))
	slices.Sort(sgm)
	for _, p := range sgm {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load corpus %s: %w", p, err)
		}
		for _, rec := range splitRecords(b, []byte("<REUTERS"), []byte("</REUTERS>")) {
			body := between(rec, "<BODY>", "</BODY>")
			if body == nil {
				continue
			}
			a := Article{Title: clean(between(rec, "<TITLE>", "</TITLE>"))}
			if d := reDate.FindSubmatch(rec); d != nil {
				if t, err := time.Parse("2-Jan-2006 15:04:05", titleCase(string(d[1]))); err == nil {
					a.Published = t
				}
			}
			for _, para := range reParaSep.Split(string(body), -1) {
				para = strings.ReplaceAll(clean([]byte(para)), "\n", " ")
				para = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(para, "Reuter")), "REUTER")
				if len(para) > 20 {
					a.Paragraphs = append(a.Paragraphs, para)
				}
			}
			if len(a.Paragraphs) >= 2 && len(a.Text()) > 400 {
				out = append(out, a)
			}
		}
	}
	dirs, _ := filepath.Glob(filepath.Join(root, "bbc-news", "*", "*.txt"))
	slices.Sort(dirs)
	for _, p := range dirs {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load corpus %s: %w", p, err)
		}
		lines := strings.Split(clean(b), "\n")
		a := Article{Title: strings.TrimSpace(lines[0])}
		for _, l := range lines[1:] {
			if l = strings.TrimSpace(l); len(l) > 20 {
				a.Paragraphs = append(a.Paragraphs, l)
			}
		}
		if len(a.Paragraphs) >= 2 {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("load corpus %s: no articles found", root)
	}
	return out, nil
}

// clean decodes Latin-1 when the bytes are not UTF-8, unescapes entities,
// drops control characters and collapses runs of spaces.
func clean(b []byte) string {
	var s string
	if utf8.Valid(b) {
		s = string(b)
	} else {
		r := make([]rune, 0, len(b))
		for _, c := range b {
			r = append(r, rune(c))
		}
		s = string(r)
	}
	s = html.UnescapeString(s)
	var buf bytes.Buffer
	space := false
	for _, r := range s {
		if r == '\n' {
			buf.WriteRune(r)
			space = false
			continue
		}
		if r < ' ' || r == 0x7f || r == ' ' || r == '\t' {
			if !space {
				buf.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		buf.WriteRune(r)
	}
	return strings.TrimSpace(buf.String())
}

// titleCase lower-cases every letter not at the start of a word ("26-FEB-1987" -> "26-Feb-1987").
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' && (i == 0 || b[i-1] == '-' || b[i-1] == ' ') {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// splitRecords returns the byte ranges from each open tag to its close tag.
func splitRecords(b, open, close []byte) [][]byte {
	var out [][]byte
	for {
		i := bytes.Index(b, open)
		if i < 0 {
			return out
		}
		j := bytes.Index(b[i:], close)
		if j < 0 {
			return out
		}
		out = append(out, b[i:i+j+len(close)])
		b = b[i+j+len(close):]
	}
}

// between returns the bytes between the first open tag and the next close tag, or nil.
func between(b []byte, open, close string) []byte {
	i := bytes.Index(b, []byte(open))
	if i < 0 {
		return nil
	}
	b = b[i+len(open):]
	j := bytes.Index(b, []byte(close))
	if j < 0 {
		return nil
	}
	return b[:j]
}
