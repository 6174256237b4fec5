package timeml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

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
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	d := &Document{}
	var text strings.Builder
	inText := 0
	type open struct {
		start int
		attrs map[string]string
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("decode xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
			case "TIMEX3":
				attrs := make(map[string]string, len(t.Attr))
				for _, a := range t.Attr {
					attrs[a.Name.Local] = a.Value
				}
				stack = append(stack, open{start: text.Len(), attrs: attrs})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				if inText > 0 {
					inText--
				}
			case "TIMEX3":
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.attrs["functionInDocument"] == "CREATION_TIME" {
					if day, ok := parseDay(o.attrs["value"]); ok {
						d.DCT, d.DCTOK = day, true
					}
					continue
				}
				if inText == 0 {
					continue
				}
				end := text.Len()
				d.Gold = append(d.Gold, news.Timex{
					Span:  news.Span{Start: o.start, End: end},
					Type:  o.attrs["type"],
					Value: o.attrs["value"],
					Mod:   o.attrs["mod"],
				})
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
		}
	}
	d.Text = text.String()
	for i := range d.Gold {
		d.Gold[i].Text = d.Gold[i].Span.In(d.Text)
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
