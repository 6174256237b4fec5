package timex

import "strings"

// The tense of the clause around an expression: markers ("will", "said",
// -ed verbs, "is calling") found around it decide whether a year-less date
// or a weekday lies before or after the DCT.

// Tense of the clause around an expression.
const (
	tenseNone   = 0
	tensePast   = -1
	tenseFuture = 1
	// tensePresent is what marker returns for a present progressive ("is
	// calling for the redemption on Dec. 7"): a farther "said" does not
	// make the date past (presentSeen), and tense reports it as tenseNone.
	tensePresent = 2
	// tenseStop is what marker returns for the standard of a comparison
	// ("less than forecast in July", "fewer jobs than expected in
	// January"): the date belongs to it, and the clause's own tense ("will
	// expand") does not apply; tense reports it as tenseNone.
	tenseStop = 3
)

// futureWords mark a clause about the future ("will meet on Thursday",
// "is expected to", "scheduled for", "effective Feb. 1").
var futureWords = map[string]bool{
	"will": true, "ll": true, "shall": true, "wo": true, "would": true, "upcoming": true,
	"scheduled": true, "slated": true, "expected": true, "expects": true, "due": true, "going": true,
	"plan": true, "plans": true, "planned": true, "planning": true, "set": true, "ahead": true,
	"intends": true, "aims": true, "hopes": true, "effective": true, "soon": true, "expire": true,
	"expires": true, "tomorrow": true, "coming": true, "begins": true, "starts": true, "opens": true,
	"meets": true, "visits": true,
}

// scheduleVerbs are verbs whose simple present with a date names a
// scheduled event ("the talks resume Monday"); the third-person forms of
// some are futureWords already.
var scheduleVerbs = map[string]bool{
	"meet": true, "resume": true, "resumes": true, "travels": true,
	"arrive": true, "arrives": true, "depart": true, "departs": true, "convene": true,
	"convenes": true, "reconvene": true, "reconvenes": true, "expires": true, "opens": true, "begins": true,
	"holds": true, // "Wyoming, which holds a caucus on Saturday"
	"kicks": true, // "the match kicks off at 7.45pm on Saturday"
}

// pastWords mark a clause about the past: auxiliaries and irregular past
// tenses (regular -ed forms are recognised by isPastWord).
var pastWords = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "been": true, "ago": true,
	"last": true, "yesterday": true, "earlier": true, "met": true, "told": true, "went": true,
	"came": true, "took": true, "made": true, "gave": true, "held": true, "began": true, "left": true,
	"won": true, "lost": true, "saw": true, "spoke": true, "sent": true, "fell": true, "rose": true,
	"struck": true, "hit": true, "got": true, "ran": true, "wrote": true, "led": true, "paid": true,
	"put": true, "shot": true, "sold": true, "bought": true, "brought": true, "thought": true,
	"felt": true, "kept": true, "found": true, "became": true, "broke": true, "chose": true,
	"drew": true, "flew": true, "grew": true, "knew": true, "meant": true, "sat": true, "stood": true,
	"spent": true, "quit": true, "fled": true, "died": true, "sued": true, "lied": true, "tied": true,
	"hired": true, "taken": true, "given": true, "seen": true, "done": true, "gone": true, "begun": true,
}

// commitVerbs take an infinitive naming a later event ("decided to").
var commitVerbs = map[string]bool{
	"decided": true, "agreed": true, "promised": true, "vowed": true, "pledged": true,
	"voted": true, "threatened": true, "offered": true, "undertook": true, "resolved": true,
}

// notPast are -ed words that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "red": true, "bed": true, "feed": true, "seed": true, "indeed": true,
	"proceed": true, "united": true, "limited": true, "based": true, "ahead": true, "shed": true,
	"wed": true, "weed": true, "breed": true, "creed": true, "deed": true, "greed": true, "hundred": true,
	"alleged": true, "advanced": true, "expected": true, "scheduled": true, "planned": true, "proposed": true,
	"armed": true, "concerned": true, "unprecedented": true, "detailed": true, "related": true,
	"sacred": true, "kindred": true, "naked": true, "wicked": true, "rugged": true, "beloved": true,
	"embed": true, "succeed": true, "exceed": true, "unlimited": true, "ted": true,
	"fred": true, "ned": true, "ed": true, "jed": true, "reed": true, "hed": true, "sled": true,
}

func isPastWord(w string) bool {
	if pastWords[w] {
		return true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] {
		return true
	}
	return false
}

// clauseBreak reports whether token t ends a sentence or clause for tense.
func clauseBreak(t *token) bool {
	if t.nl {
		return true
	}
	switch t.low {
	case ".", "!", "?", ";", "\u201c", "\u201d", "\"":
		return true
	}
	return false
}

// tenseBefore looks back from token i for the nearest tense marker of the
// clause: it returns the marker's tense (tenseStop for a comparison's
// standard), its distance in words, and whether a present progressive
// stood between.
func (r *resolver) tenseBefore(i int) (int, int, presentSeen) {
	best, bestD := tenseNone, 1<<30
	var present presentSeen
	for k, d := i-1, 1; k >= 0 && d <= 12; k = k - 1 {
		t := &r.toks[k]
		if t.kind == kWord {
			d++
		}
		if t.low == "." && r.innerDot(k) {
			continue // "a.m.", "Sept.", "29.75"
		}
		if t.kind == kPunct && t.low != "'" && t.low != "," && t.low != "-" {
			if clauseBreak(t) || t.low == ":" {
				break
			}
		}
		if t.nl && k < i-1 {
			break
		}
		if r.coordinatedClause(k) {
			break // ", and set Friday as the deadline": another clause
		}
		if t, done := present.step(r.toks, k); done {
			if t == tenseStop {
				return tenseStop, d, present
			}
			best, bestD = t, d
			break
		}
		if k > 0 && clauseBreak(t) {
			break
		}
	}
	return best, bestD, present
}

// clauseTense looks for the nearest tense marker around tokens [i, j) within the
// clause: a future marker (will, 'll, expected, next, ...) or a past one
// (said, was, -ed verbs, ...). Markers before the expression win ties.
func (r *resolver) clauseTense(i, j int) int {
	best, bestD, present := r.tenseBefore(i)
	if best == tenseStop {
		return tenseStop
	}
	// after
	for k, d := j, 1; k < len(r.toks) && 2*d < bestD && d <= 10; k, d = k+1, d+1 {
		t := &r.toks[k]
		if t.low == "." && r.innerDot(k) {
			continue
		}
		if clauseBreak(t) || afterStop[t.low] {
			break
		}
		if t.low == "," && best != tenseNone {
			// "Sanders, who did win Rhode Island on Tuesday, would ...":
			// the comma closes the clause that already has its tense
			break
		}
		if commitVerbs[t.low] {
			// "In December, the EU pledged to work towards it": a date
			// before the commitment is the commitment's
			best = tensePast
			break
		}
		if t, done := present.step(r.toks, k); done {
			if t != tenseStop {
				best = t
			}
			break
		}
	}
	if best == tenseNone && present {
		return tensePresent
	}
	return best
}

// presentSeen records that a present progressive stood between an
// expression and the marker found farther away.
type presentSeen bool

// over is the tense of a marker v found past a progressive: a past marker
// gives way to it ("said it is calling for the redemption on Dec. 7"), a
// future one stands ("looking ahead, the group is anticipating a pick-up in
// the second half").
func (p presentSeen) over(v int) int {
	if p && v == tensePast {
		return tensePresent
	}
	return v
}

// step reads the marker at token k for a search that has seen p: done
// reports that the search ends there, with tense t (tenseStop for a
// comparison's standard); a progressive is recorded and the search goes on.
func (p *presentSeen) step(toks []token, k int) (t int, done bool) {
	switch v := marker(toks, k); v {
	case tenseNone:
		return tenseNone, false
	case tensePresent:
		*p = true
		return tenseNone, false
	case tenseStop:
		return tenseStop, true
	default:
		return p.over(v), true
	}
}

// tense is the clause's tense, else the sentence's (sentenceTense).
func (r *resolver) tense(i, j int) int {
	t := r.clauseTense(i, j)
	switch t {
	case tenseStop:
		return tenseNone
	case tenseNone:
		t = r.sentenceTense(i, j)
	case tensePresent:
		t = presentSeen(true).over(r.sentenceTense(i, j))
	}
	if t == tensePresent || t == tenseStop {
		return tenseNone
	}
	return t
}

// sentenceWindow bounds the fallback search for a sentence's tense.
const sentenceWindow = 40

// sentenceTense is the fallback when the clause around [i, j) has no tense
// marker: the first marker of the rest of the sentence after the expression
// ("In January, a week after the anniversary of the decision, a bombing
// killed a guard"; "On Tuesday, the Rights Action League plans to hold"),
// skipping subordinate clauses ("On Friday, when Albright set aside her
// hastily planned trip, the department lifted"); else the nearest one
// before it in the same clause ("flights would leave on Monday, with the
// third departing each Thursday from August 6"), but not across an
// infinitive or a subordinator ("subpoenaed him to testify on Feb. 10",
// "had not signed ... when the case is heard in May").
func (r *resolver) sentenceTense(i, j int) int {
	end := func(k int) bool {
		t := &r.toks[k]
		return t.low == "!" || t.low == "?" || t.low == ";" || t.low == "." && !r.innerDot(k)
	}
	var present presentSeen
	for k := j; k < len(r.toks) && k < j+sentenceWindow; k++ {
		t := &r.toks[k]
		if t.nl || end(k) {
			break
		}
		if subordinators[t.low] || t.low == "that" && k > j {
			// skip the subordinate clause to its comma ("growth that will
			// remain above the average"); a "that" right after the
			// expression describes its event ("the incident Sunday evening
			// that left one dead")
			for k+1 < len(r.toks) && k < j+sentenceWindow && r.toks[k+1].low != "," && !end(k+1) && !r.toks[k+1].nl {
				k++
			}
			continue
		}
		if commitVerbs[t.low] {
			// "On Saturday, they agreed to meet": the date is the
			// agreement's
			return tensePast
		}
		if t, done := present.step(r.toks, k); done {
			return t
		}
	}
	for k := i - 1; k >= 0 && k > i-sentenceWindow; k-- {
		t := &r.toks[k]
		if t.low == "," {
			// "The talks, which began on March 12, resume Monday": skip a
			// relative clause set off by commas
			for b := k - 1; b >= 0 && b > i-sentenceWindow && !end(b); b-- {
				if r.toks[b].low == "," {
					if b+1 < k && (r.toks[b+1].low == "which" || r.toks[b+1].low == "who" || r.toks[b+1].low == "whose") {
						k = b
					}
					break
				}
			}
			continue
		}
		if end(k) || subordinators[t.low] || t.low == "to" && infinitive(r.toks, k) || r.coordinatedClause(k) {
			break
		}
		if t, done := present.step(r.toks, k); done {
			return t
		}
		if t.nl {
			break
		}
	}
	if present {
		return tensePresent
	}
	return tenseNone
}

// coordinatedClause reports whether the "and" or "but" at token k joins a
// clause with a verb of its own (", and set Friday as the deadline"), not
// one more item of a list (", and on August 27", ", and July").
func (r *resolver) coordinatedClause(k int) bool {
	t := &r.toks[k]
	if t.low != "and" && t.low != "but" || k == 0 || r.toks[k-1].low != "," || k+1 >= len(r.toks) {
		return false
	}
	n := &r.toks[k+1]
	return n.kind == kWord && !n.upper && n.cls == 0 && !listWords[n.low]
}

// listWords may follow the "and" before the last item of a list of dates.
var listWords = map[string]bool{
	"on": true, "in": true, "at": true, "for": true, "by": true, "from": true, "to": true, "the": true,
	"a": true, "an": true, "of": true, "until": true, "through": true, "between": true, "during": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true, "not": true,
	"then": true, "also": true, "again": true,
}

// refusalVerbs follow "wouldn't" in a reported refusal.
var refusalVerbs = map[string]bool{
	"say": true, "comment": true, "confirm": true, "disclose": true, "elaborate": true, "discuss": true,
	"specify": true, "identify": true, "reveal": true, "name": true, "answer": true, "respond": true,
}

// subordinators open a clause whose tense is not the main clause's.
var subordinators = map[string]bool{
	"when": true, "if": true, "because": true, "while": true, "although": true, "though": true,
	"whereas": true, "where": true, "which": true, "who": true, "whom": true, "whose": true,
	"after": true, "before": true, "since": true, "as": true, "until": true, "unless": true,
}

// infinitive reports whether the "to" at token k starts an infinitive ("to
// testify") rather than a prepositional phrase ("to the committee").
func infinitive(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	if n.kind != kWord || n.upper || n.cls != 0 {
		return false
	}
	switch n.low {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
		"those", "him", "them", "us", "me", "it", "some", "any", "all", "each", "every", "no", "about",
		"around", "date", "be":
		return n.low == "be"
	}
	return !strings.HasSuffix(n.low, "ing") && !strings.HasSuffix(n.low, "s")
}

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
		if delayVerbs[t.low] {
			return true
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

// afterStop are words that start another clause: tense markers after them
// belong to that clause ("on Saturday and were planning to").
var afterStop = map[string]bool{
	"and": true, "but": true, "while": true, "when": true, "because": true, "although": true,
	"though": true, "whereas": true, "where": true, "which": true, "who": true, "that": true,
	"until": true, "if": true,
}

// marker returns the tense a token marks.
func marker(toks []token, k int) int {
	w := toks[k].low
	if toks[k].kind != kWord {
		return tenseNone
	}
	if w == "ll" && k > 0 && toks[k-1].low == "'" {
		return tenseFuture
	}
	if w == "ll" {
		return tenseNone
	}
	// "wouldn't say Tuesday how", "would not comment": a refusal reported
	// in the past
	if w == "wouldn" || w == "would" || w == "couldn" || w == "could" {
		n := k + 1
		if n+1 < len(toks) && toks[n].low == "'" && toks[n+1].low == "t" {
			n += 2
		} else if n < len(toks) && toks[n].low == "not" {
			n++
		} else {
			n = -1
		}
		if n > 0 && n < len(toks) && refusalVerbs[toks[n].low] {
			return tensePast
		}
	}
	// "is to resume", "are to meet"
	if w == "to" && k > 0 && (toks[k-1].low == "is" || toks[k-1].low == "are") {
		return tenseFuture
	}
	// "as early as Tuesday"
	if w == "early" && k > 0 && toks[k-1].low == "as" {
		return tenseFuture
	}
	switch w {
	case "plans", "plan", "expects", "intends", "aims", "hopes", "going", "set":
		if k+1 >= len(toks) || toks[k+1].low != "to" {
			return tenseNone
		}
	case "due":
		// "is due in August", "due August 3", "due to meet": scheduled;
		// "due to the strike": a cause
		if k+1 >= len(toks) {
			return tenseNone
		}
		n := &toks[k+1]
		switch {
		case n.low == "to":
			if k+2 < len(toks) && verbObjectStart[toks[k+2].low] {
				return tenseNone
			}
		case n.low == "in" || n.low == "on" || n.low == "by" || n.low == "for" || n.low == "next" || n.low == "this" || n.low == "later" || n.low == "out" || n.low == "back":
		case n.cls&(cMonth|cMonAbbr|cWeekday) != 0:
		default:
			return tenseNone
		}
	}
	// "should be completed in October", "may soon seek" look ahead; "should
	// have been", "may have met" not
	if (w == "should" || w == "must" || w == "may" && !toks[k].upper || w == "might") && k+1 < len(toks) && toks[k+1].low != "have" {
		return tenseFuture
	}
	if k > 0 && (w == "expected" || w == "planned" || w == "scheduled" || w == "forecast") {
		p := k - 1
		if p > 0 && strings.HasSuffix(toks[p].low, "ly") {
			p-- // "as previously planned", "than originally expected"
		}
		switch toks[p].low {
		case "than":
			return tenseStop // "fewer jobs than expected in January", "less than forecast in July"
		case "as":
			return tenseNone // "as planned"
		}
	}
	// "the election, widely predicted for May", "a vote pencilled in for
	// June": a forecast of the date
	if predictVerbs[w] && k+1 < len(toks) && (toks[k+1].low == "for" || toks[k+1].low == "in" && k+2 < len(toks) && toks[k+2].low == "for") {
		return tenseFuture
	}
	if w == "ahead" && k > 0 {
		switch toks[k-1].low {
		case "went", "gone", "pressed", "pushed", "moved", "forged", "got":
			return tensePast // "the sale went ahead in December"
		case "go", "goes", "going", "press", "push", "move":
			return tenseNone // the auxiliary decides: "will go ahead"
		case "path", "road", "way", "task", "tasks", "challenge", "challenges", "battle", "fight", "work", "journey", "struggle":
			return tenseNone // "discussed a path ahead with advisers Wednesday"
		}
	}
	if w == "falls" && k+1 < len(toks) && toks[k+1].low == "on" && k > 0 && toks[k-1].kind == kWord && !fallsNoun[toks[k-1].low] {
		return tenseFuture // "the anniversary falls on Tuesday"
	}
	if scheduleVerbs[w] && k > 0 && !toks[k].upper {
		// "the talks resume Monday", "he and Arafat meet separately Monday":
		// news writes a scheduled event in the simple present; "did not
		// meet", "to meet", "could meet" leave it to their auxiliary
		switch toks[k-1].low {
		case "did", "not", "t", "could", "would", "should", "might", "must", "to", "had", "has", "have", "can", "will", "may", "never", "also",
			"a", "an", "the", "his", "her", "their", "its", "our", "s", "this", "that", "first", "last", "next":
		default:
			return tenseFuture
		}
	}
	if w == "soon" && k+1 < len(toks) && (toks[k+1].low == "after" || toks[k+1].low == "afterwards" || toks[k+1].low == "afterward") {
		return tenseNone // "soon after Sunday's massacre"
	}
	if futureWords[w] {
		// "had been due", "was expected", "had been scheduled to expire": a
		// future seen from the past
	back:
		for b := k - 1; b >= 0 && b >= k-4; b-- {
			switch toks[b].low {
			case "had":
				return tensePast
			case "been":
				if b >= k-2 {
					return tensePast
				}
			case "will", "would", "shall", ".", ";":
				break back
			}
		}
		return tenseFuture
	}
	// "has decided to admit them in early March", "agreed to meet on
	// Thursday": the infinitive's event lies after the decision
	if commitVerbs[w] && k+1 < len(toks) && toks[k+1].low == "to" {
		return tenseFuture
	}
	if isPastWord(w) && k > 0 && strings.HasSuffix(w, "ed") {
		// "the reduced dividend", "a still unspecified date": an adjective
		switch toks[k-1].low {
		case "a", "an", "the", "its", "their", "his", "her", "this", "still", "newly", "our", "your":
			return tenseNone
		case "that":
			// "that reduced dividend" is an adjective, "the side that faced
			// Leinster" a verb of a relative clause
			if k+1 < len(toks) && toks[k+1].kind == kWord && !toks[k+1].upper && !verbObjectStart[toks[k+1].low] {
				return tenseNone
			}
		}
	}
	if isPastWord(w) {
		// "will be paid", "to be completed": a future passive; "is expected"
		// and "are supposed": present
		for b := k - 1; b >= 0 && b >= k-2; b-- {
			switch toks[b].low {
			case "be":
				if b > 0 {
					switch toks[b-1].low {
					case "will", "ll", "shall", "would", "to":
						return tenseFuture
					}
				}
				return tenseNone // "could be located", "that he be returned"
			case "is", "are", "being":
				if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "done" || w == "gone" || w == "begun" {
					return tenseNone // "is expected", "is seen as"
				}

			}
		}
		return tensePast
	}
	if w == "payable" {
		return tenseFuture
	}
	if w == "effect" && k > 0 && (toks[k-1].low == "takes" || toks[k-1].low == "take") {
		return tenseFuture // "the law takes effect Jan. 1"; not "took effect"
	}
	if w == "since" {
		return tensePast // "since announcing in October that he would not run"
	}
	if progressive(toks, k) {
		return tensePresent
	}
	return tenseNone
}

// progressive reports whether the word at k is the -ing verb of a present
// progressive: "is calling", "are now holding", "'re seeking".
func progressive(toks []token, k int) bool {
	w := toks[k].low
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || notProgressive[w] {
		return false
	}
	for b, n := k-1, 0; b >= 0 && n < 2; b, n = b-1, n+1 {
		switch toks[b].low {
		case "is", "are", "am", "re":
			return true
		case "now", "still", "also", "currently", "already", "not":
			continue
		}
		return false
	}
	return false
}

// notProgressive are -ing words that are not verbs after "is".
var notProgressive = map[string]bool{
	"nothing": true, "something": true, "anything": true, "everything": true, "during": true,
	"morning": true, "evening": true, "spring": true, "string": true, "ceiling": true, "building": true,
	"king": true, "thing": true, "things": true, "pending": true, "going": true, "according": true,
	"including": true, "following": true, "missing": true, "willing": true, "leading": true,
	"outstanding": true, "interesting": true, "surprising": true, "encouraging": true,
	"disappointing": true, "remaining": true, "ongoing": true,
}
