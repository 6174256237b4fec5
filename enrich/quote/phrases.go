package quote

import "strings"

// stopFwd are lower-case words that end a speaker phrase read rightwards
// from an inverted cue ("said Lavrov on Tuesday").
var stopFwd = set(`in on at to from with during after before when while as that who which whom whose
according adding saying noting referring speaking than because since if but and told via about over
last this next earlier later yesterday today tonight recently`)

// stopBack are lower-case words that end a speaker phrase read leftwards
// from its cue verb.
var stopBack = set(`that which who whom whose when while because but if as after before since where
in on at to from with by for about than though although until despite during amid over under into
not no so yet however said says told added while whether how what why`)

// interjections may stand between commas after a subject ("Forbes, however, says").
var interjections = set(`however though too also meanwhile instead nevertheless still moreover furthermore`)

// prepositions open phrases that stand between a subject and its verb.
var prepositions = set(`in on at during after before with from for via over under through in
across inside outside`)

// clauseOpeners may precede a subject at the start of a clause.
var clauseOpeners = set(`but and so yet then also however meanwhile still after when while because since
before as if although though once until`)

// timeNouns may follow "last" or "this" in a time phrase ("last year").
var timeNouns = set(`year week month night morning evening afternoon weekend summer fall autumn spring
winter time decade century`)

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
	if a < b && a-1 > lo && p.toks[a-1].w == "," && lowerStart(p.toks[a].w) && (!functionWords[p.toks[a].lw] || p.toks[a].lw == "a" || p.toks[a].lw == "an") {
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
		if lw == "of" && j-2 >= a && capitalised(p.toks[j-1].w) && capitalised(p.toks[j-2].w) &&
			!titleWords[p.toks[j-1].lw] && !orgHeads[p.toks[j-1].lw] {
			break // "Cara Diemont of IT firm Dimension Data": the name ends before "of"
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
		pronouns[lf] != "" || titleWords[lf] || personHeads[lf] || orgHeads[lf] || titlePhrase(p, a, hi)) {
		return a, a
	}
	return a, j
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
		if j > lo && p.toks[j-1].kind == kWord && capitalised(p.toks[j-1].w) && !functionWords[p.toks[j-1].lw] && !isPossessive(p.toks[j-1].w) {
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
		if allTitles(p, a, b) {
			j = b - 1
			continue // "Former prosecutor …": a title, not a name
		}
		opening := j == firstWord(p, lo) || j-1 >= lo && j-1 == firstWord(p, lo) && clauseOpeners[p.toks[j-1].lw]
		if opening && b < hi && p.toks[b].w == "," && p.toks[a].lw != "the" && pronouns[p.toks[a].lw] == "" &&
			!(b-a == 1 && (lowerWords[p.toks[a].lw] || calendarWords[p.toks[a].lw])) {
			return a, b // "Cruz, leading narrowly in Iowa, questioned …"
		}
		if b-a == 1 && (lowerWords[p.toks[a].lw] || calendarWords[p.toks[a].lw]) && pronouns[p.toks[a].lw] == "" {
			continue // a capitalised common word
		}
		// "Donald Trump on Thursday ratcheted up …": skip a short time phrase
		k := b
		if k < hi && (p.toks[k].lw == "on" || p.toks[k].lw == "last" || p.toks[k].lw == "this" || p.toks[k].lw == "late" || p.toks[k].lw == "early") {
			k++
			for n := 0; n < 3 && k < hi && p.toks[k].kind == kWord && (capitalised(p.toks[k].w) || isDigitStart(p.toks[k].w) || calendarWords[p.toks[k].lw] || timeNouns[p.toks[k].lw]); n++ {
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

// titlePhrase reports whether the lower-case words from token b lead, through
// a title word, to a capitalised name ("presidential candidate Donald").
func titlePhrase(p *para, b, hi int) bool {
	for k := b; k < hi && k < b+5; k++ {
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

// allTitles reports whether every word of [a, b) is a title word.
func allTitles(p *para, a, b int) bool {
	for j := a; j < b; j++ {
		if !titleWords[strings.TrimSuffix(p.toks[j].lw, ".")] && !titleWords[p.toks[j].lw] {
			return false
		}
	}
	return true
}
