package timex

import (
	"fmt"
	"strings"
	"time"
)

// res is what a normaliser returns: a TIMEX3 type, value and modifier.
type res struct {
	typ, value, mod string
	floating        bool // a clock time dated by default: a later date of its sentence may fix its day
}

// normFunc turns a capture into a TIMEX3 result; ok=false rejects the match.
type normFunc func(r *resolver, c *capture) (res, bool)

func date(v string) (res, bool) { return res{typ: "DATE", value: v}, true }

// ---- absolute dates

func fullDate(r *resolver, c *capture) (res, bool) {
	if !validDay(c.year, c.month, c.day) {
		return res{}, false
	}
	d := day(c.year, c.month, c.day)
	r.setRef(d)
	r.lastMD, r.lastMDEnd = d, c.j
	return date(dayValue(d))
}

func monthDay(r *resolver, c *capture) (res, bool) {
	if !validDay(2000, c.month, c.day) { // 2000 is a leap year
		return res{}, false
	}
	if !r.hasDCT {
		return date(fmt.Sprintf("XXXX-%02d-%02d", c.month, c.day))
	}
	// the end of a range ("from September 30, 1987, to December 31"): the
	// first such day after its start
	if k := c.i - 1; k >= 0 && rangeEnd(r.toks[k].low) && !r.lastMD.IsZero() && r.lastMDEnd >= k-1 && r.lastMDEnd <= k {
		for _, cand := range []int{r.lastMD.Year(), r.lastMD.Year() + 1} {
			if x := day(cand, c.month, c.day); validDay(cand, c.month, c.day) && x.After(r.lastMD) {
				r.setRef(x)
				r.lastMD, r.lastMDEnd = x, c.j
				return date(dayValue(x))
			}
		}
	}
	// the reading in the year before, of or after the DCT that fits the
	// tense (and the weekday, when one is given) best
	y, t := r.dct.Year(), r.dateTense(c.i, c.j)
	// "in the year-ago quarter, the second quarter ended Oct. 31", "in
	// fiscal 1985/86 ended March 31": an earlier year's period has ended,
	// whatever the DCT (a bare "the quarter ended March 31" days before
	// March 31 is a loose report of the coming one)
	ended := r.prevLow(c.i) == "ended" && r.earlierYearBefore(c.i-1)
	var d time.Time
	for _, cand := range []int{y - 1, y, y + 1} {
		if !validDay(cand, c.month, c.day) {
			continue
		}
		x := day(cand, c.month, c.day)
		if c.wday != 0 && isoWeekday(x) != c.wday || ended && x.After(r.dct) {
			continue
		}
		if d.IsZero() || closer(x, d, r.dct, t) {
			d = x
		}
	}
	if d.IsZero() {
		return res{}, false
	}
	r.setRef(d)
	r.lastMD, r.lastMDEnd = d, c.j
	return date(dayValue(d))
}

// earlierYearBefore reports whether the sentence names a year before the
// DCT's in the ten tokens before k: "year-ago", "a year earlier", "last
// year's", "fiscal 1985/86".
func (r *resolver) earlierYearBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-10 && r.sameSentence(b, k); b-- {
		t := &r.toks[b]
		switch {
		case (t.low == "ago" || t.low == "earlier") && (r.prevLow(b) == "year" || r.prevLow(b) == "-" && r.prevLow(b-1) == "year"):
			return true
		case t.low == "last" && b+3 < k && r.toks[b+1].low == "year" && r.toks[b+3].low == "s" && (r.toks[b+2].low == "'" || r.toks[b+2].low == "’"):
			return true // "last year's", not "down from 25 cts last year due to"
		case t.kind == kNum && len(t.low) == 4 && t.val > 1800 && t.val < r.dct.Year():
			return true
		}
	}
	return false
}

// shortYear reads a two-digit year after a preposition ("since '82", "in
// '95"): the latest such year not after the DCT's.
func shortYear(r *resolver, c *capture) (res, bool) {
	switch r.prevLow(c.i) {
	case "since", "in", "of", "until", "by", "from", "to", "and", "before", "after":
	default:
		return res{}, false
	}
	t := &r.toks[c.i+1]
	if c.j != c.i+2 || t.kind != kNum || len(t.low) != 2 || t.space {
		return res{}, false
	}
	yy := int(c.num)
	if !r.hasDCT {
		return date("") // the century is unknown
	}
	y := r.dct.Year()/100*100 + yy
	if y > r.dct.Year() {
		y -= 100
	}
	r.setRefYear(y)
	return date(yearValue(y))
}

// weekOf reads "the week of March 6": the ISO week of that day.
func weekOf(r *resolver, c *capture) (res, bool) {
	norm := monthDay
	if c.year != 0 {
		norm = fullDate
	}
	rs, ok := norm(r, c)
	if !ok {
		return rs, false
	}
	d, err := time.Parse("2006-01-02", rs.value)
	if err != nil {
		return rs, true // no DCT: "XXXX-03-06" stays the day
	}
	return date(weekValue(d))
}

// weekOfMonth reads "the last week of March", "the first week of June
// 2009": the ISO week holding most of that week of the month (the one with
// its fourth day, counted from the month's start or end).
func weekOfMonth(r *resolver, c *capture) (res, bool) {
	y := c.year
	if y == 0 {
		if !r.hasDCT {
			return date("")
		}
		y = r.monthYear(c.month, r.dateTense(c.i, c.j))
	}
	var d time.Time
	if c.ord >= 1 && c.ord <= 4 {
		d = day(y, c.month, 4+7*(c.ord-1))
	} else if c.ord == 0 {
		d = day(y, c.month+1, 1).AddDate(0, 0, -4) // the last week
	} else {
		return res{}, false
	}
	return date(weekValue(d))
}

// closer reports whether a is a better reading than b of a year-less date
// relative to dct under tense t: in the past tense dates on or before the DCT
// are preferred, in the future tense dates on or after it; then the nearest.
func closer(a, b, dct time.Time, t int) bool {
	return yearlessCost(a, dct, t) < yearlessCost(b, dct, t)
}

// yearlessCost is the distance in days from the DCT plus a penalty of 300
// days when the reading contradicts the tense; with no tense a future
// reading counts double.
func yearlessCost(d, dct time.Time, t int) int {
	cost := absDays(d.Sub(dct))
	switch {
	case t == tensePast && d.After(dct.AddDate(0, 0, 1)):
		cost += 300
	case t == tenseFuture && d.Before(dct):
		cost += 300
	case t == tenseNone && d.After(dct.AddDate(0, 0, 1)):
		// news mostly reports the past: without a tense a future reading
		// must be much nearer ("record high set on Aug. 6" in February)
		cost *= 2
	}
	return cost
}

func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d.Hours() / 24)
}

// secondDay reads the second day of "April 24 and 25": the day of the month
// named just before.
func secondDay(r *resolver, c *capture) (res, bool) {
	if r.lastMDEnd != c.i || r.lastMD.IsZero() {
		return res{}, false
	}
	if n := r.tok(c.j); n != nil && (n.cls&(cUnit|cMonth|cMonAbbr) != 0 || n.low == "%" || n.low == "percent") {
		return res{}, false
	}
	if !validDay(r.lastMD.Year(), int(r.lastMD.Month()), c.day) || c.day <= r.lastMD.Day() {
		return res{}, false
	}
	c.i++ // the expression is the day, not the conjunction
	d := day(r.lastMD.Year(), int(r.lastMD.Month()), c.day)
	if !r.hasDCT {
		return date(fmt.Sprintf("XXXX-%02d-%02d", c.month, c.day))
	}
	return date(dayValue(d))
}

func isoDate(r *resolver, c *capture) (res, bool) {
	y, m, d := r.toks[c.i].val, r.toks[c.i+2].val, r.toks[c.i+4].val
	if len(r.toks[c.i+2].low) != 2 || len(r.toks[c.i+4].low) != 2 || !validDay(y, m, d) {
		return res{}, false
	}
	r.setRef(day(y, m, d))
	return date(dayValue(day(y, m, d)))
}

func slashDate(r *resolver, c *capture) (res, bool) {
	a, b, y := r.toks[c.i].val, r.toks[c.i+2].val, c.year
	m, d := a, b
	if a > 12 {
		m, d = b, a
	}
	if !validDay(y, m, d) {
		return res{}, false
	}
	r.setRef(day(y, m, d))
	return date(dayValue(day(y, m, d)))
}

// dottedDate reads the European day.month.year ("15.02.2025"), written
// without spaces.
func dottedDate(r *resolver, c *capture) (res, bool) {
	for k := c.i + 1; k < c.j; k++ {
		if r.toks[k].space {
			return res{}, false
		}
	}
	d, m, y := r.toks[c.i].val, r.toks[c.i+2].val, c.year
	if !validDay(y, m, d) {
		return res{}, false
	}
	r.setRef(day(y, m, d))
	return date(dayValue(day(y, m, d)))
}

// shortSlashDate reads "7/8/07" (month/day/two-digit year, or day/month
// when the first number cannot be a month): the century is the one that
// puts the year nearest the DCT, or 19xx/20xx around 1950 without one.
func shortSlashDate(r *resolver, c *capture) (res, bool) {
	yt := &r.toks[c.i+4]
	if yt.cls&cDigits == 0 || len(yt.low) != 2 {
		return res{}, false
	}
	c.year = r.twoDigitYear(yt.val)
	return slashDate(r, c)
}

// twoDigitYear expands a two-digit year ("07", "FY13") to the century that
// puts it nearest the DCT, at most 20 years after it; without a DCT, 19xx
// from 50 and 20xx below.
func (r *resolver) twoDigitYear(yy int) int {
	if !r.hasDCT {
		if yy < 50 {
			return 2000 + yy
		}
		return 1900 + yy
	}
	y := r.dct.Year() - r.dct.Year()%100 + yy
	if y > r.dct.Year()+20 {
		y -= 100
	}
	return y
}

// notYearBefore are tokens before a number that make it something else.
var notYearBefore = map[string]bool{
	"$": true, "£": true, "€": true, "#": true, "no": true, "number": true, "page": true,
	"flight": true, "route": true, "room": true, "boeing": true, "airbus": true, "model": true,
	"rs": true, "usd": true, "us$": true, "a$": true, "hk$": true, "c$": true, "dlrs": true,
	"about": true, "some": true, "nearly": true, "almost": true, "around": true, "over": true,
	"than": true, "-": true, "+": true, "/": true, ":": true,
}

// notYearAfter are tokens after a number that make it a quantity.
var notYearAfter = map[string]bool{
	"%": true, "percent": true, "people": true, "dollars": true, "dlrs": true, "shares": true,
	"tons": true, "tonnes": true, "barrels": true, "units": true, "votes": true, "miles": true,
	"km": true, "kilometers": true, "kilometres": true, "meters": true, "feet": true, "points": true,
	"troops": true, "soldiers": true, "cars": true, "jobs": true, "employees": true, "workers": true,
	"members": true, "acres": true, "pounds": true, "yen": true, "marks": true, "francs": true,
	"-": false, ":": true, "/": true, "mln": true, "billion": true, "million": true, "hours": true,
	"pm": true, "am": true, "gmt": true,
}

// yearBefore reports whether the token before the hyphen at k is a year
// earlier than y: "from 2001-2005" names two years.
func (r *resolver) yearBefore(k, y int) bool {
	p := r.tok(k - 1)
	if pp := r.tok(k - 2); pp != nil && (pp.low == "." || pp.low == ",") && !p.space {
		return false // "ptas 1.1829-1846", a quote
	}
	return p != nil && p.kind == kNum && len(p.low) == 4 && p.val >= 1800 && p.val < y && y-p.val <= 50 && !r.toks[k].space
}

func yearAlone(r *resolver, c *capture) (res, bool) {
	t := &r.toks[c.i]
	prev := r.prevLow(c.i)
	if notYearBefore[prev] && !(prev == "-" && (r.prevLow(c.i-1) == "post" || r.prevLow(c.i-1) == "pre" || r.prevLow(c.i-1) == "mid" || r.prevLow(c.i-1) == "end" || r.yearBefore(c.i-1, c.year))) {
		return res{}, false
	}
	if n := r.tok(c.j); n != nil {
		if notYearAfter[n.low] {
			return res{}, false
		}
		if (n.low == "," || n.low == ".") && !n.space {
			if m := r.tok(c.j + 1); m != nil && !m.space && m.kind == kNum {
				return res{}, false // 2,000 or 1999.5
			}
		}
	}
	if p := r.tok(c.i - 1); p != nil && p.kind == kPunct && (p.low == "," || p.low == ".") && !t.space {
		return res{}, false
	}
	// "Orion 1980", "Kopp's 1987 Chevrolet": part of a name
	if p := r.tok(c.i - 1); p != nil && p.kind == kWord && p.upper && p.cls == 0 && !monthPreps[p.low] {
		if pp := r.tok(c.i - 2); pp != nil && !clauseBreak(pp) {
			return res{}, false
		}
	}
	// "Kopp's 1987 Chevrolet", a model year; but "his 1990 Anheuser
	// earnings projection" is a year
	if n := r.tok(c.j); n != nil && n.kind == kWord && n.upper && n.cls == 0 && (prev == "s" || prev == "his" || prev == "her" || prev == "their" || prev == "its") {
		if m := r.tok(c.j + 1); m == nil || !financeWords[m.low] {
			return res{}, false
		}
	}
	if c.year < 1800 || c.year > 2100 {
		if !(prev == "in" || prev == "since" || prev == "of" || prev == "year" || prev == "until") {
			return res{}, false
		}
	}
	r.setRefYear(c.year)
	return date(yearValue(c.year))
}

// spokenYear reads years said aloud in broadcast transcripts: "nineteen
// ninety-six", "January nineteen ninety-seven", "the year two thousand".
func spokenYear(r *resolver, c *capture) (res, bool) {
	y := 2000
	if !c.has("thousand") {
		if c.num < 10 || c.num > 99 || c.num != float64(int(c.num)) {
			return res{}, false
		}
		y = 1900 + int(c.num)
	}
	r.setRefYear(y)
	if c.month != 0 {
		return date(monthValue(y, c.month))
	}
	if c.season != "" {
		return date(fmt.Sprintf("%04d-%s", y, c.season))
	}
	return date(yearValue(y))
}

func decade(r *resolver, c *capture) (res, bool) {
	if c.decade < 100 && r.decadeNumber(c.j-1) {
		return res{}, false
	}
	if c.decade >= 100 {
		return date(fmt.Sprintf("%03d", c.decade))
	}
	v := -c.decade
	cent := 19
	if r.hasDCT && v < r.dct.Year()%100 && r.dct.Year() >= 2000 && v <= 20 {
		cent = r.dct.Year() / 100
	}
	return date(fmt.Sprintf("%02d%d", cent, v/10))
}

// decadeNumber reports whether the two-digit plural at token d ("30s",
// "fifties") counts something other than years of a century: an age ("in
// his 30s", "until his mid-thirties", "their 30s, 40s and 50s", "the
// over-70s"), a level ("in the low-50s", "the upper 40s"), banknotes ("$20s")
// or a count ("10s of thousands").
func (r *resolver) decadeNumber(d int) bool {
	if n := r.tok(d + 1); n != nil && n.low == "of" {
		return true
	}
	if p := r.prevLow(d); !r.toks[d].space && (p == "." || p == "," || p == "/") {
		return true // "the 7.70s of 1991", a bond
	}
	// the first of a list: "30s, 40s and 50s"
	for {
		p := r.prevLow(d)
		if (p == "," || p == "and" || p == "or") && d >= 2 && r.toks[d-2].cls&cDecade != 0 {
			d -= 2
			continue
		}
		break
	}
	k := d
	if p := r.prevLow(k); p == "the" || p == "'" {
		k--
	}
	if r.prevLow(k) == "-" {
		k--
	}
	switch r.prevLow(k) {
	case "low", "lower", "high", "higher", "upper", "over", "under", "$", "£", "€":
		return true
	case "mid", "early", "late":
		k--
	}
	switch r.prevLow(k) {
	case "his", "her", "their", "its", "my", "your", "our":
		return true
	}
	return false
}

func century(r *resolver, c *capture) (res, bool) {
	if c.ord < 1 || c.ord > 21 {
		return res{}, false
	}
	return date(fmt.Sprintf("%02d", c.ord-1))
}

func seasonYear(r *resolver, c *capture) (res, bool) {
	return date(fmt.Sprintf("%04d-%s", c.year, c.season))
}

// seasonParts lead "of" before a bare season: "the end of summer", "the
// onset of winter", "ahead of winter".
var seasonParts = map[string]bool{
	"end": true, "start": true, "beginning": true, "middle": true, "onset": true, "height": true,
	"depths": true, "depth": true, "dead": true, "ahead": true,
}

func seasonAlone(r *resolver, c *capture) (res, bool) {
	t := &r.toks[c.j-1]
	hasThe := r.toks[c.i].low == "the"
	prev := r.prevLow(c.i)
	// "in the early summer", "by late spring", "mid-winter"
	if prev == "-" && (r.prevLow(c.i-1) == "mid" || r.prevLow(c.i-1) == "early" || r.prevLow(c.i-1) == "late") {
		prev = "mid"
	}
	// "by the end of summer", "ahead of winter"
	partOf := prev == "of" && seasonParts[r.prevLow(c.i-1)]
	if !hasThe && !partOf && !(prev == "in" || prev == "this" || prev == "during" || prev == "by" || prev == "until" || prev == "since" || prev == "early" || prev == "late" || prev == "mid") {
		return res{}, false
	}
	if t.low == "fall" && !hasThe && prev != "early" && prev != "late" && prev != "mid" {
		return res{}, false
	}
	// "blamed lifestyles for the fall in attendance", "hit by the fall
	// in oil prices": the noun
	if n := r.tok(c.j); t.low == "fall" && n != nil && (n.low == "in" || n.low == "from") {
		return res{}, false // "predicts this fall from the current 2.1%"
	}
	if t.low == "fall" && hasThe {
		switch prev {
		case "in", "during", "by", "until", "since", "through", "over", "this", "that", "before", "after", "till":
		default:
			return res{}, false
		}
	}
	if n := r.tok(c.j); n != nil && (n.low == "of" || n.kind == kWord && n.cls&cUnit == 0 && !clauseBreak(n) && isNounish(n.low)) {
		return res{}, false
	}
	if !r.hasDCT {
		return date("XXXX-" + c.season)
	}
	// "they met in the fall" in March: last year's; "will open in the
	// summer": this year's, or next year's once it is over
	y := r.dct.Year()
	if sm := seasonStart[c.season]; sm != 12 {
		start, end := day(y, sm, 1), day(y, sm+3, 1)
		inSeason := !r.dct.Before(start) && r.dct.Before(end)
		t := r.dateTense(c.i, c.j)
		if partOf && r.prevLow(c.i-1) == "ahead" {
			t = tenseFuture
		}
		switch t {
		case tensePast:
			if !inSeason && start.After(r.dct) {
				y--
			}
		case tenseFuture:
			if !inSeason && !end.After(r.dct) {
				y++
			}
		}
	}
	return date(fmt.Sprintf("%04d-%s", y, c.season))
}

// isNounish is a crude test for a word that continues a noun phrase
// ("the summer Olympics", "the fall semester").
func isNounish(w string) bool {
	switch w {
	case "and", "or", "when", "as", "but", "to", "in", "on", "at", "for", "with", "after", "before",
		"that", "the", "a", "an", "is", "was", "will", "has", "had", "have", "of", "if", "while",
		"it", "he", "she", "we", "they", "i", "you", "there", "this", "these", "those":
		return false
	}
	return true
}

// holidayThings are nouns a holiday's name qualifies as a kind rather than
// a date.
var holidayThings = map[string]bool{
	"tree": true, "trees": true, "present": true, "presents": true, "card": true, "cards": true,
	"message": true, "song": true, "songs": true, "carol": true, "carols": true, "decorations": true,
	"lights": true, "pudding": true, "gift": true, "gifts": true, "single": true, "number": true,
	"jumper": true, "stocking": true, "stockings": true, "egg": true, "eggs": true, "bunny": true,
	"costume": true, "costumes": true, "turkey": true, "spirit": true, "film": true, "movie": true,
	"island": true, "islands": true, "rising": true, // places and events named after the day
}

// holidayYear reads "Christmas 1986", "Easter 2005": the holiday in that
// year.
func holidayYear(r *resolver, c *capture) (res, bool) {
	name := r.toks[c.i].low
	h, ok := holidays[name]
	if !ok || !r.toks[c.i].upper {
		return res{}, false
	}
	d := holidayDay(name, h, c.year)
	if d.IsZero() {
		return res{}, false
	}
	return date(dayValue(d))
}

// monthDayYearRel reads "14 March next year", "June 5 last year": the day
// in the year before or after the DCT's.
func monthDayYearRel(r *resolver, c *capture) (res, bool) {
	if !r.hasDCT {
		return monthDay(r, c)
	}
	y := r.dct.Year()
	switch {
	case c.has("next"):
		y++
	case c.has("last"):
		y--
	}
	if !validDay(y, c.month, c.day) {
		return res{}, false
	}
	d := day(y, c.month, c.day)
	r.setRef(d)
	return date(dayValue(d))
}

func holidayRule(r *resolver, c *capture) (res, bool) {
	var parts []string
	which := ""
	for k := c.i; k < c.j; k++ {
		switch w := r.toks[k].low; w {
		case "last", "next", "this":
			which = w
		default:
			parts = append(parts, w)
		}
	}
	name := strings.ReplaceAll(strings.Join(parts, " "), " ' s", "'s")
	h, ok := holidays[name]
	if !ok {
		return res{}, false
	}
	if !r.toks[c.j-1].upper && !r.toks[c.i].upper {
		return res{}, false
	}
	// "a Christmas tree", "his Christmas message": a kind of thing
	if n := r.tok(c.j); n != nil && holidayThings[n.low] {
		return res{}, false
	}
	// "Holocaust Memorial Day", "Armed Forces Day": another day of that name
	if p := r.tok(c.i - 1); which == "" && p != nil && p.kind == kWord && p.upper && p.cls == 0 && c.i >= 2 && !clauseBreak(&r.toks[c.i-2]) {
		return res{}, false
	}
	if !r.hasDCT {
		if h.day > 0 {
			return date(fmt.Sprintf("XXXX-%02d-%02d", h.month, h.day))
		}
		return date("")
	}
	t := r.tense(c.i, c.j)
	switch which {
	case "last":
		t = tensePast
	case "next":
		t = tenseFuture
	}
	var best time.Time
	for _, y := range []int{r.dct.Year() - 1, r.dct.Year(), r.dct.Year() + 1} {
		d := holidayDay(name, h, y)
		if which == "last" && !d.Before(r.dct) || which == "next" && !d.After(r.dct) {
			continue
		}
		if best.IsZero() || closer(d, best, r.dct, t) {
			best = d
		}
	}
	if strings.HasSuffix(name, " week") {
		return date(weekValue(best))
	}
	return date(dayValue(best))
}
