package quote

import (
	"sort"
	"strings"
)

// cue is one cue verb or "according to" in a unit, outside quotations.
type cue struct {
	ti, end int // token index of the cue and of the token after it
	form    string
	accord  bool
	weak    bool
}

// cuesOf lists the cues of unit ui of paragraph p, computed once per unit.
func cuesOf(p *para, ui int) []cue {
	if p.cues == nil {
		p.cues = make([][]cue, len(p.units))
		p.cued = make([]bool, len(p.units))
	}
	if !p.cued[ui] {
		p.cues[ui], p.cued[ui] = findCues(p, ui), true
	}
	return p.cues[ui]
}

// findCues lists the cues of unit ui of paragraph p.
func findCues(p *para, ui int) []cue {
	u := p.units[ui]
	var out []cue
	for i := u[0]; i < u[1]; i++ {
		t := p.toks[i]
		if t.kind != kWord || t.inQ {
			continue
		}
		lw := t.lw
		if lw == "according" && i+1 < u[1] && p.toks[i+1].lw == "to" {
			out = append(out, cue{ti: i, end: i + 2, form: "according to", accord: true})
			continue
		}
		if lw == "put" && i+1 < u[1] && p.toks[i+1].lw == "it" {
			out = append(out, cue{ti: i, end: i + 2, form: "put it"})
			continue
		}
		if cueForms[lw] == "" || !lowerStart(t.w) {
			continue
		}
		c := cue{ti: i, end: i + 1, form: lw, weak: weakCues[lw]}
		if lem := cueForms[lw]; (c.weak || lw == lem || lw == lem+"s" || strings.HasSuffix(lw, "ing")) && lem != "say" && lem != "tell" &&
			i > u[0] && nounContext(p.toks[i-1]) {
			continue // "the phone call", "a report": a noun, not a verb
		}
		if cueForms[lw] == "describe" || cueForms[lw] == "call" || cueForms[lw] == "dub" || cueForms[lw] == "label" || cueForms[lw] == "brand" {
			// "described X as", "called X": the cue phrase runs to the quotation
			c.form = lw
		}
		if cueForms[lw] == "point" && i+1 < u[1] && p.toks[i+1].lw == "out" {
			c.form, c.end = lw+" out", i+2
		} else if cueForms[lw] == "point" {
			continue
		}
		out = append(out, c)
	}
	return out
}

// gapOK reports whether the tokens [a, b) hold no quotation and at most max
// words, and no sentence-final punctuation.
func gapOK(p *para, a, b, max int) bool {
	words := 0
	for j := a; j < b; j++ {
		t := p.toks[j]
		if t.inQ || t.kind == kOpen || t.kind == kClose || t.kind == kMark {
			return false
		}
		if t.kind == kPunct && (t.w == "." || t.w == "?" || t.w == "!" || t.w == ";") {
			return false
		}
		if t.kind == kWord {
			words++
		}
	}
	return words <= max
}

// attribute finds the speaker of quotation q in unit ui of paragraph pi.
func (x *extraction) attribute(pi int, p *para, ui int, q *qpair) (speaker, string, bool) {
	u := p.units[ui]
	after := q.et
	if q.c >= 0 {
		after = q.c + 1
	}
	cs := near(cuesOf(p, ui), q.o-window, after+window)
	// 1. a cue right after the quotation: “…,” she said / “…,” said X / “…”, according to X
	for _, c := range cs {
		if c.ti < after || !gapOK(p, after, c.ti, 9) {
			continue
		}
		if !c.accord && !startsAt(p, after, c) {
			break // "…” regarding X while Y suggests": not this quote's attribution
		}
		if sp, ok := x.speakerOf(pi, p, ui, c, after); ok {
			return sp, cueText(p, c), true
		}
		break
	}
	// 2a. a sentence opening with "According to X," covers its quotations
	for _, c := range cs {
		if c.accord && c.end <= q.o && c.ti == firstWord(p, u[0]) {
			if sp, ok := x.speakerOf(pi, p, ui, c, u[0]); ok {
				return sp, cueText(p, c), true
			}
		}
	}
	// 2. a cue right before it: X said: “…” / X said, “…” / X told reporters “…”
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		if c.end > q.o {
			continue
		}
		max := 6
		if q.o > 0 && p.toks[q.o-1].w == ":" {
			max = 10
		}
		if c.weak {
			max = 2
		}
		if strings.HasSuffix(c.form, "ing") && c.ti > u[0] && auxiliaries[p.toks[c.ti-1].lw] {
			continue // "were calling it “…”": a progressive, not the attribution
		}
		if c.accord || !gapOK(p, c.end, q.o, max) {
			break
		}
		if sp, ok := x.speakerOf(pi, p, ui, c, u[0]); ok {
			return sp, cueText(p, c), true
		}
		break
	}
	// 3. "according to X" anywhere in the unit
	for _, c := range cs {
		if c.accord {
			if sp, ok := x.speakerOf(pi, p, ui, c, u[0]); ok {
				return sp, cueText(p, c), true
			}
		}
	}
	// 4. the nearest strong cue of the unit with a speaker
	best, bestD := -1, 1<<30
	var bestSp speaker
	for i, c := range cs {
		if c.weak {
			continue
		}
		d := q.o - c.ti
		if c.ti > q.o {
			d = c.ti - after
			if d < 0 {
				continue
			}
		}
		if d >= bestD {
			continue
		}
		if sp, ok := x.speakerOf(pi, p, ui, c, u[0]); ok {
			best, bestD, bestSp = i, d, sp
		}
	}
	if best >= 0 {
		return bestSp, cueText(p, cs[best]), true
	}
	// 5a. “…,” Oliver barked. — a name and a past-tense verb after the quotation
	if q.c >= 0 {
		j := after
		for j < u[1] && p.toks[j].w == "," {
			j++
		}
		if sa, sb := nameOrPronoun(p, j, u[1]); sa < sb && sb < u[1] && sb-j <= 4 {
			v := p.toks[sb]
			if v.kind == kWord && lowerStart(v.w) && strings.HasSuffix(v.w, "ed") && !v.inQ &&
				(sb+1 >= u[1] || p.toks[sb+1].kind != kWord) {
				if sp, ok := x.resolve(pi, p, sa, sb); ok {
					return sp, v.w, true
				}
			}
		}
	}
	// 5b. X: “…” — a colon introduces the words of the clause's subject
	if q.o > u[0] && p.toks[q.o-1].w == ":" {
		if sa, sb := collectBack(p, u[0], q.o-2); sa < sb && capitalised(p.toks[sb-1].w) && !functionWords[p.toks[sb-1].lw] {
			if sp, ok := x.resolve(pi, p, sa, sb); ok {
				return sp, ":", true
			}
		}
		if sa, sb := clauseSubject(p, max(u[0], q.o-window), q.o-1, x.lowerWords); sa < sb {
			if sp, ok := x.resolve(pi, p, sa, sb); ok {
				return sp, ":", true
			}
		}
	}
	// 5. a short attribution unit right after: “Really?” Smith asked.
	if ui+1 < len(p.units) && q.c >= 0 && q.et+1 >= u[1] {
		nu := p.units[ui+1]
		if nu[1]-nu[0] <= 10 {
			for _, c := range cuesOf(p, ui+1) {
				if c.weak || !gapOK(p, nu[0], c.ti, 6) {
					continue
				}
				if sp, ok := x.speakerOf(pi, p, ui+1, c, nu[0]); ok {
					return sp, cueText(p, c), true
				}
			}
		}
	}
	return speaker{}, "", false
}

// cueText returns the cue as written ("said", "according to").
func cueText(p *para, c cue) string {
	if c.accord {
		return "according to"
	}
	return p.toks[c.ti].w
}

// speakerOf finds and resolves the speaker phrase of cue c, looking no
// further left than token lo.
func (x *extraction) speakerOf(pi int, p *para, ui int, c cue, lo int) (speaker, bool) {
	u := p.units[ui]
	if c.accord {
		a, b := npForward(p, c.end, u[1])
		if a == b {
			return speaker{}, false
		}
		return x.resolve(pi, p, a, b)
	}
	if strings.HasSuffix(c.form, "ing") && c.ti-1 >= u[0] && !auxiliaries[p.toks[c.ti-1].lw] {
		if a, b := npBackward(p, lo, c.ti); a < b && hasCapital(p, a, b) && p.toks[c.ti-1].w != "," {
			return x.resolve(pi, p, a, b) // "with Donald Trump tweeting that …"
		}
		// "…, adding that …": a participle shares the subject of its sentence:
		// the speaker of the cue before it, else the clause's subject
		for _, c2 := range near(cuesOf(p, ui), c.ti-window, c.ti) {
			if c2.ti >= c.ti {
				break
			}
			if !c2.weak && !strings.HasSuffix(c2.form, "ing") && !c2.accord {
				if sp, ok := x.speakerOf(pi, p, ui, c2, u[0]); ok {
					return sp, true
				}
			}
		}
		if sa, sb := clauseSubject(p, max(u[0], c.ti-window), c.ti-1, x.lowerWords); sa < sb {
			return x.resolve(pi, p, sa, sb)
		}
		return speaker{}, false
	}
	a, b := npBackward(p, lo, c.ti)
	inverted := a == b
	if !inverted {
		// a closing mark or nothing before the cue: "…,” said X"
		j := c.ti - 1
		for j >= u[0] && p.toks[j].kind == kPunct && p.toks[j].w == "," {
			j--
		}
		inverted = j < u[0] || p.toks[j].kind == kClose
	}
	if a == b && a-1 >= lo && a-1 >= u[0] && p.toks[a-1].kind == kWord && p.toks[a-1].lw == "and" {
		// "He mentioned … and said": the subject opens the unit
		if sa, sb := clauseSubject(p, max(u[0], a-window), a-1, x.lowerWords); sa < sb {
			return x.resolve(pi, p, sa, sb)
		}
	}
	if inverted && !strings.HasSuffix(c.form, "ing") {
		fa, fb := npForward(p, c.end, u[1])
		if fa < fb {
			if sp, ok := x.resolve(pi, p, fa, fb); ok {
				return sp, true
			}
		}
	}
	if a == b {
		return speaker{}, false
	}
	return x.resolve(pi, p, a, b)
}

// nounContext reports whether a token before a weak cue form makes it a noun:
// a determiner, a possessive or a plain lower-case word.
func nounContext(t tok) bool {
	if t.kind != kWord {
		return false
	}
	lw := t.lw
	if lw == "the" || lw == "a" || lw == "an" || lw == "his" || lw == "her" || lw == "their" || lw == "its" || isPossessive(t.w) {
		return true
	}
	return lowerStart(t.w) && !auxiliaries[lw] && pronouns[lw] == "" && lw != "and" && lw != "who" && lw != "which" && lw != "that"
}

// participleIntro are words before a participle cue whose subject is the
// clause's ("by tweeting that", "while saying").
var participleIntro = set(`by after while before when in without`)

// startsAt reports whether cue c directly follows the quotation that ends
// before token after: only commas, dashes and the speaker phrase lie between.
func startsAt(p *para, after int, c cue) bool {
	j := after
	for j < c.ti && p.toks[j].kind == kPunct {
		j++
	}
	if j == c.ti {
		return true
	}
	if p.toks[j].lw == "and" || p.toks[j].lw == "while" || p.toks[j].lw == "but" {
		return false
	}
	a, b := npBackward(p, j, c.ti)
	return a < b && a == j
}

// window bounds, in tokens, how far from a quotation its cue and subject are
// looked for, so that a paragraph of thousands of quotes stays linear.
const window = 80

// near returns the cues of cs (sorted by position) with lo <= ti < hi.
func near(cs []cue, lo, hi int) []cue {
	i := sort.Search(len(cs), func(i int) bool { return cs[i].ti >= lo })
	j := sort.Search(len(cs), func(i int) bool { return cs[i].ti >= hi })
	if j < i {
		return nil
	}
	return cs[i:j]
}
