package text

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"storyline/internal/shared"
	"storyline/news"
)

// meantimeDoc is a MEANTIME NAF-like document: tokens with sentence numbers.
type meantimeDoc struct {
	Tokens []struct {
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
}

// detok rebuilds running text from gold tokens and returns it with the byte
// offset at which each gold sentence ends. Sentences without final
// punctuation (title, date lines) end with a newline, as on the page.
func detok(d *meantimeDoc) (string, map[int]bool) {
	var sb strings.Builder
	ends := map[int]bool{}
	openQuote := false
	noSpace := true
	for i, tk := range d.Tokens {
		w := tk.Text
		last := i+1 == len(d.Tokens) || d.Tokens[i+1].Sentence != tk.Sentence
		first := i == 0 || d.Tokens[i-1].Sentence != tk.Sentence
		glue := strings.ContainsAny(w[:1], ",.!?;:)%]”’") || w == "'s" || w == "n't" || strings.HasPrefix(w, "'")
		if w == "\"" {
			// A quote mark opens at the start of a sentence and closes at
			// its end; inside, marks alternate.
			switch {
			case first:
				openQuote = false
			case last:
				openQuote = true
			}
			glue = openQuote
		}
		if !noSpace && !glue {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
		noSpace = w == "(" || w == "“" || w == "$" || (w == "\"" && !openQuote)
		if w == "\"" {
			openQuote = !openQuote
		}
		if last {
			ends[sb.Len()] = true
			if !strings.ContainsAny(w[len(w)-1:], ".!?\"”") {
				sb.WriteByte('\n')
				noSpace = true
			}
		}
	}
	return sb.String(), ends
}

// boundaryScore counts sentence ends predicted by spans against the gold
// ends: true positives, false positives, false negatives.
func boundaryScore(spans []news.Span, gold map[int]bool) [3]int {
	var tp, fp, fn int
	pred := map[int]bool{}
	for _, s := range spans {
		pred[s.End] = true
	}
	for e := range pred {
		if gold[e] {
			tp++
		} else {
			fp++
		}
	}
	for e := range gold {
		if !pred[e] {
			fn++
		}
	}
	return [3]int{tp, fp, fn}
}

// punktSpans splits text with English Punkt, one line at a time.
func punktSpans(tok *sentences.DefaultSentenceTokenizer, text string) []news.Span {
	var ps []news.Span
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		for _, s := range tok.Tokenize(line) {
			st, en := trimSpan(line, s.Start, s.End)
			if st < en {
				ps = append(ps, news.Span{Start: off + st, End: off + en})
			}
		}
		off += len(line)
	}
	return ps
}

func f1(tp, fp, fn int) float64 { return 2 * float64(tp) / float64(2*tp+fp+fn) }

// TestMeantimeSentences measures sentence boundary F1 on the MEANTIME news
// corpus (gold sentences, detokenised), for this splitter and for English
// Punkt as a reference. The corpus was used to tune the splitter.
func TestMeantimeSentences(t *testing.T) {
	dir := shared.Path(t, "data/meantime/intra_cross-doc_annotation")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	if len(files) == 0 {
		t.Skip("no MEANTIME files")
	}
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	var r, p [3]int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d meantimeDoc
		if err := xml.Unmarshal(b, &d); err != nil || len(d.Tokens) == 0 {
			continue
		}
		text, gold := detok(&d)
		add(&r, boundaryScore(Sentences(text, nil), gold))
		add(&p, boundaryScore(punktSpans(punkt, text), gold))
	}
	t.Logf("MEANTIME %d docs: rules F1 %.4f %v; punkt F1 %.4f %v (tp fp fn)", len(files), f1(r[0], r[1], r[2]), r, f1(p[0], p[1], p[2]), p)
	if f1(r[0], r[1], r[2]) < 0.97 {
		t.Errorf("sentence F1 %.4f below 0.97", f1(r[0], r[1], r[2]))
	}
}

// TestConllSentences measures sentence boundary F1 on the CoNLL-2003
// validation set (Reuters news, gold sentences, detokenised), a corpus the
// splitter was not tuned on.
func TestConllSentences(t *testing.T) {
	path := shared.Path(t, "data/conll2003/valid.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	var r, p [3]int
	docs := 0
	for _, doc := range strings.Split(string(b), "-DOCSTART-") {
		var d meantimeDoc
		sent := 0
		for _, line := range strings.Split(doc, "\n") {
			f := strings.Fields(line)
			if len(f) == 0 {
				sent++
				continue
			}
			if f[0] == "-X-" || len(f) < 2 {
				continue
			}
			d.Tokens = append(d.Tokens, struct {
				Sentence int    `xml:"sentence,attr"`
				Text     string `xml:",chardata"`
			}{sent, f[0]})
		}
		if len(d.Tokens) == 0 {
			continue
		}
		docs++
		text, gold := detok(&d)
		add(&r, boundaryScore(Sentences(text, nil), gold))
		add(&p, boundaryScore(punktSpans(punkt, text), gold))
	}
	t.Logf("CoNLL-2003 valid %d docs: rules F1 %.4f %v; punkt F1 %.4f %v (tp fp fn)", docs, f1(r[0], r[1], r[2]), r, f1(p[0], p[1], p[2]), p)
	if f1(r[0], r[1], r[2]) < 0.95 {
		t.Errorf("sentence F1 %.4f below 0.95", f1(r[0], r[1], r[2]))
	}
}

func add(acc *[3]int, x [3]int) {
	for i := range acc {
		acc[i] += x[i]
	}
}
