package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ParseDate parses a whole string as a date, with an optional time of day and
// zone, in the forms news pages use: "2025-02-18", "2025-02-18T10:00:00Z",
// "February 18, 2025", "Feb. 18, 2025 10:03 a.m. ET", "18 Feb 2025 14:03 GMT",
// "Tue, 18 Feb 2025 14:03:00 +0000", "18/02/2025". dateOnly is true when no
// time of day was given. Ambiguous numeric dates (03/04/2025) are rejected.
func ParseDate(s string) (t time.Time, dateOnly bool, ok bool) {
	s = strings.TrimSpace(s)
	t, dateOnly, n, ok := parseDatePrefix(s)
	if !ok || strings.TrimSpace(strings.Trim(s[n:], " .,")) != "" {
		return time.Time{}, false, false
	}
	return t, dateOnly, true
}

// dateScanner reads a date from the start of a string.
type dateScanner struct {
	s string
	i int
}

func (d *dateScanner) space() {
	for d.i < len(d.s) && (d.s[d.i] == ' ' || d.s[d.i] == '\t') {
		d.i++
	}
}

// num reads up to max digits and returns the value and the digit count.
func (d *dateScanner) num(max int) (int, int) {
	v, n := 0, 0
	for d.i < len(d.s) && n < max && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
		v = v*10 + int(d.s[d.i]-'0')
		d.i++
		n++
	}
	return v, n
}

// word reads a run of ASCII letters.
func (d *dateScanner) word() string {
	j := d.i
	for d.i < len(d.s) && (d.s[d.i]|0x20 >= 'a' && d.s[d.i]|0x20 <= 'z') {
		d.i++
	}
	return d.s[j:d.i]
}

func (d *dateScanner) lit(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *dateScanner) peekDigit() bool {
	return d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9'
}

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true, "wed": true,
	"wednesday": true, "thu": true, "thur": true, "thurs": true, "thursday": true, "fri": true,
	"friday": true, "sat": true, "saturday": true, "sun": true, "sunday": true,
}

// zones maps zone abbreviations to offsets in minutes east of UTC.
var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "et": -300, "cst": -360, "cdt": -300,
	"ct": -360, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "pt": -480, "bst": 60,
	"cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180, "jst": 540, "aest": 600, "aedt": 660,
}

// parseDatePrefix parses a date at the start of s and returns it with the
// number of bytes read. The date must end at a word boundary.
func parseDatePrefix(s string) (t time.Time, dateOnly bool, n int, ok bool) {
	// A time may come first: "10:32 AM EST, Tue February 18, 2025".
	lead := &dateScanner{s: s}
	lead.space()
	if hh, mm, ss, loc, end, ok := lead.clock(); ok && end < len(s) && (s[end] == ',' || s[end] == ' ') {
		if t, _, n, ok := parseDateOnly(s[end+1:]); ok {
			return time.Date(t.Year(), t.Month(), t.Day(), hh, mm, ss, 0, loc), false, end + 1 + n, true
		}
	}
	return parseDateOnly(s)
}

// parseDateOnly parses a date, with an optional time after it, at the start
// of s.
func parseDateOnly(s string) (t time.Time, dateOnly bool, n int, ok bool) {
	d := &dateScanner{s: s}
	d.space()
	// Optional weekday: "Tuesday, " "Tue "
	save := d.i
	if w := strings.ToLower(d.word()); weekdays[w] {
		d.lit('.')
		d.lit(',')
		d.space()
	} else {
		d.i = save
	}
	var y, day int
	var m time.Month
	if !d.date(&y, &m, &day) {
		return time.Time{}, false, 0, false
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || day < 1 || day > daysIn(y, m) {
		return time.Time{}, false, 0, false
	}
	end := d.i
	isoT := end+1 < len(s) && s[end] == 'T' && s[end+1] >= '0' && s[end+1] <= '9'
	// Text glued to a year by markup ("24 July 2015From the section") still
	// ends the date.
	glued := end > 0 && s[end-1] >= '0' && s[end-1] <= '9' && end < len(s) && s[end] >= 'A' && s[end] <= 'Z'
	if !boundaryAt(s, end) && !isoT && !glued {
		return time.Time{}, false, 0, false
	}
	hh, mm, ss, loc, tend, hasTime := d.clock()
	if hasTime && boundaryAt(s, tend) {
		return time.Date(y, m, day, hh, mm, ss, 0, loc), false, tend, true
	}
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC), true, end, true
}

// date reads the calendar date part in one of the supported orders.
func (d *dateScanner) date(y *int, m *time.Month, day *int) bool {
	start := d.i
	if d.peekDigit() {
		a, na := d.num(4)
		switch {
		case na == 4 && (d.lit('-') || d.lit('/') || d.lit('.')): // 2025-02-18
			sep := d.s[d.i-1]
			mo, nm := d.num(2)
			if nm == 0 || !d.lit(sep) {
				return false
			}
			dd, nd := d.num(2)
			if nd == 0 {
				return false
			}
			*y, *m, *day = a, time.Month(mo), dd
			return true
		case na <= 2 && (d.lit('/') || d.lit('.') || d.lit('-')) && d.peekDigit(): // 18/02/2025
			sep := d.s[d.i-1]
			b, _ := d.num(2)
			if !d.lit(sep) {
				return false
			}
			yy, ny := d.num(4)
			if ny != 4 {
				return false
			}
			switch {
			case sep == '.' && b <= 12:
				*y, *m, *day = yy, time.Month(b), a // 08.04.2015: day first wherever dots are used
			case a > 12 && b <= 12:
				*y, *m, *day = yy, time.Month(b), a
			case b > 12 && a <= 12:
				*y, *m, *day = yy, time.Month(a), b
			case a == b:
				*y, *m, *day = yy, time.Month(a), a
			default:
				return false // ambiguous
			}
			return true
		case na <= 2: // 18 Feb 2025, 18th of February 2025
			d.ordinal()
			d.space()
			save := d.i
			if w := strings.ToLower(d.word()); w != "of" {
				d.i = save
			}
			d.space()
			mo, okm := months[strings.ToLower(d.word())]
			if !okm {
				d.i = start
				return false
			}
			d.lit('.')
			if !d.lit(',') {
				d.lit('-')
			}
			d.space()
			yy, ny := d.num(4)
			if ny != 4 {
				return false
			}
			*y, *m, *day = yy, mo, a
			return true
		}
		return false
	}
	mo, okm := months[strings.ToLower(d.word())]
	if !okm {
		return false
	}
	d.lit('.')
	d.space()
	dd, nd := d.num(2)
	if nd == 0 {
		return false
	}
	d.ordinal()
	d.lit(',')
	d.space()
	yy, ny := d.num(4)
	if ny != 4 {
		return false
	}
	*y, *m, *day = yy, mo, dd
	return true
}

// ordinal skips an ordinal suffix after a day number.
func (d *dateScanner) ordinal() {
	save := d.i
	switch strings.ToLower(d.word()) {
	case "st", "nd", "rd", "th":
	default:
		d.i = save
	}
}

// clock reads an optional time of day and zone after a date: "T10:00:00Z",
// ", 10:03 a.m. ET", " at 14:03 GMT", " 14:03:00 +0000".
func (d *dateScanner) clock() (hh, mm, ss int, loc *time.Location, end int, ok bool) {
	save := d.i
	fail := func() (int, int, int, *time.Location, int, bool) {
		d.i = save
		return 0, 0, 0, nil, 0, false
	}
	if !d.lit('T') {
		d.lit(',')
		d.space()
		d.lit('|')
		d.lit('-')
		d.space()
		w := d.i
		if strings.ToLower(d.word()) != "at" {
			d.i = w
		}
		d.space()
	}
	h, nh := d.num(2)
	if nh == 0 || !(d.lit(':') || d.lit('.')) {
		return fail()
	}
	mi, nmi := d.num(2)
	if nmi != 2 {
		return fail()
	}
	sec := 0
	if d.lit(':') {
		sec, _ = d.num(2)
		if d.lit('.') || d.lit(',') {
			d.num(9)
		}
	}
	end = d.i
	d.space()
	w := d.i
	switch ap := strings.ToLower(strings.ReplaceAll(d.ampm(), ".", "")); ap {
	case "am", "pm":
		if h > 12 || h == 0 {
			return fail()
		}
		if ap == "pm" && h != 12 {
			h += 12
		} else if ap == "am" && h == 12 {
			h = 0
		}
		end = d.i
	default:
		d.i = w
	}
	if h > 23 || mi > 59 || sec > 60 {
		return fail()
	}
	loc = time.UTC
	d.space()
	z := d.i
	if d.i < len(d.s) && (d.s[d.i] == '+' || d.s[d.i] == '-') && d.i+1 < len(d.s) && d.s[d.i+1] >= '0' && d.s[d.i+1] <= '9' {
		sign := 1
		if d.s[d.i] == '-' {
			sign = -1
		}
		d.i++
		oh, noh := d.num(2)
		d.lit(':')
		om, _ := d.num(2)
		if noh == 2 && oh <= 14 && om < 60 {
			loc = time.FixedZone("", sign*(oh*3600+om*60))
			end = d.i
		} else {
			d.i = z
		}
	} else if off, okz := zones[strings.ToLower(d.word())]; okz {
		loc = time.FixedZone(strings.ToUpper(d.s[z:d.i]), off*60)
		end = d.i
		if strings.EqualFold(d.s[z:d.i], "z") {
			loc = time.UTC
		}
	} else {
		d.i = z
	}
	return h, mi, sec, loc, end, true
}

// ampm reads "am", "pm", "a.m." or "p.m.".
func (d *dateScanner) ampm() string {
	j := d.i
	for d.i < len(d.s) && d.i-j < 4 && strings.IndexByte("apmAPM.", d.s[d.i]) >= 0 {
		d.i++
	}
	return d.s[j:d.i]
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// boundaryAt reports whether position i of s ends a token: the end of s or a
// character that is neither a letter nor a digit.
func boundaryAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
