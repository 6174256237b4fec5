// Command timexscan tags real news without gold and prints every time
// expression whose value is implausible, a way to find tagger bugs on text
// no TimeML corpus covers:
//
//	go run ./eval/timeml/timexscan [-dct 2005-03-01] INPUT...
//
// INPUTs are anything `storyline ingest` reads (directories, text, Reuters
// SGML, ...). Each article is tagged against its own date (from its input
// or metadata lines, else a YYYY-MM-DD in its file name), else against -dct. With -all every expression is
// printed, one per line, so that two versions of the tagger can be diffed
// on the same text. Flagged: durations of more than 200
// units (1,000 years), dates more than -ahead years after the DCT or before
// the year 1000, and DATE/TIME values that are no TIMEX3 value shape.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"storyline/enrich/timex"
	"storyline/extract"
	"storyline/ingest"
	"storyline/news"
)

var (
	yearRe   = regexp.MustCompile(`^\d{4}`)
	nameDate = regexp.MustCompile(`(19|20)\d\d-[01]\d-[0-3]\d`)
	durRe    = regexp.MustCompile(`^PT?(\d+(?:\.\d+)?)([A-Z]+)$`)
	// a DATE or TIME value: a year, decade or century with optional parts, or a reference
	shapeRe = regexp.MustCompile(`^(\d{2,4}|XXXX)(-(\d{2}|XX|W\d{2}|WXX|Q\d|QX|H\d|SP|SU|FA|WI))?(-(\d{2}|XX|\d|WE))?(T(\d{2}(:\d{2})?Z?|MO|AF|EV|NI))?$|^(PAST|PRESENT|FUTURE)_REF$`)
)

func main() {
	dctFlag := flag.String("dct", "2005-03-01", "DCT for articles without a date of their own")
	ahead := flag.Int("ahead", 3, "flag dates more than this many years after the DCT")
	all := flag.Bool("all", false, "print every expression, not only the implausible ones")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: timexscan [-dct DATE] [-ahead N] [-all] INPUT...")
		os.Exit(2)
	}
	fallback, err := time.Parse("2006-01-02", *dctFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "timexscan: -dct:", err)
		os.Exit(2)
	}
	tg := timex.New()
	counts := map[string]int{}
	articles, timexes := 0, 0
	emit := func(raw *news.Raw) error {
		a, err := extract.Extract(raw, extract.Options{})
		if err != nil {
			return nil // not an article: ingest reports those
		}
		dct := raw.Published
		if dct.IsZero() {
			dct = a.Published
		}
		if dct.IsZero() {
			// a date in the file name: "breitbart_2016-03-11_activists.txt"
			if m := nameDate.FindString(raw.Input); m != "" {
				dct, _ = time.Parse("2006-01-02", m)
			}
		}
		if dct.IsZero() {
			dct = fallback
		}
		articles++
		for _, x := range tg.Tag(a.Text, dct) {
			timexes++
			why := implausible(x, dct, *ahead)
			if why != "" {
				counts[why]++
			}
			if why != "" || *all {
				fmt.Printf("%-13s %-8s %-14s | %s | %s\n", why, x.Type, x.Value, around(a.Text, x.Span), raw.Input)
			}
		}
		return nil
	}
	fail := func(e *ingest.Error) { fmt.Fprintln(os.Stderr, e) }
	if err := ingest.Walk(context.Background(), flag.Args(), ingest.Options{}, emit, fail); err != nil {
		fmt.Fprintln(os.Stderr, "timexscan:", err)
		os.Exit(1)
	}
	var kinds []string
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Printf("articles %d, time expressions %d, flagged", articles, timexes)
	for _, k := range kinds {
		fmt.Printf(" %s %d", k, counts[k])
	}
	fmt.Println()
}

// implausible names what is odd about x, or returns "".
func implausible(x news.Timex, dct time.Time, ahead int) string {
	switch x.Type {
	case "DURATION":
		if m := durRe.FindStringSubmatch(x.Value); m != nil {
			n, _ := strconv.ParseFloat(m[1], 64)
			if n > 1000 || n > 200 && m[2] != "Y" {
				return "huge-duration"
			}
		}
	case "DATE", "TIME":
		if x.Value == "" {
			return ""
		}
		if !shapeRe.MatchString(x.Value) {
			return "odd-value"
		}
		if y := yearRe.FindString(x.Value); y != "" {
			n, _ := strconv.Atoi(y)
			if n > dct.Year()+ahead {
				return "far-future"
			}
			if n < 1000 {
				return "tiny-year"
			}
		}
	}
	return ""
}

// around returns the expression in brackets with 50 bytes on each side,
// on one line.
func around(text string, s news.Span) string {
	a, e := max(s.Start-50, 0), min(s.End+50, len(text))
	for a > 0 && !utf8Start(text[a]) {
		a--
	}
	for e < len(text) && !utf8Start(text[e]) {
		e++
	}
	return strings.ReplaceAll(text[a:s.Start]+"[["+text[s.Start:s.End]+"]]"+text[s.End:e], "\n", " ")
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
