package timeml

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"storyline/news"
)

// Result holds the TempEval-3 time-expression scores over a set of files.
//
// Span scores: a strict match is an identical span; a relaxed match is any
// overlap. Relaxed precision is the share of system expressions overlapping
// some gold expression, relaxed recall the share of gold expressions
// overlapping some system expression (as in the TE3 scorer).
//
// Attribute scores are computed over the relaxed-matched pairs (each gold
// expression paired with at most one system expression and vice versa), as
// defined by the TE3 scorer: attribute precision = pairs with the correct
// attribute / system count, attribute recall = pairs with the correct attribute
// / gold count, attribute F1 their harmonic mean. TypeAcc is the share of
// matched pairs whose type is right (the "accuracy" view of the same counts).
type Result struct {
	Files, Gold, System int
	StrictMatch         int // system expressions with an identical gold span
	RelaxedSys          int // system expressions overlapping a gold one
	RelaxedGold         int // gold expressions overlapping a system one
	Pairs               int // one-to-one relaxed pairs
	TypeCorrect         int // pairs with the right type
	ValueCorrect        int // pairs with the right value

	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAcc                       float64
	TypeP, TypeR, TypeF1          float64
	ValueP, ValueR, ValueF1       float64

	// Errors lists the disagreements (missed, spurious, wrong value or type)
	// for error analysis; Write does not print them.
	Errors []Mismatch
}

// Mismatch is one disagreement between gold and system.
type Mismatch struct {
	File     string
	DCT      string
	Gold     *news.Timex // nil when spurious
	System   *news.Timex // nil when missed
	Context  string      // the text around the expression
	Problems string      // "missed", "spurious", "span", "type", "value", comma-separated
}

// Evaluate runs tag over every TimeML file (*.tml) under dir, anchoring each
// on the file's DCT (the TIMEX3 with functionInDocument="CREATION_TIME",
// which is not scored), and returns the TempEval-3 metrics.
func Evaluate(dir string, tag func(text string, dct time.Time) []news.Timex) (Result, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("evaluate timeml %s: %w", dir, err)
	}
	if len(files) == 0 {
		return Result{}, fmt.Errorf("evaluate timeml %s: no .tml files", dir)
	}
	sort.Strings(files)
	var r Result
	for _, f := range files {
		d, err := ReadFile(f)
		if err != nil {
			return Result{}, fmt.Errorf("evaluate timeml: %w", err)
		}
		sys := tag(d.Text, d.DCT)
		r.add(d, sys)
	}
	r.finish()
	return r, nil
}

// Score compares system expressions with a document's gold and adds the
// counts to r; call Finish after the last document.
func (r *Result) Score(d *Document, sys []news.Timex) { r.add(d, sys) }

// Finish computes the ratios from the counts.
func (r *Result) Finish() { r.finish() }

func overlap(a, b news.Span) bool { return a.Start < b.End && b.Start < a.End }

func (r *Result) add(d *Document, sys []news.Timex) {
	r.Files++
	r.Gold += len(d.Gold)
	r.System += len(sys)
	dct := ""
	if d.DCTOK {
		dct = d.DCT.Format("2006-01-02")
	}
	ctx := func(s news.Span) string {
		a, b := max(0, s.Start-50), min(len(d.Text), s.End+30)
		return strings.ReplaceAll(d.Text[a:b], "\n", " ")
	}
	goldUsed := make([]bool, len(d.Gold))
	for i := range sys {
		s := &sys[i]
		hit := false
		for gi := range d.Gold {
			g := &d.Gold[gi]
			if !overlap(g.Span, s.Span) {
				continue
			}
			hit = true
			if g.Span == s.Span {
				r.StrictMatch++
			}
		}
		if hit {
			r.RelaxedSys++
		}
		// one-to-one pairing: the first unused overlapping gold expression
		for gi := range d.Gold {
			g := &d.Gold[gi]
			if goldUsed[gi] || !overlap(g.Span, s.Span) {
				continue
			}
			goldUsed[gi] = true
			r.Pairs++
			var probs []string
			if g.Span != s.Span {
				probs = append(probs, "span")
			}
			if g.Type == s.Type {
				r.TypeCorrect++
			} else {
				probs = append(probs, "type")
			}
			if g.Value == s.Value {
				r.ValueCorrect++
			} else {
				probs = append(probs, "value")
			}
			if len(probs) > 0 {
				r.Errors = append(r.Errors, Mismatch{File: d.Name, DCT: dct, Gold: g, System: s, Context: ctx(s.Span), Problems: strings.Join(probs, ",")})
			}
			break
		}
		if !hit {
			r.Errors = append(r.Errors, Mismatch{File: d.Name, DCT: dct, System: s, Context: ctx(s.Span), Problems: "spurious"})
		}
	}
	for gi := range d.Gold {
		g := &d.Gold[gi]
		hit := false
		for i := range sys {
			if overlap(g.Span, sys[i].Span) {
				hit = true
				break
			}
		}
		if hit {
			r.RelaxedGold++
		} else {
			r.Errors = append(r.Errors, Mismatch{File: d.Name, DCT: dct, Gold: g, Context: ctx(g.Span), Problems: "missed"})
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (r *Result) finish() {
	r.StrictP, r.StrictR = ratio(r.StrictMatch, r.System), ratio(r.StrictMatch, r.Gold)
	r.StrictF1 = f1(r.StrictP, r.StrictR)
	r.RelaxedP, r.RelaxedR = ratio(r.RelaxedSys, r.System), ratio(r.RelaxedGold, r.Gold)
	r.RelaxedF1 = f1(r.RelaxedP, r.RelaxedR)
	r.TypeAcc = ratio(r.TypeCorrect, r.Pairs)
	r.TypeP, r.TypeR = ratio(r.TypeCorrect, r.System), ratio(r.TypeCorrect, r.Gold)
	r.TypeF1 = f1(r.TypeP, r.TypeR)
	r.ValueP, r.ValueR = ratio(r.ValueCorrect, r.System), ratio(r.ValueCorrect, r.Gold)
	r.ValueF1 = f1(r.ValueP, r.ValueR)
}

// Write prints the scores as a small human-readable table.
func (r Result) Write(w io.Writer) {
	fmt.Fprintf(w, "files %d  gold %d  system %d  pairs %d\n", r.Files, r.Gold, r.System, r.Pairs)
	fmt.Fprintf(w, "%-8s %7s %7s %7s\n", "", "P", "R", "F1")
	fmt.Fprintf(w, "%-8s %7.4f %7.4f %7.4f\n", "strict", r.StrictP, r.StrictR, r.StrictF1)
	fmt.Fprintf(w, "%-8s %7.4f %7.4f %7.4f\n", "relaxed", r.RelaxedP, r.RelaxedR, r.RelaxedF1)
	fmt.Fprintf(w, "%-8s %7.4f %7.4f %7.4f\n", "type", r.TypeP, r.TypeR, r.TypeF1)
	fmt.Fprintf(w, "%-8s %7.4f %7.4f %7.4f\n", "value", r.ValueP, r.ValueR, r.ValueF1)
	fmt.Fprintf(w, "type accuracy (over matched pairs) %.4f\n", r.TypeAcc)
}
