package timex

import "fmt"

// Normalisers of month names standing alone or with a year: "in January",
// "the November election", "March 1987", and the year a bare month takes.

func monthYear(r *resolver, c *capture) (res, bool) {
	if !r.toks[c.monthTok].upper {
		return res{}, false
	}
	y := c.year
	if y == 0 {
		if !r.hasDCT {
			return date("")
		}
		y = r.dct.Year()
		if c.has("last") {
			y--
		} else if c.has("next") {
			y++
		}
	} else {
		r.setRefYear(y)
	}
	return date(monthValue(y, c.month))
}

// monthPreps are words before a bare month name that make it a date.
var monthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "from": true,
	"through": true, "during": true, "before": true, "after": true, "early": true, "late": true,
	"mid": true, "-": true, "and": true, "or": true, "to": true, "last": true, "next": true,
	"this": true, "between": true, "on": true, "for": true, "around": true, "about": true,
	"end": true, "beginning": true, "start": true, "middle": true, "the": true,
}

// companyWords after a capitalised month make it part of a company's name.
var companyWords = map[string]bool{
	"energy": true, "petroleum": true, "corp": true, "inc": true, "co": true, "department": true,
	"stores": true, "company": true, "group": true, "holdings": true, "industries": true, "oil": true,
}

// futuresWords after a month name make it a delivery month of a futures
// market.
var futuresWords = map[string]bool{
	"contract": true, "contracts": true, "futures": true, "delivery": true, "options": true,
	"shipment": true, "loading": true, // not "February shipments were up": a statistic
}

// scheduledEvent reports whether the words from token k name an event held
// on a fixed date, such as "election", "general election", "referendum":
// the month before them is when it is held.
func (r *resolver) scheduledEvent(k int) bool {
	if k+1 < len(r.toks) && (r.toks[k].low == "'" || r.toks[k].low == "’") && r.toks[k+1].low == "s" {
		k += 2 // "November's general election"
	}
	for ; k < len(r.toks); k++ {
		l := r.toks[k].low
		if scheduledEvents[l] {
			return true
		}
		if !eventQualifiers[l] {
			return false
		}
	}
	return false
}

// reportedMonth reports whether the month at token i is the period a
// statistic covers: "figures for February", "data for March", "February
// orders", or the month of a change a release will "show" ("show a 26 pct
// fall in February").
func (r *resolver) reportedMonth(i int) bool {
	if n := r.tok(i + 1); n != nil && (statNouns[n.low] || n.low == "orders") {
		return true // "the report on February orders is due next week"
	}
	switch r.prevLow(i) {
	case "for":
		return statNouns[r.prevLow(i-1)]
	case "in":
		for k := i - 2; k >= 0 && k >= i-12; k-- {
			t := &r.toks[k]
			if clauseBreak(t) {
				return false
			}
			if t.low == "showed" || t.low == "showing" || t.low == "show" && k > 0 && (r.toks[k-1].low == "to" || futureWords[r.toks[k-1].low] || r.toks[k-1].low == "may" || r.toks[k-1].low == "could" || r.toks[k-1].low == "should") {
				return true // not "the Paris air show in June"
			}
		}
	}
	return false
}

// statNouns are figures published for a period.
var statNouns = map[string]bool{
	"figures": true, "data": true, "statistics": true, "numbers": true, "results": true, "sales": true,
	"output": true, "index": true, "payrolls": true, "exports": true, "imports": true, "deficit": true,
	"surplus": true, "inflation": true, "production": true, "report": true, "reports": true,
}

// contestVerbs before "in" and a month make it the month of a vote: "a
// candidate who can win in November".
var contestVerbs = map[string]bool{
	"win": true, "wins": true, "winning": true, "lose": true, "loses": true, "losing": true,
	"vote": true, "votes": true, "voting": true, "elected": true, "reelected": true, "re-elected": true,
	"defeat": true, "defeats": true, "beat": true, "beats": true, "prevail": true, "prevails": true,
}

// scheduledEvents are events named by their month before they take place;
// eventQualifiers may come between the month and the event.
var (
	scheduledEvents = map[string]bool{
		"election": true, "elections": true, "ballot": true, "referendum": true, "plebiscite": true,
		"primary": true, "primaries": true, "caucus": true, "caucuses": true, "runoff": true, "polls": true,
	}
	eventQualifiers = map[string]bool{
		"general": true, "presidential": true, "midterm": true, "special": true, "parliamentary": true,
		"legislative": true, "municipal": true, "local": true, "state": true, "national": true,
		"congressional": true, "regional": true, "snap": true, "-": true,
	}
)

func monthAlone(r *resolver, c *capture) (res, bool) {
	t := &r.toks[c.monthTok]
	if !t.upper || t.cls&cMonth == 0 {
		return res{}, false
	}
	prep := monthPreps[r.prevLow(c.i)]
	if (c.month == 5 || c.month == 3) && !prep {
		return res{}, false
	}
	// a name such as "April Ryan" or "June Carter"
	if n := r.tok(c.j); n != nil && n.kind == kWord && n.upper && !prep && n.cls == 0 {
		return res{}, false
	}
	// a company: "general partner of May Energy", "May Department Stores"
	if n := r.tok(c.j); n != nil && n.kind == kWord && n.upper && companyWords[n.low] && !r.allCaps(c.j) {
		return res{}, false
	}
	if !r.hasDCT {
		return date(fmt.Sprintf("XXXX-%02d", c.month))
	}
	// "between July and September": the second month takes the first's year
	if r.lastMonthEnd == c.i-1 && r.lastMonth != 0 && rangeWord(r.prevLow(c.i)) {
		y := r.lastMonthY
		if c.month < r.lastMonth {
			y++
		}
		r.lastMonth, r.lastMonthY, r.lastMonthEnd, r.lastMonthRange = c.month, y, c.j, true
		return date(monthValue(y, c.month))
	}
	// the first month of a range takes the tense of the whole range
	j := c.j
	if n, m := r.tok(c.j), r.tok(c.j+1); n != nil && m != nil && rangeWord(n.low) && m.cls&cMonth != 0 {
		j = c.j + 2
	}
	tense := r.dateTense(c.i, j)
	if n, m := r.tok(c.j), r.tok(j); n != nil && futuresWords[n.low] || m != nil && futuresWords[m.low] {
		// "the June contract", "May delivery", "the October and December
		// contracts": a futures month is the next one of that name, this
		// month included
		tense = tenseFuture
	}
	if r.reportedMonth(c.i) {
		// "trade figures for February", "expected to show a 26 pct fall in
		// February": the month the data covers, already past
		tense = tensePast
	}
	if tense != tensePast && (r.scheduledEvent(c.j) || r.prevLow(c.i) == "in" && contestVerbs[r.prevLow(c.i-1)]) {
		// "the November election", "a June referendum": named by its month
		// before it takes place; once it has, the clause says so ("won the
		// November election")
		tense = tenseFuture
	}
	y := r.monthYear(c.month, tense)
	// "94,000 dlrs in January a year ago": that month a year before the
	// last one, one expression
	if a, b, d := r.tok(c.j), r.tok(c.j+1), r.tok(c.j+2); a != nil && b != nil && d != nil && a.low == "a" && b.low == "year" && (d.low == "ago" || d.low == "earlier") {
		y = r.monthYear(c.month, tensePast) - 1
		c.j += 3
	}
	r.lastMonth, r.lastMonthY, r.lastMonthEnd, r.lastMonthRange = c.month, y, c.j, j != c.j
	return date(monthValue(y, c.month))
}

// monthYear is the year of a year-less month under tense t: the reading in
// the year before, of or after the DCT's that fits the tense best. A month
// counts as its middle day, but the DCT's own month is 0 days away.
func (r *resolver) monthYear(month, t int) int {
	y := r.dct.Year()
	best, bestCost := y, 1<<30
	for _, cand := range []int{y - 1, y, y + 1} {
		cost := yearlessCost(day(cand, month, 15), r.dct, t)
		if cand == y && month == int(r.dct.Month()) {
			cost = 0
		}
		if cost < bestCost {
			best, bestCost = cand, cost
		}
	}
	return best
}

// rangeWord joins two months of a range: "July and September", "October-to-December".
func rangeWord(w string) bool {
	return w == "and" || w == "to" || w == "-" || w == "through" || w == "or"
}

// rangeEnd reports whether w introduces the end of a range of days ("from
// September 30, 1987, to December 31"); "and" joins two separate days.
func rangeEnd(w string) bool {
	return w == "to" || w == "-" || w == "through" || w == "until" || w == "till" || w == "thru"
}
