package events

import (
	"strconv"
	"strings"
	"time"
)

// interval returns the calendar interval [lo, hi) of a TIMEX3 date value:
// a day, ISO week, month, quarter, half, season, year, decade or century.
// Trailing unspecified parts ("2008-03-XX") are dropped; values without a
// calendar meaning (XXXX-XX-XX, PRESENT_REF, durations) are not intervals.
func interval(v string) (lo, hi time.Time, ok bool) {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	parts := strings.Split(v, "-")
	for len(parts) > 1 && strings.Trim(parts[len(parts)-1], "X") == "" {
		parts = parts[:len(parts)-1]
	}
	y := parts[0]
	if y == "" || y[0] < '0' || y[0] > '9' {
		return
	}
	year, err := strconv.Atoi(y)
	if err != nil {
		return
	}
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch len(y) {
	case 4:
	case 3:
		lo = date(year*10, 1, 1)
		return lo, lo.AddDate(10, 0, 0), len(parts) == 1
	case 2:
		lo = date(year*100, 1, 1)
		return lo, lo.AddDate(100, 0, 0), len(parts) == 1
	default:
		return
	}
	if len(parts) == 1 {
		lo = date(year, 1, 1)
		return lo, lo.AddDate(1, 0, 0), true
	}
	p := parts[1]
	if len(parts) == 2 && len(p) >= 2 {
		n, err := strconv.Atoi(p[1:])
		switch {
		case p[0] == 'W' && err == nil && n >= 1 && n <= 53:
			jan4 := date(year, 1, 4)
			wd := int(jan4.Weekday())
			if wd == 0 {
				wd = 7
			}
			lo = jan4.AddDate(0, 0, 1-wd+7*(n-1))
			return lo, lo.AddDate(0, 0, 7), true
		case p[0] == 'Q' && err == nil && n >= 1 && n <= 4:
			lo = date(year, 3*n-2, 1)
			return lo, lo.AddDate(0, 3, 0), true
		case p[0] == 'H' && err == nil && n >= 1 && n <= 2:
			lo = date(year, 6*n-5, 1)
			return lo, lo.AddDate(0, 6, 0), true
		}
		if s, ok := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p]; ok {
			lo = date(year, s, 1)
			return lo, lo.AddDate(0, 3, 0), true
		}
	}
	m, err := strconv.Atoi(p)
	if err != nil || m < 1 || m > 12 || len(p) != 2 {
		return
	}
	if len(parts) == 2 {
		lo = date(year, m, 1)
		return lo, lo.AddDate(0, 1, 0), true
	}
	dd, err := strconv.Atoi(parts[2])
	if err != nil || dd < 1 || dd > 31 || len(parts) > 3 {
		return
	}
	lo = date(year, m, dd)
	return lo, lo.AddDate(0, 0, 1), true
}

// compatible reports whether the intervals of two TIMEX3 values overlap.
func compatible(a, b string) bool {
	alo, ahi, aok := interval(a)
	blo, bhi, bok := interval(b)
	return aok && bok && alo.Before(bhi) && blo.Before(ahi)
}
