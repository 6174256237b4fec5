package timex

import (
	"fmt"
	"strings"
)

// Normalisers of durations, sets, references and clock times.

func duration(r *resolver, c *capture) (res, bool) {
	if !c.hasNum && c.unit != uNone && c.j-c.i == 3 && c.has("long") {
		// "year-long", "decades-long"
		if plural(r.toks[c.i].low) {
			return res{typ: "DURATION", value: durationValue(-1, c.unit)}, true
		}
		return res{typ: "DURATION", value: durationValue(1, c.unit)}, true
	}
	if !c.hasNum || c.unit == uNone {
		return res{}, false
	}
	// "the trial could last several months", "to last two weeks": the verb
	// stays out
	if r.toks[c.i].low == "last" && verbLead[r.prevLow(c.i)] && c.j-c.i > 2 {
		c.i++
	}
	first := &r.toks[c.i]
	if first.low == "the" && c.i+1 < c.j {
		first = &r.toks[c.i+1]
	}
	// "a second term", "one second": ordinal "second", not a unit
	if c.unit == uSecond && first.kind == kWord && (first.low == "a" || first.low == "an" || first.low == "one") {
		return res{}, false
	}
	// "a decade-long war", "a months-long probe": the compound adjective
	// without its article; a plural unit leaves the number unspecified
	if (first.low == "a" || first.low == "an") && c.j-c.i == 2 {
		if n, m := r.tok(c.j), r.tok(c.j+1); n != nil && m != nil && n.low == "-" && !n.space && m.low == "long" {
			c.i++
			c.j += 2
			if plural(r.toks[c.i].low) {
				return res{typ: "DURATION", value: durationValue(-1, c.unit)}, true
			}
			return res{typ: "DURATION", value: durationValue(1, c.unit)}, true
		}
	}
	// ages ("a 6-year-old boy", "45 years old") are not time expressions
	if r.toks[c.j-1].low == "old" {
		return res{}, false
	}
	if n := r.tok(c.j); n != nil && n.low == "old" {
		return res{}, false
	}
	// "60 Minutes", a title
	if u := &r.toks[c.j-1]; u.upper && u.cls&cUnit != 0 && c.i > 0 && !clauseBreak(&r.toks[c.i-1]) {
		return res{}, false
	}
	if n := r.tok(c.j); n != nil && n.low == "-" {
		if m := r.tok(c.j + 1); m != nil && m.low == "old" {
			return res{}, false
		}
	}
	// "a quarter of the dealers" is a fraction ("a quarter of a century" is
	// not)
	if c.unit == uQuarter && c.num == 1 {
		// "a quarter of the dealers", "about a quarter, of them", "a
		// quarter of a point", "a quarter percentage point" are fractions;
		// "a quarter of a century" is not
		k := c.j
		if n := r.tok(k); n != nil && n.low == "," {
			k++
		}
		if n := r.tok(k); n != nil {
			switch n.low {
			case "of":
				m, u := r.tok(k+1), r.tok(k+2)
				if m == nil || m.low != "a" && m.low != "an" || u == nil || u.cls&cUnit == 0 {
					return res{}, false
				}
			case "point", "percentage", "pct", "percent", "per",
				// "a quarter stake", "less than a quarter are maintained"
				"stake", "share", "shares", "holding", "interest", "owned", "are", "were", "is", "was", "have", "had", "say", "said":
				return res{}, false
			}
		}
	}
	// "at 0620 hrs", "set for 1900 hours", "1000 hrs cdt": a 24-hour clock
	// time
	if c.j == c.i+2 && r.hourClock(c.i) {
		if rs, ok := militaryClock(r, c); ok {
			return rs, true
		}
	}
	// "in 1987 and 1986 quarters", "1986 and 1985 years": years, not a count
	if t := &r.toks[c.i]; t.kind == kNum && len(t.low) == 4 && t.val >= 1800 && t.val <= 2100 {
		if c.unit == uQuarter || c.unit == uMonth || c.unit == uWeek || c.unit == uYear && rangeWord(r.prevLow(c.i)) {
			return res{}, false
		}
	}
	// "309,000 week ago": a count before a singular unit
	if c.num > 1000 && !plural(r.toks[c.j-1].low) {
		return res{}, false
	}
	// "expectations in some quarters", "from all quarters": places, not times
	if c.unit == uQuarter && plural(r.toks[c.j-1].low) && (first.low == "some" || first.low == "many" || first.low == "certain" || first.low == "other" || first.low == "all") {
		if p := r.prevLow(c.i); p == "in" || p == "from" {
			return res{}, false
		}
	}
	// "almost three quarters of all Xboxes", "two quarters of the
	// dealers" are fractions; "three quarters of a century" is not
	if c.unit == uQuarter && c.num > 1 && plural(r.toks[c.j-1].low) && !c.has("first") && !c.has("last") && !c.has("consecutive") && !c.has("past") && !c.has("next") && !c.has("previous") && !c.has("straight") && !c.has("final") {
		if n, m := r.tok(c.j), r.tok(c.j+1); n != nil && n.low == "of" && m != nil && fractionOf[m.low] {
			if u := r.tok(c.j + 2); !(u != nil && (u.low == "year" || u.low == "fiscal")) {
				return res{}, false
			}
		}
	}
	// "three-quarters" is a fraction
	if c.unit == uQuarter && r.toks[c.j-1].low == "quarters" && r.toks[c.j-2].low == "-" {
		return res{}, false
	}
	// "a year-earlier loss": the year-earlier rule reads it
	if n := r.tok(c.j); n != nil && n.low == "-" && !n.space {
		if m := r.tok(c.j + 1); m != nil && (m.low == "earlier" || m.low == "ago" || m.low == "end" || m.low == "old" || m.low == "on" || m.low == "over" || m.low == "to") {
			return res{}, false
		}
	}
	// "$5 a year", "700 seats a week": a rate, not a duration; "for a
	// year", "nearly a week" are durations
	// ("comes a day after the filing" is an offset, whatever precedes it)
	if (first.low == "a" || first.low == "an") && c.j-c.i == 2 && !offsetWord(r.tok(c.j)) {
		if p := r.tok(c.i - 1); p != nil && !durationLead[p.low] && (p.kind == kNum || plural(p.low) || p.low == "million" || p.low == "billion" || p.low == "twice" || p.low == "once") {
			// "twice a week", "three times a year" are SETs; a rate of an
			// amount ("$1.76 a year", "700 seats a week") TimeBank mostly
			// leaves untagged (measured: under 40% of them tagged)
			if p.low == "twice" || p.low == "once" || p.low == "times" {
				return res{typ: "SET", value: durationValue(1, c.unit)}, true
			}
			return res{}, false
		}
	}
	// "Islam will one day be the largest", "hopes to one day lead it": some
	// future day, not a length of time
	if first.low == "one" && c.unit == uDay && c.j-c.i == 2 && !offsetWord(r.tok(c.j)) {
		if p := r.prevLow(c.i); p == "will" || p == "would" || p == "could" || p == "might" || p == "may" || p == "to" || p == "ll" {
			return date("FUTURE_REF")
		}
	}
	// "a day" in "twice a day": keep; "the year" handled elsewhere
	if c.num == 0 {
		return res{}, false
	}
	if c.has("first") && c.has("quarter") && !plural(r.toks[c.j-1].low) {
		return res{}, false
	}
	// "the two-day rally", "the 30-day rate": a compound adjective, which
	// the article does not belong to ("for the nine months" keeps it)
	if r.toks[c.i].low == "the" && !plural(r.toks[c.j-1].low) && c.j-c.i >= 3 && !c.has("past") && !c.has("last") && !c.has("next") && !c.has("first") && !c.has("coming") && !c.has("previous") && !c.has("following") && !c.has("final") && !c.has("latest") && !c.has("recent") {
		c.i++
	}
	n := c.num
	if c.unit == uMonth && (n == 6 || n == 9) {
		r.lastPeriodAt = c.i // "the nine months", "the first six months"
	}
	if c.has("half") && c.has("and") && n > 0 {
		n += 0.5
	}
	return res{typ: "DURATION", value: durationValue(n, c.unit)}, true
}

// fractionOf are the words after "three quarters of" that make it a
// fraction of something ("of all Xboxes", "of the total").
var fractionOf = map[string]bool{
	"all": true, "the": true, "this": true, "these": true, "those": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "them": true, "us": true, "total": true, "that": true,
}

// offsetWord reports whether t makes the duration before it an offset from
// another time: "a day after", "two weeks before", "a year later".
func offsetWord(t *token) bool {
	if t == nil {
		return false
	}
	switch t.low {
	case "after", "before", "later", "earlier", "ago", "since", "from":
		return true
	}
	return false
}

// hourClock reports whether the number at token i, before an hour unit,
// is a four-digit 24-hour time: always before "hrs" ("1000 hrs cdt"),
// before "hours" when it starts with 0 or a word such as "at" or "from"
// leads it in. "1,000 hours" and "250 hours" are durations.
func (r *resolver) hourClock(i int) bool {
	t := &r.toks[i]
	if t.kind != kNum || len(t.low) != 4 {
		return false
	}
	u := r.tok(r.unitAfter(i))
	if u == nil || units[u.low] != uHour {
		return false
	}
	return u.low == "hrs" || t.low[0] == '0' || clockLead[r.prevLow(i)]
}

// unitAfter returns the index of the unit a number at token i counts: the
// next token, or the one after a range ("1700 and 2100 hrs").
func (r *resolver) unitAfter(i int) int {
	if n := r.tok(i + 1); n != nil && (rangeWord(n.low) || rangeEnd(n.low)) {
		return i + 3
	}
	return i + 1
}

// spanLead are the words that open a span of time before a number range:
// "the next 12 to 18 months".
var spanLead = map[string]bool{"next": true, "past": true, "last": true, "coming": true, "first": true, "previous": true, "the": true}

// halfUnit reads "half a century", "half an hour": half the unit.
func halfUnit(r *resolver, c *capture) (res, bool) {
	if c.unit == uNone || plural(r.toks[c.j-1].low) {
		return res{}, false
	}
	if n := r.tok(c.j); n != nil && n.low == "-" {
		return res{}, false // "half a year-long ..."
	}
	return res{typ: "DURATION", value: durationValue(0.5, c.unit)}, true
}

// quarterCentury reads "a quarter-century": 25 years.
func quarterCentury(r *resolver, c *capture) (res, bool) {
	return res{typ: "DURATION", value: "P25Y"}, true
}

func durationRange(r *resolver, c *capture) (res, bool) {
	if !c.hasNum || c.unit == uNone {
		return res{}, false
	}
	n, v := number(r.toks, c.i)
	if v <= 0 || n <= 0 {
		return res{}, false
	}
	// "between 60 and 90 days", "two to six days": as the TimeML
	// guidelines (and TimeBank) annotate a range, the first number is a
	// duration of its own in the unit of the second ("two", P2D); the scan
	// resumes after it and reads "six days" (P6D)
	// "between 1700 and 2100 hrs", "2300 to 0300 hrs GMT": two clock times
	if n == 1 && r.hourClock(c.i) {
		c.j = c.i + 1
		return militaryClock(r, c)
	}
	if r.toks[c.i+n].low == "and" && r.prevLow(c.i) != "between" {
		return res{}, false // "he was 34 and 25 years later"
	}
	if spanLead[r.prevLow(c.i)] {
		// "during the next 12 to 18 months": one vague span, with its lead
		for c.i > r.lastEnd && spanLead[r.prevLow(c.i)] {
			c.i--
		}
		return res{typ: "DURATION", value: durationValue(-1, c.unit)}, true
	}
	c.j = c.i + n
	return res{typ: "DURATION", value: durationValue(v, c.unit)}, true
}

// vagueUnit reads "recent years", "coming months", "the weeks ahead": in
// TimeBank a reference to the past or future rather than a duration.
func vagueUnit(r *resolver, c *capture) (res, bool) {
	if !plural(r.toks[c.j-1].low) && !c.has("ahead") {
		return res{}, false
	}
	if c.unit == uNone {
		return res{}, false
	}
	if c.has("ahead") {
		n := -1.0 // "the weeks ahead"
		if !plural(r.toks[c.j-2].low) {
			n = 1 // "the year ahead"
		}
		return res{typ: "DURATION", value: durationValue(n, c.unit)}, true
	}
	if c.has("coming") || c.has("future") {
		return date("FUTURE_REF")
	}
	// "recent years" is a past era; "recent weeks" a vague span
	if c.has("recent") && c.unit < uYear {
		return res{typ: "DURATION", value: durationValue(-1, c.unit)}, true
	}
	return date("PAST_REF")
}

// openingUnits reads "the first hours of the ground war", "the early
// years": a stretch of unstated length at the start or end of something
// (PTXH, PXY). "The early hours of Thursday" is a part of a day, left to
// the day; "the first days after the vote" is left untagged.
func openingUnits(r *resolver, c *capture) (res, bool) {
	if c.unit == uNone || !plural(r.toks[c.j-1].low) || c.has("early") && c.unit == uHour {
		return res{}, false
	}
	if r.toks[c.j-1].upper {
		return res{}, false // "Sophie Scholl - The Final Days", a title
	}
	if n := r.tok(c.j); n != nil && (n.low == "after" || n.low == "before" || n.low == "since" || n.low == "following") {
		return res{}, false // "in the first days after the vote": the event is the anchor, as TimeBank reads it
	}
	return res{typ: "DURATION", value: durationValue(-1, c.unit)}, true
}

// overTheUnits reads "over the years", "down the decades": a stretch of
// unstated length up to now (PXY).
func overTheUnits(r *resolver, c *capture) (res, bool) {
	if c.unit == uNone || !plural(r.toks[c.j-1].low) {
		return res{}, false
	}
	switch r.prevLow(c.i) {
	case "over", "through", "down", "across":
	default:
		return res{}, false
	}
	if n := r.tok(c.j); n != nil && (n.low == "-" || n.low == "'" || n.low == "of" || n.low == "since" || n.low == "before" || n.low == "after" || n.low == "that" || n.low == "when") {
		return res{}, false // "over the years of his rule", "through the years that followed": tied to an event
	}
	return res{typ: "DURATION", value: durationValue(-1, c.unit)}, true
}

// bareUnitLead are words that make a plural unit part of a longer phrase.
var bareUnitLead = map[string]bool{
	"the": true, "these": true, "those": true, "few": true, "several": true, "many": true, "of": true,
	"some": true, "two": true, "three": true, "a": true, "its": true, "his": true, "her": true, "their": true,
	"first": true, "last": true, "final": true, "early": true, "coming": true, "next": true, "past": true,
}

// bareUnits reads a bare plural unit after "for", "within", "in" or
// "over" ("for years", "within weeks", "for the first time in years"): an
// unspecified duration (PXY, PXW), the noun alone being the expression.
func bareUnits(r *resolver, c *capture) (res, bool) {
	if c.j-c.i != 1 || c.unit == uNone || !plural(r.toks[c.i].low) {
		return res{}, false
	}
	switch p := r.prevLow(c.i); {
	case p == "for" || p == "within" || p == "in" || p == "over" || p == "been":
		// "had been decades in the making", "it has been months since"
	case offsetWord(r.tok(c.j)) && r.tok(c.j).low != "since" && r.tok(c.j).low != "from" && !bareUnitLead[p] && (c.i == 0 || r.toks[c.i-1].kind != kNum):
		// "Days later, he was caught", "just months ago", "weeks before
		// the vote"; not "in the weeks before" nor "two days later"
	default:
		return res{}, false
	}
	// "for years-old", "in weeks' time" and compounds stay out
	if n := r.tok(c.j); n != nil && (n.low == "-" && !n.space || n.low == "'") {
		return res{}, false
	}
	if n := r.tok(c.j); n != nil && n.low == "ago" {
		c.j++ // "just months ago": TimeBank keeps "ago" in the duration
	}
	return res{typ: "DURATION", value: durationValue(-1, c.unit)}, true
}

// theYear reads a bare "the year" (or "the fiscal year", "the full
// year"). "The year ended Sept. 30" is the twelve months before that day, a
// one-year duration (P1Y); "for the year", "the end of the year", "earlier
// in the year", "the full year" name the DCT's year (or last year's, when
// last year's quarter is under discussion); elsewhere ("profit
// rose over the year") it is a one-year duration, as TimeBank annotates it.
func theYear(r *resolver, c *capture) (res, bool) {
	n := r.tok(c.j)
	if n != nil && (n.low == "ended" || n.low == "ending" || n.low == "ends" || n.low == "through" || n.low == "to" && r.monthAt(c.j+1)) {
		return res{typ: "DURATION", value: "P1Y"}, true
	}
	if n != nil && (n.low == "-" || n.low == "'" || n.low == "before" || n.low == "after" || n.low == "of" || n.low == "in" || n.kind == kNum || n.cls&cNumWord != 0) {
		return res{}, false
	}
	whole := c.has("full") || c.has("entire") || c.has("whole")
	switch p := r.prevLow(c.i); {
	case p == "of" || p == "in" || p == "during" || p == "for" || whole:
		if !r.hasDCT {
			return date("")
		}
		r.partOfUnit(c) // "earlier in the year" is one expression
		y := r.dct.Year()
		if r.namedYear(c) {
			// "the economy expanded by 1.7% in 2004 but lost momentum in
			// the last three months of the year": the year just named
			return date(yearValue(r.namedY))
		}
		if r.quarterTopic(c.i) && !r.lastQFiscal && r.lastQY == y-1 && r.reportYear(c) {
			// "a loss for the fourth quarter of 2005 and for the entire
			// year", reported in January 2006: the year of that quarter
			y = r.lastQY
		}
		return date(yearValue(y))
	}
	return res{typ: "DURATION", value: "P1Y"}, true
}

// namedYear reports whether "the year" at c is the year its sentence named
// before it: "grew 1.7% in 2004 but lost momentum in the last three months
// of the year", "a loss of 2.72 dlrs in 1985 ... vs 1.10 dlrs in the year".
// Not a year the sentence counts from ("since September 1985, ... by the
// end of the year"), nor in a clause that looks ahead, nor a title ("album
// of the year").
func (r *resolver) namedYear(c *capture) bool {
	if r.namedY == 0 || r.namedYAt >= c.i || !r.sameSentence(r.namedYAt, c.i) {
		return false
	}
	switch r.prevLow(r.namedYAt) {
	case "since", "from", "base", "after":
		return false
	}
	if r.prevLow(c.i) == "of" {
		switch r.prevLow(c.i - 1) {
		case "end", "start", "beginning", "middle", "half", "quarter", "quarters", "months", "part", "rest",
			"remainder", "balance", "course", "whole", "month", "weeks":
		default:
			return false
		}
	}
	return r.tense(c.i, c.j) != tenseFuture
}

// monthAt reports whether token k is a month name ("the year to March").
func (r *resolver) monthAt(k int) bool {
	t := r.tok(k)
	if t != nil && t.low == "mid" {
		if t = r.tok(k + 1); t != nil && t.low == "-" {
			t = r.tok(k + 2)
		}
	}
	return t != nil && t.cls&(cMonth|cMonAbbr) != 0
}

// reportYear reports whether "the year" at c is the whole year a result is
// reported for ("for the year, earnings rose"; "a loss of 518 mln dlrs for
// the year as a whole"), not a part of it ("the rest of the year", "later
// in the year", "the year beginning April 1") nor a year still ahead ("by
// the end of the year", "demand will rise for the year").
func (r *resolver) reportYear(c *capture) bool {
	switch r.prevLow(c.i) {
	case "for", "in", "during":
	default:
		return false
	}
	if c.i >= 2 {
		switch r.toks[c.i-2].low {
		case "rest", "remainder", "balance", "later", "earlier", "end", "start", "beginning", "middle", "half", "part":
			return false
		}
	}
	if n := r.tok(c.j); n != nil {
		switch n.low {
		case "beginning", "starting", "to", "from", "ago":
			return false
		}
	}
	return r.tense(c.i, c.j) != tenseFuture
}

// theUnitEnd reads "the month", "the decade" and "the century" after "the
// end of", "the beginning of", "the middle of" ("by the end of the
// decade"): the DCT's month, decade or century; the position word becomes
// the modifier. Elsewhere a bare "the month" is left alone.
func theUnitEnd(r *resolver, c *capture) (res, bool) {
	// "earlier in the month": the month under discussion, else the DCT's
	if c.words[len(c.words)-1] == "month" && r.hasDCT && r.partOfUnit(c) {
		d := r.refOrDCT(c.i)
		return date(monthValue(d.Year(), int(d.Month())))
	}
	if r.prevLow(c.i) != "of" {
		return res{}, false
	}
	switch r.prevLow(c.i - 1) {
	case "end", "beginning", "start", "middle":
	default:
		return res{}, false
	}
	if !r.hasDCT {
		return date("")
	}
	switch c.words[len(c.words)-1] {
	case "month":
		return date(monthValue(r.dct.Year(), int(r.dct.Month())))
	case "decade":
		return date(fmt.Sprintf("%03d", r.dct.Year()/10))
	case "century":
		return date(fmt.Sprintf("%02d", r.dct.Year()/100))
	}
	return res{}, false
}

// theWeek reads a bare "the week" of market and news reports ("for the
// week, the index dropped", "the week's most active session"): a week of
// the DCT's year that the text does not pin down (1989-WXX), as TimeBank
// annotates it. "the week of March 6" is read by weekOf.
func theWeek(r *resolver, c *capture) (res, bool) {
	if n := r.tok(c.j); n != nil && (n.low == "of" || n.low == "-" || n.low == "before" || n.low == "after" || n.low == "ended" || n.low == "ending") {
		return res{}, false
	}
	if !r.hasDCT {
		return date("XXXX-WXX")
	}
	// "earlier in the week", "later in the week": the week of the day
	// under discussion, else the DCT's
	if r.partOfUnit(c) {
		return date(weekValue(r.refOrDCT(c.i)))
	}
	return date(yearValue(r.dct.Year()) + "-WXX")
}

// partOfUnit reports whether "earlier in" or "later in" leads the unit of
// c ("later in the week", "earlier in the month") and takes it into the
// expression, as TimeBank does ("earlier in the year").
func (r *resolver) partOfUnit(c *capture) bool {
	if c.i < 2 || r.prevLow(c.i) != "in" {
		return false
	}
	switch r.prevLow(c.i - 1) {
	case "earlier", "later":
		if c.i-2 < r.lastEnd {
			return false
		}
		c.i -= 2
		return true
	}
	return false
}

// theDay reads "the day" of market reports ("ended the day down 31
// points", "for the day, the index fell"): the day of the report, i.e. a
// day named in the same sentence, else the DCT. Elsewhere ("later in the
// day", "the day before") TimeBank leaves it untagged.
func theDay(r *resolver, c *capture) (res, bool) {
	switch r.prevLow(c.i) {
	case "end", "ended", "ending", "ends", "finish", "finished", "finishing", "finishes", "close", "closed", "for":
	default:
		return res{}, false
	}
	if n := r.tok(c.j); n != nil && n.kind == kWord && (n.low == "before" || n.low == "after" || n.low == "of" || n.low == "when" || n.low == "that" || n.low == "in") {
		return res{}, false
	}
	switch {
	case r.hasRef && r.sameSentence(r.refAt, c.i):
		return date(dayValue(r.ref))
	case r.hasDCT:
		return date(dayValue(r.dct))
	}
	return date("")
}

// yearEnd reads "year-end": the last Dec. 31 before the DCT, or the coming
// one in a future clause ("by year-end").
func yearEnd(r *resolver, c *capture) (res, bool) {
	if c.year != 0 {
		return date(dayValue(day(c.year, 12, 31))) // "year-end 1986"
	}
	if !r.hasDCT {
		return date("")
	}
	y := r.dct.Year()
	p := r.prevLow(c.i)
	if r.tense(c.i, c.j) != tenseFuture && p != "by" && p != "until" && p != "before" && p != "at" && p != "around" {
		y--
	}
	if n := r.tok(c.i + 1); n == nil || n.low != "-" {
		// the noun "year end", "year's end" names the end part of the year
		// (value 1989, mod END), the adjective "year-end" its last day
		return res{typ: "DATE", value: yearValue(y), mod: "END"}, true
	}
	return date(dayValue(day(y, 12, 31)))
}

// closedLong reads the closed compounds of news style: "a weeklong
// debate" (P1W), "a yearslong feud" (PXY).
func closedLong(r *resolver, c *capture) (res, bool) {
	stem := strings.TrimSuffix(c.words[0], "long")
	if stem == "night" {
		stem = "day" // "a nightlong vigil"
	}
	u, ok := units[stem]
	if !ok {
		return res{}, false
	}
	n := 1.0
	if plural(stem) {
		n = -1 // "yearslong": an unspecified number
	}
	return res{typ: "DURATION", value: durationValue(n, u)}, true
}

// verbLead are words before a "last" that make it the verb: "could last
// several months".
var verbLead = map[string]bool{
	"could": true, "would": true, "will": true, "may": true, "might": true, "can": true,
	"should": true, "must": true, "to": true, "ll": true, "not": true, "did": true, "does": true,
	"didn": true, "won": true, "t": true,
}

// durationLead are words before "a year", "a week" that make it a duration.
var durationLead = map[string]bool{
	"for": true, "in": true, "within": true, "about": true, "over": true, "than": true, "after": true,
	"nearly": true, "almost": true, "only": true, "just": true, "of": true, "least": true, "some": true,
	"around": true, "lasted": true, "lasts": true, "takes": true, "took": true, "spent": true,
	"into": true, "up": true, "to": true, "by": true, "under": true, "barely": true, "roughly": true,
	"approximately": true, "than.": true, "another": true, "last": true, "past": true, "extra": true,
}
