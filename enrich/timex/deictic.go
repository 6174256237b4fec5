package timex

import "time"

// Normalisers of today, yesterday, tomorrow, tonight and the parts of a
// day: "this morning", "last night", "in the morning", "overnight",
// "midafternoon".

func deictic(r *resolver, c *capture) (res, bool) {
	w := c.words[0]
	// "Radio 4's Today programme", "This is VOA Today", "according to USA
	// Today": a name
	if r.showTitle(c.i, c.j) || r.inTitle(c.i) {
		return res{}, false
	}
	if (w == "tonight" || w == "today") && r.nameLike(c) {
		return res{}, false // "Lopez Tonight", a show; "Are You Lonesome Tonight", a song
	}
	// "today's youth", "in today's world": the present in general, no day
	if w == "today" && r.genericToday(c.j) {
		return res{}, false
	}
	// "the people of tomorrow", "the youth of today": a time in general
	if (w == "today" || w == "tomorrow") && c.j == c.i+1 && r.ofGeneric(c.i, c.j) {
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

// ofGeneric reports whether the word at [i, j) follows "of" after a noun
// of people or things in general and is no possessive: "the leaders of
// tomorrow", but not "as of today", "the events of today" nor "the
// outcome of today's talks".
func (r *resolver) ofGeneric(i, j int) bool {
	if r.prevLow(i) != "of" || i < 2 {
		return false
	}
	if n := r.tok(j); n != nil && (n.low == "'" || n.low == "’") {
		return false
	}
	return genericNouns[r.toks[i-2].low] // not "the events of today"
}

// genericNouns follow a "today's" that means the present in general.
var genericNouns = map[string]bool{
	"youth": true, "young": true, "world": true, "society": true, "generation": true, "children": true,
	"kids": true, "teenagers": true, "teens": true, "students": true, "parents": true, "families": true,
	"consumer": true, "consumers": true, "gamers": true, "celebrities": true, "babies": true,
	"computers": true, "technology": true, "music": true, "media": true, "culture": true,
	"standards": true, "terrorists": true, "workers": true, "politicians": true, "politics": true,
	"cars": true, "companies": true, "businesses": true, "women": true, "men": true, "people": true,
	"leaders": true, "institutions": true, "schools": true, "cities": true, "homes": true, "heroes": true,
	"stars": true,
}

// refWindow is how many tokens back a day named in the text stays the day
// under discussion for "overnight", "in the morning": about two sentences.
const refWindow = 60

// refOrDCT returns the day under discussion at token i (see nearRef),
// else the DCT.
func (r *resolver) refOrDCT(i int) time.Time {
	if d, ok := r.nearRef(i); ok {
		return d
	}
	return r.dct
}

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
