package timex

import (
	"fmt"
	"strconv"
	"time"
)

// Value formatting and calendar arithmetic, all in UTC calendar days.

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dateOnly(t time.Time) time.Time { return day(t.Year(), int(t.Month()), t.Day()) }

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= day(y, m+1, 0).Day()
}

func dayValue(t time.Time) string { return t.Format("2006-01-02") }

func monthValue(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func yearValue(y int) string { return fmt.Sprintf("%04d", y) }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func quarterValue(y, q int) string { return fmt.Sprintf("%04d-Q%d", y, q) }

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// isoWeekday returns 1 (Monday) .. 7 (Sunday).
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// onOrBefore returns the day with ISO weekday wd on or before t.
func onOrBefore(t time.Time, wd int) time.Time {
	return t.AddDate(0, 0, -((isoWeekday(t) - wd + 7) % 7))
}

// after returns the first day with ISO weekday wd strictly after t.
func after(t time.Time, wd int) time.Time {
	d := (wd - isoWeekday(t) + 7) % 7
	if d == 0 {
		d = 7
	}
	return t.AddDate(0, 0, d)
}

// shift moves t by n units (n may be negative).
func shift(t time.Time, u, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uQuarter:
		return t.AddDate(0, 3*n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// valueAt formats t at the granularity of unit u.
func valueAt(t time.Time, u int) string {
	switch u {
	case uDay, uHour, uMinute, uSecond:
		return dayValue(t)
	case uWeek, uFortnight:
		return weekValue(t)
	case uMonth:
		return monthValue(t.Year(), int(t.Month()))
	case uQuarter:
		return quarterValue(t.Year(), quarterOf(t))
	case uYear:
		return yearValue(t.Year())
	case uDecade:
		return fmt.Sprintf("%03d", t.Year()/10)
	case uCentury:
		return fmt.Sprintf("%02d", t.Year()/100)
	}
	return dayValue(t)
}

// durationValue formats n units as a TIMEX3 duration: P3Y, PT4H30M, P2Y6M,
// PXD (n < 0: an unspecified number).
func durationValue(n float64, u int) string {
	letter, timePart := unitLetter(u)
	pre := "P"
	if timePart {
		pre = "PT"
	}
	if n < 0 {
		return pre + "X" + letter
	}
	switch u {
	case uDecade:
		n, u, letter = n*10, uYear, "Y"
	case uCentury:
		n, u, letter = n*100, uYear, "Y"
	case uFortnight:
		n, u, letter = n*2, uWeek, "W"
	case uQuarter:
		letter = "Q"
	}
	whole := float64(int(n))
	if whole == n {
		return pre + strconv.Itoa(int(n)) + letter
	}
	// a fraction: express the rest in the next smaller unit when exact
	frac := n - whole
	var sub float64
	var subLetter string
	switch u {
	case uYear:
		sub, subLetter = frac*12, "M"
	case uMonth:
		sub, subLetter = frac*30, "D"
	case uWeek:
		sub, subLetter = frac*7, "D"
	case uDay:
		sub, subLetter = frac*24, "H"
	case uHour:
		sub, subLetter = frac*60, "M"
	case uMinute:
		sub, subLetter = frac*60, "S"
	}
	if subLetter != "" && sub == float64(int(sub)) {
		head := ""
		if whole > 0 {
			head = strconv.Itoa(int(whole)) + letter
		}
		if u == uDay {
			return "P" + head + "T" + strconv.Itoa(int(sub)) + subLetter
		}
		return pre + head + strconv.Itoa(int(sub)) + subLetter
	}
	return pre + strconv.FormatFloat(n, 'f', -1, 64) + letter
}

func unitLetter(u int) (string, bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek, uFortnight:
		return "W", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uDecade:
		return "E", false
	case uCentury:
		return "C", false
	}
	return "Y", false
}

// unitName is the granularity name of a unit.
func unitName(u int) string {
	switch u {
	case uSecond, uMinute, uHour:
		return "time"
	case uDay:
		return "day"
	case uWeek, uFortnight:
		return "week"
	case uMonth:
		return "month"
	case uQuarter:
		return "quarter"
	case uDecade:
		return "decade"
	case uCentury:
		return "century"
	}
	return "year"
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}

// holidayDay returns the day of holiday h in year y.
func holidayDay(name string, h holiday, y int) time.Time {
	switch {
	case name == "easter":
		return easter(y)
	case h.rel == "easter":
		return easter(y).AddDate(0, 0, h.off)
	case h.rel == "thanksgiving":
		return holidayDay("thanksgiving", holidays["thanksgiving"], y).AddDate(0, 0, h.off)
	case h.day > 0:
		return day(y, h.month, h.day)
	case name == "election day":
		return after(day(y, 11, 1), 2) // the Tuesday after the first Monday: first Tuesday after Nov 1
	case h.nth > 0:
		first := day(y, h.month, 1)
		d := onOrBefore(first.AddDate(0, 0, 6), h.wday)
		return d.AddDate(0, 0, 7*(h.nth-1))
	default:
		last := day(y, h.month+1, 0)
		return onOrBefore(last, h.wday)
	}
}
