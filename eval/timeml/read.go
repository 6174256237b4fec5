package timeml

import (
	"fmt"
	"os"
	"time"

	"storyline/internal/timemlxml"
	"storyline/news"
)

// Document is one TimeML file: the text of its TEXT element, the document
// creation time and the gold time expressions (the DCT excluded).
type Document struct {
	Name  string       // file name, for messages
	Text  string       // character data of TEXT, entities decoded
	DCT   time.Time    // document creation time; zero when absent
	Gold  []news.Timex // gold TIMEX3 annotations inside TEXT, spans into Text
	DCTOK bool         // a CREATION_TIME TIMEX3 was found
}

// ReadFile reads and parses one TimeML file.
func ReadFile(path string) (*Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read timeml %s: %w", path, err)
	}
	d, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("parse timeml %s: %w", path, err)
	}
	d.Name = path
	return d, nil
}

// Parse parses a TimeML document from its bytes.
func Parse(b []byte) (*Document, error) {
	x, err := timemlxml.Parse(b, "TIMEX3")
	if err != nil {
		return nil, err
	}
	d := &Document{Text: x.Text}
	for _, e := range x.Elements {
		if e.Attrs["functionInDocument"] == "CREATION_TIME" {
			if day, ok := parseDay(e.Attrs["value"]); ok {
				d.DCT, d.DCTOK = day, true
			}
			continue
		}
		if !e.InText {
			continue
		}
		sp := news.Span{Start: e.Start, End: e.End}
		d.Gold = append(d.Gold, news.Timex{
			Span:  sp,
			Text:  sp.In(d.Text),
			Type:  e.Attrs["type"],
			Value: e.Attrs["value"],
			Mod:   e.Attrs["mod"],
		})
	}
	return d, nil
}

// parseDay reads the calendar day of a TIMEX3 value such as "1998-02-13" or
// "1998-02-13T14:35:00".
func parseDay(v string) (time.Time, bool) {
	if len(v) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}
