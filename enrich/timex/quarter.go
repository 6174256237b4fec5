package timex

import (
	"fmt"
	"time"
)

// Normalisers of quarters, halves and fiscal years. Earnings reports speak
// of "the third quarter", "the year-earlier period" and "a year ago"; the
// last quarter named stays the topic for qWindow tokens.

// yearAgoQuarter reads "the year-earlier period", "year-ago", "the
// corresponding period last year": the quarter under discussion a year
// before (or the month the sentence named, a year before), else the year
// before the DCT. "The year-ago third quarter" names its quarter; "the
// year-earlier nine months" is a duration.
func yearAgoQuarter(r *resolver, c *capture) (res, bool) {
	if c.unit != uNone && c.hasNum {
		if c.num <= 0 {
			return res{}, false
		}
		return res{typ: "DURATION", value: durationValue(c.num, c.unit)}, true
	}
	if c.ord >= 1 && c.ord <= 4 {
		if !r.hasDCT {
			return date(fmt.Sprintf("XXXX-Q%d", c.ord))
		}
		y := r.dct.Year() - 1
		if r.lastQ == c.ord && c.i-r.lastQAt < qWindow {
			y = r.lastQY - 1
		}
		return date(quarterValue(y, c.ord))
	}
	// "sales rose 43% in February compared to the same period last year":
	// the month just named, a year before
	if c.has("period") && r.monthTopic(c.i) {
		return date(monthValue(r.lastMonthY-1, r.lastMonth))
	}
	if r.quarterTopic(c.i) {
		return date(quarterValue(r.lastQY-1, r.lastQ))
	}
	if !r.hasDCT {
		return date("")
	}
	return date(yearValue(r.dct.Year() - 1))
}

// topicQuarter records a quarter mention. The quarter an earnings report
// is about is the one it names first; a different quarter named nearby
// ("after a flat second quarter", "up from last year's first quarter") is
// a comparison and does not replace it, and a quarter still ahead of the
// DCT is a forecast.
func (r *resolver) topicQuarter(y, q, at int) {
	if r.hasDCT && day(y, q*3-2, 1).After(r.dct) {
		return // a forecast ("into the third quarter of 1990") reports nothing yet
	}
	comparison := y == r.lastQY && q != r.lastQ || y == r.lastQY-1 && q == r.lastQ
	if r.lastQ > 0 && at-r.lastQAt < qWindow && comparison && !r.newReport(at) {
		r.lastQAt = at // still talking quarters
		return
	}
	r.lastQY, r.lastQ, r.lastQAt, r.lastQFiscal = y, q, at, false
}

// newReport reports whether the quarter named at token at opens another
// report: a reporting verb just before it and results just after, as in
// "Separately, America West reported third-quarter profit jumped 45%". Its
// "a year earlier" then compares that quarter, not the one named before.
func (r *resolver) newReport(at int) bool {
	verb := false
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		if reportVerbs[r.toks[k].low] {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for k := at + 1; k < len(r.toks) && k <= at+4; k++ {
		if results[r.toks[k].low] {
			return true
		}
	}
	return false
}

// reportVerbs announce a company's results; results are what they announce.
var (
	reportVerbs = map[string]bool{"reported": true, "reports": true, "posted": true, "posts": true, "announced": true, "announces": true}
	results     = map[string]bool{"profit": true, "profits": true, "earnings": true, "net": true, "loss": true, "losses": true, "results": true, "income": true, "sales": true, "revenue": true}
)

// quarterOfTheYear reads "the second half of the year", "the last quarter
// of the year": of the year the sentence named before (see namedYear), else
// of the DCT's year.
func quarterOfTheYear(r *resolver, c *capture) (res, bool) {
	if !r.hasDCT {
		return res{}, false
	}
	c.year = r.dct.Year()
	q := c.ord // the quarter, or the half's last quarter
	if c.has("half") {
		q *= 2
	}
	if c.ord == 0 {
		q = 4
	}
	switch {
	case r.namedYear(c):
		c.year = r.namedY
	case q > quarterOf(r.dct) && r.pastVerbBefore(c.i):
		// "raised more in the second half of the year", in January: the
		// year just ended
		c.year--
	}
	if c.ord == 0 {
		return lastHalf(r, c)
	}
	return quarter(r, c)
}

// pastVerbBefore reports whether a verb in the past tense, not one that
// reports or forecasts, stands shortly before token i in its clause: "he
// raised during the third quarter", but not "is predicted some time in",
// "said the price would rise in" nor "the outlook for".
func (r *resolver) pastVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &r.toks[k]
		if clauseBreak(t) || t.low == "," || forecastWords[t.low] || predictVerbs[t.low] {
			return false
		}
		switch marker(r.toks, k) {
		case tensePast:
			return !afterPaper[t.low]
		case tenseFuture, tensePresent:
			return false
		}
	}
	return false
}

// forecastWords look ahead whatever their tense, as predictVerbs do.
var forecastWords = map[string]bool{
	"forecasts": true, "expected": true, "outlook": true, "estimates": true, "estimated": true,
	"target": true, "targets": true, "planned": true, "scheduled": true, "budgeted": true, "told": true,
}

// wordNear reports whether one of words stands within n tokens of [i, j)
// in the same paragraph.
func (r *resolver) wordNear(i, j, n int, words map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if words[r.toks[k].low] {
			return true
		}
		if r.toks[k].nl {
			break // the first token of the paragraph
		}
	}
	for k := j; k < len(r.toks) && k < j+n && !r.toks[k].nl; k++ {
		if words[r.toks[k].low] {
			return true
		}
	}
	return false
}

// matchReport reports whether the text reads as a match report: at least
// six words of sportsWords in it.
func (r *resolver) matchReport() bool {
	if r.sportsDoc == 0 {
		r.sportsDoc = -1
		n := 0
		for k := range r.toks {
			if sportsWords[r.toks[k].low] {
				n++
			}
		}
		if n >= 6 {
			r.sportsDoc = 1
		}
	}
	return r.sportsDoc == 1
}

// financeWords belong to business news.
var financeWords = map[string]bool{
	"profit": true, "profits": true, "earnings": true, "sales": true, "revenue": true, "revenues": true,
	"results": true, "growth": true, "economy": true, "shares": true, "output": true, "prices": true,
	"inflation": true, "fiscal": true, "dividend": true, "turnover": true, "losses": true, // not "loss": "a Six Nations loss"
	"%": true, "percent": true, "pct": true, "billion": true, "million": true, "mln": true, "bn": true,
	"$": true, "£": true, "€": true, "dlrs": true,
}

// sportsWords belong to match reports.
var sportsWords = map[string]bool{
	"goal": true, "goals": true, "match": true, "minute": true, "minutes": true, "scored": true, "score": true,
	"penalty": true, "ball": true, "shot": true, "striker": true, "kick": true, "try": true, "tries": true,
	"wicket": true, "wickets": true, "innings": true, "interval": true, "pitch": true, "game": true,
	"players": true, "coach": true, "referee": true, "keeper": true, "goalkeeper": true, "header": true,
	"corner": true, "equaliser": true, "equalizer": true, "substitute": true, "half-time": true,
	"halftime": true, "midfield": true, "touchdown": true, "quarterback": true, "possession": true,
	"saves": true, "opener": true, "free-kick": true, "offside": true, "scoreline": true, "replacement": true,
	"kicked": true, "limped": true,
}

// lastHalf reads "the last half of 1989" (1989-H2) and "the final quarter
// of 2009" (2009-Q4).
func lastHalf(r *resolver, c *capture) (res, bool) {
	if c.has("quarter") {
		return date(quarterValue(c.year, 4))
	}
	return date(fmt.Sprintf("%04d-H2", c.year))
}

// halfOfYear reads "the first two quarters of 1990" and "the last six
// months of 1989": a half year (1990-H1, 1989-H2).
func halfOfYear(r *resolver, c *capture) (res, bool) {
	if !(c.num == 2 && c.has("quarters") || c.num == 6 && c.has("months")) {
		return res{}, false
	}
	h := 1
	if !c.has("first") {
		h = 2
	}
	return date(fmt.Sprintf("%04d-H%d", c.year, h))
}

func quarter(r *resolver, c *capture) (res, bool) {
	half := c.has("half")
	// "shot wide in the first half", "a first-half goal": a half of a
	// match, not of the year
	if half && c.year == 0 && !c.has("fiscal") && !c.has("last") && !c.has("next") && !c.has("this") && (r.wordNear(c.i, c.j, 20, sportsWords) || r.matchReport()) && !r.wordNear(c.i, c.j, 15, financeWords) {
		return res{}, false
	}
	if c.year != 0 {
		r.setRefYear(c.year) // "the third quarter of 2004, 26% more than the previous year"
	}
	if c.ord == 0 && c.year == 0 && r.hasDCT {
		switch {
		case c.has("last"):
			c.year = r.dct.Year() - 1
		case c.has("next"):
			c.year = r.dct.Year() + 1
		default:
			c.year = r.dct.Year()
		}
	}
	if c.ord == 0 {
		if c.year == 0 {
			return res{}, false
		}
		// "the 1988 quarter": the quarter under discussion, in that year
		q := r.lastQ
		if q == 0 && r.hasDCT {
			q = quarterOf(r.dct.AddDate(0, -3, 0))
		}
		if q == 0 {
			return res{}, false
		}
		return date(quarterValue(c.year, q))
	}
	if half && c.ord > 2 || c.ord > 4 {
		return res{}, false
	}
	y := c.year
	if y == 0 {
		if !r.hasDCT {
			if half {
				return date(fmt.Sprintf("XXXX-H%d", c.ord))
			}
			return date(fmt.Sprintf("XXXX-Q%d", c.ord))
		}
		y = r.dct.Year()
		switch {
		case c.has("last"):
			y--
		case c.has("next"):
			y++
		case c.has("this"):
		default:
			cur := quarterOf(r.dct)
			q := c.ord
			if half {
				q = c.ord * 2
				cur = (cur + 1) / 2 * 2
			}
			// a later quarter than the DCT's is last year's when the clause
			// is past, or when it is not the coming quarter and nothing
			// looks ahead ("OPEC set a limit for the third quarter" in June)
			if t := r.tense(c.i, c.j); q > cur && (t == tensePast || t == tenseNone && q > cur+1) {
				y--
			}
			// "in the year-ago quarter, the second quarter ended Oct. 31"
			// with Oct. 31 still ahead: the year before's
			if end, ok := r.endDay(c.j); ok && r.toks[c.j].low == "ended" && end.After(r.dct) && r.earlierYearBefore(c.i) {
				y = end.Year() - 1
			}
		}
	}
	if half {
		return date(fmt.Sprintf("%04d-H%d", y, c.ord))
	}
	r.topicQuarter(y, c.ord, c.i)
	if c.has("fiscal") && r.lastQ == c.ord && r.lastQAt == c.i {
		r.lastQFiscal = true // "the fiscal first quarter": the company's own numbering
	}
	if c.has("quarters") {
		return res{typ: "SET", value: fmt.Sprintf("XXXX-Q%d", c.ord)}, true
	}
	return date(quarterValue(y, c.ord))
}

func thisQuarter(r *resolver, c *capture) (res, bool) {
	if n := r.tok(c.j); n != nil && n.low == "-" && !n.space {
		return res{}, false // "the quarter-to-quarter comparison"
	}
	if c.has("period") && !(c.has("latest") || c.has("comparable") || c.has("same")) {
		return res{}, false
	}
	if c.has("fiscal") && !c.has("quarter") {
		return res{}, false
	}
	if !r.hasDCT {
		return date("")
	}
	// "the quarter ended Sept. 30": the calendar quarter that holds most of
	// the three months ending that day, the quarter of their middle month
	// ("the quarter ended July 31", May to July, is the second)
	if n := r.tok(c.j); n != nil && (n.low == "ended" || n.low == "ending") {
		if end, ok := r.endDay(c.j); ok {
			// "earned $5 million in the fiscal first quarter ... sales for
			// the quarter ended Sept. 29": the same quarter, which the report
			// numbers by its fiscal year; keep the report's label
			if r.lastQFiscal && r.lastQ > 0 && c.i-r.lastQAt < qWindow && !c.has("latest") && !c.has("previous") && !c.has("prior") {
				r.lastQAt = c.i
				return date(quarterValue(r.lastQY, r.lastQ))
			}
			// an end still ahead is last year's, unless it is days away
			// ("is expected to report good results for the quarter ended
			// March 31" on March 27, a loose report of this one); after
			// "ending", unless it is more than half a year away ("expects
			// losses for the quarter ending June 30" in March)
			y := r.dct.Year()
			back := end.After(r.dct.AddDate(0, 0, 31))
			if n.low == "ending" {
				back = end.After(r.dct.AddDate(0, 6, 0))
			}
			if end.After(r.dct) && (back || r.earlierYearBefore(c.i)) {
				y--
			}
			mid := int(end.Month()) - 1
			if mid == 0 {
				mid, y = 12, y-1
			}
			q := (mid-1)/3 + 1
			r.lastQY, r.lastQ, r.lastQAt, r.lastQFiscal = y, q, c.i, false
			return date(quarterValue(y, q))
		}
	}
	if c.has("current") || c.has("this") {
		y, q := r.dct.Year(), quarterOf(r.dct)
		return date(quarterValue(y, q))
	}
	if c.has("prior") || c.has("previous") {
		d := r.dct.AddDate(0, -3, 0)
		if r.lastQ > 0 {
			d = day(r.lastQY, r.lastQ*3-2, 1).AddDate(0, -3, 0)
		}
		return date(quarterValue(d.Year(), quarterOf(d)))
	}
	// "the quarter", "the latest quarter" name the topic again: it stays the
	// period that "a year earlier" compares with
	if r.lastQ > 0 {
		r.lastQAt = c.i
		return date(quarterValue(r.lastQY, r.lastQ))
	}
	d := r.dct.AddDate(0, -3, 0)
	r.topicQuarter(d.Year(), quarterOf(d), c.i)
	return date(quarterValue(d.Year(), quarterOf(d)))
}

// endDay reads the day after "ended" or "ending" at token k ("ended Sept.
// 30"), in the DCT's year.
func (r *resolver) endDay(k int) (time.Time, bool) {
	mt, dt := r.tok(k+1), r.tok(k+2)
	if dt != nil && dt.low == "." {
		dt = r.tok(k + 3)
	}
	if mt == nil || mt.cls&(cMonth|cMonAbbr) == 0 || dt == nil || dt.cls&cDigits == 0 || !validDay(2000, mt.val, dt.val) {
		return time.Time{}, false
	}
	y := r.dct.Year()
	if !validDay(y, mt.val, dt.val) {
		y-- // Feb. 29 of a leap year before
	}
	return day(y, mt.val, dt.val), true
}

// fiscalShort reads "FY13", "FY 13": fiscal 2013 (see twoDigitYear).
func fiscalShort(r *resolver, c *capture) (res, bool) {
	t := &r.toks[c.i+1]
	if t.kind != kNum || len(t.low) != 2 || c.j != c.i+2 || !r.toks[c.i].upper {
		return res{}, false
	}
	return date(yearValue(r.twoDigitYear(t.val)))
}

func fiscalYear(r *resolver, c *capture) (res, bool) {
	if c.words[0] == "fy" && !r.toks[c.i].upper {
		return res{}, false
	}
	return date(yearValue(c.year))
}

// quarterCode reads the business shorthand "Q3", "Q3 2013", "H1": a
// quarter or half of the year named, else of the DCT's year (the last one
// not after the DCT unless the clause looks ahead).
func quarterCode(r *resolver, c *capture) (res, bool) {
	t := &r.toks[c.i]
	if !t.upper {
		return res{}, false
	}
	code, n := t.low[0], int(t.low[1]-'0')
	y := c.year
	if y == 0 {
		if !r.hasDCT {
			return date(fmt.Sprintf("XXXX-%c%d", code-'a'+'A', n))
		}
		y = r.dct.Year()
		cur := quarterOf(r.dct)
		if code == 'h' {
			cur = (cur + 1) / 2
		}
		if n > cur && r.tense(c.i, c.j) != tenseFuture {
			y--
		}
	}
	if code == 'h' {
		return date(fmt.Sprintf("%04d-H%d", y, n))
	}
	r.topicQuarter(y, n, c.i)
	return date(quarterValue(y, n))
}
