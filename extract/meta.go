package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// meta is what one metadata line says.
type meta struct {
	field    string // "date", "updated", "title", "author", "source", "url", "other"
	value    string
	date     time.Time
	dateOnly bool
	head     string // the metadata part of the line
	rest     string // body text that shares the physical line, or ""
}

// labelRe matches "Label:" or "label " prefixes of metadata lines.
var labelRe = regexp.MustCompile(`(?i)^\s*(date|dated|published(?: on| at| date)?|publication date|posted(?: on| at)?|first published(?: on)?|updated(?: on| at)?|last updated(?: on)?|last modified|modified|title|headline|byline|author|authors|written by|words by|source|publisher|outlet|from|url|link|canonical|permalink|section|category|categories|tags|topics|keywords|filed under|language|lang|id|dateline|location)\b\s*(?::|-|–|—|=|\|)?\s*`)

var urlLineRe = regexp.MustCompile(`(?i)^(?:<)?(?:https?://|www\.)\S+(?:>)?$`)

// byRe matches a byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters",
// "BY JANE DOE | Feb 18, 2025".
var byRe = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|&|de|van|von|der|da|di|al|bin|le|la)){0,6})\s*(?:(?:,|\||•|·|-|–|—|/)\s*(.*))?$`)

// parseMeta reads a metadata line: a labelled field, a byline, a bare URL or
// a date line. It returns ok=false for anything else.
func parseMeta(line string) (meta, bool) {
	s := strings.TrimSpace(line)
	if s == "" {
		return meta{}, false
	}
	if m := labelRe.FindStringSubmatchIndex(s); m != nil {
		label := strings.ToLower(s[m[2]:m[3]])
		sep := s[m[3]:m[1]]
		val := s[m[1]:]
		if md, ok := labelled(label, sep, val, s); ok {
			return md, true
		}
	}
	if len(s) > 300 {
		return meta{}, false
	}
	if m := byRe.FindStringSubmatch(s); m != nil && wordCount(m[1]) <= 7 && !calendarWord(strings.Fields(m[1])[0]) {
		md := meta{field: "author", value: strings.TrimSpace(m[1]), head: s}
		rest := strings.TrimSpace(m[2])
		if t, only, n, ok := parseDatePrefix(rest); ok && strings.TrimSpace(rest[n:]) == "" {
			md.date, md.dateOnly = t, only
		} else if rest != "" && (wordCount(rest) > 4 || endsSentence(rest) || startsLower(rest)) {
			return meta{}, false // "By Monday, the talks had stalled."
		}
		return md, true
	}
	if urlLineRe.MatchString(s) {
		return meta{field: "url", value: strings.Trim(s, "<>"), head: s}, true
	}
	// A bare date line, possibly followed by "| Updated ..." or a dateline
	// separator and body text.
	if t, only, n, ok := parseDatePrefix(s); ok {
		rest := strings.TrimSpace(s[n:])
		md := meta{field: "date", date: t, dateOnly: only, head: strings.TrimSpace(s[:n])}
		switch {
		case rest == "":
			return md, true
		case strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "·") || strings.HasPrefix(rest, "•"):
			md.head = s // "Feb 18, 2025 | Updated 2 hours ago"
			return md, true
		case startsDash(rest):
			body := strings.TrimSpace(strings.TrimLeft(rest, "-–—: "))
			if isProse(body) {
				md.rest = body
				return md, true
			}
		}
		if wordCount(rest) <= 8 && !endsSentence(rest) {
			md.head = s // "24 July 2015 From the section Europe"
			return md, true
		}
	}
	return meta{}, false
}

// labelled interprets a labelled metadata line.
func labelled(label, sep, val, line string) (meta, bool) {
	val = strings.TrimSpace(val)
	md := meta{head: line}
	switch label {
	case "date", "dated", "published", "published on", "published at", "published date", "publication date",
		"posted", "posted on", "posted at", "first published", "first published on",
		"updated", "updated on", "updated at", "last updated", "last updated on", "last modified", "modified":
		md.field = "date"
		if strings.Contains(label, "updated") || strings.Contains(label, "modified") {
			md.field = "updated"
		}
		for _, p := range []string{"on ", "On ", "at ", "At "} {
			val = strings.TrimPrefix(val, p) // "Last modified on Tue 18 Feb 2025"
		}
		if t, only, n, ok := parseDatePrefix(val); ok {
			md.date, md.dateOnly = t, only
			rest := strings.TrimSpace(val[n:])
			md.head = strings.TrimSpace(line[:len(line)-len(val)+n])
			switch {
			case rest == "" || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "·"):
				md.head = line
			case isProse(strings.TrimLeft(rest, "-–—: ")) || wordCount(rest) > 6:
				md.rest = strings.TrimSpace(strings.TrimLeft(rest, "-–—: "))
			default:
				md.head = line
			}
			return md, true
		}
		// "Updated 3 hours ago", "Published: yesterday"
		if sep != "" || wordCount(val) <= 5 {
			if wordCount(val) <= 6 && !strings.ContainsAny(val, ".!?") {
				md.field = "other"
				return md, true
			}
		}
		return meta{}, false
	}
	// Other labels need an explicit separator or a short value, and the
	// value must not read like a sentence.
	if sep == "" && label != "byline" || val == "" || wordCount(val) > 25 {
		return meta{}, false
	}
	if strings.TrimSpace(sep) == "" && !strings.ContainsAny(sep, ":") && label != "byline" {
		return meta{}, false
	}
	md.value = val
	switch label {
	case "title", "headline":
		md.field = "title"
	case "byline", "author", "authors", "written by", "words by":
		md.field = "author"
		md.value = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(val, "By "), "by "))
	case "source", "publisher", "outlet", "from":
		md.field = "source"
	case "url", "link", "canonical", "permalink":
		md.field = "url"
	default:
		md.field = "other"
	}
	return md, true
}

func startsDash(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '-' || r == '–' || r == '—' || r == ':'
}

// isProse reports whether s reads like body text: several words, starting
// with a capital, a digit or a quote.
func isProse(s string) bool {
	if wordCount(s) < 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r)
}

// wordsAtLeast reports whether s has at least k space-separated words; it
// stops counting there.
func wordsAtLeast(s string, k int) bool {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !sp && !in {
			n++
			if n >= k {
				return true
			}
		}
		in = !sp
	}
	return n >= k
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// calendarWord reports whether w names a month or a weekday ("By Monday").
func calendarWord(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ".,"))
	_, month := months[w]
	return month || weekdays[w]
}
