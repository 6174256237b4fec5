package timex

import (
	"math"
	"strings"
	"time"

	"storyline/news"
)

// Document dating. The evidence is the text's own time expressions, tagged
// without a DCT: full dates (February 24, 2022), year-less dates (Feb 15),
// weekdays (on Saturday) with the tense of their clause, and years. Every
// candidate day is scored by how well it explains them as a publication date
// (news reports past weekdays and dates on the same day or a few days later;
// a full date far in the past is background and says little), and the best
// candidate wins when it is clearly ahead of the others.

// evidence is one dated mention in a text.
type evidence struct {
	year, month, dom int // full or year-less date (year 0); dom 0 for a month
	wday             int // a weekday mention
	tense            int
	onlyYear         int // a bare year mention
}

// collect tags text without a DCT and keeps the mentions that constrain its date.
func (t *Tagger) collect(text string) []evidence {
	toks := tokenize(text, make([]token, 0, len(text)/5+1), t.lex)
	r := &resolver{toks: toks}
	var ev []evidence
	for _, x := range t.Tag(text, time.Time{}) {
		v := x.Value
		// find the tokens of the expression for tense
		i, j := tokenRange(toks, x.Start, x.End)
		tense := r.clauseTense(i, j) // the clause alone: the sentence fallback is tuned for tagging
		if tense == tensePresent || tense == tenseStop {
			tense = tenseNone
		}
		if i > 0 {
			switch toks[i-1].low {
			case "to", "until", "till", "by", "through", "before":
				tense = tenseFuture // a deadline: "extended to Nov. 16"
			}
		}
		switch {
		case v == "" && weekdayOf(x.Text) != 0 && x.Mod == "":
			ev = append(ev, evidence{wday: weekdayOf(x.Text), tense: tense})
		case x.Type != "DATE":
			continue
		case len(v) == 10 && strings.HasPrefix(v, "XXXX-"):
			ev = append(ev, evidence{month: atoi(v[5:7]), dom: atoi(v[8:10]), tense: tense})
		case len(v) == 10 && v[4] == '-':
			ev = append(ev, evidence{year: atoi(v[:4]), month: atoi(v[5:7]), dom: atoi(v[8:10]), tense: tense})
		case len(v) == 4 && x.Granularity == "year":
			ev = append(ev, evidence{onlyYear: atoi(v), tense: tense})
		}
	}
	return ev
}

func tokenRange(toks []token, s, e int) (int, int) {
	i := 0
	for i < len(toks) && toks[i].start < s {
		i++
	}
	j := i
	for j < len(toks) && toks[j].end <= e {
		j++
	}
	return i, j
}

// weekdayOf returns the weekday a plain weekday expression names
// ("Saturday", "on Saturday night" → 6), or 0 for "last Saturday" and others.
func weekdayOf(s string) int {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return 0
	}
	w := strings.TrimSuffix(strings.TrimSuffix(f[0], "'s"), "’s")
	return weekdays[w]
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// The dating model: each distinct mention contributes the log of how likely
// it is to be written on candidate day d.
//   - a weekday in a past-tense clause names one of the 7 days up to d, most
//     often d itself or the day before (wire copy: "said Saturday");
//   - a weekday in a future clause names one of the 7 days after d;
//   - a date names a day before d (after d in a future clause), likelier the
//     more recent; a past-tense date after d is a contradiction;
//   - a full date far before d is background and says nothing.
const (
	logContradiction = -7.0 // tense detection errs: not impossible
	logBackground    = -4.5 // a date far from d
	logFarYearless   = -6.0 // a year-less date more than two months from d
	logCoherent      = 1.0  // a date whose weekday the text also names, as the same day
)

var weekdayLag = [7]float64{-0.9, -1.2, -2.3, -2.5, -2.7, -2.9, -3.0} // log P(lag) for lags 0..6

// dateLog rates a date lag days before d (negative: after d) under the
// tense of its clause. A past date is likelier the more recent; a future
// date (a deadline, a scheduled day) only bounds d from above.
func dateLog(lag, tense int) float64 {
	switch {
	case lag < -60 || lag > 60 && tense != tenseFuture:
		return logBackground
	case tense == tenseFuture:
		if lag >= -1 {
			return logContradiction / 2
		}
		return -3.5
	case lag < -1:
		if tense == tensePast {
			return logContradiction
		}
		return -3.5
	case tense == tensePast:
		return -2.0 - float64(max(lag, 0))/10
	}
	return -2.5 - float64(max(lag, 0))/20
}

// score rates candidate publication day d against the distinct mentions.
func score(ev []evidence, d time.Time) float64 {
	s := 0.0
	var named [8]bool // weekdays named in past or neutral clauses
	for _, e := range ev {
		if e.wday != 0 && e.tense != tenseFuture {
			named[e.wday] = true
		}
	}
	// coherent reports whether date x is also named by its weekday and is
	// that weekday's latest occurrence up to d: "Saturday" ... "Feb 15".
	coherent := func(x time.Time) bool {
		wd := isoWeekday(x)
		return named[wd] && onOrBefore(d, wd).Equal(x)
	}
	for _, e := range ev {
		switch {
		case e.wday != 0:
			if e.tense == tenseFuture {
				continue // a future weekday fits every day equally
			}
			lag := int(d.Sub(onOrBefore(d, e.wday)).Hours() / 24)
			s += weekdayLag[lag]
		case e.month != 0 && e.dom != 0:
			if e.year != 0 {
				if validDay(e.year, e.month, e.dom) {
					x := day(e.year, e.month, e.dom)
					s += math.Max(dateLog(int(d.Sub(x).Hours()/24), e.tense), logBackground)
					if coherent(x) {
						s += logCoherent
					}
				}
				continue
			}
			// a year-less date: the likelier of its readings around d; news
			// gives the year of a date more than a few months away
			b := math.Inf(-1)
			for _, y := range []int{d.Year() - 1, d.Year(), d.Year() + 1} {
				if validDay(y, e.month, e.dom) {
					x := day(y, e.month, e.dom)
					v := dateLog(int(d.Sub(x).Hours()/24), e.tense)
					if v == logBackground {
						v = logFarYearless
					}
					if coherent(x) {
						v += logCoherent
					}
					b = math.Max(b, v)
				}
			}
			if !math.IsInf(b, -1) {
				s += b
			}
		case e.onlyYear != 0:
			if dy := d.Year() - e.onlyYear; dy < 0 && e.tense == tensePast {
				s += logContradiction
			} else if dy < 0 {
				s += -3
			}
		}
	}
	return s
}

// dedupe keeps one of each distinct mention: five "Saturday"s name one day.
func dedupe(ev []evidence) []evidence {
	seen := map[evidence]bool{}
	var out []evidence
	for _, e := range ev {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// best scores every day from lo to hi (inclusive), adding prior(d), and
// returns the best day and its margin over the best day more than two days
// away from it.
func best(ev []evidence, lo, hi time.Time, prior func(time.Time) float64) (time.Time, float64, float64) {
	type sc struct {
		d time.Time
		s float64
	}
	var all []sc
	top := sc{s: math.Inf(-1)}
	for d := lo; !d.After(hi); d = d.AddDate(0, 0, 1) {
		s := score(ev, d) + prior(d)
		all = append(all, sc{d, s})
		if s > top.s {
			top = sc{d, s}
		}
	}
	second := math.Inf(-1)
	for _, x := range all {
		if absDays(x.d.Sub(top.d)) > 2 && x.s > second {
			second = x.s
		}
	}
	return top.d, top.s, top.s - second
}

// Date infers a document's creation date from its text when no date is
// given. It returns the day, a confidence in [0,1], and ok=false when the
// evidence is too weak (then the date should stay unknown). Only years the
// text names (and the three after the latest) are considered, so a text
// without a year is never dated from weekdays alone.
func (t *Tagger) Date(text string) (time.Time, float64, bool) {
	ev := dedupe(t.collect(text))
	minY, maxY := 0, 0
	for _, e := range ev {
		y := e.year
		if y == 0 {
			y = e.onlyYear
		}
		if y == 0 {
			continue
		}
		if minY == 0 || y < minY {
			minY = y
		}
		if y > maxY {
			maxY = y
		}
	}
	if maxY == 0 {
		return time.Time{}, 0, false
	}
	lo, hi := day(maxY, 1, 1), day(maxY+3, 12, 31)
	d, _, margin := best(ev, lo, hi, func(time.Time) float64 { return 0 })
	conf := confidence(margin)
	if conf < 0.6 || !corroborated(ev, d) {
		return time.Time{}, conf, false
	}
	return d, conf, true
}

// corroborated reports whether day d as a publication date rests on two
// mentions that agree with each other: a full date (with its year) at most
// a week before d whose weekday the text also names ("Saturday" ... "Feb.
// 15, 2025"), or two full dates in the week before d. A single date could
// be background ("the Aug. 7, 1998, bombings"), so alone it is not enough.
func corroborated(ev []evidence, d time.Time) bool {
	named := map[int]bool{}
	for _, e := range ev {
		if e.wday != 0 {
			named[e.wday] = true
		}
	}
	full := 0
	for _, e := range ev {
		if e.year == 0 || e.month == 0 || e.dom == 0 || !validDay(e.year, e.month, e.dom) {
			continue
		}
		x := day(e.year, e.month, e.dom)
		lag := int(d.Sub(x).Hours() / 24)
		if lag < -1 || lag > 7 {
			continue
		}
		if named[isoWeekday(x)] {
			return true
		}
		full++
	}
	return full >= 2
}

// confidence turns the log-likelihood margin of the best day over the best
// day more than two days away into a number in [0,1].
func confidence(margin float64) float64 {
	if margin <= 0 || math.IsInf(margin, 1) {
		if math.IsInf(margin, 1) {
			return 1
		}
		return 0
	}
	return math.Round((1-math.Exp(-margin))*100) / 100
}

// StoryContext is what DateInStory knows about the other articles of a story.
type StoryContext struct {
	// Dates are the publication dates of the story's dated articles.
	Dates []time.Time
	// Mentioned are the TIMEX3 day values ("2025-02-15") that the story's
	// articles mention, resolved against their own dates; an undated
	// article's "on Saturday" most likely names one of these days.
	Mentioned []string
}

// ContextOf builds a StoryContext from the story's other documents: the
// dated ones give their publication dates and the day values of their Times.
func ContextOf(docs []*news.Doc) StoryContext {
	var sc StoryContext
	for _, d := range docs {
		if d == nil || d.Published.IsZero() || d.PublishedSource == news.DateInferred {
			continue
		}
		sc.Dates = append(sc.Dates, dateOnly(d.Published))
		for _, x := range d.Times {
			if x.Type == "DATE" && x.Granularity == "day" && len(x.Value) == 10 {
				sc.Mentioned = append(sc.Mentioned, x.Value)
			}
		}
	}
	return sc
}

// DateInStory refines an undated article's date once it has joined a story.
// Candidates are the days from 90 days before the story's first dated article
// to 90 days after its last; each is scored on the article's own evidence
// (as in Date: weekdays, year-less dates read in the candidate's year, years)
// plus a small prior for closeness to the story's dates and a bonus when the
// article's weekday mentions fall on days the story's articles mention. It
// returns ok=false when the story has no dates or the evidence does not
// single out a day.
func (t *Tagger) DateInStory(text string, sc StoryContext) (time.Time, float64, bool) {
	if len(sc.Dates) == 0 {
		return time.Time{}, 0, false
	}
	lo, hi := sc.Dates[0], sc.Dates[0]
	for _, d := range sc.Dates {
		d = dateOnly(d)
		if d.Before(lo) {
			lo = d
		}
		if d.After(hi) {
			hi = d
		}
	}
	ev := dedupe(t.collect(text))
	mentioned := map[time.Time]bool{}
	for _, v := range sc.Mentioned {
		if d, err := time.Parse("2006-01-02", v); err == nil {
			mentioned[d] = true
		}
	}
	prior := func(d time.Time) float64 {
		dist := 0
		if d.Before(lo) {
			dist = absDays(lo.Sub(d))
		} else if d.After(hi) {
			dist = absDays(d.Sub(hi))
		}
		// articles of a story mostly appear within days of each other
		p := -0.03 * float64(dist)
		seen := map[int]bool{}
		for _, e := range ev {
			if e.wday != 0 && e.tense != tenseFuture && !seen[e.wday] {
				if w := onOrBefore(d, e.wday); mentioned[w] {
					seen[e.wday] = true
					p += 1.0 // the day the story's other articles report
				}
			}
		}
		return p
	}
	d, _, margin := best(ev, lo.AddDate(0, 0, -90), hi.AddDate(0, 0, 90), prior)
	conf := confidence(margin)
	if conf < 0.5 {
		return time.Time{}, conf, false
	}
	return d, conf, true
}
