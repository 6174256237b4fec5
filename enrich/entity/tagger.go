package entity

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"storyline/news"
)

//go:embed model/ner.gob
var embeddedModel []byte

// Tagger is a trained PER/ORG/LOC/MISC mention tagger. Load once; it is safe
// for concurrent use.
type Tagger struct {
	m *Model
}

var loadOnce = sync.OnceValues(func() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded entity model: %w", err)
	}
	return m, nil
})

// Load returns the tagger with the model embedded in the binary. The model is
// decoded once per process; later calls share it.
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

// TagTokens predicts IOB2 tags ("B-PER", "I-ORG", "O", ...) for one sentence
// of tokens.
func (t *Tagger) TagTokens(tokens []string) []string {
	if len(tokens) == 0 {
		return nil
	}
	return t.m.TagDocument([][]string{tokens})[0]
}

// TagDocument predicts IOB2 tags for the sentences of one document; words
// seen elsewhere in the document inform each other. It has the signature of
// conll.TagFunc.
func (t *Tagger) TagDocument(sents [][]string) [][]string { return t.m.TagDocument(sents) }

// Tag finds the mentions in text. Sentences are taken from sentences when
// given (tokens outside them form sentences line by line), else split on
// line breaks and sentence-final punctuation. Mentions never span a line
// break. Entity and Name are left empty.
func (t *Tagger) Tag(text string, sentences []news.Span) []news.Mention {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	groups := groupSentences(text, toks, sentences)
	words := make([][]string, len(groups))
	for i, g := range groups {
		words[i] = make([]string, len(g))
		for j, tk := range g {
			words[i][j] = text[tk.Start:tk.End]
		}
	}
	labels := t.m.labelDocument(words)
	var out []news.Mention
	for i, g := range groups {
		out = appendMentions(out, text, g, labels[i])
	}
	return out
}

// appendMentions turns the labels of one sentence into mentions, cutting any
// mention at a line break.
func appendMentions(out []news.Mention, text string, g []Token, labels []int) []news.Mention {
	start := -1
	typ := -1
	flush := func(end int) {
		if start >= 0 {
			s, e := g[start].Start, g[end].End
			out = append(out, news.Mention{Span: news.Span{Start: s, End: e},
				Text: text[s:e], Type: news.EntityType(typeNames[typ])})
		}
		start, typ = -1, -1
	}
	for j, l := range labels {
		lt := labelType(l)
		if start >= 0 && (lt != typ || labelRole(l) == roleB || labelRole(l) == roleU || hasNewline(text[g[j-1].End:g[j].Start])) {
			flush(j - 1)
		}
		if lt < 0 {
			continue
		}
		if start < 0 {
			start, typ = j, lt
		}
		if r := labelRole(l); r == roleL || r == roleU {
			flush(j)
		}
	}
	if start >= 0 {
		flush(len(labels) - 1)
	}
	return out
}

func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	for _, r := range s {
		if r == '\u2028' || r == '\u2029' || r == '\u0085' {
			return true
		}
	}
	return false
}

// Annotate implements news.Annotator: it fills d.Entities from d.Text and
// d.Sentences. Headings and other text outside sentences are tagged too.
func (t *Tagger) Annotate(d *news.Doc) error {
	d.Entities = t.Tag(d.Text, d.Sentences)
	return nil
}
