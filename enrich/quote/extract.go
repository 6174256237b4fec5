package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/news"
)

// Extractor finds quotes and their speakers. The zero value is ready to use;
// it holds no state between documents and is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor.
func New() *Extractor { return &Extractor{} }

var _ news.Annotator = (*Extractor)(nil)

// Annotate implements news.Annotator: it replaces d.Quotes with the quotes of
// d.Text in text order. It uses d.Entities (resolved mentions) when present to
// name speakers, and falls back to capitalised name runs when it is empty.
func (e *Extractor) Annotate(d *news.Doc) error {
	d.Quotes = Extract(d.Text, d.Entities)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker == "" && !plausibleName(q.SpeakerName) {
			q.SpeakerName, q.SpeakerSpan = "", nil
		}
	}
	return nil
}

// speakerParticles are the lower-case words a speaker's name may hold.
var speakerParticles = set(`von van der den de del della di da la le du al bin ibn of the and for on in at y`)

// plausibleName reports whether a speaker read from the text (not from an
// entity) looks like a name: every word capitalised but name particles, and
// no pronoun. Phrases such as "point he" or "government ownership he" come
// from attributions the rules misread and are better left unattributed.
func plausibleName(s string) bool {
	if s == "" {
		return true
	}
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) && !speakerParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// para is one paragraph: its tokens, quotations and units (sentences that
// never split a quotation), as token index ranges.
type para struct {
	s, e  int
	toks  []tok
	qs    []qpair
	units [][2]int
	uid0  int // global index of the first unit
	cues  [][]cue
	cued  []bool
}

// extraction is the working state of one document.
type extraction struct {
	text     string
	ments    []news.Mention
	paras    []*para
	cands    []cand
	history  []said
	fullName map[string]string // lower-case surname → most complete person name
	// lowerWords holds the words written in lower case somewhere in the text,
	// so that a capitalised sentence opener ("Back", "Hours") is not a name.
	lowerWords map[string]bool
	capWords   map[string]bool // words capitalised inside a sentence somewhere
}

// said is one resolved attribution, kept for pronouns and continuations.
type said struct {
	pos  int
	para int
	sp   speaker
}

// Extract returns the quotes of text. mentions are the resolved entity
// mentions of the text (may be nil).
func Extract(text string, mentions []news.Mention) []news.Quote {
	x := &extraction{text: text, ments: validMentions(text, mentions), fullName: map[string]string{}, lowerWords: map[string]bool{}, capWords: map[string]bool{}}
	uid := 0
	for _, p := range paragraphs(text) {
		pp := &para{s: p[0], e: p[1]}
		pp.toks = tokenize(text, p[0], p[1])
		pp.qs = pairMarks(text, pp.toks, p[0], p[1])
		pp.units = units(text, pp.toks, pp.qs)
		pp.uid0 = uid
		uid += len(pp.units)
		for i, t := range pp.toks {
			if t.kind == kWord && lowerStart(t.w) {
				x.lowerWords[t.w] = true
			} else if t.kind == kWord && i > 0 && pp.toks[i-1].kind == kWord && capitalised(t.w) {
				x.capWords[stripPossessive(t.lw)] = true
			}
		}
		x.paras = append(x.paras, pp)
	}
	x.collectCandidates()
	var out []news.Quote
	prevUnclosed := false
	var last, colon *said
	var pending []int // quotes of an unattributed multi-paragraph quotation, waiting for its speaker
	for pi, p := range x.paras {
		done := 0
		for qi := range p.qs {
			q := &p.qs[qi]
			if !plausible(text, p, q) {
				continue
			}
			ui := unitOf(p, q.o)
			for ; done < ui; done++ {
				x.noteReported(pi, p, done)
			}
			done = max(done, ui+1)
			sp, cue, ok := x.attribute(pi, p, ui, q)
			continued := prevUnclosed && qi == 0 && q.o == 0
			if !ok {
				first := firstInUnit(p, ui, q.o)
				switch {
				case last != nil && continued:
					sp, cue, ok = last.sp, "", true
				case first && colon != nil && colon.para == pi-1:
					sp, cue, ok = colon.sp, "", true
				case first && ui > 0 && x.unitSpeaker(pi, p, ui-1, &sp):
					// “…” after "Or maybe Bush, consultant Phil Musser says."
					cue, ok = "", true
				case last != nil && first && (last.para == pi || last.para == pi-1):
					sp, cue, ok = last.sp, "", true
				case first && q.o == 0 && pi > 0:
					// "Valastro praised Christie. ¶ “We need someone …”"
					sp, ok = x.previousSubject(pi - 1)
				default:
					// a scare or partial quote in a sentence with no cue: the
					// sentence's subject when it names a person or organisation
					if sa, sb := clauseSubject(p, max(p.units[ui][0], q.o-window), q.o, x.lowerWords); sa < sb {
						if s2, ok2 := x.resolve(pi, p, sa, sb); ok2 && (s2.typ == "PER" || s2.typ == "ORG") {
							sp, ok = s2, true
						}
					}
				}
			}
			if !continued {
				pending = pending[:0]
			}
			if !ok && isTitleLike(text, p, q) {
				continue
			}
			qt := news.Quote{Span: news.Span{Start: q.cs, End: q.ce}, Text: text[q.cs:q.ce], Cue: cue, Kind: kindOf(text, p, ui, q)}
			if ok {
				setSpeaker(&qt, sp)
				for _, k := range pending {
					setSpeaker(&out[k], sp)
				}
				pending = pending[:0]
				h := said{pos: q.cs, para: pi, sp: sp}
				last = &h
				if cue != "" {
					x.history = append(x.history, h)
				}
			} else if q.unclosed && q.et == len(p.toks) {
				pending = append(pending, len(out))
			}
			out = append(out, qt)
		}
		for ; done < len(p.units); done++ {
			x.noteReported(pi, p, done)
		}
		if k := len(out) - 1; k >= 0 && out[k].SpeakerName == "" && out[k].Kind != news.Unquoted && pi > 0 && x.paras[pi-1].s <= out[k].Start {
			if sp, ok := x.dashSpeaker(pi, p); ok {
				setSpeaker(&out[k], sp)
			}
		}
		colon = x.colonSpeaker(pi, p)
		prevUnclosed = len(p.qs) > 0 && p.qs[len(p.qs)-1].et == len(p.toks) && p.qs[len(p.qs)-1].unclosed
		if !prevUnclosed {
			pending = pending[:0]
		}
		out = append(out, x.unquoted(pi, p)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// validMentions keeps the mentions whose spans are inside text, sorted.
func validMentions(text string, ms []news.Mention) []news.Mention {
	var out []news.Mention
	for _, m := range ms {
		if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// units cuts a paragraph's tokens into sentence-like units. A unit ends after
// a sentence-final punctuation mark outside quotations, or after a closing
// quotation mark whose content ends a sentence, when a capitalised word or an
// opening mark follows.
func units(text string, toks []tok, qs []qpair) [][2]int {
	var out [][2]int
	start := 0
	cued := false // a cue verb outside quotations since start
	for i := 0; i < len(toks)-1; i++ {
		t := toks[i]
		if t.kind == kWord && !t.inQ && lowerStart(t.w) && (cueForms[t.lw] != "" || t.lw == "according") {
			cued = true
		}
		end := false
		switch {
		case t.kind == kPunct && !t.inQ && (t.w == "." || t.w == "!" || t.w == "?"):
			end = true
		case t.kind == kClose:
			q := qs[t.quote]
			r, _ := utf8.DecodeLastRuneInString(text[:q.ce])
			end = r == '.' || r == '!' || r == '?' || r == '…'
		}
		if !end {
			continue
		}
		// swallow closing marks and brackets that follow the stop
		j := i + 1
		for j < len(toks) && toks[j].kind == kClose {
			j++
		}
		if j >= len(toks) {
			break
		}
		n := toks[j]
		if t.kind == kClose && !cued && attributionFollows(toks, j) {
			continue // “Really?” Smith asked.
		}
		if (n.kind == kWord && (capitalised(n.w) || isDigitStart(n.w))) || n.kind == kOpen || n.kind == kMark {
			out = append(out, [2]int{start, j})
			start, cued = j, false
			i = j - 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

func isDigitStart(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// unitOf returns the index of the unit of paragraph p holding token ti.
func unitOf(p *para, ti int) int {
	i := sort.Search(len(p.units), func(i int) bool { return p.units[i][1] > ti })
	if i >= len(p.units) {
		return len(p.units) - 1
	}
	return i
}

// firstInUnit reports whether only punctuation precedes token ti in its unit.
func firstInUnit(p *para, ui, ti int) bool {
	for j := ti - 1; j >= p.units[ui][0]; j-- {
		if p.toks[j].kind == kWord {
			return false
		}
	}
	return true
}

// plausible filters out quotation marks that are not quotations: markup
// attribute values and contents without letters.
func plausible(text string, p *para, q *qpair) bool {
	o := p.toks[q.o]
	if o.s > 0 && (text[o.s-1] == '=' || text[o.s-1] == '\\') {
		return false
	}
	for _, r := range text[q.cs:q.ce] {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127 && isWordRune(r) {
			return true
		}
	}
	return false
}

// isTitleLike reports whether an unattributed quotation looks like the title
// of a work or a name ("The Apprentice", “Meet the Press”) rather than speech.
func isTitleLike(text string, p *para, q *qpair) bool {
	words := strings.Fields(text[q.cs:q.ce])
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	caps := 0
	for _, w := range words {
		w = strings.Trim(w, ",.:;!?()")
		if w == "" {
			continue
		}
		if capitalised(w) || isDigitStart(w) {
			caps++
		} else if !functionWords[strings.ToLower(w)] {
			return false
		}
	}
	return caps > 0
}

// kindOf tells a direct quote from a partial one: a quotation is direct when
// it starts its unit or follows a cue, a colon or a comma, or when it is a
// whole clause ending the sentence with its attribution after it.
func kindOf(text string, p *para, ui int, q *qpair) news.QuoteKind {
	u := p.units[ui]
	j := q.o - 1
	if j < u[0] {
		return news.Direct
	}
	prev := p.toks[j]
	if prev.kind == kPunct && (prev.w == ":" || prev.w == "," || prev.w == "—" || prev.w == "–") {
		return news.Direct
	}
	if prev.kind == kWord && cueForms[strings.ToLower(prev.w)] != "" {
		return news.Direct
	}
	if len(strings.Fields(text[q.cs:q.ce])) >= 6 && capitalised(text[q.cs:q.ce]) {
		return news.Direct
	}
	return news.Partial
}

// colonSpeaker returns the speaker announced by a paragraph that ends with a
// colon after a cue ("As Smith wrote in his column:"), for a quotation that
// opens the next paragraph; nil when there is none.
func (x *extraction) colonSpeaker(pi int, p *para) *said {
	n := len(p.toks)
	if n == 0 || p.toks[n-1].w != ":" || p.toks[n-1].inQ {
		return nil
	}
	ui := len(p.units) - 1
	cs := cuesOf(p, ui)
	for i := len(cs) - 1; i >= 0; i-- {
		if sp, ok := x.speakerOf(pi, p, ui, cs[i], p.units[ui][0]); ok {
			return &said{pos: p.toks[cs[i].ti].s, para: pi, sp: sp}
		}
	}
	return nil
}

// setSpeaker fills the speaker fields of q.
func setSpeaker(q *news.Quote, sp speaker) {
	q.Speaker, q.SpeakerName = sp.key, sp.name
	if sp.hasSpan {
		s := sp.span
		q.SpeakerSpan = &s
	}
}

// noteReported records the organisations that speak in unit ui when it holds
// no quotation ("…, according to the foreign ministry."), so that a later
// "it added" or "the statement said" can find them.
func (x *extraction) noteReported(pi int, p *para, ui int) {
	u := p.units[ui]
	for j := u[0]; j < u[1]; j++ {
		if k := p.toks[j].kind; k == kOpen || k == kClose {
			return
		}
	}
	for _, c := range cuesOf(p, ui) {
		if c.weak {
			continue
		}
		sp, ok := x.speakerOf(pi, p, ui, c, u[0])
		if ok && (sp.typ == "ORG" || sp.stmt) {
			x.history = append(x.history, said{pos: p.toks[c.ti].s, para: pi, sp: sp})
		}
	}
}

// attributionFollows reports whether the tokens from j start an attribution
// of the quotation before them: a cue verb within the next four words before
// any punctuation ("Trump told reporters", "said Smith"), or a past-tense verb
// and a name ("beamed Donald Hartley").
func attributionFollows(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		t := toks[k]
		if t.kind != kWord {
			return false
		}
		if lowerStart(t.w) && cueForms[t.lw] != "" {
			return true
		}
		if k == j && lowerStart(t.w) && strings.HasSuffix(t.lw, "ed") && k+1 < len(toks) && capitalised(toks[k+1].w) {
			return true
		}
		if lowerStart(t.w) && k > j && pronouns[toks[k-1].lw] == "" {
			return false
		}
	}
	return false
}

// dashSpeaker reads a paragraph that only names a speaker after a dash
// ("- Sanders.", "—Michelle Marks, Philadelphia."), the signature of the
// quotation before it.
func (x *extraction) dashSpeaker(pi int, p *para) (speaker, bool) {
	if len(p.toks) < 2 || len(p.toks) > 12 {
		return speaker{}, false
	}
	switch p.toks[0].w {
	case "-", "—", "–", "―":
	default:
		return speaker{}, false
	}
	a, b := nameOrPronoun(p, 1, len(p.toks))
	if a == b || pronouns[p.toks[a].lw] != "" {
		return speaker{}, false
	}
	return x.resolve(pi, p, a, b)
}

// previousSubject returns the subject of the last sentence of paragraph pi
// when it names a person.
func (x *extraction) previousSubject(pi int) (speaker, bool) {
	p := x.paras[pi]
	if len(p.units) == 0 || len(p.qs) > 0 {
		return speaker{}, false
	}
	u := p.units[len(p.units)-1]
	sa, sb := clauseSubject(p, u[0], u[1], x.lowerWords)
	if sa == sb {
		return speaker{}, false
	}
	sp, ok := x.resolve(pi, p, sa, sb)
	return sp, ok && sp.typ == "PER"
}

// unitSpeaker sets *sp to the speaker of the last cue of unit ui when the
// unit holds no quotation, and reports whether it found one.
func (x *extraction) unitSpeaker(pi int, p *para, ui int, sp *speaker) bool {
	u := p.units[ui]
	for j := u[0]; j < u[1]; j++ {
		if k := p.toks[j].kind; k == kOpen || k == kClose {
			return false
		}
	}
	cs := cuesOf(p, ui)
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].weak {
			continue
		}
		if s, ok := x.speakerOf(pi, p, ui, cs[i], u[0]); ok && s.name != "" {
			*sp = s
			return true
		}
	}
	return false
}
