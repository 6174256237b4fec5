package timex

import (
	"strings"
	"time"
)

// resolver carries what normalisers need: the tokens, the DCT and the
// reference dates set by earlier expressions of the same text.
type resolver struct {
	toks           []token
	text           string // the text the tokens index (empty when dating)
	sportsDoc      int    // 1 when the text reads as a match report, -1 when not, 0 before it is counted
	dct            time.Time
	hasDCT         bool
	ref            time.Time // last absolute day mentioned (for "that day", "the next day")
	hasRef         bool
	refAt          int // token index of that mention
	namedY         int // the last year named by a year or "last year", not by a day
	namedYAt       int // token index of that expression
	cur            int // token index where the expression being normalised starts
	lastQY         int // year and quarter of the last quarter mentioned
	lastQ          int
	lastQFiscal    bool // the topic quarter was named by its fiscal number ("the fiscal first quarter")
	lastQAt        int  // token index of that mention
	refYear        int  // the last year named ("June 1998", "in 1992"), for "that year"
	lastMonth      int  // the last bare month resolved, its year and the token after it
	lastMonthY     int
	lastMonthEnd   int
	lastMonthRange bool      // that month began or ended a range ("January to March")
	lastPeriodAt   int       // token index of the last multi-month period ("the nine months"), -1 when none
	lastEnd        int       // token index after the last expression emitted
	lastMD         time.Time // the last month-day date ("April 24")
	lastMDEnd      int       // the token after it
}

// allCaps reports whether token i is written in capitals ("NOON" in a
// wire headline), as far as the text is known.
func (r *resolver) allCaps(i int) bool {
	t := &r.toks[i]
	if t.end > len(r.text) || t.end-t.start < 2 {
		return false
	}
	s := r.text[t.start:t.end]
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// quarterTopic reports whether the quarter last named is still the period
// under discussion at token i: named less than qWindow tokens before, and
// not followed by a longer period ("in the nine months, net rose 9% from a
// year earlier" compares the nine months).
func (r *resolver) quarterTopic(i int) bool {
	return r.lastQ > 0 && i-r.lastQAt < qWindow && r.lastPeriodAt < r.lastQAt
}

// monthTopic reports whether the sentence of token i named a single month
// before it (not a range), more recently than any quarter: "sales rose in
// February from a year earlier" compares that month.
func (r *resolver) monthTopic(i int) bool {
	if !(r.lastMonth != 0 && r.lastMonthY != 0 && !r.lastMonthRange && r.lastMonthEnd <= i &&
		r.sameSentence(r.lastMonthEnd, i) && (r.lastQ == 0 || r.lastQAt < r.lastMonthEnd)) {
		return false
	}
	// "up from 468 mln in August and 899 mln a year earlier": the month is
	// the other term compared, not the one a year before
	// "In July, it reported an annual turnover of £8.89bn, down from £9.28bn
	// a year earlier": a year's figure
	for k := r.lastMonthEnd; k < i; k++ {
		if l := r.toks[k].low; l == "and" || l == "annual" || l == "year" || l == "yearly" {
			return false
		}
	}
	return true
}

// qWindow is how many tokens a quarter mention stays the topic that
// "a year ago" and "the year-earlier period" refer to.
const qWindow = 200

// innerDot reports whether the dot at token k is inside a sentence: an
// abbreviation's ("Sept.", "a.m.", "Ala.," "Inc. said") or a number's
// ("29.75").
func (r *resolver) innerDot(k int) bool {
	if k > 0 && abbrev(&r.toks[k-1]) {
		return true
	}
	if k+1 >= len(r.toks) {
		return false
	}
	n := &r.toks[k+1]
	switch {
	case !n.space && n.kind != kPunct: // "29.75"
		return true
	case n.low == "," || n.low == ";": // "Birmingham, Ala., killed"
		return true
	case n.kind == kWord && !n.upper && !n.nl && n.cls == 0: // "Inc. said"
		return true
	}
	return false
}

// sameSentence reports whether tokens a <= b lie in one sentence: no
// sentence-final mark (other than an abbreviation's dot) or paragraph
// break between them.
func (r *resolver) sameSentence(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	if a < 0 || b >= len(r.toks) || b-a > 60 {
		return false
	}
	for k := a + 1; k <= b; k++ {
		t := &r.toks[k]
		if t.nl {
			return false
		}
		switch t.low {
		case "!", "?":
			return false
		case ".":
			if !r.innerDot(k) {
				return false
			}
		}
	}
	return true
}

// abbrev reports whether a dot after t ends an abbreviation rather than a
// sentence: single letters (a.m., U.S.), month and weekday abbreviations,
// titles.
func abbrev(t *token) bool {
	if t.kind != kWord {
		return false
	}
	// "Sept.", "Thu." but not "Thursday." nor "May." ending a sentence
	if len(t.low) == 1 || t.cls&(cMonAbbr|cWeekday) != 0 && t.cls&cMonth == 0 && !weekdayFull(t.low) {
		return true
	}
	switch t.low {
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs":
		return true
	}
	return false
}

// prevLow returns the lower-case text of the token before i, or "".
func (r *resolver) prevLow(i int) string {
	if i > 0 {
		return r.toks[i-1].low
	}
	return ""
}

// nextTok returns the token at i, or nil past the end.
func (r *resolver) tok(i int) *token {
	if i >= 0 && i < len(r.toks) {
		return &r.toks[i]
	}
	return nil
}
