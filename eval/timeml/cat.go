package timeml

import (
	"encoding/xml"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"storyline/news"
)

// catDoc is the part of a CAT (Content Annotation Tool) XML file, the format
// of the MEANTIME corpus, that time expressions need: tokens and TIMEX3
// markables anchored on token ids.
type catDoc struct {
	Tokens []struct {
		ID       int    `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Timexes []struct {
		Type     string `xml:"type,attr"`
		Value    string `xml:"value,attr"`
		Function string `xml:"functionInDocument,attr"`
		Anchors  []struct {
			ID int `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>TIMEX3"`
}

// ReadCAT reads a CAT XML file (MEANTIME) as a Document: the tokens are
// joined into a text (sentences on lines of their own, no space before
// closing punctuation), the TIMEX3 marked CREATION_TIME gives the DCT and
// its tokens (the date line under the title) are left out of the text, as
// TimeML keeps the DCT outside TEXT. TIMEX3s without tokens are skipped.
func ReadCAT(path string) (*Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cat %s: %w", path, err)
	}
	var c catDoc
	if err := xml.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("parse cat %s: %w", path, err)
	}
	d := &Document{Name: path}
	skip := map[int]bool{}
	for _, x := range c.Timexes {
		if x.Function != "CREATION_TIME" {
			continue
		}
		if t, err := time.Parse("2006-01-02", x.Value[:min(10, len(x.Value))]); err == nil {
			d.DCT, d.DCTOK = t, true
		}
		for _, a := range x.Anchors {
			skip[a.ID] = true
		}
	}
	// MEANTIME annotates times only in the title, the date line and the
	// first sentences of each article (sentences 0..5): score those
	const last = catScope
	start, end := map[int]int{}, map[int]int{}
	var sb strings.Builder
	prevSent, prevTok := -1, ""
	for _, t := range c.Tokens {
		if skip[t.ID] || t.Sentence > last {
			continue
		}
		switch {
		case sb.Len() == 0:
		case t.Sentence != prevSent:
			sb.WriteString("\n")
		case noSpaceBefore(t.Text) || prevTok == "(" || prevTok == "$" || prevTok == "``":
		default:
			sb.WriteByte(' ')
		}
		start[t.ID] = sb.Len()
		sb.WriteString(t.Text)
		end[t.ID] = sb.Len()
		prevSent, prevTok = t.Sentence, t.Text
	}
	d.Text = sb.String()
	for _, x := range c.Timexes {
		if x.Function == "CREATION_TIME" || len(x.Anchors) == 0 {
			continue
		}
		ids := make([]int, 0, len(x.Anchors))
		for _, a := range x.Anchors {
			if _, ok := start[a.ID]; ok {
				ids = append(ids, a.ID)
			}
		}
		if len(ids) == 0 {
			continue
		}
		sort.Ints(ids)
		s, e := start[ids[0]], end[ids[len(ids)-1]]
		d.Gold = append(d.Gold, news.Timex{Span: news.Span{Start: s, End: e}, Text: d.Text[s:e], Type: x.Type, Value: x.Value})
	}
	sort.Slice(d.Gold, func(i, j int) bool { return d.Gold[i].Start < d.Gold[j].Start })
	return d, nil
}

// catScope is the last sentence (numbered from 0, the title) in which
// MEANTIME annotates time expressions.
const catScope = 5

// noSpaceBefore reports whether a token attaches to the one before it.
func noSpaceBefore(s string) bool {
	switch s {
	case ",", ".", ";", ":", "!", "?", ")", "%", "'s", "n't", "'", "''", "'re", "'ve", "'ll", "'d", "'m":
		return true
	}
	return false
}
