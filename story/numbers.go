package story

import (
	"strconv"
	"strings"
)

// numberWords maps spelled-out numbers to their values.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "dozen": 12,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "trillion": 1e12}

// parseNumber reads a number written in digits ("2.3", "1,200") or words
// ("thirty", "twenty-five"); ok=false when w is not one.
func parseNumber(w string) (float64, bool) {
	w = strings.ToLower(strings.TrimSpace(w))
	if w == "" {
		return 0, false
	}
	if w[0] >= '0' && w[0] <= '9' {
		v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		return v, err == nil
	}
	if v, ok := numberWords[w]; ok && w != "a" && w != "an" {
		return v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, ok1 := numberWords[w[:i]]
		b, ok2 := numberWords[w[i+1:]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return a + b, true
		}
	}
	return 0, false
}

// differ reports whether two measured values disagree beyond rounding.
func differ(a, b float64) bool {
	if a == b {
		return false
	}
	hi := a
	if b > hi {
		hi = b
	}
	d := a - b
	if d < 0 {
		d = -d
	}
	return d/hi > 0.1
}
