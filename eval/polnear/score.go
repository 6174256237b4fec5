package polnear

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/news"
)

// Result holds the scores of one evaluation.
type Result struct {
	Docs           int     // documents scored
	Gold           int     // gold attributions whose content holds quotation marks
	System         int     // system quotes scored (direct and partial)
	Detected       int     // gold quotes covered at least half by system quotes
	Correct        int     // system quotes lying at least half in gold quoted extents
	Precision      float64 // Correct / System
	Recall         float64 // Detected / Gold
	F1             float64
	SpeakerGold    int      // detected gold quotes whose source is a proper name
	SpeakerCorrect int      // of those, the system speaker has the gold surname
	SpeakerAcc     float64  // SpeakerCorrect / SpeakerGold
	Errors         []string // misses (FN), false quotes (FP) and wrong speakers (SPK), at most 5000, for inspection
}

// Evaluate scores annotate on a PolNeAR split directory: either dir/text/*.txt
// with dir/attributions/NAME_ANNOTATOR.ann (the PolNeAR layout; a text
// annotated several times is scored once, against its first annotation file
// in name order), or .txt/.ann pairs side by side (plain brat). annotate
// returns the quotes of a text with byte spans into it.
func Evaluate(dir string, annotate func(text string) []news.Quote) (Result, error) {
	pairs, err := listPairs(dir)
	if err != nil {
		return Result{}, err
	}
	if len(pairs) == 0 {
		return Result{}, fmt.Errorf("evaluate %s: no .txt/.ann pairs found", dir)
	}
	var r Result
	for _, p := range pairs {
		tb, err := os.ReadFile(p[0])
		if err != nil {
			return r, fmt.Errorf("evaluate: %w", err)
		}
		ab, err := os.ReadFile(p[1])
		if err != nil {
			return r, fmt.Errorf("evaluate: %w", err)
		}
		text := string(tb)
		attrs, err := ParseAnn(string(ab), text)
		if err != nil {
			return r, fmt.Errorf("evaluate %s: %w", p[1], err)
		}
		r.add(filepath.Base(p[0]), text, attrs, annotate(text))
	}
	r.finish()
	return r, nil
}

// listPairs finds the (text, annotation) file pairs of dir.
func listPairs(dir string) ([][2]string, error) {
	var out [][2]string
	if fi, err := os.Stat(filepath.Join(dir, "attributions")); err == nil && fi.IsDir() {
		anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", dir, err)
		}
		sort.Strings(anns)
		seen := map[string]bool{}
		for _, a := range anns {
			base := strings.TrimSuffix(filepath.Base(a), ".ann")
			t := filepath.Join(dir, "text", base+".txt")
			if i := strings.LastIndexByte(base, '_'); i > 0 && !exists(t) {
				t = filepath.Join(dir, "text", base[:i]+".txt")
			}
			// a text annotated by several annotators is scored once, against
			// the first annotation file in name order
			if exists(t) && !seen[t] {
				seen[t] = true
				out = append(out, [2]string{t, a})
			}
		}
		return out, nil
	}
	anns, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(anns)
	for _, a := range anns {
		if t := strings.TrimSuffix(a, ".ann") + ".txt"; exists(t) {
			out = append(out, [2]string{t, a})
		}
	}
	return out, nil
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// isDoubleMark reports whether r is a double quotation mark.
func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‟':
		return true
	}
	return false
}

// quotedExtent returns the byte ranges of text inside paired double marks
// within the content spans, marks excluded, or nil when the content holds no
// mark. An opening mark left open runs to the content end; a closing mark
// with no opening one starts at the content start.
func quotedExtent(text string, content []Span) []Span {
	var out []Span
	marks := false
	for _, sp := range content {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		seg := text[sp.Start:sp.End]
		in, start, seen, skip := false, sp.Start, false, 0
		for i, r := range seg {
			if i < skip {
				continue // the second half of a '' pair
			}
			w := utf8.RuneLen(r)
			switch {
			case strings.HasPrefix(seg[i:], "''"):
				r, w, skip = '"', 2, i+2 // '' stands for a double mark
			case strings.HasPrefix(seg[i:], "``"):
				r, w, skip = '“', 2, i+2
			}
			if !isDoubleMark(r) {
				continue
			}
			marks = true
			pos := sp.Start + i
			closing := r == '”' || r == '»'
			opening := r == '“' || r == '«' || r == '„' || r == '‟'
			if r == '"' {
				closing, opening = in, !in
			}
			switch {
			case opening && !in:
				in, start = true, pos+w
			case closing && in:
				out = append(out, Span{start, pos})
				in = false
			case closing && !in && !seen:
				out = append(out, Span{sp.Start, pos})
			}
			seen = true
		}
		if in {
			out = append(out, Span{start, sp.End})
		}
	}
	if !marks {
		return nil
	}
	var kept []Span
	for _, s := range out {
		if s.End > s.Start {
			kept = append(kept, s)
		}
	}
	return kept
}

// add scores one document.
func (r *Result) add(name, text string, attrs []Attribution, quotes []news.Quote) {
	r.Docs++
	type gold struct {
		q   []Span
		src string
	}
	var golds []gold
	var all []Span
	for _, a := range attrs {
		q := quotedExtent(text, a.Content)
		if q == nil {
			continue
		}
		var src []string
		for _, s := range a.Source {
			if s.Start >= 0 && s.End <= len(text) && s.Start < s.End {
				src = append(src, text[s.Start:s.End])
			}
		}
		golds = append(golds, gold{q, strings.Join(src, " ")})
		all = append(all, q...)
	}
	var sys []news.Quote
	for _, q := range quotes {
		if q.Kind == news.Unquoted || q.Start < 0 || q.End > len(text) || q.Start >= q.End {
			continue
		}
		sys = append(sys, q)
	}
	var sysSpans []Span
	for _, q := range sys {
		sysSpans = append(sysSpans, Span{q.Start, q.End})
	}
	r.System += len(sys)
	for _, q := range sys {
		if 2*overlap([]Span{{q.Start, q.End}}, all) >= q.End-q.Start {
			r.Correct++
		} else if len(r.Errors) < 5000 {
			r.Errors = append(r.Errors, fmt.Sprintf("FP %s: %q (%s|%s|%s)", name, clip(q.Text), q.SpeakerName, q.Cue, q.Kind))
		}
	}
	for _, g := range golds {
		r.Gold++
		n := length(g.q)
		if n == 0 || 2*overlap(g.q, sysSpans) < n {
			if len(r.Errors) < 5000 {
				r.Errors = append(r.Errors, fmt.Sprintf("FN %s: %q", name, clip(spanText(text, g.q))))
			}
			continue
		}
		r.Detected++
		sur := surname(g.src)
		if sur == "" {
			continue
		}
		r.SpeakerGold++
		best, bestO := -1, 0
		for i, q := range sys {
			if o := overlap([]Span{{q.Start, q.End}}, g.q); o > bestO {
				best, bestO = i, o
			}
		}
		q := sys[best]
		words := q.SpeakerName
		if q.SpeakerSpan != nil && q.SpeakerSpan.Start >= 0 && q.SpeakerSpan.End <= len(text) && q.SpeakerSpan.Start < q.SpeakerSpan.End {
			words += " " + text[q.SpeakerSpan.Start:q.SpeakerSpan.End]
		}
		if hasWord(words, sur) {
			r.SpeakerCorrect++
		} else if len(r.Errors) < 5000 {
			r.Errors = append(r.Errors, fmt.Sprintf("SPK %s: gold %q system %q: %q", name, g.src, q.SpeakerName, clip(q.Text)))
		}
	}
}

// finish computes the ratios.
func (r *Result) finish() {
	r.Precision = ratio(r.Correct, r.System)
	r.Recall = ratio(r.Detected, r.Gold)
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	r.SpeakerAcc = ratio(r.SpeakerCorrect, r.SpeakerGold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Write prints the scores and their definitions.
func (r Result) Write(w io.Writer) {
	fmt.Fprintf(w, "PolNeAR quotes: %d documents, %d gold quoted attributions, %d system quotes\n", r.Docs, r.Gold, r.System)
	fmt.Fprintf(w, "detection  P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f\n", r.Precision, r.Correct, r.System, r.Recall, r.Detected, r.Gold, r.F1)
	fmt.Fprintf(w, "speaker    accuracy %.3f (%d/%d detected quotes with a proper-name source)\n", r.SpeakerAcc, r.SpeakerCorrect, r.SpeakerGold)
	fmt.Fprintln(w, "match: a gold quote is detected when system quotes cover >= 50% of its quoted extent (content between")
	fmt.Fprintln(w, "paired marks; intersection over gold quoted length); a system quote is correct when >= 50% of it lies")
	fmt.Fprintln(w, "in gold quoted extents; speaker: gold source surname among the words of the system speaker")
}

// overlap returns the number of bytes of a lying in the union of b.
func overlap(a, b []Span) int {
	n := 0
	for _, x := range a {
		// merge the parts of b that cut x
		var cuts []Span
		for _, y := range b {
			s, e := max(x.Start, y.Start), min(x.End, y.End)
			if s < e {
				cuts = append(cuts, Span{s, e})
			}
		}
		sort.Slice(cuts, func(i, j int) bool { return cuts[i].Start < cuts[j].Start })
		end := -1
		for _, c := range cuts {
			if c.Start > end {
				n += c.End - c.Start
				end = c.End
			} else if c.End > end {
				n += c.End - end
				end = c.End
			}
		}
	}
	return n
}

func length(ss []Span) int {
	n := 0
	for _, s := range ss {
		n += s.End - s.Start
	}
	return n
}

func spanText(text string, ss []Span) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, text[s.Start:s.End])
	}
	return strings.Join(parts, " … ")
}

func clip(s string) string {
	if len(s) > 100 {
		i := 100
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

// surname returns the surname of a source phrase when the phrase names a
// person or organisation by a proper name, else "". The phrase is cut into
// comma chunks; the first chunk whose head (cut at a parenthesis, a relative
// pronoun or "of") ends in a capitalised word that no preposition governs
// gives its last word ("Sen. Brian Schatz of Hawaii, who …" → "schatz";
// "One of the executives, Michael Sexton," → "sexton"; "a poll conducted in
// February" → ""). "Jr." and possessives are dropped.
func surname(src string) string {
	for _, chunk := range strings.Split(strings.ReplaceAll(src, "\n", " "), ",") {
		head := " " + chunk + " "
		for _, cut := range []string{"(", " who ", " whose ", " which ", " of ", " from ", " at ", " in "} {
			if i := strings.Index(head, cut); i > 0 {
				head = head[:i]
			}
		}
		ws := strings.Fields(head)
		for len(ws) > 0 {
			lw := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,;:!?\"“”'’"))
			if lw == "jr" || lw == "sr" || lw == "ii" || lw == "iii" || lw == "" {
				ws = ws[:len(ws)-1]
				continue
			}
			break
		}
		if len(ws) == 0 {
			continue
		}
		w := strings.Trim(ws[len(ws)-1], ".,;:!?\"“”")
		for _, suf := range []string{"’s", "'s", "’", "'"} {
			w = strings.TrimSuffix(w, suf)
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		switch strings.ToLower(w) {
		case "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
			"one", "some", "many", "another", "both", "all", "each", "most", "several", "a", "an", "the", "others":
			continue
		}
		return strings.ToLower(w)
	}
	return ""
}

// hasWord reports whether the lower-cased word w is among the words of s.
func hasWord(s, w string) bool {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	for _, x := range f {
		x = strings.TrimSuffix(strings.TrimSuffix(x, "’s"), "'s")
		if x == w {
			return true
		}
	}
	return false
}
