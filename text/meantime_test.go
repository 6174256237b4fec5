package text

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
		glue := strings.ContainsAny(w[:1], ",.!?;:)%]”’") || w == "'s" || w == "n't" || strings.HasPrefix(w, "'")
		if w == "\"" {
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
			if !strings.ContainsAny(w, ".!?\"”") {
				sb.WriteByte('\n')
				noSpace = true
			}
		}
	}
	return sb.String(), ends
}

// TestMeantimeSentences measures sentence boundary F1 on the MEANTIME news
// corpus (gold sentences, detokenised), for this splitter and for English
// Punkt as a reference.
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
	var tp, fp, fn, ptp, pfp, pfn int
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
		score := func(spans []news.Span, tp, fp, fn *int, who string) {
			pred := map[int]bool{}
			for _, s := range spans {
				pred[s.End] = true
			}
			for e := range pred {
				if gold[e] {
					*tp++
				} else {
					*fp++
					if testing.Verbose() && who == "rules" {
						t.Logf("%s false split: %q", filepath.Base(f), text[max(0, e-40):min(len(text), e+30)])
					}
				}
			}
			for e := range gold {
				if !pred[e] {
					*fn++
					if testing.Verbose() && who == "rules" {
						t.Logf("%s missed split: %q", filepath.Base(f), text[max(0, e-40):min(len(text), e+30)])
					}
				}
			}
		}
		score(Sentences(text, nil), &tp, &fp, &fn, "rules")
		var ps []news.Span
		off := 0
		for _, line := range strings.SplitAfter(text, "\n") {
			for _, s := range punkt.Tokenize(line) {
				st, en := trimSpan(line, s.Start, s.End)
				if st < en {
					ps = append(ps, news.Span{Start: off + st, End: off + en})
				}
			}
			off += len(line)
		}
		score(ps, &ptp, &pfp, &pfn, "punkt")
	}
	f1 := func(tp, fp, fn int) float64 { return 2 * float64(tp) / float64(2*tp+fp+fn) }
	t.Logf("MEANTIME %d docs: rules F1 %.4f (tp %d fp %d fn %d); punkt F1 %.4f (tp %d fp %d fn %d)",
		len(files), f1(tp, fp, fn), tp, fp, fn, f1(ptp, pfp, pfn), ptp, pfp, pfn)
	if f1(tp, fp, fn) < 0.97 {
		t.Errorf("sentence F1 %.4f below 0.97", f1(tp, fp, fn))
	}
}
