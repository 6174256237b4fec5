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
	"convenes": true, "reconvene": true, "reconvenes": true, // "expires", "opens", "begins" are futureWords
	"holds": true, // "Wyoming, which holds a caucus on Saturday"
	"kicks": true, // "the match kicks off at 7.45pm on Saturday"
	// "when talks reopen on Tuesday", "the offer closes Friday"
	"reopen": true, "reopens": true, "closes": true,
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

// afterStop are words that start another clause: tense markers after them
// belong to that clause ("on Saturday and were planning to").
var afterStop = map[string]bool{
	"and": true, "but": true, "while": true, "when": true, "because": true, "although": true,
	"though": true, "whereas": true, "where": true, "which": true, "who": true, "that": true,
	"until": true, "if": true,
}
