package story

import (
	"strconv"
	"strings"
	"time"
)

// granRank orders granularities from the finest.
var granRank = map[string]int{"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}

// finer reports whether granularity a is finer than b.
func finer(a, b string) bool { return granRank[a] < granRank[b] }

// interval returns the calendar interval [lo, hi) a TIMEX3 date value covers
// and its granularity. Values without a calendar meaning (PRESENT_REF,
// durations, sets) are not intervals.
func interval(v string) (lo, hi time.Time, gran string, ok bool) {
	if v == "" || v[0] < '0' || v[0] > '9' {
		return
	}
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i] // a time of day: keep the day
	}
	parts := strings.Split(v, "-")
	year, err := strconv.Atoi(parts[0])
	if err != nil {
		return
	}
	switch len(parts[0]) {
	case 4:
	case 3: // decade "199"
		lo = time.Date(year*10, 1, 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(10, 0, 0), "decade", len(parts) == 1
	case 2: // century "19"
		lo = time.Date(year*100, 1, 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(100, 0, 0), "century", len(parts) == 1
	default:
		return
	}
	if len(parts) == 1 {
		lo = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(1, 0, 0), "year", true
	}
	p := parts[1]
	switch {
	case len(p) == 3 && p[0] == 'W':
		w, err := strconv.Atoi(p[1:])
		if err != nil || w < 1 || w > 53 {
			return
		}
		lo = isoWeekStart(year, w)
		return lo, lo.AddDate(0, 0, 7), "week", len(parts) == 2
	case len(p) == 2 && p[0] == 'Q':
		q := int(p[1] - '0')
		if q < 1 || q > 4 {
			return
		}
		lo = time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 3, 0), "quarter", true
	case len(p) == 2 && p[0] == 'H':
		h := int(p[1] - '0')
		if h < 1 || h > 2 {
			return
		}
		lo = time.Date(year, time.Month(6*h-5), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 6, 0), "half", true
	case p == "SP" || p == "SU" || p == "FA" || p == "WI":
		start := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p]
		lo = time.Date(year, start, 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 3, 0), "season", true
	}
	m, err := strconv.Atoi(p)
	if err != nil || m < 1 || m > 12 {
		return
	}
	if len(parts) == 2 {
		lo = time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 1, 0), "month", true
	}
	dd, err := strconv.Atoi(parts[2])
	if err != nil || dd < 1 || dd > 31 || len(parts) > 3 {
		return
	}
	lo = time.Date(year, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	return lo, lo.AddDate(0, 0, 1), "day", true
}

// isoWeekStart returns the Monday of ISO week w of year.
func isoWeekStart(year, w int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+7*(w-1))
}

// lessValue orders two TIMEX3 date values by the start of their intervals,
// coarser values first on ties.
func lessValue(a, b string) bool {
	alo, _, ag, aok := interval(a)
	blo, _, bg, bok := interval(b)
	if aok != bok {
		return aok
	}
	if !alo.Equal(blo) {
		return alo.Before(blo)
	}
	return granRank[ag] > granRank[bg]
}
