// Package timemlxml reads the XML of TimeML documents (TempEval, TimeBank,
// AQUAINT): the character data of the TEXT element and the annotation
// elements (EVENT, TIMEX3, ...) as byte spans into it. What the annotations
// mean is for its callers: the event trainer reads EVENTs, the TempEval
// scorer TIMEX3s and the document creation time.
package timemlxml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Element is one annotation element.
type Element struct {
	Name  string            // local name: "EVENT", "TIMEX3"
	Attrs map[string]string // attributes by local name
	// InText reports whether the element lies inside TEXT; then Start and
	// End are the byte span of its character data in Doc.Text.
	InText     bool
	Start, End int
}

// Doc is a parsed TimeML document.
type Doc struct {
	Text     string    // character data of TEXT, entities decoded
	HasText  bool      // a TEXT element was found
	Elements []Element // the elements asked for, in the order they end
}

// Parse decodes a TimeML document and keeps the elements whose local names
// are listed. The decoder is lenient (TimeML files are often not
// well-formed XML) and knows the HTML entities.
func Parse(b []byte, names ...string) (Doc, error) {
	var d Doc
	keep := make(map[string]bool, len(names))
	for _, n := range names {
		keep[n] = true
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var (
		text   strings.Builder
		inText int
		open   []Element // kept elements not yet ended, innermost last
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return d, fmt.Errorf("parse timeml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case name == "TEXT":
				inText++
				d.HasText = true
			case keep[name]:
				attrs := make(map[string]string, len(t.Attr))
				for _, a := range t.Attr {
					attrs[a.Name.Local] = a.Value
				}
				open = append(open, Element{Name: name, Attrs: attrs, InText: inText > 0, Start: text.Len()})
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
		case xml.EndElement:
			switch name := t.Name.Local; {
			case name == "TEXT":
				if inText > 0 {
					inText--
				}
			case keep[name]:
				// the innermost open element of that name ends here
				k := len(open) - 1
				for k >= 0 && open[k].Name != name {
					k--
				}
				if k < 0 {
					continue
				}
				e := open[k]
				open = append(open[:k], open[k+1:]...)
				e.InText = e.InText && inText > 0
				e.End = text.Len()
				d.Elements = append(d.Elements, e)
			}
		}
	}
	d.Text = text.String()
	return d, nil
}
