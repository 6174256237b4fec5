package timeml

import (
	"encoding/xml"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	d, err := ParseCAT(b)
	if err != nil {
		return nil, fmt.Errorf("parse cat %s: %w", path, err)
	}
	d.Name = path
	return d, nil
}

// EvaluateCAT scores tag on every CAT XML file (*.xml) under dir, as
// Evaluate does on TimeML files: the MEANTIME corpus, a held-out check with
// other annotators and modern (Wikinews) text.
func EvaluateCAT(dir string, tag func(text string, dct time.Time) []news.Timex) (Result, error) {
	var r Result
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".xml") {
			return err
		}
		d, err := ReadCAT(p)
		if err != nil {
			return err
		}
		r.Score(d, tag(d.Text, d.DCT))
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("evaluate cat %s: %w", dir, err)
	}
	if r.Files == 0 {
		return Result{}, fmt.Errorf("evaluate cat %s: no .xml files", dir)
	}
	r.Finish()
	return r, nil
}

// ParseCAT parses a CAT XML document from its bytes (see ReadCAT).
func ParseCAT(b []byte) (*Document, error) {
	var c catDoc
	if err := xml.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("parse cat: %w", err)
	}
	d := &Document{}
	skip := map[int]bool{}
	sent := make(map[int]int, len(c.Tokens))
	for _, t := range c.Tokens {
		sent[t.ID] = t.Sentence
	}
	// a few files lack the CREATION_TIME mark: the TIMEX3 of the date line
	// (sentence 1, under the title) is the DCT then
	dctAt := -1
	for i, x := range c.Timexes {
		if x.Function == "CREATION_TIME" {
			dctAt = i
			break
		}
		if dctAt < 0 && len(x.Anchors) > 0 && sent[x.Anchors[0].ID] == 1 && sent[x.Anchors[len(x.Anchors)-1].ID] == 1 {
			dctAt = i
		}
	}
	for i, x := range c.Timexes {
		if i != dctAt {
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
	for i, x := range c.Timexes {
		if i == dctAt || len(x.Anchors) == 0 {
			continue
		}
		s, e := -1, -1
		for _, a := range x.Anchors {
			if st, ok := start[a.ID]; ok {
				if s < 0 || st < s {
					s = st
				}
				e = max(e, end[a.ID])
			}
		}
		if s < 0 || e <= s {
			continue // no anchored token, or only empty ones
		}
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
