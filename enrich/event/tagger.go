package event

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"storyline/news"
)

//go:embed model/event.gob
var embeddedModel []byte

var loadOnce = sync.OnceValues(func() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded event model: %w", err)
	}
	return m, nil
})

// Tagger finds TimeML event mentions. It is safe for concurrent use.
type Tagger struct {
	m *Model
}

// Load returns the tagger with the model embedded in the binary. The model
// is decoded once per process, on the first call; later calls share it.
func Load() (*Tagger, error) {
	m, err := loadOnce()
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m}, nil
}

// New returns a tagger using model m.
func New(m *Model) *Tagger { return &Tagger{m: m} }

// Model returns the tagger's model.
func (t *Tagger) Model() *Model { return t.m }

// Annotate implements news.Annotator: it fills d.Events from d.Text and
// d.Sentences.
func (t *Tagger) Annotate(d *news.Doc) error {
	d.Events = t.Tag(d.Text, d.Sentences)
	return nil
}

// Tag returns the event mentions of text, in text order. Tokens are grouped
// into the given sentences; text outside them (or all of it when sentences
// is empty) is read line by line.
func (t *Tagger) Tag(text string, sentences []news.Span) []news.EventMention {
	var out []news.EventMention
	var st state
	for _, seg := range segments(text, sentences) {
		st.toks = appendTokens(st.toks[:0], text, seg.Start, seg.End)
		labels := t.m.labelSentence(&st, text)
		for i, l := range labels {
			if l > 0 {
				sp := st.toks[i]
				out = append(out, news.EventMention{Span: sp, Text: text[sp.Start:sp.End], Class: Classes[l-1]})
			}
		}
	}
	return out
}

// TagTokens returns the label of every token of one sentence: "" for no
// event, else the TimeML class.
func (t *Tagger) TagTokens(tokens []string) []string {
	text := strings.Join(tokens, " ")
	var st state
	at := 0
	for _, tk := range tokens {
		st.toks = append(st.toks, news.Span{Start: at, End: at + len(tk)})
		at += len(tk) + 1
	}
	labels := t.m.labelSentence(&st, text)
	out := make([]string, len(labels))
	for i, l := range labels {
		if l > 0 {
			out[i] = Classes[l-1]
		}
	}
	return out
}

// state is the scratch space of one tagging call.
type state struct {
	a      analyzer
	toks   []news.Span
	words  []word
	labels []int
	feats  []uint64
	known  []*commonWord
}

// labelSentence labels the tokens st.toks of one sentence of text.
func (m *Model) labelSentence(st *state, text string) []int {
	n := len(st.toks)
	st.words = st.words[:0]
	st.known = st.known[:0]
	for _, sp := range st.toks {
		s := text[sp.Start:sp.End]
		c := m.common[s]
		st.known = append(st.known, c)
		if c != nil {
			st.words = append(st.words, c.w)
			continue
		}
		st.words = append(st.words, word{})
		st.a.analyze(s, &st.words[len(st.words)-1], m)
	}
	st.labels = st.labels[:0]
	prev := -1
	for i := 0; i < n; i++ {
		w := &st.words[i]
		c := st.known[i]
		if c != nil && c.never || !candidate(st.words, i) {
			// Frequent words never seen as an event in training, and
			// the tokens that cannot be events, are not scored.
			st.labels = append(st.labels, 0)
			prev = 0
			continue
		}
		var acc [nLabels]int32
		if c != nil {
			acc = c.scores
		} else {
			st.feats = m.wordFeatures(w, st.feats[:0])
			m.addScores(st.feats, &acc)
		}
		st.feats = m.contextFeatures(st.words, i, st.feats[:0])
		if m.Prev {
			st.feats = prevFeatures(st.feats, w, prev)
		}
		m.addScores(st.feats, &acc)
		l := m.decide(&acc)
		st.labels = append(st.labels, l)
		prev = l
	}
	return st.labels
}

// candidate reports whether token i of a sentence may be an event at all:
// tokens without a letter (punctuation, numbers) and capitalised words
// after a word (names; 6 of the 11,145 TBAQ events) never are.
func candidate(s []word, i int) bool {
	f := s[i].flags
	return f&fNoLetter == 0 && (f&fInitCap == 0 || i == 0 || s[i-1].flags&fNoLetter != 0)
}

// segments returns the spans to tag: the sentences, clipped to the text,
// sorted and without overlaps, and the lines of the text between them.
func segments(text string, sentences []news.Span) []news.Span {
	ss := make([]news.Span, 0, len(sentences)+1)
	for _, s := range sentences {
		s.Start, s.End = max(s.Start, 0), min(s.End, len(text))
		if s.Start < s.End {
			ss = append(ss, s)
		}
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i].Start < ss[j].Start })
	var out []news.Span
	at := 0
	gap := func(end int) {
		for at < end {
			e, next := end, end
			if nl := strings.IndexByte(text[at:end], '\n'); nl >= 0 {
				e, next = at+nl, at+nl+1
			}
			if strings.TrimSpace(text[at:e]) != "" {
				out = append(out, news.Span{Start: at, End: e})
			}
			at = next
		}
	}
	for _, s := range ss {
		if s.End <= at {
			continue
		}
		gap(s.Start)
		s.Start = max(s.Start, at)
		out = append(out, s)
		at = s.End
	}
	gap(len(text))
	return out
}
