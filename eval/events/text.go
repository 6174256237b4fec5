package events

import (
	"path/filepath"
	"sort"
	"strings"
	"time"

	"storyline/news"
)

// Layout is the text rebuilt from a document's tokens: one annotated
// sentence per line, tokens joined by single spaces (none before closing
// punctuation or after opening brackets), with the byte span of every token
// and of every annotated sentence.
type Layout struct {
	Text      string
	Tokens    []news.Span // per token of the document
	Lines     []news.Span // per line, in order
	Sentences map[int]int // annotated sentence number → line index
	lineOf    []int       // per token: its line
}

// noSpaceBefore and noSpaceAfter hold tokens glued to their neighbour.
var (
	noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true, "]": true, "%": true, "'s": true, "n't": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true}
	noSpaceAfter  = map[string]bool{"(": true, "[": true, "$": true}
)

// NewLayout rebuilds the text of d.
func NewLayout(d *Document) *Layout {
	l := &Layout{Sentences: map[int]int{}, Tokens: make([]news.Span, len(d.Tokens)), lineOf: make([]int, len(d.Tokens))}
	var b strings.Builder
	lineStart := 0
	prevSent, prevTok := 0, ""
	for i, t := range d.Tokens {
		newLine := i == 0 || t.Sentence != prevSent
		if newLine && i > 0 {
			l.Lines = append(l.Lines, news.Span{Start: lineStart, End: b.Len()})
			b.WriteByte('\n')
			lineStart = b.Len()
		} else if i > 0 && !noSpaceBefore[t.Text] && !noSpaceAfter[prevTok] && t.Text != "" {
			b.WriteByte(' ')
		}
		if newLine {
			if _, seen := l.Sentences[t.Sentence]; !seen {
				l.Sentences[t.Sentence] = len(l.Lines)
			}
		}
		txt := strings.ReplaceAll(t.Text, "\n", " ")
		start := b.Len()
		b.WriteString(txt)
		l.Tokens[i] = news.Span{Start: start, End: b.Len()}
		l.lineOf[i] = len(l.Lines)
		prevSent, prevTok = t.Sentence, t.Text
	}
	if len(d.Tokens) > 0 {
		l.Lines = append(l.Lines, news.Span{Start: lineStart, End: b.Len()})
	}
	l.Text = b.String()
	return l
}

// LineOfToken returns the line of token i, or -1.
func (l *Layout) LineOfToken(i int) int {
	if i < 0 || i >= len(l.lineOf) {
		return -1
	}
	return l.lineOf[i]
}

// LineAt returns the line holding byte offset off, or -1.
func (l *Layout) LineAt(off int) int {
	i := sort.Search(len(l.Lines), func(i int) bool { return l.Lines[i].End >= off })
	if i < len(l.Lines) && l.Lines[i].Start <= off {
		return i
	}
	return -1
}

// NewsDoc returns the unannotated news document of d laid out as l: the first
// line is the title, the creation time the publication date.
func NewsDoc(d *Document, l *Layout, input string) *news.Doc {
	id := d.ID
	if id == "" {
		id = strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	}
	art := news.Article{ID: id, Input: input, Text: l.Text, Lang: "en"}
	if len(l.Lines) > 0 {
		art.Title = l.Lines[0].In(l.Text)
	}
	for _, ln := range l.Lines {
		art.Paragraphs = append(art.Paragraphs, ln)
	}
	if t, ok := parseDay(d.DCT()); ok {
		art.Published, art.DateOnly = t, true
		art.PublishedSource = news.DateGiven
	}
	return &news.Doc{Article: art}
}

// parseDay reads the calendar day of a TIMEX3 value such as "2008-03-01" or
// "2008-03-01T10:00".
func parseDay(v string) (time.Time, bool) {
	if len(v) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v[:10])
	return t, err == nil
}
