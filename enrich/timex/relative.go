package timex

import (
	"fmt"
	"time"
)

// Normalisers of expressions relative to the DCT or to an earlier date.

func (r *resolver) setRef(d time.Time) {
	r.ref, r.hasRef, r.refYear, r.refAt = d, true, d.Year(), r.cur
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
	p := r.tok(i - 1)
	return p != nil && p.kind == kWord && !p.upper && !p.nl && !r.toks[i].nl
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

func deictic(r *resolver, c *capture) (res, bool) {
	w := c.words[0]
	// "Radio 4's Today programme", "This is VOA Today", "according to USA
	// Today": a name
	if r.showTitle(c.i, c.j) || r.inTitle(c.i) {
		return res{}, false
	}
	// "today's youth", "in today's world": the present in general, no day
	if w == "today" && r.genericToday(c.j) {
		return res{}, false
	}
	// "the overnight rate", "overnight confinement", "an overnight
	// success": a kind of thing, not last night
	if n := r.tok(c.j); w == "overnight" && n != nil && overnightKinds[n.low] {
		return res{}, false
	}
	off := 0
	typ, suffix := "DATE", ""
	switch {
	case w == "the" && c.has("before"):
		off = -2
	case w == "the" && c.has("after"):
		off = 2
	case w == "yesterday":
		off = -1
	case w == "tomorrow":
		off = 1
	case w == "tonight":
		typ, suffix = "TIME", "TNI"
	case w == "overnight":
		typ, suffix = "TIME", "TNI"
		off = -1
	}
	if !r.hasDCT {
		return res{typ: typ}, true
	}
	if w == "overnight" {
		// "it won't happen overnight", "did not become a bad team
		// overnight": all at once, not a night
		if n := r.tok(c.j); n == nil || n.kind != kWord {
			for k := c.i - 1; k >= 0 && k >= c.i-8 && !clauseBreak(&r.toks[k]); k-- {
				if l := r.toks[k].low; l == "not" || l == "t" || l == "never" || l == "no" {
					return res{}, false
				}
			}
		}
		// "the storm will move east overnight": the coming night
		if b, _, _ := r.tenseBefore(c.i); b == tenseFuture {
			return res{typ: typ, value: dayValue(r.dct) + suffix}, true
		}
		// the night before the day under discussion ("London shares closed
		// lower Friday ... depressed by overnight losses in New York"),
		// else the night before the DCT; it names no new day
		if d, ok := r.nearRef(c.i); ok && !d.After(r.dct) && d.After(r.dct.AddDate(0, 0, -7)) {
			return res{typ: typ, value: dayValue(d.AddDate(0, 0, -1)) + suffix}, true
		}
	}
	d := r.dct.AddDate(0, 0, off)
	if w != "overnight" {
		r.setRef(d)
	}
	return res{typ: typ, value: dayValue(d) + suffix}, true
}

// overnightKinds follow an "overnight" that names a kind of thing.
var overnightKinds = map[string]bool{
	"call": true, "funds": true, "money": true, "rate": true, "rates": true, "system": true,
	"courier": true, "messenger": true, "solution": true, "protection": true, "deposits": true,
	"deposit": true, "loans": true, "loan": true, "lending": true, "interbank": true, "repo": true,
	"repos": true, "stay": true, "stays": true, "confinement": true, "flight": true, "flights": true,
	"train": true, "bag": true, "shift": true, "shifts": true, "delivery": true, "mail": true,
	"camp": true, "guests": true, "guest": true, "parking": true, "success": true, "sensation": true,
	"star": true, "celebrity": true, "accommodation": true, "service": true, "services": true,
}

// genericToday reports whether "today" ending before token j is a
// possessive before a noun of the present in general: "today's youth",
// "in today's world", "today's personal computers".
func (r *resolver) genericToday(j int) bool {
	if a, b := r.tok(j), r.tok(j+1); a == nil || a.low != "'" || b == nil || b.low != "s" {
		return false
	}
	for k := j + 2; k < len(r.toks) && k < j+4; k++ {
		if t := &r.toks[k]; t.kind == kWord && genericNouns[t.low] {
			return true
		}
	}
	return false
}

// genericNouns follow a "today's" that means the present in general.
var genericNouns = map[string]bool{
	"youth": true, "young": true, "world": true, "society": true, "generation": true, "children": true,
	"kids": true, "teenagers": true, "teens": true, "students": true, "parents": true, "families": true,
	"consumer": true, "consumers": true, "gamers": true, "celebrities": true, "babies": true,
	"computers": true, "technology": true, "music": true, "media": true, "culture": true,
	"standards": true, "terrorists": true, "workers": true, "politicians": true, "politics": true,
	"cars": true, "companies": true, "businesses": true, "women": true, "men": true, "people": true,
}

// refWindow is how many tokens back a day named in the text stays the day
// under discussion for "overnight", "in the morning": about two sentences.
const refWindow = 60

// nearRef returns the day named last when it was named at most refWindow
// tokens before token i.
func (r *resolver) nearRef(i int) (time.Time, bool) {
	if r.hasRef && i-r.refAt <= refWindow && r.refAt <= i {
		return r.ref, true
	}
	return time.Time{}, false
}

// partAlone reads "in the morning", "during the afternoon": that part of
// the day under discussion (a day named in the last sentence or two), else
// of the DCT. "The night of Oct. 23" and "the morning after" stay out.
func partAlone(r *resolver, c *capture) (res, bool) {
	switch r.prevLow(c.i) {
	case "in", "during", "by", "until", "through", "throughout", "since":
	default:
		return res{}, false
	}
	w := c.words[len(c.words)-1]
	if w == "night" && r.prevLow(c.i) != "during" && r.prevLow(c.i) != "through" && r.prevLow(c.i) != "throughout" {
		return res{}, false // "in the night" is rarely a date
	}
	if n := r.tok(c.j); n != nil && (n.low == "of" || n.low == "after" || n.low == "before" || n.low == "-" || n.low == "when" || n.low == "that") {
		return res{}, false
	}
	if !r.hasDCT {
		return res{typ: "TIME"}, true
	}
	d, ok := r.nearRef(c.i)
	if !ok {
		d = r.dct
	}
	return res{typ: "TIME", value: dayValue(d) + "T" + parts[w]}, true
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

// partTrading reads the market reports' "in morning trading", "in
// afternoon trade": that part of the day under discussion, like "in the
// morning"; the noun after it stays out.
func partTrading(r *resolver, c *capture) (res, bool) {
	c.j = c.i + 1
	c.words = c.words[:1]
	return partAlone(r, c)
}

// midPart reads "mid-afternoon", "midmorning yesterday": that part of the
// day named (yesterday, today, tomorrow), else of the day under discussion
// or the DCT.
func midPart(r *resolver, c *capture) (res, bool) {
	code := ""
	off, named := 0, false
	for _, w := range c.words {
		switch w {
		case "midmorning":
			code = "MO"
		case "midafternoon":
			code = "AF"
		case "yesterday":
			off, named = -1, true
		case "tomorrow":
			off, named = 1, true
		case "today":
			named = true
		default:
			if p, ok := parts[w]; ok {
				code = p
			}
		}
	}
	if code == "" {
		return res{}, false
	}
	if !r.hasDCT {
		return res{typ: "TIME"}, true
	}
	d, ok := r.nearRef(c.i)
	if named || !ok {
		d = r.dct.AddDate(0, 0, off)
	}
	return res{typ: "TIME", value: dayValue(d) + "T" + code}, true
}

func partOfDay(r *resolver, c *capture) (res, bool) {
	if r.showTitle(c.i, c.j) || r.toks[c.j-1].upper && r.inTitle(c.i) {
		return res{}, false // "ITV1's This Morning", "on CBS This Morning"
	}
	off := 0
	switch c.words[0] {
	case "yesterday", "last":
		off = -1
	case "tomorrow":
		off = 1
	}
	if c.words[0] == "last" && c.part != "NI" {
		return res{}, false
	}
	if !r.hasDCT {
		return res{typ: "TIME"}, true
	}
	return res{typ: "TIME", value: dayValue(r.dct.AddDate(0, 0, off)) + "T" + c.part}, true
}

// quotedTitle reports whether the capitalised word at i ends a run of
// capitalised words that an opening quote mark starts: a title such as
// “Fox News Sunday” or "Meet the Press Today".
func (r *resolver) quotedTitle(i int) bool {
	if !r.toks[i].upper {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &r.toks[k]
		switch {
		case t.kind == kWord && (t.upper || t.low == "the" || t.low == "of"):
			continue
		case t.low == "\u201c" || t.low == "`" || t.low == "\"" && (t.space || t.nl || k == 0):
			// an opening mark: a straight one stands after a space, not
			// against the word before ('." On Monday' closes a quote)
			f := &r.toks[k+1]
			return k < i-1 && f.upper && !f.space && !quoteOpeners[f.low]
		}
		return false
	}
	return false
}

// quoteOpeners start a quoted sentence rather than a title: "On Sunday,
// Sanders announced".
var quoteOpeners = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "from": true, "until": true, "since": true,
	"last": true, "this": true, "next": true, "every": true, "early": true, "late": true, "and": true,
	"but": true, "so": true, "then": true,
}

// weekdayName rejects weekdays that are part of a name ("Sunday Times").
func (r *resolver) weekdayName(c *capture) bool {
	if r.quotedTitle(c.i) {
		return true // "on “Fox News Sunday,” Pence said"
	}
	n := r.tok(c.j)
	if n == nil || n.kind != kWord || !n.upper || n.cls != 0 {
		return false
	}
	// "The Sunday Times", "Sunday Telegraph" at a sentence start; but not
	// "said Saturday Foreign Minister Lavrov had spoken"
	p := r.tok(c.i - 1)
	if p != nil && (p.low == "and" || p.low == "or") {
		// "the Daily and Sunday Telegraph newspapers"
		if q := r.tok(c.i - 2); q != nil && q.kind == kWord && q.upper {
			return true
		}
	}
	return p == nil || clauseBreak(p) || p.kind == kWord && (p.upper || p.low == "the")
}

func weekday(r *resolver, c *capture) (res, bool) {
	prefix := ""
	if len(c.words) > 0 {
		switch c.words[0] {
		case "the":
			if len(c.words) > 1 {
				prefix = c.words[1]
			}
		case "last", "past", "previous", "next", "coming", "this":
			prefix = c.words[0]
		}
		if prefix == "following" {
			prefix = "next"
		}
		if c.has("coming") {
			prefix = "coming" // "this coming Sunday"
		}
		if c.has("this") && c.has("past") {
			prefix = "past" // "this past Sunday"
		}
	}
	possessive := c.j-c.i >= 3 && r.toks[c.j-1].low == "s" && r.toks[c.j-2].low == "'"
	if prefix == "" && !possessive && c.part == "" && r.weekdayName(c) {
		return res{}, false
	}
	// "Wednesday night" is a TIME, that Wednesday's night (2000-01-05TNI),
	// as the TIMEX3 guidelines, TimeBank and MEANTIME annotate it (AQUAINT
	// often tags "Wednesday" alone, or a DATE).
	typ, suffix := "DATE", ""
	if c.part != "" {
		typ, suffix = "TIME", "T"+c.part
	}
	if !r.hasDCT {
		return res{typ: typ}, true
	}
	var d time.Time
	// "the previous Friday", "the following Monday": relative to the day
	// under discussion when one was named, else to the DCT
	base := r.dct
	if len(c.words) > 0 && c.words[0] == "the" && r.hasRef && (prefix == "previous" || c.has("following")) {
		base = r.ref
	}
	switch prefix {
	case "last", "past", "previous":
		d = onOrBefore(base.AddDate(0, 0, -1), c.wday)
	case "next", "coming":
		d = after(base, c.wday)
	case "this":
		if r.tense(c.i, c.j) == tensePast {
			d = onOrBefore(r.dct, c.wday)
		} else {
			d = onOrBefore(r.dct.AddDate(0, 0, 6), c.wday)
		}
	default:
		t := r.dateTense(c.i, c.j)
		if c.wday == isoWeekday(r.dct) {
			t = tensePast // the DCT's own weekday is the DCT
		}
		if possessive && t != tensePast {
			// "Tuesday's meeting was meant to", "the results of Tuesday's
			// primaries will", "will go ahead despite Monday's crash": a
			// day past; but "he will do well in Tuesday's primary" and
			// "ahead of Saturday's caucus" look ahead
			t = tensePast
			if b, _, _ := r.tenseBefore(c.i); b == tenseFuture && r.aheadOf(c.i) {
				t = tenseFuture
			}
		}
		switch {
		case t == tenseFuture:
			d = after(r.dct, c.wday)
		default:
			d = onOrBefore(r.dct, c.wday)
		}
	}
	r.setRef(d)
	if c.part != "" && plural(r.toks[c.j-1].low) {
		// "Monday and Tuesday nights": every Tuesday night
		return res{typ: "SET", value: fmt.Sprintf("XXXX-WXX-%dT%s", c.wday, c.part)}, true
	}
	if possessive {
		c.j -= 2 // "Tuesday's": the expression is "Tuesday"
	}
	return res{typ: typ, value: dayValue(d) + suffix}, true
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
		r.refYear = d.Year() // "last year ... that year"
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

func seasonRel(r *resolver, c *capture) (res, bool) {
	if r.inTitle(c.i) {
		return res{}, false // "Suddenly Last Summer"
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

// aheadOf reports whether the word before a possessive weekday at i lets
// it name a coming day: "ahead of", "before", "for", "at", "in", a verb
// ("will miss Saturday's game"); not "after", "since", "despite", "from",
// "than", "regardless of", "in the wake of".
func (r *resolver) aheadOf(i int) bool {
	// "Friday's final 71.8", "Wednesday's closing price": a figure of a
	// day past
	if n := r.tok(i + 3); n != nil && dayFigures[n.low] {
		return false
	}
	// "they would look for ways to get around Wednesday's ruling": a
	// future seen from the past
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if r.toks[k].low == "would" {
			return false
		}
	}
	switch p := r.prevLow(i); p {
	case "after", "since", "despite", "from", "than", "following", "on", "over", "by", "avenge":
		return false
	case "of":
		return i >= 2 && r.toks[i-2].low == "ahead"
	}
	return true
}

// dayFigures are market figures of a day ("Friday's close").
var dayFigures = map[string]bool{
	"final": true, "close": true, "closing": true, "level": true, "levels": true, "high": true,
	"low": true, "finish": true, "settlement": true, "price": true, "prices": true, "rate": true,
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
