package conll

import (
	"bufio"
	"fmt"
	"io"
)

// TagFunc tags one document: for each sentence of tokens it returns one IOB2
// tag per token. Taggers that only look at one sentence can be adapted with
// PerSentence.
type TagFunc func(doc [][]string) [][]string

// PerSentence adapts a sentence tagger to a TagFunc.
func PerSentence(tag func(tokens []string) []string) TagFunc {
	return func(doc [][]string) [][]string {
		out := make([][]string, len(doc))
		for i, s := range doc {
			out[i] = tag(s)
		}
		return out
	}
}

// Score tags every document and scores the predictions against the gold
// column.
func Score(docs []Document, tag TagFunc) Result {
	var r Result
	r.ByType = map[string]Counts{}
	for _, d := range docs {
		pred := tag(d.Tokens())
		for i, s := range d.Sentences {
			var p []string
			if i < len(pred) {
				p = pred[i]
			}
			r.Add(s.Gold, p)
		}
	}
	return r
}

// Eval reads a CoNLL file with a gold last column from r, tags it with tag
// and returns the conlleval score.
func Eval(r io.Reader, tag TagFunc) (Result, error) {
	docs, err := Read(r)
	if err != nil {
		return Result{}, err
	}
	return Score(docs, tag), nil
}

// Annotate reads CoNLL columns from r and writes every line to w with one more
// column: the tag predicted by tag in IOB2. Blank lines stay blank;
// -DOCSTART- lines get "O". The gold column is ignored and may be absent.
func Annotate(r io.Reader, w io.Writer, tag TagFunc) error {
	p, err := parse(r, "input")
	if err != nil {
		return err
	}
	pred := make([][][]string, len(p.docs))
	for i, d := range p.docs {
		pred[i] = tag(d.Tokens())
	}
	bw := bufio.NewWriter(w)
	for _, it := range p.items {
		switch it.kind {
		case kindBlank:
			bw.WriteString(it.line)
		case kindDocStart:
			bw.WriteString(it.line)
			bw.WriteString(" O")
		default:
			t := "O"
			if it.sent < len(pred[it.doc]) && it.token < len(pred[it.doc][it.sent]) {
				t = pred[it.doc][it.sent][it.token]
			}
			bw.WriteString(it.line)
			bw.WriteByte(' ')
			bw.WriteString(t)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write conll: %w", err)
	}
	return nil
}
