package events

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Token is one token of a CAT document.
type Token struct {
	ID       string // t_id
	Sentence int    // sentence number as annotated
	Text     string
}

// Timex is a TIMEX3 markable.
type Timex struct {
	Type     string // DATE, TIME, DURATION, SET
	Value    string
	Creation bool  // the document creation time
	Tokens   []int // indexes into Document.Tokens
}

// TLink is a temporal link between two markables.
type TLink struct {
	Rel            string // reltype, upper case
	Source, Target string // m_id
}

// Document is a document in CAT XML (MEANTIME, SemEval-2015 Task 4).
type Document struct {
	ID     string // doc_id
	Name   string // doc_name
	Tokens []Token
	Events map[string][]int // EVENT_MENTION m_id → token indexes
	Timex  map[string]*Timex
	TLinks []TLink
}

// DCT returns the value of the document creation time, or "".
func (d *Document) DCT() string {
	for _, t := range d.Timex {
		if t.Creation && t.Value != "" {
			return t.Value
		}
	}
	return ""
}

// ReadCAT reads a CAT XML file.
func ReadCAT(path string) (*Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := ParseCAT(b)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return d, nil
}

// ParseCAT parses a CAT XML document: its tokens, event mentions, TIMEX3
// markables with their token anchors, and TLINKs. Anchors to unknown tokens
// are ignored.
func ParseCAT(b []byte) (*Document, error) {
	d := &Document{Events: map[string][]int{}, Timex: map[string]*Timex{}}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	tokIndex := map[string]int{}
	var (
		inToken  = -1     // index of the token being read
		markable string   // element name of the open markable
		mid      string   // its m_id
		link     *TLink   // the open TLINK
		anchors  []string // token anchors of the open markable
		sawRoot  bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse cat: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			a := attrs(t)
			switch name := t.Name.Local; name {
			case "Document":
				sawRoot = true
				d.ID, d.Name = a["doc_id"], a["doc_name"]
			case "token":
				n, err := strconv.Atoi(a["sentence"])
				if err != nil {
					return nil, fmt.Errorf("parse cat: token %q: bad sentence %q", a["t_id"], a["sentence"])
				}
				inToken = len(d.Tokens)
				d.Tokens = append(d.Tokens, Token{ID: a["t_id"], Sentence: n})
				if a["t_id"] != "" {
					tokIndex[a["t_id"]] = inToken
				}
			case "token_anchor":
				if markable != "" {
					anchors = append(anchors, a["t_id"])
				}
			case "EVENT_MENTION", "TIMEX3":
				if link != nil {
					break
				}
				markable, mid, anchors = name, a["m_id"], nil
				if name == "TIMEX3" && mid != "" {
					d.Timex[mid] = &Timex{Type: strings.ToUpper(a["type"]), Value: a["value"], Creation: a["functionInDocument"] == "CREATION_TIME"}
				}
			case "TLINK":
				link = &TLink{Rel: strings.ToUpper(a["reltype"])}
			case "source":
				if link != nil {
					link.Source = a["m_id"]
				}
			case "target":
				if link != nil {
					link.Target = a["m_id"]
				}
			}
		case xml.CharData:
			if inToken >= 0 {
				d.Tokens[inToken].Text += string(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "token":
				inToken = -1
			case "EVENT_MENTION", "TIMEX3":
				if t.Name.Local != markable {
					break
				}
				var idx []int
				for _, id := range anchors {
					if i, ok := tokIndex[id]; ok {
						idx = append(idx, i)
					}
				}
				if mid != "" {
					if markable == "EVENT_MENTION" {
						d.Events[mid] = append(d.Events[mid], idx...)
					} else if tx := d.Timex[mid]; tx != nil {
						tx.Tokens = idx
					}
				}
				markable, mid, anchors = "", "", nil
			case "TLINK":
				if link != nil && link.Source != "" && link.Target != "" {
					d.TLinks = append(d.TLinks, *link)
				}
				link = nil
			}
		}
	}
	if !sawRoot {
		return nil, errors.New("parse cat: no Document element")
	}
	for i := range d.Tokens {
		d.Tokens[i].Text = strings.TrimSpace(d.Tokens[i].Text)
	}
	return d, nil
}

func attrs(t xml.StartElement) map[string]string {
	m := make(map[string]string, len(t.Attr))
	for _, a := range t.Attr {
		m[a.Name.Local] = a.Value
	}
	return m
}
