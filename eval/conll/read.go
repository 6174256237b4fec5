package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// DocStart is the token that marks the start of a document.
const DocStart = "-DOCSTART-"

// Sentence is one sentence of a CoNLL file.
type Sentence struct {
	Tokens []string // the first column
	Gold   []string // the last column when a line has two columns or more, else ""
	Lines  []string // the input lines, without line terminators
}

// Document is the sentences between two -DOCSTART- lines.
type Document struct {
	Sentences []Sentence
}

// Tokens returns the tokens of every sentence of d.
func (d Document) Tokens() [][]string {
	out := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Tokens
	}
	return out
}

// item is one line of the input, kept for Annotate.
type item struct {
	line  string
	kind  int // 0 token, 1 blank, 2 docstart
	doc   int // document index for tokens
	sent  int // sentence index inside the document
	token int // token index inside the sentence
}

const (
	kindToken = iota
	kindBlank
	kindDocStart
)

// parsed is a whole input: its documents and its lines in order.
type parsed struct {
	docs  []Document
	items []item
}

// maxLine is the longest line accepted.
const maxLine = 1 << 20

func parse(r io.Reader, name string) (*parsed, error) {
	p := &parsed{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var cur Sentence
	var doc Document
	flushSent := func() {
		if len(cur.Tokens) > 0 {
			doc.Sentences = append(doc.Sentences, cur)
			cur = Sentence{}
		}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			p.docs = append(p.docs, doc)
			doc = Document{}
		}
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			flushSent()
			p.items = append(p.items, item{line: line, kind: kindBlank})
		case fields[0] == DocStart:
			flushDoc()
			p.items = append(p.items, item{line: line, kind: kindDocStart})
		default:
			gold := ""
			if len(fields) >= 2 {
				gold = fields[len(fields)-1]
			}
			p.items = append(p.items, item{line: line, kind: kindToken,
				doc: len(p.docs), sent: len(doc.Sentences), token: len(cur.Tokens)})
			cur.Tokens = append(cur.Tokens, fields[0])
			cur.Gold = append(cur.Gold, gold)
			cur.Lines = append(cur.Lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll %s line %d: %w", name, n+1, err)
	}
	flushDoc()
	return p, nil
}

// Read parses a CoNLL column file from r into documents. A file without
// -DOCSTART- lines is one document.
func Read(r io.Reader) ([]Document, error) {
	p, err := parse(r, "input")
	if err != nil {
		return nil, err
	}
	return p.docs, nil
}

// ReadFile parses the CoNLL column file at path.
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	defer f.Close()
	p, err := parse(f, path)
	if err != nil {
		return nil, err
	}
	return p.docs, nil
}
