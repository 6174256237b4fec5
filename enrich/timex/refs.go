package timex

import "fmt"

// Normalisers of sets ("daily", "every week") and of the reference words
// "now", "recently", "soon", "the future".

// paperName reports whether a capitalised name starts at token j and
// ends before a verb, a preposition or punctuation, so that the "daily"
// or "weekly" before it is a newspaper: "the Communist Party daily Granma
// compared", "the business weekly Wirtschaftswoche in an interview"; but
// not "the weekly U.S. soybean crush rate", "three daily Atlanta flights".
func (r *resolver) paperName(j int) bool {
	n := r.tok(j)
	if n == nil || n.kind != kWord || !n.upper || n.cls != 0 || n.nl {
		return false
	}
	for k := j + 1; k < len(r.toks) && k < j+8; k++ {
		t := &r.toks[k]
		switch {
		case t.nl:
			return true
		case t.kind == kWord && t.upper, t.low == "." && r.innerDot(k), t.low == "-":
			continue // the name goes on: "Il Sole-24 Ore", "U.S."
		case t.kind == kPunct:
			return t.low != "<" && t.low != "&"
		case t.kind == kWord:
			return afterPaper[t.low]
		}
		return false
	}
	return false
}

// afterPaper are lower-case words that may follow a newspaper's name.
var afterPaper = map[string]bool{
	"said": true, "says": true, "reported": true, "reports": true, "quoted": true, "quotes": true,
	"wrote": true, "writes": true, "published": true, "carried": true, "cited": true, "is": true,
	"was": true, "has": true, "had": true, "that": true, "as": true, "by": true, "in": true, "on": true,
	"of": true, "to": true, "for": true, "with": true, "newspaper": true, "yesterday": true, "today": true,
	"accuses": true, "accused": true, "compared": true, "which": true, "and": true,
}

var setWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M",
}

func set(r *resolver, c *capture) (res, bool) {
	w := c.words[0]
	if v, ok := setWords[w]; ok {
		// "The Daily Telegraph", "the Daily Mail": a title
		if t := &r.toks[c.i]; t.upper {
			n := r.tok(c.j)
			if p := r.tok(c.i - 1); p != nil && !clauseBreak(p) || n != nil && n.kind == kWord && n.upper && n.cls == 0 {
				return res{}, false
			}
		}
		if (w == "daily" || w == "weekly") && !r.toks[c.i].upper && r.paperName(c.j) {
			return res{}, false
		}
		if w == "annually" && r.prevLow(c.i) != "once" {
			// "rise 8.5% annually", "10,000 units annually": a rate TimeBank
			// rarely tags (1 in 6 here)
			return res{}, false
		}
		return res{typ: "SET", value: v}, true
	}
	switch {
	case c.wday != 0:
		v := fmt.Sprintf("XXXX-WXX-%d", c.wday)
		if c.part != "" {
			v += "T" + c.part
		}
		return res{typ: "SET", value: v}, true
	case c.month != 0:
		return res{typ: "SET", value: fmt.Sprintf("XXXX-%02d", c.month)}, true
	case c.season != "":
		return res{typ: "SET", value: "XXXX-" + c.season}, true
	case c.unit != uNone:
		n := 1.0
		switch {
		case c.has("other"):
			n = 2
		case c.hasNum:
			if c.num <= 0 {
				return res{}, false
			}
			n = c.num
		}
		return res{typ: "SET", value: durationValue(n, c.unit)}, true
	}
	p := c.words[len(c.words)-1]
	if code, ok := parts[p]; ok {
		return res{typ: "SET", value: "XXXX-XX-XXT" + code}, true
	}
	return res{}, false
}

// aWhile reads "for a while", "in a while": an unspecified duration.
func aWhile(r *resolver, c *capture) (res, bool) {
	switch r.prevLow(c.i) {
	case "for", "in", "after", "within":
		if n := r.tok(c.j); n != nil && (n.low == "ago" || n.low == "back" || n.low == "longer") {
			return res{}, false
		}
		return res{typ: "DURATION", value: "PXX"}, true
	}
	return res{}, false
}

var refValues = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"current": "PRESENT_REF", "present": "PRESENT_REF", "days": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
	"recent": "PAST_REF", "past": "PAST_REF",
	"soon": "FUTURE_REF", "future": "FUTURE_REF", "term": "FUTURE_REF", // "the near term"
}

func ref(r *resolver, c *capture) (res, bool) {
	w := c.words[len(c.words)-1]
	if w == "possible" || w == "practicable" {
		return date("FUTURE_REF") // "as soon as possible"
	}
	if c.words[0] == "then" {
		return date("PAST_REF") // "the then current price"
	}
	if c.has("later") {
		if r.prevLow(c.i) != "at" && r.prevLow(c.i) != "until" {
			return res{}, false
		}
		return date("FUTURE_REF") // "at a later date"
	}
	v, ok := refValues[w]
	if !ok {
		return res{}, false
	}
	n := r.tok(c.j)
	// "the Forum for the Future", "Back to the Future": a capitalised
	// reference word inside a sentence is a name
	if last := &r.toks[c.j-1]; last.upper && c.j-c.i > 1 && !last.nl {
		return res{}, false
	}
	switch w {
	case "now":
		// "now-defunct" stays a date; "Now," at a sentence start too
	case "soon":
		// "soon after", "as soon as Tuesday" relate to another time; "was
		// soon released" is a past sequence, not a reference to the future
		if n != nil && (n.low == "after" || n.low == "afterward" || n.low == "afterwards" || n.low == "thereafter" || n.low == "as") || r.prevLow(c.i) == "as" {
			return res{}, false
		}
		if r.clauseTense(c.i, c.j) == tensePast {
			return res{}, false
		}
		// "the soon-to-open Terminal 3", "his soon-to-be wife": an adjective
		if m := r.tok(c.j + 1); n != nil && m != nil && n.low == "-" && !n.space && m.low == "to" {
			return res{}, false
		}
	case "term":
		// "in the long term", "over the short term"; not "the short term
		// capital market"
		switch r.prevLow(c.i) {
		case "in", "over", "for", "during", "into", "of", "through", "beyond":
		default:
			return res{}, false
		}
	case "present":
		if c.words[0] == "the" && n != nil && n.kind == kWord && isNounish(n.low) {
			return res{}, false // "the present government"
		}
	case "past":
		if n != nil && n.kind == kWord && isNounish(n.low) {
			return res{}, false
		}
	case "current", "recent", "future":
		if len(c.words) == 1 && n != nil && (n.low == "account" || n.low == "accounts" || n.low == "affairs" || n.kind == kWord && n.upper) {
			return res{}, false // "the recent Freedom of Access Act"
		}
		if len(c.words) == 1 && r.prevLow(c.i) == "a" {
			return res{}, false // "a future in which"
		}
		if w == "future" && r.prevLow(c.i) == "foreseeable" {
			return res{}, false // "for the foreseeable future": for as long as can be seen, no time (TimeBank: 2 of 2 untagged)
		}
		if w == "future" && len(c.words) == 1 && n != nil && n.kind == kWord && n.low != "and" && n.low != "or" {
			// "future payments", "any future construction": an adjective
			// TimeBank seldom tags (measured: 1 in 4)
			return res{}, false
		}
	}
	return date(v)
}
