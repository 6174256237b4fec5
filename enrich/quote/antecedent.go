package quote

import (
	"sort"
	"strings"

	"storyline/news"
)

// calendarWords are capitalised words that never name a speaker.
var calendarWords = set(`monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december`)

// locate returns the paragraph and token index holding byte offset pos, or -1.
func (x *extraction) locate(pos int) (int, int) {
	pi := sort.Search(len(x.paras), func(i int) bool { return x.paras[i].e > pos })
	if pi >= len(x.paras) || x.paras[pi].s > pos {
		return -1, -1
	}
	p := x.paras[pi]
	ti := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].e > pos })
	if ti >= len(p.toks) {
		return -1, -1
	}
	return pi, ti
}

// collectCandidates lists the antecedent candidates of the document: the
// entity mentions outside quotations, or capitalised name runs when the
// document has no entity layer.
func (x *extraction) collectCandidates() {
	if len(x.ments) > 0 {
		for _, m := range x.ments {
			pi, ti := x.locate(m.Start)
			if pi < 0 || x.paras[pi].toks[ti].inQ {
				continue
			}
			p := x.paras[pi]
			x.cands = append(x.cands, cand{s: m.Start, e: m.End, name: nameOf(m), key: m.Entity,
				typ: string(m.Type), role: m.Role, para: pi, unit: p.uid0 + unitOf(p, ti),
				poss: isPossessive(m.Text) || strings.HasPrefix(x.text[m.End:], "’s") || strings.HasPrefix(x.text[m.End:], "'s")})
			if m.Type == news.PER && m.Name == "" {
				x.noteFullName(stripPossessive(m.Text))
			}
		}
		return
	}
	type deferred struct {
		c    cand
		word string
	}
	var later []deferred
	for pi, p := range x.paras {
		for i := 0; i < len(p.toks); i++ {
			t := p.toks[i]
			if t.kind != kWord || t.inQ || !capitalised(t.w) {
				continue
			}
			j := i + 1
			if !isPossessive(t.w) {
				for j < len(p.toks) {
					n := p.toks[j]
					if n.kind != kWord || n.inQ {
						break
					}
					ln := strings.ToLower(n.w)
					if capitalised(n.w) {
						j++
						if isPossessive(n.w) {
							break
						}
						continue
					}
					if ln == "of" && j-2 >= i && capitalised(p.toks[j-2].w) && !titleWords[p.toks[j-1].lw] && !orgHeads[p.toks[j-1].lw] {
						break // "Cara Diemont of IT firm …": a person name ends before "of"
					}
					if (nameParticles[ln] || ln == "of") && j+1 < len(p.toks) && p.toks[j+1].kind == kWord && capitalised(p.toks[j+1].w) && !p.toks[j+1].inQ {
						j++
						continue
					}
					break
				}
			}
			a := i
			for a < j && functionWords[p.toks[a].lw] {
				a++
			}
			ws := make([]string, 0, j-a)
			for k := a; k < j; k++ {
				ws = append(ws, p.toks[k].w)
			}
			ui := unitOf(p, i)
			i = j - 1
			if len(ws) == 0 || len(ws) == 1 && calendarWords[strings.ToLower(stripPossessive(ws[0]))] {
				continue
			}
			name, typ := runName(ws)
			c := cand{s: p.toks[a].s, e: p.toks[j-1].e, name: name, typ: typ, para: pi, unit: p.uid0 + ui, poss: isPossessive(p.toks[j-1].w)}
			if len(ws) == 1 && typ == "PER" {
				later = append(later, deferred{c, strings.ToLower(name)})
				continue
			}
			if typ == "PER" {
				x.noteFullName(name)
			}
			x.cands = append(x.cands, c)
		}
	}
	for _, d := range later {
		if full := x.fullName[d.word]; full != "" {
			d.c.name = full
			x.cands = append(x.cands, d.c)
		} else if ds := x.paras[d.c.para].toks; len(ds) > 0 {
			// a single unknown capitalised word counts only inside a sentence
			pi, ti := x.locate(d.c.s)
			if pi >= 0 && x.paras[pi].units[unitOf(x.paras[pi], ti)][0] != ti {
				x.cands = append(x.cands, d.c)
			}
		}
	}
	sort.SliceStable(x.cands, func(i, j int) bool { return x.cands[i].s < x.cands[j].s })
}

// noteFullName records a multi-word person name under its surname, keeping
// the longest form.
func (x *extraction) noteFullName(name string) {
	f := strings.Fields(name)
	if len(f) < 2 {
		return
	}
	k := strings.ToLower(f[len(f)-1])
	if len(name) > len(x.fullName[k]) {
		x.fullName[k] = name
	}
}

// fromCand makes a speaker of a candidate.
func fromCand(c cand) speaker {
	return speaker{name: c.name, key: c.key, span: news.Span{Start: c.s, End: c.e}, hasSpan: true, typ: c.typ}
}

// antecedent resolves a pronoun at byte pos of paragraph pi. he/she take the
// first person of the nearest sentence naming one; "it" the latest
// organisation that spoke; "they" the latest speaker; relative pronouns
// ("according to whom") the nearest name before them.
func (x *extraction) antecedent(typ string, pos, pi int, relative bool) (speaker, bool) {
	if relative {
		for i := x.candsBefore(pos) - 1; i >= 0 && i >= x.candsBefore(pos)-maxLookback; i-- {
			c := x.cands[i]
			if c.e > pos || c.para < pi {
				continue
			}
			if c.typ == "PER" || c.typ == "ORG" {
				return fromCand(c), true
			}
		}
		return speaker{}, false
	}
	switch typ {
	case "PER":
		unit := -1
		var best cand
		for i := x.candsBefore(pos) - 1; i >= 0 && i >= x.candsBefore(pos)-maxLookback; i-- {
			c := x.cands[i]
			if c.e > pos || c.typ != "PER" {
				continue
			}
			if c.para < pi-3 || unit >= 0 && c.unit != unit {
				break
			}
			if unit < 0 || !c.poss || best.poss {
				unit, best = c.unit, c // the first non-possessive person of the sentence
			}
		}
		if unit >= 0 {
			return fromCand(best), true
		}
		// no person named nearby that the tagger found: the latest speaker
		// named by a cue's subject that the tagger missed ("Henderson
		// described ... . He said ..."); a tagged speaker would have been a
		// candidate above
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxLookback; i-- {
			h := x.history[i]
			if h.pos >= pos {
				continue // this quotation's own attempt, or a later one
			}
			if h.para < pi-1 {
				break
			}
			if h.sp.key == "" && h.sp.name != "" && (h.sp.typ == "PER" || h.sp.typ == "") && len(strings.Fields(h.sp.name)) <= 3 {
				return h.sp, true
			}
			if h.sp.typ != "" {
				break // the latest speaker is an organisation or a place
			}
		}
	case "ORG":
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxLookback; i-- {
			h := x.history[i]
			if h.para < pi-3 {
				break
			}
			if h.sp.typ == "ORG" || h.sp.typ == "LOC" || h.sp.stmt {
				return h.sp, true
			}
		}
		for i := x.candsBefore(pos) - 1; i >= 0 && i >= x.candsBefore(pos)-maxLookback; i-- {
			c := x.cands[i]
			if c.e > pos {
				continue
			}
			if c.para < pi-2 {
				break
			}
			if c.typ == "ORG" {
				return fromCand(c), true
			}
		}
	case "ANY":
		if n := len(x.history); n > 0 && x.history[n-1].para >= pi-2 {
			return x.history[n-1].sp, true
		}
	}
	return speaker{}, false
}

// statementAntecedent resolves "the statement": the latest speaker that made
// a statement, else the latest organisation that spoke.
func (x *extraction) statementAntecedent(pos, pi int) (speaker, bool) {
	for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxLookback; i-- {
		if h := x.history[i]; h.para >= pi-6 && h.sp.stmt {
			return h.sp, true
		}
	}
	sp, ok := x.antecedent("ORG", pos, pi, false)
	sp.stmt = ok
	return sp, ok
}

// nominalAntecedent resolves a bare definite nominal ("the ministry", "the
// spokeswoman") to the latest speaker or mention of type typ whose name or
// role holds the head word.
func (x *extraction) nominalAntecedent(head, typ string, pos, pi int) (speaker, bool) {
	for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxLookback; i-- {
		h := x.history[i]
		if h.para < pi-6 {
			break
		}
		if h.sp.typ == typ && strings.Contains(strings.ToLower(h.sp.name), head) {
			return h.sp, true
		}
	}
	for i := x.candsBefore(pos) - 1; i >= 0 && i >= x.candsBefore(pos)-maxLookback; i-- {
		c := x.cands[i]
		if c.e > pos || c.typ != typ {
			continue
		}
		if strings.Contains(strings.ToLower(c.name), head) || strings.Contains(strings.ToLower(c.role), head) ||
			strings.Contains(strings.ToLower(x.text[max(0, c.s-40):c.s]), head) {
			return fromCand(c), true
		}
	}
	return speaker{}, false
}

// strongUnquoted are the cues that can introduce speech without marks.
var strongUnquoted = set(`said says told added insisted warned stressed noted explained argued
declared replied wrote`)

// subordinators open sentences whose first clause is not speech.
var subordinators = set(`in on at after before when while as since during despite following speaking
according if although though because with without for by from under over amid`)

// unquoted finds statements quoted without marks in paragraph pi: "They want
// to improve their situation, Zelensky told reporters."
func (x *extraction) unquoted(pi int, p *para) []news.Quote {
	var out []news.Quote
	for ui, u := range p.units {
		marks := false
		for j := u[0]; j < u[1]; j++ {
			if k := p.toks[j].kind; k == kOpen || k == kClose || k == kMark {
				marks = true
				break
			}
		}
		if marks || u[1]-u[0] < 8 || p.toks[u[1]-1].w != "." {
			continue
		}
		if subordinators[strings.ToLower(p.toks[u[0]].w)] {
			continue
		}
		for _, cu := range cuesOf(p, ui) {
			if cu.accord || !strongUnquoted[cu.form] || u[1]-cu.end > 9 || cu.ti <= u[0] {
				continue
			}
			c := cu.ti - 1
			for c > u[0] && p.toks[c].kind == kWord && cu.ti-c <= 5 {
				c--
			}
			if p.toks[c].w != "," || c-u[0] < 5 {
				continue
			}
			sp, ok := x.speakerOf(pi, p, ui, cu, c+1)
			if !ok || sp.name == "" {
				continue
			}
			q := news.Quote{Span: news.Span{Start: p.toks[u[0]].s, End: p.toks[c-1].e}, Cue: cueText(p, cu),
				Kind: news.Unquoted, Speaker: sp.key, SpeakerName: sp.name}
			q.Text = x.text[q.Start:q.End]
			if sp.hasSpan {
				s := sp.span
				q.SpeakerSpan = &s
			}
			out = append(out, q)
			break
		}
	}
	return out
}

// maxLookback bounds the antecedents and past speakers examined for one
// pronoun, so that a document of thousands of quotes stays linear.
const maxLookback = 200

// candsBefore returns the number of candidates that start before pos.
func (x *extraction) candsBefore(pos int) int {
	return sort.Search(len(x.cands), func(i int) bool { return x.cands[i].s >= pos })
}
