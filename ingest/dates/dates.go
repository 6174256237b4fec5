package dates

import (
	"strconv"
	"strings"
	"time"
)

// layout is a time layout and whether it carries a time of day.
type layout struct {
	s    string
	date bool // calendar date only
}

// layouts are tried in order; names of zones are handled by zoneOffsets.
var layouts = []layout{
	{time.RFC3339Nano, false},
	{"2006-01-02T15:04:05.999999999Z0700", false},
	{"2006-01-02T15:04Z07:00", false},
	{"2006-01-02T15:04:05.999999999", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04:05.999999999Z07:00", false},
	{"2006-01-02 15:04:05.999999999 Z0700", false},
	{"2006-01-02 15:04:05.999999999 -0700 MST", false},
	{"2006-01-02 15:04:05.999999999Z0700", false},
	{"2006-01-02 15:04:05.999999999", false},
	{"2006-01-02 15:04", false},
	{"2006-01-02", true},
	{"2006/01/02 15:04:05", false},
	{"2006/01/02", true},
	{"20060102", true},
	{"Mon, _2 Jan 2006 15:04:05 -0700", false},
	{"Mon, _2 Jan 2006 15:04:05 MST", false},
	{"Mon, _2 Jan 2006 15:04 -0700", false},
	{"Mon, _2 Jan 2006 15:04 MST", false},
	{"Mon, _2 Jan 06 15:04:05 -0700", false},
	{"Mon, _2 Jan 06 15:04:05 MST", false},
	{"Mon, _2 January 2006 15:04:05 -0700", false},
	{"Mon, _2 January 2006 15:04:05 MST", false},
	{"Monday, _2 Jan 2006 15:04:05 -0700", false},
	{"Monday, _2 Jan 2006 15:04:05 MST", false},
	{"Monday, 02-Jan-06 15:04:05 MST", false},
	{"_2 Jan 2006 15:04:05 -0700", false},
	{"_2 Jan 2006 15:04:05 MST", false},
	{"_2 Jan 2006 15:04 -0700", false},
	{"_2 Jan 2006 15:04 MST", false},
	{"_2 Jan 06 15:04:05 -0700", false},
	{"_2 Jan 06 15:04:05 MST", false},
	{"_2 January 2006 15:04:05 -0700", false},
	{"_2 Jan 2006 15:04:05", false},
	{"Mon, _2 Jan 2006 15:04:05", false},
	{"Mon, _2 Jan 2006", true},
	{"_2 Jan 2006", true},
	{"_2 January 2006", true},
	{"Mon Jan _2 15:04:05 MST 2006", false},
	{"Mon Jan _2 15:04:05 -0700 2006", false},
	{"Mon Jan _2 15:04:05 2006", false},
	{"January _2, 2006 15:04:05 MST", false},
	{"January _2, 2006 3:04 PM", false},
	{"January _2, 2006", true},
	{"Jan _2, 2006 3:04 PM", false},
	{"Jan _2, 2006", true},
	{"Jan. _2, 2006", true},
	{"Monday, January _2, 2006", true},
	{"Monday, January _2, 2006 3:04 PM", false},
	{"_2 January 2006 15:04", false},
	{"_2 January 2006, 15:04", false},
	{"_2-Jan-2006 15:04:05.99", false},
	{"_2-Jan-2006 15:04:05", false},
	{"_2-Jan-2006", true},
}

// zoneOffsets gives the offsets of zone names seen in feed dates that Go does
// not know without a location database lookup.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
	"PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
	"BST": 1, "IST": 1, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2,
	"EET": 2, "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
	"ACST": 9, "AWST": 8, "NZST": 12, "NZDT": 13,
}

// Parse parses s as a date. It returns the time, whether only a calendar date
// was given (no time of day), and whether s was understood. Times without a
// zone are taken as UTC; named zones get their usual offset.
func Parse(s string) (t time.Time, dateOnly bool, ok bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}, false, false
	}
	if t, ok := Unix(s); ok {
		return t, false, true
	}
	for _, l := range layouts {
		if t, err := time.Parse(l.s, s); err == nil {
			return fixZone(t), l.date, plausible(t)
		}
	}
	// "Mon, 02 Jan 2006 15:04:05 +0000 (UTC)" and "... GMT+1" forms.
	if i := strings.IndexByte(s, '('); i > 0 {
		return Parse(s[:i])
	}
	// A trailing weekday or comma mistake: "Tue, 2 Jan 2006" with the wrong
	// weekday parses fine; drop a weekday of any spelling and retry.
	if i := strings.Index(s, ", "); i > 0 && i <= 9 && isAlpha(s[:i]) {
		return Parse(s[i+2:])
	}
	return time.Time{}, false, false
}

// Unix parses s, of 9 to 16 digits, as unix seconds or, for values too
// large to be seconds in the next few centuries, milliseconds. Shorter
// numbers are rejected: "2025" is a year, not a time in 1970.
func Unix(s string) (time.Time, bool) {
	if len(s) < 9 || len(s) > 16 {
		return time.Time{}, false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return time.Time{}, false
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	return FromUnix(n)
}

// FromUnix converts unix seconds or milliseconds (values of 10^11 and more)
// to a UTC time.
func FromUnix(n int64) (time.Time, bool) {
	if n <= 0 {
		return time.Time{}, false
	}
	t := time.Unix(n, 0).UTC()
	if n >= 1e11 {
		t = time.UnixMilli(n).UTC()
	}
	return t, plausible(t)
}

// fixZone gives named zones that time.Parse could not resolve (it keeps the
// name with offset 0) their usual offset.
func fixZone(t time.Time) time.Time {
	name, off := t.Zone()
	if off != 0 || name == "" || name == "UTC" {
		return t
	}
	h, ok := zoneOffsets[strings.ToUpper(name)]
	if !ok || h == 0 {
		return t
	}
	loc := time.FixedZone(name, h*3600)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}

// plausible rejects years no news article carries.
func plausible(t time.Time) bool {
	return t.Year() >= 1800 && t.Year() <= 2200
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}
