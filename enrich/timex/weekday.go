package timex

import (
	"fmt"
	"time"
)

// Normalisers of weekdays: "Tuesday", "Tuesday's meeting", "last Friday",
// "Monday night", with the names that only look like weekdays ("The Sunday
// Times", "Fox News Sunday").

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

// paperNouns follow a weekday in the names of newspapers.
var paperNouns = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "herald": true, "post": true,
	"mail": true, "tribune": true, "independent": true, "observer": true, "star": true, "age": true,
	"sport": true, "people": true, "world": true, "journal": true, "gazette": true, "chronicle": true,
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
	if paperNouns[n.low] {
		return true // "a book by Sunday Telegraph journalist Robert Peston"
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

// overnightDay reads "overnight Friday": the night of that Friday.
func overnightDay(r *resolver, c *capture) (res, bool) {
	c.part = "NI"
	c.words = c.words[1:] // the weekday alone decides which day
	return weekday(r, c)
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
	if p := r.tok(c.i - 1); len(c.words) == 0 && p != nil && p.upper && p.low == "super" {
		c.i-- // "Super Tuesday", the day of many primaries: the name is the expression
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
		// "by Monday this week", "on Monday or Tuesday next week": the
		// day of the week named after it
		if w, ok := r.weekAfter(c.j); ok {
			mon := r.dct.AddDate(0, 0, 1-isoWeekday(r.dct)+7*w)
			d = mon.AddDate(0, 0, c.wday-1)
			break
		}
		t := r.dateTense(c.i, c.j)
		if c.wday == isoWeekday(r.dct) {
			t = tensePast // the DCT's own weekday is the DCT
		}
		// "before Wednesday at the earliest", "by Friday at the latest":
		// a bound still ahead
		if a, b := r.tok(c.j), r.tok(c.j+2); a != nil && b != nil && a.low == "at" && r.toks[c.j+1].low == "the" && (b.low == "earliest" || b.low == "latest") {
			t = tenseFuture
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

// weekAfter reads "this week", "next week", "last week" (or "of next
// week") at token k, after a weekday: the week's offset from the DCT's.
func (r *resolver) weekAfter(k int) (int, bool) {
	if t := r.tok(k); t != nil && t.low == "of" {
		k++
	}
	a, b := r.tok(k), r.tok(k+1)
	if a == nil || b == nil || b.low != "week" {
		return 0, false
	}
	if n := r.tok(k + 2); n != nil && (n.low == "'" || n.low == "’") {
		return 0, false // "released video on Monday of last week's shooting"
	}
	switch a.low {
	case "this":
		return 0, true
	case "next":
		return 1, true
	case "last":
		return -1, true
	}
	return 0, false
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
	case "after", "since", "despite", "from", "than", "following", "on", "over", "by":
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
