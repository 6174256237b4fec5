package sgml

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"time"

	"storyline/ingest/internal/hashid"
	"storyline/ingest/textenc"
	"storyline/news"
)

// Source is the outlet name given to every article of the collection.
const Source = "Reuters"

var (
	startTag = []byte("<REUTERS")
	endTag   = []byte("</REUTERS>")

	tagRE  = regexp.MustCompile(`<[^<>]*>`)
	dateRE = regexp.MustCompile(`(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?)?`)
)

// Contains reports whether data holds a Reuters SGML element.
func Contains(data []byte) bool {
	return bytes.Contains(data, []byte("<REUTERS ")) || bytes.Contains(data, []byte("<REUTERS>"))
}

// Count returns the number of <REUTERS> elements in data, cheaply.
func Count(data []byte) int {
	return bytes.Count(data, []byte("<REUTERS ")) + bytes.Count(data, []byte("<REUTERS>"))
}

// Read parses the <REUTERS> elements of data, named name in messages, and
// calls emit for each in order. A malformed element calls fail with the
// element's input name ("name#N", N counting from 1) and reading goes on.
// Read returns only an error returned by emit.
func Read(name string, data []byte, emit func(*news.Raw) error, fail func(input string, err error)) error {
	n := 0
	for i := 0; ; {
		j := indexStart(data[i:])
		if j < 0 {
			break
		}
		start := i + j
		n++
		input := fmt.Sprintf("%s#%d", name, n)
		next := indexStart(data[start+len(startTag):])
		limit := len(data)
		if next >= 0 {
			limit = start + len(startTag) + next
		}
		end := bytes.Index(data[start:limit], endTag)
		if end < 0 {
			fail(input, errors.New("truncated element: no </REUTERS>"))
			i = limit
			continue
		}
		raw, err := parse(input, data[start:start+end])
		if err != nil {
			fail(input, err)
		} else if err := emit(raw); err != nil {
			return err
		}
		i = start + end + len(endTag)
	}
	if n == 0 {
		fail(name, errors.New("no <REUTERS> element"))
	}
	return nil
}

// indexStart finds the next "<REUTERS" that opens an element.
func indexStart(b []byte) int {
	for off := 0; ; {
		j := bytes.Index(b[off:], startTag)
		if j < 0 {
			return -1
		}
		k := off + j + len(startTag)
		if k == len(b) || b[k] == ' ' || b[k] == '>' || b[k] == '\n' || b[k] == '\t' || b[k] == '\r' {
			return off + j
		}
		off = k
	}
}

// parse reads one element, from "<REUTERS" up to its end tag (excluded).
func parse(input string, el []byte) (*news.Raw, error) {
	gt := bytes.IndexByte(el, '>')
	if gt < 0 {
		return nil, errors.New("malformed <REUTERS> tag")
	}
	body := el[gt+1:]
	var flags []string
	field := func(b []byte) string {
		s, f := decode(b)
		flags = appendNew(flags, f...)
		return s
	}
	r := &news.Raw{Input: input, Format: "text", Source: Source}
	title := inner(body, "TITLE")
	r.Title = strings.Join(strings.Fields(field(title)), " ")
	if t, dateOnly, ok := parseDate(field(inner(body, "DATE"))); ok {
		r.Published, r.DateOnly = t, dateOnly
	}
	text := strings.TrimSpace(field(inner(body, "BODY")))
	if text == "" {
		t := inner(body, "TEXT")
		t = removeElement(t, "TITLE")
		text = strings.TrimSpace(field(tagRE.ReplaceAll(t, nil)))
		text = strings.TrimSpace(strings.TrimLeft(text, "*"))
	}
	text = stripSignOff(text)
	if text == "" {
		text = r.Title
	}
	if text == "" {
		return nil, errors.New("element has no text")
	}
	r.Body = []byte(text)
	if id := strings.TrimSpace(attr(el[:gt], "NEWID")); id != "" && validID(id) {
		r.ID = "reut-" + id
	} else {
		r.ID = "reut-" + hashid.Of(r.Title, text)
	}
	r.Flags = flags
	return r, nil
}

func validID(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return len(s) <= 64
}

// inner returns the content of the first <tag …>…</tag> in b, or nil.
func inner(b []byte, tag string) []byte {
	open := []byte("<" + tag)
	for off := 0; ; {
		i := bytes.Index(b[off:], open)
		if i < 0 {
			return nil
		}
		k := off + i + len(open)
		if k < len(b) && (b[k] == '>' || b[k] == ' ' || b[k] == '\n' || b[k] == '\t') {
			gt := bytes.IndexByte(b[k:], '>')
			if gt < 0 {
				return nil
			}
			content := b[k+gt+1:]
			if end := bytes.Index(content, []byte("</"+tag+">")); end >= 0 {
				return content[:end]
			}
			return content
		}
		off = k
	}
}

// removeElement returns b without its first <tag>…</tag> element.
func removeElement(b []byte, tag string) []byte {
	i := bytes.Index(b, []byte("<"+tag))
	if i < 0 {
		return b
	}
	end := []byte("</" + tag + ">")
	j := bytes.Index(b[i:], end)
	if j < 0 {
		return b
	}
	out := append([]byte{}, b[:i]...)
	return append(out, b[i+j+len(end):]...)
}

// decode converts a field to clean UTF-8: legacy bytes decoded, references
// to control characters dropped, other references resolved.
func decode(b []byte) (string, []string) {
	if len(b) == 0 {
		return "", nil
	}
	u, flags, err := textenc.ToUTF8(b)
	if err != nil {
		// A binary-looking field: keep what is valid text.
		u = bytes.ToValidUTF8(b, []byte("\uFFFD"))
		flags = nil
	}
	s := html.UnescapeString(dropControlRefs(string(u)))
	s, dropped := textenc.Clean(s)
	if dropped {
		flags = append(flags, textenc.FlagControlChars)
	}
	return s, flags
}

// attr returns the value of the attribute name (upper case) in an opening
// tag, or "".
func attr(tag []byte, name string) string {
	for off := 0; ; {
		i := bytes.Index(tag[off:], []byte(name))
		if i < 0 {
			return ""
		}
		i += off
		off = i + len(name)
		if i > 0 && tag[i-1] != ' ' && tag[i-1] != '\t' && tag[i-1] != '\n' {
			continue
		}
		rest := bytes.TrimLeft(tag[off:], " \t\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\n")
		if len(rest) == 0 || rest[0] != '"' {
			continue
		}
		if end := bytes.IndexByte(rest[1:], '"'); end >= 0 {
			return string(rest[1 : 1+end])
		}
		return ""
	}
}

// dropControlRefs removes numeric character references to control
// characters other than \t and \n ("&#5;", "&#x1F;").
func dropControlRefs(s string) string {
	if !strings.Contains(s, "&#") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for {
		i := strings.Index(s, "&#")
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		sb.WriteString(s[:i])
		s = s[i:]
		n, end := refValue(s)
		if end > 0 && ((n < 0x20 && n != '\t' && n != '\n') || n == 0x7f) {
			s = s[end:]
			continue
		}
		sb.WriteString("&#")
		s = s[2:]
	}
}

// refValue parses the numeric reference at the start of s ("&#5;"),
// returning its value and length, or end 0 when s does not start with one.
func refValue(s string) (n, end int) {
	i, base := 2, 10
	if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
		i, base = 3, 16
	}
	start := i
	for ; i < len(s) && i-start < 8; i++ {
		c := s[i]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case base == 16 && c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			if c == ';' && i > start {
				return n, i + 1
			}
			return 0, 0
		}
		n = n*base + d
	}
	return 0, 0
}

// stripSignOff removes a last line that is only the "Reuter" sign-off.
func stripSignOff(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexByte(s, '\n')
	last := strings.TrimSpace(s[i+1:])
	if strings.EqualFold(last, "reuter") || strings.EqualFold(last, "reuters") {
		if i < 0 {
			return ""
		}
		return strings.TrimRight(s[:i], " \t\n")
	}
	return s
}

// parseDate reads dates such as "26-FEB-1987 15:01:01.79" (taken as UTC).
func parseDate(s string) (time.Time, bool, bool) {
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false, false
	}
	day, _ := strconv.Atoi(m[1])
	year, _ := strconv.Atoi(m[3])
	mon, ok := month(m[2])
	if !ok || day < 1 || day > 31 {
		return time.Time{}, false, false
	}
	if m[4] == "" {
		return time.Date(year, mon, day, 0, 0, 0, 0, time.UTC), true, true
	}
	h, _ := strconv.Atoi(m[4])
	mi, _ := strconv.Atoi(m[5])
	sec, _ := strconv.Atoi(m[6])
	if h > 23 || mi > 59 || sec > 60 {
		return time.Date(year, mon, day, 0, 0, 0, 0, time.UTC), true, true
	}
	cs := 0
	if m[7] != "" {
		cs, _ = strconv.Atoi(m[7])
		if len(m[7]) == 1 {
			cs *= 10
		}
	}
	return time.Date(year, mon, day, h, mi, sec, cs*1e7, time.UTC), false, true
}

func month(s string) (time.Month, bool) {
	t, err := time.Parse("Jan", s)
	if err != nil {
		return 0, false
	}
	return t.Month(), true
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, x := range list {
			if x == it {
				found = true
				break
			}
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}
