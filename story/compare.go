package story

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"storyline/news"
)

// fact is one value an article reports about a happening.
type fact struct {
	doc       *news.Doc
	copyOf    string
	key       string // event key: trigger + participants
	trigger   string
	people    []string // display names of the participants
	attribute string   // "duration", "initiator", "number of customers", ...
	value     float64  // numeric value, when the attribute is measured
	label     string   // normalised value for non-numeric attributes
	text      string   // the words that state it
	span      news.Span
	hedged    bool   // "about", "nearly": the value is approximate
	specific  bool   // a named measure ("magnitude"): comparable without people
	when      string // an explicit past date of the sentence well before the article ("2010")
}

// compare aligns facts about the same happenings across articles and returns
// the values that disagree and the facts that several independent articles
// report: durations, counts, amounts, named measures and initiators (here
// and in counts.go), then dates, places and participants (happenings.go).
// Wire copies count once: a fact backed only by an article and its copies
// is not corroborated.
func compare(ms []Member, events []news.Event, first time.Time) ([]news.Discrepancy, []news.Corroboration) {
	var facts []fact
	for _, m := range ms {
		facts = append(facts, docFacts(m, first)...)
	}
	var groups [][]fact
	for _, f := range facts {
		placed := false
		for i, g := range groups {
			if sameFrame(g, f) {
				groups[i] = append(g, f)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []fact{f})
		}
	}
	discs := []news.Discrepancy{}
	var cors []news.Corroboration
	for _, g := range groups {
		g := independent(g)
		if len(g) < 2 {
			continue
		}
		h := g[0]
		h.people = sharedPeople(g)
		ev := eventIndex(events, h)
		if disagree(g) {
			d := news.Discrepancy{Attribute: describe(h), Event: ev}
			seen := map[string]bool{}
			for _, f := range g {
				if seen[f.doc.ID+"|"+f.text] {
					continue
				}
				seen[f.doc.ID+"|"+f.text] = true
				sp := f.span
				d.Values = append(d.Values, news.Value{Article: f.doc.ID, Text: f.text, Span: &sp})
			}
			discs = append(discs, d)
			continue
		}
		c := news.Corroboration{Fact: fmt.Sprintf("%s: %s", describe(h), h.display()), Event: ev}
		for _, f := range g {
			if !contains(c.Articles, f.doc.ID) {
				c.Articles = append(c.Articles, f.doc.ID)
			}
		}
		if len(c.Articles) >= 2 {
			cors = append(cors, c)
		}
	}
	// dates, places and participants, after the measured facts
	hd, hc := compareHappenings(ms, events)
	return append(discs, hd...), append(cors, hc...)
}

// tooFar reports whether two approximate values disagree beyond their hedges.
func tooFar(a, b float64) bool {
	lo, hi := min(a, b), max(a, b)
	return hi > 0 && (hi-lo)/hi > 0.25
}

// sameFrame reports whether f states the same attribute of the same
// happening as the facts of g: the same trigger and attribute, and two
// people (or all of the smaller set) in common with one of them.
func sameFrame(g []fact, f fact) bool {
	if g[0].attribute != f.attribute || g[0].trigger != f.trigger || g[0].when != f.when {
		return false
	}
	if len(f.people) == 0 {
		// Without people, only a specific count ("number of people
		// injured") of the same kind of happening is taken as the same fact.
		return len(g[0].people) == 0 && (f.specific || strings.Count(f.attribute, " ") >= 3)
	}
	for _, o := range g {
		if len(o.people) > 0 && common(o.people, f.people) >= min(2, len(o.people), len(f.people)) {
			return true
		}
	}
	return false
}

// pastDate returns the value of a dated time expression of the sentence
// that ends more than backgroundDays before the article's date: the sentence
// is then about an earlier happening ("In 2010, a magnitude 8.8 earthquake"),
// whose facts must not be compared with the current one's. Undated articles
// are measured from the story's first date.
func pastDate(d *news.Doc, sent news.Span, first time.Time) string {
	ref := d.Published
	if ref.IsZero() {
		ref = first // an undated article: the story's first date
	}
	if ref.IsZero() {
		return ""
	}
	limit := day(ref).AddDate(0, 0, -backgroundDays)
	for _, t := range d.Times {
		if t.Start < sent.Start || t.End > sent.End || t.Type != "DATE" {
			continue
		}
		if _, hi, _, ok := interval(t.Value); ok && hi.Before(limit) {
			return t.Value
		}
	}
	return ""
}

// sharedPeople returns the people every fact of g names, or the first
// fact's people when they share none.
func sharedPeople(g []fact) []string {
	var out []string
	for _, p := range g[0].people {
		all := true
		for _, f := range g[1:] {
			if !contains(f.people, p) {
				all = false
				break
			}
		}
		if all {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return g[0].people
	}
	return out
}

// independent keeps the facts of original articles only, and at most one
// fact per article for each value.
func independent(fs []fact) []fact {
	var out []fact
	docs := map[string]bool{}
	for _, f := range fs {
		if f.copyOf != "" {
			continue
		}
		out = append(out, f)
		docs[f.doc.ID] = true
	}
	if len(docs) < 2 {
		return nil
	}
	return out
}

func disagree(g []fact) bool {
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			if g[i].doc == g[j].doc {
				continue
			}
			if g[i].label != "" || g[j].label != "" {
				if g[i].label != g[j].label {
					return true
				}
				continue
			}
			if g[i].specific && g[i].value != g[j].value {
				return true // measures are reported to their last digit
			}
			exact := g[i].attribute == "duration"
			if differ(g[i].value, g[j].value) && (exact || !(g[i].hedged || g[j].hedged)) {
				return true
			}
			if (g[i].hedged || g[j].hedged) && tooFar(g[i].value, g[j].value) {
				return true
			}
		}
	}
	return false
}

func (f fact) display() string {
	if f.label != "" {
		return f.label
	}
	return f.text
}

// describe names the attribute of a fact with its happening.
func describe(f fact) string {
	what := f.trigger
	if len(f.people) > 0 {
		what += " (" + strings.Join(f.people, ", ") + ")"
	}
	if f.attribute == "initiator" {
		return "who initiated the " + what
	}
	return f.attribute + " of the " + what
}

// eventIndex finds the timeline event a fact is about, -1 when none: the
// event of the same trigger naming all its people, or for a fact without
// people the first current event of its trigger.
func eventIndex(events []news.Event, f fact) int {
	for i, e := range events {
		if e.Trigger != f.trigger {
			continue
		}
		if len(f.people) == 0 {
			if f.when == "" && !e.Background {
				return i
			}
			continue
		}
		all := true
		for _, p := range f.people {
			if !contains(e.Participants, p) {
				all = false
			}
		}
		if all {
			return i
		}
	}
	return -1
}

// frame is the happening a sentence is about.
type frame struct {
	trigger string
	key     string
	people  []string
}

// docFacts extracts the facts of one article: durations, initiators and
// counts, each tied to the happening of its sentence (a definite "the call"
// without participants of its own refers to the article's last call).
func docFacts(m Member, first time.Time) []fact {
	d := m.Doc
	var out []fact
	last := map[string]frame{}
	for _, sent := range d.Sentences {
		text := sent.In(d.Text)
		trig, at := findTrigger(text)
		if trig == "" {
			continue
		}
		fr := sentenceFrame(d, sent, trig)
		if (len(fr.people) < 2 || at < 8) && definite(text, at) {
			if prev, ok := last[trig]; ok {
				fr = prev
			}
		}
		if len(fr.people) >= 2 {
			last[trig] = fr
		}
		base := fact{doc: d, copyOf: m.DuplicateOf, key: fr.key, trigger: fr.trigger, people: fr.people, when: pastDate(d, sent, first)}
		out = append(out, durations(d, sent, base)...)
		out = append(out, quantities(d, sent, base)...)
		if f, ok := initiator(d, sent, base); ok {
			out = append(out, f)
		}
	}
	return out
}

func sentenceFrame(d *news.Doc, sent news.Span, trig string) frame {
	var keys, names []string
	for _, e := range d.Entities {
		if e.Start >= sent.Start && e.End <= sent.End && e.Type == news.PER && e.Entity != "" && !contains(keys, e.Entity) {
			keys = append(keys, e.Entity)
			names = append(names, e.Name)
		}
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	var sk, sn []string
	for _, i := range idx {
		sk = append(sk, keys[i])
		sn = append(sn, names[i])
	}
	return frame{trigger: trig, key: trig + ":" + strings.Join(sk, "+"), people: sn}
}

// definite reports whether the trigger at byte offset at is preceded by "the" or "this".
func definite(text string, at int) bool {
	before := strings.ToLower(strings.TrimSpace(text[:at]))
	return strings.HasSuffix(before, "the") || strings.HasSuffix(before, "this")
}

// durations returns the duration facts of a sentence: its DURATION time
// expressions and "hour-long"-style adjectives.
func durations(d *news.Doc, sent news.Span, base fact) []fact {
	var out []fact
	for _, t := range d.Times {
		if t.Start < sent.Start || t.End > sent.End || t.Type != "DURATION" {
			continue
		}
		if h, ok := hours(t.Value); ok && h < 24*7 {
			f := base
			f.attribute, f.value, f.text, f.span = "duration", h, t.Text, t.Span
			out = append(out, f)
		}
	}
	if len(out) > 0 {
		return out
	}
	text := sent.In(d.Text)
	low := strings.ToLower(text)
	for unit, h := range map[string]float64{"hour-long": 1, "minute-long": 1.0 / 60, "day-long": 24} {
		if i := strings.Index(low, unit); i >= 0 {
			start := i
			// "two-hour-long", "90-minute-long"
			if j := strings.LastIndexAny(low[:i], " \u00a0"); j >= 0 && strings.HasSuffix(low[:i], "-") {
				if v, ok := parseNumber(strings.TrimSuffix(low[j+1:i], "-")); ok {
					h *= v
					start = j + 1
				}
			}
			f := base
			f.attribute, f.value, f.text = "duration", h, text[start:i+len(unit)]
			f.span = news.Span{Start: sent.Start + start, End: sent.Start + i + len(unit)}
			out = append(out, f)
		}
	}
	return out
}

// hours converts a TIMEX3 duration of days, hours, minutes and seconds
// ("PT1H30M", "PT4.5H", "P2D", "P1DT2H") to hours.
func hours(v string) (float64, bool) {
	if !strings.HasPrefix(v, "P") || len(v) < 3 {
		return 0, false
	}
	total, num, inTime, any := 0.0, "", false, false
	for _, c := range v[1:] {
		switch {
		case c == 'T':
			inTime = true
		case c >= '0' && c <= '9' || c == '.':
			num += string(c)
		default:
			n, err := strconv.ParseFloat(num, 64)
			if err != nil {
				return 0, false
			}
			num = ""
			switch {
			case c == 'D' && !inTime:
				total += 24 * n
			case c == 'H' && inTime:
				total += n
			case c == 'M' && inTime:
				total += n / 60
			case c == 'S' && inTime:
				total += n / 3600
			default:
				return 0, false // years, months, weeks: not a happening's length
			}
			any = true
		}
	}
	return total, any && num == ""
}

// initiatorCues introduce who started a happening.
var initiatorCues = []string{"initiated by ", "on the initiative of ", "at the initiative of ", "at the request of ", "requested by ", "at the invitation of "}

// initiator finds "initiated by X" and the like; X is named by the first
// entity mention after the cue, folded to its canonical identity.
func initiator(d *news.Doc, sent news.Span, base fact) (fact, bool) {
	low := strings.ToLower(sent.In(d.Text))
	for _, cue := range initiatorCues {
		i := strings.Index(low, cue)
		if i < 0 {
			continue
		}
		from := sent.Start + i + len(cue)
		for _, e := range d.Entities {
			if e.Start >= from && e.Start <= from+20 && e.End <= sent.End {
				f := base
				f.attribute = "initiator"
				f.label = e.Name
				if f.label == "" {
					f.label = e.Text
				}
				f.span = news.Span{Start: sent.Start + i, End: e.End}
				f.text = d.Text[f.span.Start:f.span.End]
				return f, true
			}
		}
	}
	return fact{}, false
}
