package timex

import "fmt"

// Normalisers of clock times: "10:35 a.m.", "noon Saturday", "1200 GMT".

// clockLead are the words that introduce a bare 24-hour clock time ("at
// 14:30", "until 09:00"); elsewhere "3:39" is more often a race time or a
// score.
var clockLead = map[string]bool{
	"at": true, "by": true, "until": true, "till": true, "from": true, "to": true, "before": true,
	"after": true, "around": true, "about": true, "approximately": true, "since": true,
	"between": true, "and": true, "or": true, "-": true, "(": true, "on": true, "of": true, "for": true,
}

// hasZone reports whether tokens [i, j) hold a time zone abbreviation.
func (r *resolver) hasZone(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &r.toks[k]; t.upper && zones[t.low] {
			return true
		}
	}
	return false
}

// militaryClock reads a four-digit 24-hour time with its zone, as wire
// copy writes it: "at 1200 GMT", "0930 EST".
func militaryClock(r *resolver, c *capture) (res, bool) {
	t := &r.toks[c.i]
	if t.kind != kNum || len(t.low) != 4 {
		return res{}, false
	}
	h, m := 0, 0
	for k, ch := range t.low {
		if ch < '0' || ch > '9' {
			return res{}, false
		}
		if k < 2 {
			h = h*10 + int(ch-'0')
		} else {
			m = m*10 + int(ch-'0')
		}
	}
	if h > 24 || m > 59 || h == 24 && m != 0 {
		return res{}, false
	}
	c.hour, c.min, c.hasHour, c.hasMin = h, m, true, true
	return clock(r, c)
}

func clock(r *resolver, c *capture) (res, bool) {
	h, m := c.hour, c.min
	w := ""
	if len(c.words) > 0 {
		w = c.words[0]
	}
	switch w {
	case "noon", "midday":
		if r.prevLow(c.i) == "high" {
			return res{}, false
		}
		if r.nameLike(c) {
			return res{}, false // "Jamie Noon", "either Tait or Noon"
		}
		h, m = 12, 0
	case "midnight":
		h, m = 24, 0
	default:
		if !c.hasHour {
			return res{}, false
		}
		if c.pm && h < 12 {
			h += 12
		}
		if c.am && h == 12 {
			h = 0
		}
		if (c.am || c.pm) && (c.hour == 0 || c.hour > 12) {
			return res{}, false
		}
		if c.has("afternoon") || c.has("evening") || !c.am && !c.pm && r.laterPartAfter(c.j) {
			// "6 o'clock this afternoon", "at 7 o'clock tonight"
			if h < 12 {
				h += 12
			}
		}
		if !c.hasMin && !c.am && !c.pm && !c.has("o") && !c.has("morning") && !c.has("afternoon") && !c.has("evening") {
			return res{}, false
		}
		if c.hasMin && r.toks[c.i+1].low == "." {
			// "7.45pm", "10.30 GMT": joined, and never bare ("rose to
			// 10.30" is a price)
			if r.toks[c.i+1].space || r.toks[c.i+2].space || !c.am && !c.pm && !r.hasZone(c.i, c.j) {
				return res{}, false
			}
		}
		if c.hasMin && !c.am && !c.pm {
			// a bare 10:30: not a ratio or score
			if p := r.tok(c.i - 1); p != nil && p.kind == kNum {
				return res{}, false
			}
			// a race time ("won in 7:39.89", "a mark of 14:39.29"): hundredths
			// follow, or no preposition of time leads it in
			if n, m := r.tok(c.j), r.tok(c.j+1); n != nil && m != nil && n.low == "." && !n.space && !m.space && m.kind == kNum {
				return res{}, false
			}
			if !r.hasZone(c.i, c.j) && !clockLead[r.prevLow(c.i)] && units[r.toks[c.j-1].low] != uHour {
				return res{}, false
			}
		}
	}
	v := fmt.Sprintf("T%02d:%02d", h, m)
	for k := c.i; k < c.j; k++ {
		if l := r.toks[k].low; l == "utc" || l == "gmt" {
			v += "Z" // ISO 8601: a UTC time
			break
		}
	}
	// a time of day is on the day its sentence names ("Wednesday night ...
	// at 10:50 p.m."), else on the DCT; a day named later in the sentence
	// ("at 6 a.m. on Oct. 13") is applied by Tag
	floating := false
	switch {
	case r.hasRef && r.sameSentence(r.refAt, c.i):
		v = dayValue(r.ref) + v
	case r.hasDCT:
		v = dayValue(r.dct) + v
		floating = true
	default:
		v = "XXXX-XX-XX" + v
		floating = true
	}
	return res{typ: "TIME", value: v, floating: floating}, true
}

// laterPartAfter reports whether an afternoon, evening or night follows
// the clock time ending before token k: "this afternoon", "tonight",
// "tomorrow evening", "on Friday night".
func (r *resolver) laterPartAfter(k int) bool {
	for n := k; n < len(r.toks) && n < k+3; n++ {
		switch r.toks[n].low {
		case "afternoon", "evening", "night", "tonight":
			return true
		case "this", "tomorrow", "yesterday", "on", "that", "in", "the", "at":
		default:
			if r.toks[n].cls&cWeekday == 0 {
				return false
			}
		}
	}
	return false
}
