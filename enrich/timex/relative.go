package timex

import (
	"fmt"
	"time"
)

// Normalisers of expressions relative to the DCT or to an earlier date.

func (r *resolver) setRef(d time.Time) {
	r.ref, r.hasRef, r.refYear, r.refAt = d, true, d.Year(), r.cur
}

// setRefYear records y as the last year named, by the expression being
// normalised: a year written out ("in 2004", "June 1998") or counted from
// the DCT ("last year").
func (r *resolver) setRefYear(y int) {
	r.refYear, r.namedY, r.namedYAt = y, y, r.cur
}

// showTitle reports whether the capitalised expression at [i, j) names a
// programme rather than a day: "BBC Radio 4's Today programme", "Mr Balls
// told Today", "ITV1's This Morning". Mid-sentence, after a lower-case word,
// a capitalised "Today" is a name; so is any one followed by "programme".
func (r *resolver) showTitle(i, j int) bool {
	if !r.toks[i].upper {
		return false
	}
	if n := r.tok(j); n != nil && (n.low == "programme" || n.low == "program" || n.low == "show") {
		return true
	}
	if p := r.tok(i - 1); p != nil && p.low == "usa" && p.upper && !p.nl {
		return true // "a USA TODAY analysis"
	}
	p := r.tok(i - 1)
	return p != nil && p.kind == kWord && !p.upper && !p.nl && !r.toks[i].nl
}

// nameLike reports whether the capitalised one-word expression at c
// stands in mid-sentence as a name or title does: "Jamie Noon", "J Noon",
// "either Tait or Noon", "Lopez Tonight", "Are You Lonesome Tonight". After
// a preposition ("At Tonight's Debate", "at Noon") or in a wire headline in
// capitals ("SINGAPORE RUBBER NOON FIXING") it is a time.
func (r *resolver) nameLike(c *capture) bool {
	t := &r.toks[c.i]
	if c.j != c.i+1 || !t.upper || t.nl || c.i == 0 || r.allCaps(c.i) {
		return false
	}
	p := &r.toks[c.i-1]
	switch p.low {
	case "at", "by", "until", "till", "before", "after", "from", "to", "since", "for", "on", "in", "of", "during":
		return false
	}
	if p.kind != kWord {
		// in a list of names ("Abbott, Noon, Paul"); an opening quote
		// starts a sentence ("''Tonight, I ask you")
		return p.low == ","
	}
	return !p.upper || p.cls == 0 // not after "Friday" or "March"
}

// inTitle reports whether a capitalised relative expression ("Last Summer")
// sits inside a capitalised run that starts mid-sentence, as a title does:
// "best actress for Suddenly Last Summer". A title-case headline, whose
// words are all capitalised, is not one.
func (r *resolver) inTitle(i int) bool {
	if !r.toks[i].upper || r.toks[i].nl {
		return false
	}
	p, q := r.tok(i-1), r.tok(i-2)
	if p == nil || p.kind != kWord || p.nl {
		return false
	}
	if !p.upper {
		return true
	}
	return q != nil && q.kind == kWord && !q.upper && !p.nl
}

// sameMonthYearAgo reads "(sales fell in January,) compared to the same
// month a year ago": the month last named, a year earlier; without one, the
// DCT's month a year earlier.
func sameMonthYearAgo(r *resolver, c *capture) (res, bool) {
	switch {
	case r.lastMonth != 0 && r.lastMonthY != 0:
		return date(monthValue(r.lastMonthY-1, r.lastMonth))
	case r.hasDCT:
		return date(monthValue(r.dct.Year()-1, int(r.dct.Month())))
	}
	return date("")
}

func relUnit(r *resolver, c *capture) (res, bool) {
	if r.inTitle(c.i) {
		return res{}, false // "Suddenly Last Summer"
	}
	u := c.unit
	if c.has("fiscal") {
		u = uYear
	}
	// "This Week", a programme title in quotes
	if t := &r.toks[c.j-1]; t.upper && t.cls&cUnit != 0 {
		if p := r.tok(c.i - 1); p != nil && (p.low == "\"" || p.low == "`" || p.low == "'" || p.low == "\u201c") {
			return res{}, false
		}
	}
	if u == uSecond || u == uMinute || u == uHour || u == uDay && !c.has("this") || u == uFortnight {
		return res{}, false
	}
	which := ""
	for _, w := range c.words {
		switch w {
		case "last", "past", "previous", "latest":
			which = "last"
		case "next", "coming":
			which = "next"
		case "this", "current":
			which = "this"
		}
	}
	if plural(r.toks[c.j-1].low) {
		return res{}, false // "past years": vagueUnit
	}
	// "past decade": a duration; "the past year" is the DATE of last year in
	// TimeBank, but "the past decade" is the ten years up to the DCT, not
	// the previous calendar decade
	if c.has("past") && (!c.has("the") || u == uDecade || u == uCentury) || (u == uDecade || u == uCentury) && (c.has("next") || c.has("coming")) {
		return res{typ: "DURATION", value: durationValue(1, u)}, true
	}
	if plural(r.toks[c.j-1].low) {
		return res{}, false
	}
	if !r.hasDCT {
		return date("")
	}
	n := 0
	switch which {
	case "last":
		n = -1
		if u == uWeek && c.has("the") {
			n = 0 // "the last week": the week up to the DCT
		}
	case "next":
		n = 1
	}
	if u == uQuarter && which == "this" && !c.has("current") && r.lastQ > 0 && c.i-r.lastQAt < qWindow && r.lastQY == r.dct.Year() {
		// "This quarter's loss" in a report on the third quarter
		return date(quarterValue(r.lastQY, r.lastQ))
	}
	if u == uYear && n == -1 && !c.has("fiscal") && r.quarterTopic(c.i) && c.i-r.lastQAt < 80 && !r.lastQFiscal && r.lastQY == r.dct.Year() && r.comparison(c.i, c.j) {
		// "net rose to $5 million from $3 million last year" in a report on
		// the third quarter: the same quarter a year before, as "a year ago"
		return date(quarterValue(r.lastQY-1, r.lastQ))
	}
	if which == "last" && c.has("previous") && c.has("the") && (u == uYear && r.refYear != 0 && r.refYear != r.dct.Year() || u == uMonth && r.lastMonth != 0) {
		// "in 2005, up from the previous year": before the year under
		// discussion, as "the preceding year"
		if v, ok := followingUnit(r, c); ok {
			return v, ok
		}
	}
	d := shift(r.dct, u, n)
	if u == uYear {
		r.setRefYear(d.Year()) // "last year ... that year"
	}
	if u == uQuarter {
		r.lastQY, r.lastQ, r.lastQAt = d.Year(), quarterOf(d), c.i
	}
	return date(valueAt(d, u))
}

// comparison reports whether the expression at [i, j) is the earlier term
// of a comparison of figures: "from $3 million last year", "compared with a
// loss of $3 million last year", "last year's $1.55 billion".
func (r *resolver) comparison(i, j int) bool {
	if a, b, n := r.tok(j), r.tok(j+1), r.tok(j+2); a != nil && a.low == "'" && b != nil && b.low == "s" && n != nil && (n.kind == kNum || n.low == "$" || n.low == "#") {
		return !r.forecast(i - 1)
	}
	num := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &r.toks[k]
		if clauseBreak(t) || t.low == "," && !(k > 0 && r.toks[k-1].kind == kNum || k+1 < i && r.toks[k+1].low == "compared") {
			return false
		}
		if t.kind == kNum {
			num = true
		}
		switch t.low {
		case "from", "compared", "than", "versus", "vs", "against":
			return num && !r.forecast(k)
		}
	}
	return false
}

// forecast reports whether the sentence up to token k speaks of the
// future ("sales will be higher than last year's") or of this year as a
// whole: then "last year" is the whole year.
func (r *resolver) forecast(k int) bool {
	for ; k >= 0; k-- {
		t := &r.toks[k]
		if t.nl || t.low == "!" || t.low == "?" || t.low == "." && !r.innerDot(k) {
			return false
		}
		if t.low == "this" && k+1 < len(r.toks) && r.toks[k+1].low == "year" {
			return true // "spending this year of $103 million, compared to $43 million last year": whole years
		}
		if marker(r.toks, k) == tenseFuture || t.low == "expects" || t.low == "sees" || t.low == "estimates" {
			return true
		}
	}
	return false
}

func plural(w string) bool { return len(w) > 3 && w[len(w)-1] == 's' || w == "centuries" }

func weekend(r *resolver, c *capture) (res, bool) {
	if !r.hasDCT {
		return date("")
	}
	d := r.dct
	switch {
	case c.has("last") || c.has("past"):
		d = onOrBefore(r.dct.AddDate(0, 0, -1), 7)
		if isoWeekday(r.dct) == 6 || isoWeekday(r.dct) == 7 {
			d = d.AddDate(0, 0, -7)
			if isoWeekday(r.dct) == 7 {
				d = onOrBefore(r.dct.AddDate(0, 0, -1), 7)
			}
		}
	case c.has("coming"):
		d = after(r.dct, 6) // the first weekend ahead
	case c.has("next"):
		d = after(r.dct, 6)
		if isoWeekday(r.dct) < 6 {
			d = d.AddDate(0, 0, 7)
		}
	case c.has("this"):
		d = onOrBefore(r.dct.AddDate(0, 0, 6), 6)
	default:
		if r.tense(c.i, c.j) == tenseFuture {
			d = onOrBefore(r.dct.AddDate(0, 0, 6), 6)
		} else if isoWeekday(r.dct) < 6 {
			d = onOrBefore(r.dct, 7)
		}
	}
	return date(weekValue(d) + "-WE")
}

var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// declined are what "a fall in" is a fall of.
var declined = map[string]bool{
	"prices": true, "price": true, "value": true, "values": true, "demand": true, "output": true,
	"sales": true, "rates": true, "production": true, "oil": true, "shares": true, "stocks": true,
	"profits": true, "earnings": true, "inflation": true, "unemployment": true, "exports": true, "imports": true,
}

func seasonRel(r *resolver, c *capture) (res, bool) {
	if r.inTitle(c.i) {
		return res{}, false // "Suddenly Last Summer"
	}
	if n, m := r.tok(c.j), r.tok(c.j+1); r.toks[c.j-1].low == "fall" && n != nil && (n.low == "from" || n.low == "in" && m != nil && declined[m.low]) {
		return res{}, false // "predicts this fall from the current 2.1%", "this fall in prices"; not "last fall in his home"
	}
	if !r.hasDCT {
		return date("")
	}
	sm := seasonStart[c.season]
	// the start of the season containing the DCT
	cur := time.Time{}
	for _, s := range []int{3, 6, 9, 12} {
		for _, y := range []int{r.dct.Year() - 1, r.dct.Year()} {
			st := day(y, s, 1)
			if !st.After(r.dct) && st.After(cur) {
				cur = st
			}
		}
	}
	var best time.Time
	for _, y := range []int{r.dct.Year() - 2, r.dct.Year() - 1, r.dct.Year(), r.dct.Year() + 1} {
		st := day(y, sm, 1)
		switch {
		case c.has("last") || c.has("past"):
			if st.Before(cur) && st.After(best) {
				best = st
			}
		case c.has("next") || c.has("coming"):
			if st.After(cur) && (best.IsZero() || st.Before(best)) {
				best = st
			}
		default: // this
			if best.IsZero() || absDays(st.Sub(r.dct)) < absDays(best.Sub(r.dct)) {
				best = st
			}
		}
	}
	if best.IsZero() {
		return res{}, false
	}
	return date(fmt.Sprintf("%04d-%s", best.Year(), c.season))
}

func monthRel(r *resolver, c *capture) (res, bool) {
	if r.inTitle(c.i) {
		return res{}, false // "Suddenly Last Summer"
	}
	// "last Oct. 23": the day rule reads it from the month on
	if n := r.tok(c.j); n != nil && n.cls&(cDigits|cOrdDigits) != 0 && n.val >= 1 && n.val <= 31 {
		return res{}, false
	}
	if !r.toks[c.monthTok].upper {
		return res{}, false // "at this march": the noun
	}
	if !r.hasDCT {
		return date("")
	}
	y, m := r.dct.Year(), int(r.dct.Month())
	switch {
	case c.has("last") || c.has("past"):
		if c.month >= m {
			y--
		}
	case c.has("next") || c.has("coming"):
		if c.month <= m {
			y++
		}
	}
	return date(monthValue(y, c.month))
}

func ago(r *resolver, c *capture) (res, bool) {
	if c.unit == uSecond && c.num == 1 && r.toks[c.i].kind == kWord {
		return res{}, false
	}
	// "revenues of $163 million a year before": before what? only at the
	// end of a clause does it mean before the DCT
	if c.has("before") {
		if nx := r.tok(c.j); nx != nil && nx.kind == kWord || c.num <= 0 {
			return res{}, false
		}
	}
	dir := -1
	if c.has("hence") || c.has("from") {
		dir = 1
	}
	u := c.unit
	if c.num < 0 {
		if dir < 0 {
			return date("PAST_REF")
		}
		return date("FUTURE_REF")
	}
	if !r.hasDCT {
		return date("")
	}
	// "sales rose in February from a year earlier": that month a year before
	if u == uYear && c.num == 1 && dir < 0 && r.monthTopic(c.i) {
		return date(monthValue(r.lastMonthY-1, r.lastMonth))
	}
	// "rose to 149.8 billion at the end of December from a month earlier":
	// the month before the one named
	if u == uMonth && c.num == 1 && c.has("earlier") && r.monthTopic(c.i) {
		y, m := r.lastMonthY, r.lastMonth-1
		if m == 0 {
			y, m = y-1, 12
		}
		return date(monthValue(y, m))
	}
	// "a year ago" in a text about quarters means the same quarter a year before
	if u == uYear && c.num == 1 && dir < 0 && r.quarterTopic(c.i) {
		return date(quarterValue(r.lastQY-1, r.lastQ))
	}
	n := c.num
	switch u {
	case uDecade:
		n, u = n*10, uYear
	case uCentury:
		n, u = n*100, uYear
	}
	// "versus 292,000 week ago", "1,000 YEAR AGO": a count in a table, with
	// "a" dropped in wire style; a number above one counts a plural unit
	if n > 500 && u != uYear || n > 5000 || c.num > 1 && !r.pluralUnit(c.i, c.j) {
		return res{}, false
	}
	var d time.Time
	if n != float64(int(n)) {
		switch u {
		case uYear:
			d = r.dct.AddDate(0, dir*int(n*12+0.5), 0)
			u = uMonth
		default:
			d = shift(r.dct, u, dir*int(n+0.5))
		}
	} else {
		d = shift(r.dct, u, dir*int(n))
	}
	if u == uHour || u == uMinute || u == uSecond {
		return date(dayValue(d))
	}
	if u == uDay {
		r.setRef(d)
	}
	return date(valueAt(d, u))
}

// pluralUnit reports whether the first unit word in tokens [i, j) is
// plural ("two years ago"), or there is none.
func (r *resolver) pluralUnit(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &r.toks[k]; t.cls&cUnit != 0 {
			return plural(t.low)
		}
	}
	return true
}

func thatUnit(r *resolver, c *capture) (res, bool) {
	w := c.words[len(c.words)-1]
	if w == "year" && r.refYear != 0 {
		return date(yearValue(r.refYear))
	}
	if !r.hasRef {
		// no day named before: a generic "trades made that day"
		return res{}, false
	}
	switch w {
	case "day":
		return date(dayValue(r.ref))
	case "week":
		return date(weekValue(r.ref))
	case "month":
		return date(monthValue(r.ref.Year(), int(r.ref.Month())))
	case "year":
		return date(yearValue(r.ref.Year()))
	}
	return res{typ: "TIME", value: dayValue(r.ref) + "T" + parts[w]}, true
}

func dayAfter(r *resolver, c *capture) (res, bool) {
	// "the day before authorities issued": a preposition, not an expression
	if c.has("before") || c.has("after") {
		if n := r.tok(c.j); n != nil && n.kind == kWord && n.low != "yesterday" && n.low != "tomorrow" {
			return res{}, false
		}
	}
	base, ok := r.ref, r.hasRef
	if !ok {
		base, ok = r.dct, r.hasDCT
	}
	if !ok {
		return date("")
	}
	off := 1
	if c.has("previous") || c.has("before") || c.has("earlier") {
		off = -1
	}
	d := base.AddDate(0, 0, off)
	return date(dayValue(d))
}

// followingUnit reads "the following year", "the preceding month": the unit
// after or before the one of the date under discussion ("In 1995 ... the
// following year" is 1996). Without such a date it is not tagged.
func followingUnit(r *resolver, c *capture) (res, bool) {
	off := 1
	if c.has("preceding") || c.has("previous") || c.has("before") || c.has("earlier") {
		off = -1
	}
	w := c.words[len(c.words)-1]
	if c.words[1] == "year" {
		w = "year" // "the year previous", "the year before"
	}
	if w == "month" && r.lastMonth != 0 && r.lastMonthY != 0 && (!r.hasRef || r.lastMonthEnd > r.refAt) {
		// "In March, ... The following month": after the month last named
		m := time.Date(r.lastMonthY, time.Month(r.lastMonth+off), 1, 0, 0, 0, 0, time.UTC)
		return date(monthValue(m.Year(), int(m.Month())))
	}
	switch {
	case w == "year" && r.refYear != 0:
		return date(yearValue(r.refYear + off))
	case !r.hasRef:
		return res{}, false
	case w == "week":
		return date(weekValue(r.ref.AddDate(0, 0, 7*off)))
	case w == "month":
		m := time.Date(r.ref.Year(), r.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		return date(monthValue(m.Year(), int(m.Month())))
	}
	return res{}, false
}

// yearBefore reads "the year before", "the year previous", "the year
// earlier" at the end of a clause ("$19.8 billion more than the year
// previous"): the year before the one under discussion, else before the
// DCT's. Followed by more words ("the year before the war") it is left
// alone.
func yearBefore(r *resolver, c *capture) (res, bool) {
	if n := r.tok(c.j); n != nil && (n.kind == kWord || n.kind == kNum) {
		return res{}, false
	}
	if r.refYear != 0 {
		return followingUnit(r, c)
	}
	if !r.hasDCT {
		return date("")
	}
	return date(yearValue(r.dct.Year() - 1))
}

// beforeLast reads "the week before last", "the month before last": two
// units before the DCT's.
func beforeLast(r *resolver, c *capture) (res, bool) {
	if !r.hasDCT {
		return date("")
	}
	u := units[c.words[1]]
	return date(valueAt(shift(r.dct, u, -2), u))
}

// thisPast reads "this past spring", "this coming weekend", "this past
// March": the same as without "this".
func thisPast(r *resolver, c *capture) (res, bool) {
	switch {
	case c.season != "":
		return seasonRel(r, c)
	case c.month != 0:
		return monthRel(r, c)
	case c.has("weekend"):
		return weekend(r, c)
	}
	return res{}, false
}
