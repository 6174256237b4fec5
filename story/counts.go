package story

import (
	"regexp"
	"strings"

	"storyline/news"
)

// countRe matches a count with its noun: "2.3 million customers", "about 30
// countries", "twenty-four people", with an optional hedge before it and an
// optional past participle after the noun ("24 people injured").
var countRe = regexp.MustCompile(`(?i)(?:^|[\s(“"])(?:(about|around|nearly|almost|some|more than|over|at least|up to|roughly|approximately)\s+)?` +
	`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))` +
	`(?:\s+(thousand|million|billion|mln|bln))?\s+([a-z]+s|people|children|men|women)\b(?:\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?([a-z]+ed))?`)

// amountRe matches sums of money: "$82.29 billion", "US$6 billion", "€4 million".
var amountRe = regexp.MustCompile(`(?i)(about|around|nearly|almost|more than|over|some)?\s*(?:US)?([$€£])\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|mln|m)\b)?`)

var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12}

// countNouns that are units of time or measure, not things counted.
var notCounted = map[string]bool{"years": true, "months": true, "weeks": true, "days": true, "hours": true, "minutes": true, "seconds": true, "times": true, "percent": true, "points": true, "dollars": true, "euros": true, "pounds": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true, "meters": true, "degrees": true, "cents": true, "pcts": true, "decades": true, "centuries": true}

// measureRe matches named measures: "magnitude 7.1", "a magnitude of 7.4",
// "death toll of 24", "turnout of 61%".
var measureRe = regexp.MustCompile(`(?i)\b(magnitude|death toll|toll|turnout|depth)(?:\s+(?:of|at|to|was|is|rose to|stood at))?\s+(\d+(?:\.\d+)?)`)

// quantities returns the count and amount facts of a sentence. A count is
// named by its noun and, when one follows, its participle ("people injured");
// an amount by its currency.
func quantities(d *news.Doc, sent news.Span, base fact) []fact {
	text := sent.In(d.Text)
	var out []fact
	for _, m := range countRe.FindAllStringSubmatchIndex(text, -1) {
		noun := strings.ToLower(text[m[8]:m[9]])
		if notCounted[noun] {
			continue
		}
		v, ok := parseNumber(text[m[4]:m[5]])
		if !ok || v < 2 || (v >= 1900 && v <= 2100 && m[6] < 0) {
			continue // "one", and years, are rarely counts
		}
		if m[6] >= 0 {
			v *= scales[strings.ToLower(text[m[6]:m[7]])]
		}
		attr := "number of " + noun
		if m[10] >= 0 {
			attr += " " + strings.ToLower(text[m[10]:m[11]])
		}
		f := base
		f.attribute, f.value, f.hedged = attr, v, m[2] >= 0
		start := m[4]
		if m[2] >= 0 {
			start = m[2]
		}
		f.span = news.Span{Start: sent.Start + start, End: sent.Start + m[1]}
		f.text = d.Text[f.span.Start:f.span.End]
		out = append(out, f)
	}
	for _, m := range measureRe.FindAllStringSubmatchIndex(text, -1) {
		v, ok := parseNumber(text[m[4]:m[5]])
		if !ok {
			continue
		}
		f := base
		f.attribute, f.value, f.specific = strings.ToLower(text[m[2]:m[3]]), v, true
		f.span = news.Span{Start: sent.Start + m[0], End: sent.Start + m[1]}
		f.text = d.Text[f.span.Start:f.span.End]
		out = append(out, f)
	}
	for _, m := range amountRe.FindAllStringSubmatchIndex(text, -1) {
		v, ok := parseNumber(text[m[6]:m[7]])
		if !ok {
			continue
		}
		if m[8] >= 0 {
			v *= scales[strings.ToLower(text[m[8]:m[9]])]
		}
		f := base
		f.attribute, f.value, f.hedged = "amount ("+text[m[4]:m[5]]+")", v, m[2] >= 0
		start := m[4]
		if m[2] >= 0 {
			start = m[2]
		}
		f.span = news.Span{Start: sent.Start + start, End: sent.Start + m[1]}
		f.text = strings.TrimSpace(d.Text[f.span.Start:f.span.End])
		out = append(out, f)
	}
	return out
}
