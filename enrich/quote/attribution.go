package quote

import "strings"

// cue is one cue verb or "according to" in a unit, outside quotations.
type cue struct {
	ti, end int // token index of the cue and of the token after it
	form    string
	accord  bool
	weak    bool
}

// stopBack are lower-case words that end a speaker phrase read leftwards
// from its cue verb.
var stopBack = set(`that which who whom whose when while because but if as after before since where
in on at to from with by for about than though although until despite during amid over under into
not no so yet however said says told added while whether how what why`)

// prepositions open phrases that stand between a subject and its verb.
var prepositions = set(`in on at during after before with from for via over under through in
across inside outside`)

// interjections may stand between commas after a subject ("Forbes, however, says").
var interjections = set(`however though too also meanwhile instead nevertheless still moreover furthermore`)

// stopFwd are lower-case words that end a speaker phrase read rightwards
// from an inverted cue ("said Lavrov on Tuesday").
var stopFwd = set(`in on at to from with during after before when while as that who which whom whose
according adding saying noting referring speaking than because since if but and told via about over
last this next earlier later yesterday today tonight recently`)

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
	cs := cuesOf(p, ui)
	u := p.units[ui]
	after := q.et
	if q.c >= 0 {
		after = q.c + 1
	}
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
		if sa, sb := clauseSubject(p, u[0], q.o-1, x.lowerWords); sa < sb {
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
		for _, c2 := range cuesOf(p, ui) {
			if c2.ti >= c.ti {
				break
			}
			if !c2.weak && !strings.HasSuffix(c2.form, "ing") && !c2.accord {
				if sp, ok := x.speakerOf(pi, p, ui, c2, u[0]); ok {
					return sp, true
				}
			}
		}
		if sa, sb := clauseSubject(p, u[0], c.ti-1, x.lowerWords); sa < sb {
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
		if sa, sb := clauseSubject(p, u[0], a-1, x.lowerWords); sa < sb {
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

// npBackward reads a speaker phrase leftwards from the cue at token ti, not
// crossing token lo. It skips auxiliaries and adverbs before the cue and one
// comma of an apposition ("Yuri Ushakov, told"), and jumps over a relative
// clause or a nominal apposition back to the name it describes.
func npBackward(p *para, lo, ti int) (int, int) {
	j := ti - 1
	for j >= lo {
		t := p.toks[j]
		if t.kind == kWord && !t.inQ && (lowerStart(t.w) && (auxiliaries[t.lw] || strings.HasSuffix(t.lw, "ly") && len(t.lw) > 4) || calendarWords[t.lw] && j-1 >= lo && (p.toks[j-1].lw == "on" || auxiliaries[p.toks[j-1].lw])) {
			j--
			continue
		}
		if t.lw == "on" && j+1 < ti && calendarWords[p.toks[j+1].lw] {
			j--
			continue
		}
		// ", however," between the subject and its verb
		if t.w == "," && j-1 >= lo && interjections[p.toks[j-1].lw] {
			j -= 2
			continue
		}
		break
	}
	if j >= lo && p.toks[j].kind == kWord {
		if lw := p.toks[j].lw; lw == "and" || lw == "or" || lw == "but" {
			return j + 1, j + 1 // a coordinated verb: the subject is further back
		}
	}
	a, b := collectBack(p, lo, j)
	for try := 0; try < 3 && a < b && a-1 >= lo && prepositions[p.toks[a-1].lw] &&
		(b >= len(p.toks) || p.toks[b].w != "," || a-2 >= lo && p.toks[a-2].w == ","); try++ {
		// "X, in a statement, said" / "X said in a statement": skip the phrase
		j = a - 2
		for j >= lo && p.toks[j].kind == kWord && !p.toks[j].inQ && lowerStart(p.toks[j].w) && auxiliaries[p.toks[j].lw] {
			j--
		}
		if j >= lo && p.toks[j].kind == kWord {
			if lw := p.toks[j].lw; lw == "and" || lw == "or" || lw == "but" {
				return j + 1, j + 1
			}
		}
		a, b = collectBack(p, lo, j)
	}
	if a < b && a-2 > lo && p.toks[a-1].w == "," && capitalised(p.toks[a].w) && capitalised(p.toks[a-2].w) && a-3 >= lo &&
		(p.toks[a-3].lw == "of" || p.toks[a-3].lw == "from") {
		// "Stacy Baker of Columbia, South Carolina says": the place ends a name
		if a2, b2 := collectBack(p, lo, a-1); a2 < b2 {
			return a2, b2
		}
	}
	if a < b && a-1 > lo && p.toks[a-1].w == "," && lowerStart(p.toks[a].w) && !functionWords[p.toks[a].lw] {
		// "NAME, president and CEO of X stated"
		if a2, b2 := leftmostChunk(p, lo, a); a2 < b2 {
			return a2, b2
		}
	}
	if a < b && b < len(p.toks) && p.toks[b].w == "," {
		// "NAME, the president of X, said", "NAME, Democrat of Ohio, told",
		// "NAME, during a meeting in Columbus, Ohio, said": the subject is the
		// leftmost comma-separated chunk that opens the clause with a name
		if a2, b2 := leftmostChunk(p, lo, a); a2 < b2 {
			return a2, b2
		}
	}
	if a == b || hasCapital(p, a, b) {
		return a, b
	}
	// ", who …, said" or ", a radio host …, said": go back to the name
	k := a - 1
	for k >= lo && a-k < 30 && !(p.toks[k].kind == kPunct && p.toks[k].w == ",") {
		if p.toks[k].inQ || p.toks[k].kind == kOpen || p.toks[k].kind == kClose {
			return a, b
		}
		k--
	}
	if k < lo || k+1 >= len(p.toks) {
		return a, b
	}
	nw := p.toks[k+1].lw
	if nw != "who" && nw != "which" && nw != "a" && nw != "an" && nw != "the" {
		return a, b
	}
	if a2, b2 := collectBack(p, lo, k); a2 < b2 && hasCapital(p, a2, b2) {
		return a2, b2
	}
	return a, b
}

// collectBack gathers the words of a noun phrase ending at token j (after one
// apposition comma), leftwards, not crossing token lo. A determiner ends it.
func collectBack(p *para, lo, j int) (int, int) {
	if j >= lo+1 && p.toks[j].kind == kPunct && p.toks[j].w == "," && (p.toks[j-1].kind == kWord || p.toks[j-1].w == ")") && !p.toks[j-1].inQ {
		j--
	}
	if j >= lo && p.toks[j].w == ")" {
		// "Sen. Elizabeth Warren (D-MA) said": skip a short parenthesis
		k := j - 1
		for k >= lo && j-k < 10 && p.toks[k].w != "(" {
			k--
		}
		if k >= lo && p.toks[k].w == "(" {
			j = k - 1
		}
	}
	b := j + 1
	a := b
	for j >= lo {
		t := p.toks[j]
		if t.kind != kWord || t.inQ || b-j > 14 {
			break
		}
		lw := t.lw
		if lw == "the" || lw == "a" || lw == "an" {
			a = j
			break
		}
		if lowerStart(t.w) && (stopBack[lw] || cueForms[lw] != "") {
			break
		}
		if capitalised(t.w) && j < b-1 && (stopBack[lw] || prepositions[lw]) {
			break // a sentence-initial "Of", "In", "After"
		}
		a = j
		j--
	}
	return a, b
}

// hasCapital reports whether a token of [a, b) is capitalised or a pronoun.
func hasCapital(p *para, a, b int) bool {
	for j := a; j < b; j++ {
		w := p.toks[j].w
		if capitalised(w) && !functionWords[strings.ToLower(w)] {
			return true
		}
		if pronouns[strings.ToLower(w)] != "" {
			return true
		}
	}
	return false
}

// npForward reads a speaker phrase rightwards from token a (after an
// inverted cue or "according to"), not crossing token hi.
func npForward(p *para, a, hi int) (int, int) {
	j := a
	for j < hi {
		t := p.toks[j]
		if t.kind != kWord || t.inQ || j-a >= 12 {
			break
		}
		lw := t.lw
		if j > a && lowerStart(t.w) && (stopFwd[lw] || cueForms[lw] != "" || strings.HasSuffix(lw, "ed")) {
			break
		}
		if lw == "of" && (j+1 >= hi || !capitalised(p.toks[j+1].w) && !titleWords[p.toks[j+1].lw]) {
			break
		}
		if j > a && lowerStart(t.w) && capitalised(p.toks[j-1].w) && capitalised(p.toks[a].w) && !nameParticles[lw] && lw != "of" &&
			!(j+1 < hi && p.toks[j+1].kind == kWord && capitalised(p.toks[j+1].w)) && !titlePhrase(p, j, hi) && !titleWords[lw] {
			break // a name ends at the first lower-case word: "Mr. Trump intends"
		}
		j++
	}
	if j == a {
		return a, a
	}
	first := p.toks[a].w
	lf := strings.ToLower(first)
	if lf == "whom" || lf == "which" {
		return a, a + 1
	}
	if !(capitalised(first) || lf == "a" || lf == "an" || lf == "the" || lf == "whom" || lf == "which" ||
		pronouns[lf] != "" || titleWords[lf] || personHeads[lf] || orgHeads[lf]) {
		return a, a
	}
	return a, j
}

// subjectAtStart returns the subject phrase opening a unit: a pronoun or a
// run of capitalised words after leading connectives, before token hi.
func subjectAtStart(p *para, lo, hi int) (int, int) {
	a := lo
	for a < hi && p.toks[a].kind == kWord && functionWords[p.toks[a].lw] && pronouns[p.toks[a].lw] == "" {
		a++
	}
	if a >= hi || p.toks[a].kind != kWord || p.toks[a].inQ {
		return a, a
	}
	if pronouns[p.toks[a].lw] != "" {
		return a, a + 1
	}
	if lw := p.toks[a].lw; !capitalised(p.toks[a].w) && lw != "a" && lw != "an" && lw != "the" {
		return a, a
	}
	return npForward(p, a, hi)
}

// firstWord returns the index of the first word token at or after lo.
func firstWord(p *para, lo int) int {
	for j := lo; j < len(p.toks); j++ {
		if p.toks[j].kind == kWord {
			return j
		}
	}
	return -1
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

// nameOrPronoun returns the pronoun or capitalised name run starting at
// token a (after an optional determiner), or an empty range.
func nameOrPronoun(p *para, a, hi int) (int, int) {
	if a >= hi || p.toks[a].kind != kWord || p.toks[a].inQ {
		return a, a
	}
	lw := p.toks[a].lw
	if pr := pronouns[lw]; pr != "" && pr != "SELF" {
		return a, a + 1
	}
	b := a
	if lw == "the" {
		b++
	}
	for b < hi && p.toks[b].kind == kWord && !p.toks[b].inQ && (capitalised(p.toks[b].w) ||
		(nameParticles[p.toks[b].lw] || p.toks[b].lw == "of") && b > a && b+1 < hi && capitalised(p.toks[b+1].w)) {
		b++
		if isPossessive(p.toks[b-1].w) {
			return a, a
		}
	}
	if b == a || lw == "the" && b == a+1 {
		return a, a
	}
	return a, b
}

// clauseSubject finds the subject of the main clause in tokens [lo, hi): the
// first pronoun or name run directly followed by a lower-case word that can
// be a verb ("On Thursday, Warren appeared …" → Warren).
func clauseSubject(p *para, lo, hi int, lowerWords map[string]bool) (int, int) {
	for j := lo; j < hi; j++ {
		t := p.toks[j]
		if t.kind != kWord || t.inQ {
			continue
		}
		if j > lo && p.toks[j-1].kind == kWord && capitalised(p.toks[j-1].w) && !functionWords[p.toks[j-1].lw] {
			continue // inside a run
		}
		if capitalised(t.w) && functionWords[t.lw] && pronouns[t.lw] == "" && t.lw != "the" {
			continue
		}
		a, b := nameOrPronoun(p, j, hi)
		if a == b {
			continue
		}
		if j > lo && (prepositions[p.toks[j-1].lw] || p.toks[j-1].lw == "of" || p.toks[j-1].lw == "to" || p.toks[j-1].lw == "by") {
			j = b - 1
			continue // "in Iowa polls": not a subject
		}
		if b < hi && p.toks[b].w == "(" {
			// "Rep. Hakeem Jeffries (D-N.Y.) reacted": skip a short parenthesis
			k := b + 1
			for k < hi && k-b < 10 && p.toks[k].w != ")" {
				k++
			}
			if k < hi && p.toks[k].w == ")" && k+1 < hi && p.toks[k+1].kind == kWord && lowerStart(p.toks[k+1].w) && !functionWords[p.toks[k+1].lw] {
				return a, b
			}
		}
		if j == firstWord(p, lo) && b < hi && p.toks[b].w == "," && p.toks[a].lw != "the" && pronouns[p.toks[a].lw] == "" &&
			!(b-a == 1 && (x0lower(lowerWords, p.toks[a].lw) || calendarWords[p.toks[a].lw])) {
			return a, b // "Cruz, leading narrowly in Iowa, questioned …"
		}
		if b-a == 1 && (lowerWords[p.toks[a].lw] || calendarWords[p.toks[a].lw]) && pronouns[p.toks[a].lw] == "" {
			continue // a capitalised common word
		}
		// "Donald Trump on Thursday ratcheted up …": skip a short time phrase
		k := b
		if k < hi && (p.toks[k].lw == "on" || p.toks[k].lw == "last" || p.toks[k].lw == "this" || p.toks[k].lw == "late" || p.toks[k].lw == "early") {
			k++
			for n := 0; n < 3 && k < hi && p.toks[k].kind == kWord && (capitalised(p.toks[k].w) || isDigitStart(p.toks[k].w) || calendarWords[p.toks[k].lw]); n++ {
				k++
			}
			if k < hi && p.toks[k].kind == kWord && lowerStart(p.toks[k].w) && !functionWords[p.toks[k].lw] {
				return a, b
			}
		}
		if b < hi && p.toks[b].kind == kWord && lowerStart(p.toks[b].w) {
			lw := p.toks[b].lw
			if p.toks[a].lw == "the" && !(auxiliaries[lw] || cueForms[lw] != "" || strings.HasSuffix(lw, "ed")) {
				j = b - 1
				continue // "the Illinois statehouse": a modifier, not a subject
			}
			if titleWords[lw] || personHeads[lw] || titlePhrase(p, b, hi) {
				j = b
				continue // "Opposition leader Nora Diaz": a title, not a verb
			}
			if !functionWords[lw] || auxiliaries[lw] {
				return a, b
			}
		}
		j = b - 1
	}
	return lo, lo
}

// participleIntro are words before a participle cue whose subject is the
// clause's ("by tweeting that", "while saying").
var participleIntro = set(`by after while before when in without`)

// clauseOpeners may precede a subject at the start of a clause.
var clauseOpeners = set(`but and so yet then also however meanwhile still`)

// leftmostChunk walks back from token a over up to four comma-separated
// chunks (appositions, relative clauses, adverbials) and returns the
// leftmost one that opens its clause and ends with a capitalised word.
func leftmostChunk(p *para, lo, a int) (int, int) {
	ra, rb := a, a
	k := a - 1
	for n := 0; n < 4; n++ {
		for k > lo && a-k < 40 && p.toks[k].w != "," && !p.toks[k].inQ && p.toks[k].kind != kOpen && p.toks[k].kind != kClose && p.toks[k].w != "." && p.toks[k].w != ";" {
			k--
		}
		if k <= lo || p.toks[k].w != "," || p.toks[k].inQ {
			break
		}
		a2, b2 := collectBack(p, lo, k)
		if a2 == b2 {
			break
		}
		opens := a2 <= lo || p.toks[a2-1].w == "," || p.toks[a2-1].kind == kClose || clauseOpeners[p.toks[a2-1].lw]
		if opens && capitalised(p.toks[b2-1].w) && !functionWords[p.toks[b2-1].lw] {
			ra, rb = a2, b2
		}
		k = a2 - 1
	}
	return ra, rb
}

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

// titlePhrase reports whether the lower-case words from token b lead, through
// a title word, to a capitalised name ("presidential candidate Donald").
func titlePhrase(p *para, b, hi int) bool {
	for k := b; k < hi && k < b+3; k++ {
		t := p.toks[k]
		if t.kind != kWord || cueForms[t.lw] != "" || auxiliaries[t.lw] {
			return false
		}
		if capitalised(t.w) {
			return k > b && (titleWords[p.toks[k-1].lw] || personHeads[p.toks[k-1].lw])
		}
	}
	return false
}

func x0lower(m map[string]bool, w string) bool { return m[w] }

// lastSubject is clauseSubject for the last clause before token hi: the
// subject of the verb coordinated with a cue ("Ms. Sherry smiled and said").
func lastSubject(p *para, lo, hi int, lowerWords map[string]bool) (int, int) {
	ra, rb := lo, lo
	for from := lo; from < hi; {
		a, b := clauseSubject(p, from, hi, lowerWords)
		if a == b {
			break
		}
		ra, rb = a, b
		from = b
	}
	return ra, rb
}
