package timex

// The tense a date takes from the words around it: prepositions ("until",
// "since", "through"), deadlines and delays, and the clause's tense.

// dateTense is the tense for a date expression at [i, j): a preposition
// right before it decides ("until July 1", "by Dec. 15" look ahead; "since
// March" looks back), else the clause's tense.
func (r *resolver) dateTense(i, j int) int {
	k := r.skipClock(i)
	// "until at least Tuesday", "by the end of at most March": the hedge
	// stands between the preposition and the date
	if k >= 2 && r.toks[k-2].low == "at" && (r.toks[k-1].low == "least" || r.toks[k-1].low == "most") {
		k -= 2
	}
	// "postponed until the start of April", "until early May": the
	// preposition governs the position in the month too. After "by" the
	// clause decides: "stocks climbed to 1.62 mln tonnes by the end of
	// January" is past, "a decision by the end of April" ahead.
	p := k
	if p >= 3 && r.toks[p-1].low == "of" && positionWords[r.toks[p-2].low] && r.toks[p-3].low == "the" {
		p -= 3
	}
	if w := r.prevLow(p); w == "early" || w == "late" || w == "mid" {
		p--
	} else if w == "-" && p >= 2 && (r.toks[p-2].low == "mid" || r.toks[p-2].low == "late" || r.toks[p-2].low == "early") {
		p -= 2
	}
	if r.prevLow(p) != "by" {
		k = p
	}
	switch r.prevLow(k) {
	case "until", "till", "by":
		// "they had not called him a suspect until Thursday", "159 members
		// had filed reports by Wednesday": a past perfect keeps it past
		if r.pastPerfect(i, j) {
			return tensePast
		}
		return tenseFuture
	case "since":
		return tensePast
	case "through", "thru", "to":
		// "extended through April 30", "postponed to April": a new
		// deadline, ahead unless a past perfect puts it behind
		if r.delayVerbBefore(k) {
			if r.pastPerfect(i, j) {
				return tensePast
			}
			return tenseFuture
		}
		if r.prevLow(k) == "to" {
			break
		}
		// "loans through January": ahead, unless the clause is past
		if t := r.tense(i, j); t != tenseNone {
			return t
		}
		return tenseFuture
	}
	return r.tense(i, j)
}

// positionWords name a part of a period: "the end of March".
var positionWords = map[string]bool{"start": true, "end": true, "beginning": true, "middle": true, "close": true, "turn": true}

// fallsNoun are words before "falls" that make it a noun ("sharp falls
// on Wall Street").
var fallsNoun = map[string]bool{
	"the": true, "a": true, "large": true, "sharp": true, "steep": true, "big": true, "heavy": true,
	"further": true, "recent": true, "modest": true, "small": true, "price": true, "share": true, "and": true,
	"water": true, "niagara": true, "victoria": true,
}

// verbObjectStart are words that start what follows a verb rather than
// the noun an adjective qualifies.
var verbObjectStart = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"him": true, "them": true, "us": true, "me": true, "it": true, "on": true, "in": true, "at": true,
	"to": true, "by": true, "for": true, "with": true, "from": true, "up": true, "out": true, "off": true,
}

// predictVerbs forecast a date: "widely predicted for May".
var predictVerbs = map[string]bool{
	"predicted": true, "forecast": true, "forecasted": true, "projected": true, "tipped": true,
	"pencilled": true, "penciled": true, "earmarked": true, "targeted": true, "tabled": true, "mooted": true,
}

// delayVerbBefore reports whether a verb that moves a date later stands in
// the clause before the preposition at token k: "extended through April
// 30", "has extended Control Data up to $90 million in revolving loans
// through January".
func (r *resolver) delayVerbBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		t := &r.toks[b]
		if clauseBreak(t) || t.low == "," && b < k-1 {
			return false
		}
		if delayVerbs[t.low] && !(t.low == "off" || t.low == "back") {
			return true
		}
		if (t.low == "off" || t.low == "back") && b >= k-3 {
			return true // "put off to", "put back slightly to June 8"
		}
	}
	return false
}

// delayVerbs move a date later: the date they move to lies ahead.
var delayVerbs = map[string]bool{
	"extended": true, "extends": true, "extend": true, "postponed": true, "postpones": true, "postpone": true,
	"delayed": true, "delays": true, "delay": true, "deferred": true, "defer": true, "rescheduled": true,
	"adjourned": true, "moved": true, "off": true, "back": true, // "put off to", "pushed back to"
}

// skipClock returns the index of the first token of a clock time standing
// right before token i ("until 9 a.m. EST Tuesday": the preposition belongs
// to the whole expression), or i when there is none.
func (r *resolver) skipClock(i int) int {
	k := i
	for k > 0 && i-k < 8 {
		t := &r.toks[k-1]
		switch {
		case t.kind == kNum, t.low == "." || t.low == ":" || t.low == ",":
		case t.low == "a" || t.low == "p" || t.low == "m" || t.low == "am" || t.low == "pm":
		case t.low == "noon" || t.low == "midnight" || t.low == "est" || t.low == "edt" || t.low == "gmt" || t.low == "et":
		default:
			return k
		}
		k--
	}
	return k
}

// pastPerfect reports whether the clause around [i, j) has a "had" that is
// not a future-in-the-past ("had been due to").
func (r *resolver) pastPerfect(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := &r.toks[k]
		if clauseBreak(t) && k < i-1 {
			break
		}
		if t.low == "had" {
			return true
		}
	}
	for k := j; k < len(r.toks) && k < j+10; k++ {
		t := &r.toks[k]
		if clauseBreak(t) {
			break
		}
		if t.low == "had" {
			return true
		}
	}
	return false
}
