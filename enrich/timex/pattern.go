package timex

import (
	"fmt"
	"strings"
)

// The pattern language. A pattern is a space-separated sequence of elements:
//
//	word|other   one of these lower-case words (or punctuation: . , - ' / :)
//	MONTH        a month name (January) or abbreviation (Feb, Sept.)
//	WDAY         a weekday name
//	DAY          a day of the month: 1..31, 15th, fifteenth
//	YEAR         a four-digit year 1000..2199
//	NUM          a number: 3, 2.5, 5 1/2, twenty-four, two and a half, a, a few, several
//	ORD          an ordinal: first, 3rd
//	UNIT         a unit of time: day(s), week(s), ..., century
//	SEASON       spring, summer, fall, autumn, winter
//	PART         morning, afternoon, evening, night
//	DECADE       1990s, 90s, eighties
//	HOUR, MIN    an hour 0..24, minutes 00..59
//	AMPM         am, pm, a.m., p.m.
//	ZONE         a time zone abbreviation: EST, GMT, ...
//
// An element followed by ? is optional. Matching is greedy, left to right,
// without backtracking; rules are written so that this is enough.
type elem struct {
	lits []string // literal alternatives, lower case
	cls  string   // class name, "" for literals
	opt  bool
}

// pattern is a compiled pattern.
type pattern []elem

var classNames = map[string]bool{
	"MONTH": true, "WDAY": true, "DAY": true, "YEAR": true, "NUM": true, "ORD": true, "UNIT": true,
	"SEASON": true, "PART": true, "DECADE": true, "HOUR": true, "MIN": true, "AMPM": true, "ZONE": true,
}

var zones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "et": true, "pt": true,
}

// compile parses a pattern string; it returns an error naming the bad element.
func compile(s string) (pattern, error) {
	var p pattern
	for _, f := range strings.Fields(s) {
		e := elem{}
		if len(f) > 1 && strings.HasSuffix(f, "?") {
			e.opt = true
			f = f[:len(f)-1]
		}
		if classNames[f] {
			e.cls = f
		} else {
			if strings.ToLower(f) != f {
				return nil, fmt.Errorf("compile pattern %q: unknown class %q", s, f)
			}
			e.lits = strings.Split(f, "|")
		}
		p = append(p, e)
	}
	if len(p) == 0 {
		return nil, fmt.Errorf("compile pattern %q: empty", s)
	}
	return p, nil
}

// hasLit reports whether w is one of e's literals.
func (e *elem) hasLit(w string) bool {
	for _, l := range e.lits {
		if l == w {
			return true
		}
	}
	return false
}

// canStart reports whether token t may begin element e (a superset of what
// matchAt accepts).
func (e *elem) canStart(t *token) bool {
	switch e.cls {
	case "":
		return e.hasLit(t.low)
	case "HOUR", "MIN":
		return t.cls&cDigits != 0
	case "AMPM", "ZONE":
		return true
	}
	return canStart(t, e.cls)
}

// capture holds what a match found.
type capture struct {
	i, j     int // token range [i, j)
	month    int
	monthTok int // index of the month token, -1 when none
	day      int
	year     int
	wday     int
	ord      int
	unit     int
	num      float64 // -1 for a vague quantity (few, several)
	hasNum   bool
	season   string
	part     string
	decade   int // e.g. 199 for the 1990s, -80 for "the eighties" (century unknown)
	hour     int
	min      int
	hasHour  bool
	hasMin   bool
	pm, am   bool
	words    []string // literal words matched, in order
}

// reset clears c for a match at token i, keeping its word buffer.
func (c *capture) reset(i int) {
	c.i, c.j, c.monthTok = i, 0, -1
	c.month, c.day, c.year, c.wday, c.ord, c.unit = 0, 0, 0, 0, 0, 0
	c.num, c.hasNum, c.decade = 0, false, 0
	c.hour, c.min, c.hasHour, c.hasMin, c.pm, c.am = 0, 0, false, false, false, false
	if c.season != "" {
		c.season = ""
	}
	if c.part != "" {
		c.part = ""
	}
	c.words = c.words[:0]
}

func (c *capture) has(w string) bool {
	for _, x := range c.words {
		if x == w {
			return true
		}
	}
	return false
}

// match tries p at token i; it returns the capture and whether it matched.
func (p pattern) match(toks []token, i int, c *capture) bool {
	c.reset(i)
	k := i
	for _, e := range p {
		n := e.matchAt(toks, k, c)
		if n == 0 {
			if e.opt {
				continue
			}
			return false
		}
		k += n
	}
	c.j = k
	return k > i
}

// matchAt matches one element at token k and returns the tokens consumed.
func (e *elem) matchAt(toks []token, k int, c *capture) int {
	if k >= len(toks) {
		return 0
	}
	t := &toks[k]
	if e.cls == "" {
		for _, l := range e.lits {
			if t.low == l {
				if t.kind != kPunct {
					c.words = append(c.words, l)
				}
				return 1
			}
		}
		return 0
	}
	switch e.cls {
	case "MONTH":
		if t.cls&cMonth != 0 {
			c.month, c.monthTok = t.val, k
			return 1
		}
		if t.cls&cMonAbbr != 0 && t.upper {
			c.month, c.monthTok = t.val, k
			if k+1 < len(toks) && toks[k+1].low == "." && !toks[k+1].space {
				return 2
			}
			return 1
		}
	case "WDAY":
		if t.cls&cWeekday != 0 && weekdayFull(t.low) {
			c.wday = t.val
			return 1
		}
		// abbreviations only with their dot: "Sat." (not "Sun", the company)
		if t.cls&cWeekday != 0 && t.upper && k+1 < len(toks) && toks[k+1].low == "." && !toks[k+1].space {
			// "owned by Sun." ends a sentence with the company: "Sun." is
			// a day only after "on" or in a list or range of days
			if t.low == "sun" && (k == 0 || !sunBefore[toks[k-1].low]) {
				return 0
			}
			c.wday = t.val
			return 2
		}
	case "DAY":
		if (t.cls&cDigits != 0 && len(t.low) <= 2 || t.cls&cOrdDigits != 0) && t.val >= 1 && t.val <= 31 {
			c.day = t.val
			return 1
		}
		if t.cls&cOrdWord != 0 && t.val >= 1 && t.val <= 31 {
			c.day = t.val
			return 1
		}
	case "YEAR":
		if t.cls&cDigits != 0 && len(t.low) == 4 && t.val >= 1000 && t.val <= 2199 {
			c.year = t.val
			return 1
		}
	case "ORD":
		if t.cls&(cOrdWord|cOrdDigits) != 0 && t.val > 0 {
			c.ord = t.val
			return 1
		}
	case "UNIT":
		if t.cls&cUnit != 0 {
			c.unit = units[t.low]
			c.words = append(c.words, t.low)
			return 1
		}
	case "SEASON":
		if t.cls&cSeason != 0 {
			c.season = seasons[t.low]
			return 1
		}
	case "PART":
		if t.cls&cPart != 0 {
			c.part = parts[t.low]
			return 1
		}
	case "DECADE":
		if t.cls&cDecade != 0 {
			if v, ok := decadeWords[t.low]; ok {
				c.decade = -v
			} else if t.val >= 1000 {
				c.decade = t.val / 10
			} else {
				c.decade = -t.val
			}
			return 1
		}
	case "HOUR":
		if t.cls&cDigits != 0 && len(t.low) <= 2 && t.val <= 24 {
			c.hour, c.hasHour = t.val, true
			return 1
		}
	case "MIN":
		if t.cls&cDigits != 0 && len(t.low) == 2 && t.val <= 59 {
			c.min, c.hasMin = t.val, true
			return 1
		}
	case "AMPM":
		switch t.low {
		case "am", "pm":
			c.am, c.pm = t.low == "am", t.low == "pm"
			return 1
		case "a", "p":
			if k+2 < len(toks) && toks[k+1].low == "." && toks[k+2].low == "m" && !toks[k+1].space && !toks[k+2].space {
				c.am, c.pm = t.low == "a", t.low == "p"
				if k+3 < len(toks) && toks[k+3].low == "." && !toks[k+3].space {
					return 4
				}
				return 3
			}
		}
	case "ZONE":
		if t.upper && zones[t.low] {
			return 1
		}
	case "NUM":
		n, v := number(toks, k)
		if n > 0 {
			c.num, c.hasNum = v, true
		}
		return n
	}
	return 0
}

// sunBefore are the words after which "Sun." is Sunday.
var sunBefore = map[string]bool{"on": true, ",": true, "-": true, "/": true, "and": true, "or": true, "to": true, "through": true, "thru": true, "until": true}

func weekdayFull(s string) bool { return strings.HasSuffix(s, "day") }

// vagueWords are quantities without a number.
var vagueWords = map[string]bool{"few": true, "several": true, "some": true, "many": true, "numerous": true}

// number reads a number starting at token k: digits (3, 1,000, 2.5, 5 1/2),
// number words (twenty-four, a hundred, two and a half), "a couple of",
// or a vague quantity (a few, several: value -1). It returns the tokens used.
func number(toks []token, k int) (int, float64) {
	t := &toks[k]
	at := func(i int) string {
		if i < len(toks) {
			return toks[i].low
		}
		return ""
	}
	if t.cls&cDigits != 0 {
		v := float64(t.val)
		n := 1
		if len(t.low) > 6 {
			return 0, 0
		}
		// 1,000
		for at(k+n) == "," && k+n+1 < len(toks) && !toks[k+n+1].space && toks[k+n+1].cls&cDigits != 0 && len(toks[k+n+1].low) == 3 {
			v = v*1000 + float64(toks[k+n+1].val)
			n += 2
		}
		// 2.5
		if at(k+n) == "." && k+n+1 < len(toks) && !toks[k+n].space && !toks[k+n+1].space && toks[k+n+1].cls&cDigits != 0 {
			d := toks[k+n+1].low
			f := float64(toks[k+n+1].val)
			for range len(d) {
				f /= 10
			}
			v += f
			n += 2
		}
		// 5 1/2, and 5-1/2 as Reuters writes it
		m := n
		if at(k+m) == "-" && !toks[k+m].space && k+m+1 < len(toks) && !toks[k+m+1].space {
			m++
		}
		if k+m+2 < len(toks) && toks[k+m].cls&cDigits != 0 && at(k+m+1) == "/" && toks[k+m+2].cls&cDigits != 0 && toks[k+m].val > 0 && toks[k+m+2].val > toks[k+m].val {
			v += float64(toks[k+m].val) / float64(toks[k+m+2].val)
			n = m + 3
		}
		return n, v
	}
	if vagueWords[t.low] {
		return 1, -1
	}
	if t.low == "a" || t.low == "an" {
		switch {
		case vagueWords[at(k+1)]:
			return 2, -1
		case at(k+1) == "couple" && at(k+2) == "of":
			return 3, 2
		case at(k+1) == "hundred":
			return 2, 100
		case at(k+1) == "dozen":
			return 2, 12
		case at(k+1) == "half" && at(k+2) != "-": // "a half year"? rare; "a half hour"
			return 2, 0.5
		}
		return 1, 1
	}
	if t.low == "couple" && at(k+1) == "of" {
		return 2, 2 // "the next couple of years"
	}
	v, ok := numWords[t.low]
	if !ok || t.low == "half" || t.low == "couple" {
		return 0, 0
	}
	n := 1
	// twenty-four, twenty four
	if v >= 20 && v < 100 && int(v)%10 == 0 {
		j := k + 1
		if at(j) == "-" {
			j++
		}
		if w, ok := numWords[at(j)]; ok && w >= 1 && w <= 9 && at(j) != "a" && at(j) != "an" {
			v += w
			n = j - k + 1
		}
	}
	// two hundred
	if at(k+n) == "hundred" {
		v *= 100
		n++
	}
	// two and a half, four-and-a-half
	j := k + n
	if at(j) == "-" {
		j++
	}
	if at(j) == "and" {
		j++
		if at(j) == "-" {
			j++
		}
		if at(j) == "a" {
			j++
			if at(j) == "-" {
				j++
			}
			if at(j) == "half" {
				return j - k + 1, v + 0.5
			}
		}
	}
	return n, v
}
