package event

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"storyline/internal/timemlxml"
	"storyline/news"
)

// Doc is a text with its gold event mentions: a training or test document.
type Doc struct {
	Name   string
	Text   string
	Events []news.EventMention // sorted by offset
}

// ReadTimeML reads a TimeML (.tml) file: the text of its TEXT element and
// its EVENT elements with their classes.
func ReadTimeML(path string) (Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, fmt.Errorf("read timeml: %w", err)
	}
	d, err := ParseTimeML(b)
	if err != nil {
		return Doc{}, fmt.Errorf("read %s: %w", path, err)
	}
	d.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return d, nil
}

// ParseTimeML parses a TimeML document. The text is the character data of
// the TEXT element (entities decoded), with single line breaks turned into
// spaces (so hard-wrapped paragraphs read as one line, and offsets do not
// move); events are the EVENT elements inside it, trimmed of white space.
func ParseTimeML(b []byte) (Doc, error) {
	var d Doc
	x, err := timemlxml.Parse(b, "EVENT")
	if err != nil {
		return d, err
	}
	for _, e := range x.Elements {
		if e.InText {
			d.Events = append(d.Events, news.EventMention{Span: news.Span{Start: e.Start, End: e.End}, Class: strings.ToUpper(strings.TrimSpace(e.Attrs["class"]))})
		}
	}
	if !x.HasText {
		return d, errors.New("parse timeml: no TEXT element")
	}
	d.Text = unwrap(x.Text)
	events := d.Events[:0]
	for _, e := range d.Events {
		s := e.Span.In(d.Text)
		lead := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
		trail := len(s) - len(strings.TrimRight(s, " \t\r\n"))
		e.Start += lead
		e.End -= trail
		if e.End <= e.Start {
			continue
		}
		e.Text = d.Text[e.Start:e.End]
		events = append(events, e)
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].Start < events[j].Start })
	d.Events = events
	return d, nil
}

// unwrap turns every line break that does not end a paragraph (a lone
// "\n", not next to another) into a space.
func unwrap(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c != '\n' {
			continue
		}
		prev := i > 0 && (b[i-1] == '\n' || b[i-1] == '\r')
		next := i+1 < len(b) && (b[i+1] == '\n' || b[i+1] == '\r')
		if !prev && !next {
			b[i] = ' '
		}
	}
	return string(b)
}
