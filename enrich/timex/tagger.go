package timex

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"storyline/news"
)

// rule is one compiled grammar rule.
type rule struct {
	pat  pattern
	norm normFunc
	src  string
	// second is the element after a leading literal ("the", "last"): when
	// the rule's first token is that literal, the next token must be able
	// to start it, a cheap test that spares most failing matches
	second *elem
}

// Tagger finds and normalises time expressions. Build it once with New (the
// grammar is compiled then) and use it from many goroutines: it holds no
// mutable state.
type Tagger struct {
	rules  []rule
	byWord map[string][]int // rules whose first element can be this literal
	byCls  []clsRules       // rules whose first element can be this class
	lex    map[string]lexEntry
}

type clsRules struct {
	cls   string
	rules []int
}

// New compiles the grammar and returns a Tagger.
func New() *Tagger {
	t, err := newTagger()
	if err != nil {
		// the grammar is a constant of this package; a compile error is a
		// programming error caught by the tests.
		panic(err)
	}
	return t
}

func newTagger() (*Tagger, error) {
	t := &Tagger{byWord: map[string][]int{}}
	cls := map[string][]int{}
	for _, g := range grammar {
		p, err := compile(g.pattern)
		if err != nil {
			return nil, fmt.Errorf("new tagger: %w", err)
		}
		idx := len(t.rules)
		ru := rule{pat: p, norm: g.norm, src: g.pattern}
		if len(p) > 1 && p[0].cls == "" && !p[1].opt {
			ru.second = &ru.pat[1]
		}
		t.rules = append(t.rules, ru)
		// the first-element set: every element up to and including the first non-optional one
		for _, e := range p {
			if e.cls != "" {
				cls[e.cls] = appendUniq(cls[e.cls], idx)
			}
			for _, l := range e.lits {
				t.byWord[l] = appendUniq(t.byWord[l], idx)
			}
			if !e.opt {
				break
			}
		}
	}
	t.lex = buildLexicon()
	for w, rs := range t.byWord {
		e := t.lex[w]
		e.rules = rs
		t.lex[w] = e
	}
	for c, rs := range cls {
		t.byCls = append(t.byCls, clsRules{cls: c, rules: rs})
	}
	sort.Slice(t.byCls, func(i, j int) bool { return t.byCls[i].cls < t.byCls[j].cls })
	return t, nil
}

func appendUniq(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// canStart reports whether token t can begin an element of class cls.
func canStart(t *token, cls string) bool {
	switch cls {
	case "MONTH":
		return t.cls&(cMonth|cMonAbbr) != 0
	case "WDAY":
		return t.cls&cWeekday != 0
	case "DAY", "HOUR", "MIN":
		return t.cls&(cDigits|cOrdDigits|cOrdWord) != 0
	case "YEAR":
		return t.cls&cDigits != 0 && len(t.low) == 4
	case "NUM":
		return t.cls&(cDigits|cNumWord|cVague) != 0
	case "ORD":
		return t.cls&(cOrdWord|cOrdDigits) != 0
	case "UNIT":
		return t.cls&cUnit != 0
	case "SEASON":
		return t.cls&cSeason != 0
	case "PART":
		return t.cls&cPart != 0
	case "DECADE":
		return t.cls&cDecade != 0
	}
	return false
}

// Tag finds every time expression in text and resolves it against dct, the
// document creation time (zero when unknown: relative expressions then get
// the value "" and year-less dates "XXXX-MM-DD"). Spans are byte offsets into
// text; the results are ordered by start and do not overlap.
func (t *Tagger) Tag(text string, dct time.Time) []news.Timex {
	toks := tokenize(text, make([]token, 0, len(text)/4+8), t.lex)
	r := &resolver{toks: toks, text: text, hasDCT: !dct.IsZero(), lastPeriodAt: -1}
	if r.hasDCT {
		r.dct = dateOnly(dct)
	}
	var out []news.Timex
	var c capture
	type cand struct{ rule, j int }
	var cands []cand
	lastEnd := 0        // token index after the last emitted expression
	merged := -1        // out index of the last clock time merged with its day
	var floats [][2]int // clock times dated by default: out index, token index
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		if tk.kind == kNum && !tk.space && i >= 2 && toks[i-1].low == "," && !toks[i-1].space && toks[i-2].kind == kNum {
			continue // the "000" of "309,000": the middle of a number
		}
		cands = cands[:0]
		try := func(ri int) {
			for _, x := range cands {
				if x.rule == ri {
					return
				}
			}
			ru := &t.rules[ri]
			if ru.second != nil && i+1 < len(toks) && ru.pat[0].hasLit(tk.low) && !ru.second.canStart(&toks[i+1]) {
				return
			}
			if ru.pat.match(toks, i, &c) {
				cands = append(cands, cand{ri, c.j})
			}
		}
		rs := tk.rules
		if tk.kind == kPunct || tk.kind == kNum {
			rs = t.byWord[tk.low]
		}
		for _, ri := range rs {
			try(ri)
		}
		if tk.cls != 0 {
			for _, cr := range t.byCls {
				if canStart(tk, cr.cls) {
					for _, ri := range cr.rules {
						try(ri)
					}
				}
			}
		}
		if len(cands) == 0 {
			continue
		}
		// longest match first, then grammar order (insertion sort: the
		// list is tiny)
		for a := 1; a < len(cands); a++ {
			for b := a; b > 0 && (cands[b].j > cands[b-1].j || cands[b].j == cands[b-1].j && cands[b].rule < cands[b-1].rule); b-- {
				cands[b], cands[b-1] = cands[b-1], cands[b]
			}
		}
		for _, cd := range cands {
			ru := &t.rules[cd.rule]
			ru.pat.match(toks, i, &c)
			c.j = trimEnd(toks, c.i, c.j)
			if c.j <= c.i || inDecimal(toks, c.i, c.j) {
				continue
			}
			r.cur = i
			rs, ok := ru.norm(r, &c)
			if !ok {
				continue
			}
			if c.year != 0 && r.namedYAt != i {
				r.namedY, r.namedYAt = c.year, i // "Sept 30, 1986 and for the year then ended"
			}
			x := t.emit(r, &c, rs, lastEnd, text)
			if n := len(out); n > 0 && n-1 != merged && mergeable(toks, &out[n-1], &x, text) {
				out[n-1] = merge(out[n-1], x, text)
				merged = n - 1 // "noon on Friday, Friday at noon": one day per clock time
				if k := len(floats); k > 0 && floats[k-1][0] == n-1 {
					floats = floats[:k-1] // dated by the merge
				}
				floats = redateAll(out, floats, x, r, i)
			} else {
				floats = redateAll(out, floats, x, r, i)
				out = append(out, x)
				if rs.floating {
					floats = append(floats, [2]int{len(out) - 1, i})
				}
			}
			lastEnd, r.lastEnd = c.j, c.j
			i = c.j - 1
			break
		}
	}
	return out
}

// redateAll redates the floating clock times of date x's sentence (x at
// token i) and returns those still floating.
func redateAll(out []news.Timex, floats [][2]int, x news.Timex, r *resolver, i int) [][2]int {
	keep := floats[:0]
	for _, f := range floats {
		if f[0] < len(out) && out[f[0]].End <= x.Start && redate(&out[f[0]], x, r.sameSentence(f[1], i)) {
			continue
		}
		if r.sameSentence(f[1], i) {
			keep = append(keep, f)
		}
	}
	return keep
}

// redate gives the floating clock time a the day of date b when b is a day
// of the same sentence; it reports whether it did.
func redate(a *news.Timex, b news.Timex, same bool) bool {
	k := strings.IndexByte(a.Value, 'T')
	if !same || k < 0 {
		return false
	}
	switch {
	case b.Type == "DATE" && b.Granularity == "day" && len(b.Value) == 10:
		a.Value = b.Value + a.Value[k:]
	case b.Type == "TIME" && len(b.Value) == 13 && b.Value[10] == 'T' && b.Value[11] >= 'A' && !strings.HasPrefix(b.Value, "X"):
		// "at 10:50 p.m. ... Wednesday night"
		a.Value = b.Value[:10] + a.Value[k:]
	default:
		return false
	}
	return true
}

// trimEnd drops trailing punctuation a greedy optional element took.
// inDecimal reports whether the expression [i, j) begins or ends inside a
// decimal number: "Mar 24.5" in a table of figures, "2,494.049 year", or
// after the year of a season ("the 1986/87 year").
func inDecimal(toks []token, i, j int) bool {
	dec := func(a, b int) bool { // toks[a] ".", toks[b] a number, joined to [a-1, b]
		if a < 1 || b >= len(toks) || a >= len(toks) {
			return false
		}
		p, n := &toks[a], &toks[b]
		return (p.low == "." || p.low == ",") && !p.space && !n.space && n.kind == kNum && toks[a-1].kind == kNum
	}
	if toks[i].kind == kNum && dec(i-1, i) {
		return true
	}
	// "the 1986/87 year" is a season, not 87 years
	if i >= 2 && toks[i].kind == kNum && toks[i-1].low == "/" && !toks[i-1].space && !toks[i].space && len(toks[i-2].low) == 4 && toks[i-2].kind == kNum {
		return true
	}
	return toks[j-1].kind == kNum && dec(j, j+1)
}

func trimEnd(toks []token, i, j int) int {
	for j > i+1 {
		t := &toks[j-1]
		if t.kind != kPunct {
			break
		}
		if t.low == "." {
			p := &toks[j-2]
			if len(p.low) == 1 && p.kind == kWord || p.cls&(cMonAbbr|cWeekday) != 0 && p.cls&cMonth == 0 && !weekdayFull(p.low) {
				break
			}
		}
		j--
	}
	return j
}

// Modifiers written before an expression, longest first. "Within" ("within
// a week") is a signal, not part of the expression, as TimeBank marks it.
var hedges = []struct {
	words []string
	mod   string
}{
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"},
	{[]string{"more", "than"}, "MORE_THAN"},
	{[]string{"less", "than"}, "LESS_THAN"},
	{[]string{"fewer", "than"}, "LESS_THAN"},
	{[]string{"at", "least"}, "EQUAL_OR_MORE"},
	{[]string{"at", "most"}, "EQUAL_OR_LESS"},
	{[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"about"}, "APPROX"},
	{[]string{"around"}, "APPROX"},
	{[]string{"approximately"}, "APPROX"},
	{[]string{"roughly"}, "APPROX"},
	{[]string{"some"}, "APPROX"},
	{[]string{"nearly"}, "APPROX"},
	{[]string{"almost"}, "APPROX"},
	{[]string{"over"}, "MORE_THAN"},
	{[]string{"under"}, "LESS_THAN"},
}

var positions = []struct {
	words []string
	mod   string
}{
	{[]string{"the", "end", "of"}, "END"},
	{[]string{"the", "beginning", "of"}, "START"},
	{[]string{"the", "start", "of"}, "START"},
	{[]string{"the", "middle", "of"}, "MID"},
	{[]string{"end", "of"}, "END"}, // "by end of March"
	{[]string{"end"}, "END"},       // "end-2012", "end-March", wire style
	{[]string{"start", "of"}, "START"},
	{[]string{"early"}, "START"},
	{[]string{"earlier"}, "START"},
	{[]string{"late"}, "END"},
	{[]string{"later"}, "END"},
	{[]string{"mid"}, "MID"},
}

// emit builds the Timex for capture c, extending its span to the left over
// a hedge ("nearly", "more than") or a position word ("early", "mid-").
func (t *Tagger) emit(r *resolver, c *capture, rs res, lastEnd int, text string) news.Timex {
	toks := r.toks
	start := c.i
	quantity := rs.typ == "DURATION" || strings.HasSuffix(rs.value, "_REF") && c.hasNum || c.hasNum && (c.has("ago") || c.has("earlier"))
	startsThe := toks[c.i].low == "the"
	if quantity && !startsThe {
		for _, h := range hedges {
			if k := precededBy(toks, start, lastEnd, h.words, false); k >= 0 {
				start, rs.mod = k, h.mod
				break
			}
		}
	}
	if rs.typ == "DATE" || rs.typ == "TIME" {
		for _, p := range positions {
			if k := precededBy(toks, start, lastEnd, p.words, true); k >= 0 {
				if (p.words[0] == "earlier" || p.words[0] == "later") && !(c.has("this") || c.has("that") || c.has("today") || c.has("yesterday") || c.has("tomorrow") || c.wday != 0 || c.has("next") || c.has("last")) {
					continue
				}
				start, rs.mod = k, p.mod
				if k > lastEnd && toks[k-1].low == "the" && len(p.words) == 1 && !startsThe {
					start = k - 1
				}
				break
			}
		}
	}
	// "the third-quarter loss", "the late-November trip": the article
	// belongs to the noun a hyphenated compound adjective modifies
	if toks[start].low == "the" && c.j-start >= 3 && toks[c.j-2].low == "-" && !toks[c.j-1].space {
		if n := r.tok(c.j); n != nil && n.kind == kWord && !clauseBreak(n) && isNounish(n.low) {
			start++
		}
	}
	// "the next two years or so", "a decade or so": the hedge is part of
	// the expression
	if (rs.typ == "DURATION" || toks[c.j-1].cls&cUnit != 0) && c.j+1 < len(toks) && toks[c.j].low == "or" && toks[c.j+1].low == "so" {
		c.j += 2
	}
	// "the day before last Tuesday's hearing": a day next to the one named
	if rs.typ == "DATE" && len(rs.value) == 10 && rs.value[4] == '-' && !strings.HasPrefix(rs.value, "X") {
		if k := precededBy(toks, start, lastEnd, []string{"day", "before"}, false); k >= 0 {
			start, rs.value = k, shiftDay(rs.value, -1)
		} else if k := precededBy(toks, start, lastEnd, []string{"day", "after"}, false); k >= 0 {
			start, rs.value = k, shiftDay(rs.value, 1)
		}
		if start > lastEnd && toks[start].low == "day" && toks[start-1].low == "the" {
			start--
		}
	}
	s, e := toks[start].start, toks[c.j-1].end
	return news.Timex{
		Span:        news.Span{Start: s, End: e},
		Text:        text[s:e],
		Type:        rs.typ,
		Value:       rs.value,
		Mod:         rs.mod,
		Granularity: granularity(rs.typ, rs.value),
		Anchor:      anchor(r, rs.value, c),
	}
}

// precededBy returns the index of the first token of words when they stand
// right before token i (not before token min), or -1. With hyphen, a hyphen
// may join the words to the expression ("mid-1990s").
func precededBy(toks []token, i, min int, words []string, hyphen bool) int {
	k := i
	if hyphen && k-1 >= min && toks[k-1].low == "-" && !toks[k-1].space {
		k--
	}
	for w := len(words) - 1; w >= 0; w-- {
		k--
		if k < min || toks[k].low != words[w] {
			return -1
		}
	}
	return k
}

func anchor(r *resolver, v string, c *capture) string {
	switch {
	case v == "" || strings.HasPrefix(v, "P") || strings.HasSuffix(v, "_REF") || strings.HasPrefix(v, "X"):
		return ""
	case c.year != 0 || c.decade >= 100:
		return "absolute"
	case r.hasDCT:
		return "dct"
	}
	return ""
}

// mergeable reports whether a clock time is directly followed by the day it
// is on ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9").
func mergeable(toks []token, a, b *news.Timex, text string) bool {
	if a.Type != "TIME" || b.Type != "DATE" || b.Granularity != "day" || !strings.Contains(a.Value, "T") || strings.Contains(a.Value, "TNI") {
		return false
	}
	gap := strings.TrimSpace(text[a.End:b.Start])
	return gap == "" || gap == "," || gap == "on"
}

func merge(a, b news.Timex, text string) news.Timex {
	v := a.Value
	if k := strings.IndexByte(v, 'T'); k >= 0 && b.Value != "" {
		v = b.Value + v[k:]
	}
	a.End = b.End
	a.Text = text[a.Start:a.End]
	a.Value = v
	a.Granularity = "time"
	return a
}

// granularity names the precision of a TIMEX3 value.
func granularity(typ, v string) string {
	switch {
	case v == "":
		return ""
	case strings.HasSuffix(v, "_REF"):
		return "ref"
	case typ == "DURATION" || typ == "SET" && strings.HasPrefix(v, "P"):
		switch v[len(v)-1] {
		case 'Y':
			return "year"
		case 'M':
			if strings.Contains(v, "T") {
				return "time"
			}
			return "month"
		case 'W':
			return "week"
		case 'D':
			return "day"
		case 'Q':
			return "quarter"
		}
		return "time"
	case strings.Contains(v, "T"):
		return "time"
	case strings.Contains(v, "-W"):
		return "week"
	case strings.Contains(v, "-Q") || strings.Contains(v, "-H"):
		return "quarter"
	case strings.Count(v, "-") == 2:
		return "day"
	case strings.Count(v, "-") == 1:
		if len(v) == 7 && v[5] >= '0' && v[5] <= '9' {
			return "month"
		}
		return "season"
	case len(v) == 4:
		return "year"
	case len(v) == 3:
		return "decade"
	case len(v) == 2:
		return "century"
	}
	return ""
}

// Annotate implements news.Annotator: it fills d.Times, anchoring relative
// expressions on d.Published. When d.Published is zero it first dates the
// document with Date and, when the evidence is strong enough, sets
// d.Published, d.DateOnly, d.PublishedSource = inferred and d.DateConfidence.
func (t *Tagger) Annotate(d *news.Doc) error {
	if d.Published.IsZero() {
		if day, conf, ok := t.Date(d.Text); ok {
			d.Published, d.DateOnly = day, true
			d.PublishedSource = news.DateInferred
			d.DateConfidence = conf
		}
	}
	d.Times = t.Tag(d.Text, d.Published)
	if d.Times == nil {
		d.Times = []news.Timex{}
	}
	return nil
}

var _ news.Annotator = (*Tagger)(nil)

// shiftDay moves a YYYY-MM-DD value by n days.
func shiftDay(v string, n int) string {
	d, err := time.Parse("2006-01-02", v)
	if err != nil {
		return v
	}
	return dayValue(d.AddDate(0, 0, n))
}
