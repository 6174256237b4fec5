package conll

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Chunk is one entity span over the tokens of a sentence: tokens [Start, End).
type Chunk struct {
	Start, End int
	Type       string
}

// splitTag splits "B-PER" into ("B", "PER") and "O" into ("O", "").
func splitTag(tag string) (string, string) {
	if tag == "" || tag == "O" {
		return "O", ""
	}
	if i := strings.IndexByte(tag, '-'); i >= 0 {
		return tag[:i], tag[i+1:]
	}
	return tag, ""
}

// endOfChunk and startOfChunk follow conlleval.
func endOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && (tag == "B" || tag == "O"),
		prevTag == "I" && (tag == "B" || tag == "O"),
		prevTag == "E" && (tag == "E" || tag == "I" || tag == "O"),
		prevTag == "S", prevTag == "]", prevTag == "[":
		return true
	}
	return prevTag != "O" && prevTag != "." && prevType != typ
}

func startOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case tag == "B" || tag == "S" || tag == "[" || tag == "]",
		prevTag == "O" && (tag == "I" || tag == "E"),
		prevTag == "E" && (tag == "E" || tag == "I"),
		prevTag == "S" && (tag == "E" || tag == "I"):
		return true
	}
	return tag != "O" && tag != "." && prevType != typ
}

// Chunks returns the entity spans of one sentence of tags by the conlleval
// rules, so IOB1, IOB2, IOE and BIOES input all work.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	prevTag, prevType := "O", ""
	start := -1
	for i, t := range tags {
		tag, typ := splitTag(t)
		if start >= 0 && endOfChunk(prevTag, tag, prevType, typ) {
			out = append(out, Chunk{start, i, prevType})
			start = -1
		}
		if startOfChunk(prevTag, tag, prevType, typ) {
			start = i
		}
		prevTag, prevType = tag, typ
	}
	if start >= 0 {
		out = append(out, Chunk{start, len(tags), prevType})
	}
	return out
}

// Counts holds the chunk counts of one entity type.
type Counts struct {
	Gold, Predicted, Correct int
}

// Precision is Correct/Predicted (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold (0 when there is no gold chunk).
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result is a conlleval score: exact-span counts overall and per type, and
// token accuracy.
type Result struct {
	Tokens, CorrectTags int
	Overall             Counts
	ByType              map[string]Counts
}

// Add scores one sentence of predicted tags against its gold tags.
func (r *Result) Add(gold, pred []string) {
	if r.ByType == nil {
		r.ByType = map[string]Counts{}
	}
	for i := range gold {
		r.Tokens++
		if i < len(pred) && pred[i] == gold[i] {
			r.CorrectTags++
		}
	}
	if len(pred) > len(gold) {
		pred = pred[:len(gold)]
	}
	g, p := Chunks(gold), Chunks(pred)
	inGold := make(map[Chunk]bool, len(g))
	for _, c := range g {
		inGold[c] = true
		r.bump(c.Type, 1, 0, 0)
	}
	for _, c := range p {
		corr := 0
		if inGold[c] {
			corr = 1
		}
		r.bump(c.Type, 0, 1, corr)
	}
}

func (r *Result) bump(typ string, g, p, c int) {
	k := r.ByType[typ]
	k.Gold += g
	k.Predicted += p
	k.Correct += c
	r.ByType[typ] = k
	r.Overall.Gold += g
	r.Overall.Predicted += p
	r.Overall.Correct += c
}

// Accuracy is the share of tokens whose predicted tag equals the gold tag.
func (r Result) Accuracy() float64 { return ratio(r.CorrectTags, r.Tokens) }

// Write prints r as a conlleval-like table.
func (r Result) Write(w io.Writer) error {
	o := r.Overall
	var b strings.Builder
	fmt.Fprintf(&b, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		r.Tokens, o.Gold, o.Predicted, o.Correct)
	fmt.Fprintf(&b, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*r.Accuracy(), 100*o.Precision(), 100*o.Recall(), 100*o.F1())
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := r.ByType[t]
		fmt.Fprintf(&b, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Predicted)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
