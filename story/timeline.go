package story

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"storyline/news"
)

// mention is one event mention: a happening reported by a sentence of one
// article and anchored to a date.
type mention struct {
	doc          *news.Doc
	copyOf       string
	sent         news.Span
	date         string // TIMEX3 value
	gran         string
	lo, hi       time.Time // the calendar interval the value covers
	trigger      string
	participants []string // entity keys of the people and organisations named
	people       []string // entity keys of the people among them
	names        map[string]string
	future       bool
}

// backgroundDays is how long before a story's first article an event must
// have ended to count as background.
const backgroundDays = 7

// timeline extracts the dated event mentions of every member, merges those
// that report the same happening, and returns the events in date order.
func timeline(ms []Member, s *news.Story) []news.Event {
	var mentions []mention
	for _, m := range ms {
		mentions = append(mentions, eventMentions(m)...)
	}
	var events []news.Event
	for _, g := range mergeMentions(mentions) {
		events = append(events, toEvent(g, s))
	}
	sort.SliceStable(events, func(i, j int) bool {
		if events[i].Date != events[j].Date {
			return lessValue(events[i].Date, events[j].Date)
		}
		return len(events[i].Articles) > len(events[j].Articles)
	})
	return dropRepeats(events)
}

// dropRepeats removes an event whose sentence and day an earlier event
// already shows (one sentence often dates one happening twice, e.g. "at
// 16:00 UTC today").
func dropRepeats(events []news.Event) []news.Event {
	out := []news.Event{}
	seen := map[string]bool{}
	for _, e := range events {
		d := e.Date
		if len(d) > 10 {
			d = d[:10]
		}
		k := d + "\x00" + e.Text
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// eventMentions finds the happenings one article dates: each dated time
// expression of a sentence anchors the trigger nearest to it, and "a day
// after X"-style clauses date X from the article's earlier mention of the
// sentence's own happening.
func eventMentions(m Member) []mention {
	d := m.Doc
	var out []mention
	lastDated := map[string]mention{} // trigger → latest day-dated mention in this article
	for si, sent := range d.Sentences {
		text := sent.In(d.Text)
		trigs := findTriggers(text)
		if len(trigs) == 0 {
			continue
		}
		usedTrig := map[int]bool{}
		for _, tx := range d.Times {
			if tx.Start < sent.Start || tx.End > sent.End || tx.Type != "DATE" && tx.Type != "TIME" {
				continue
			}
			lo, hi, gran, ok := interval(tx.Value)
			if !ok {
				continue
			}
			tr := nearestTrigger(trigs, tx.Start-sent.Start, tx.End-sent.Start)
			if usedTrig[tr.at] {
				continue
			}
			usedTrig[tr.at] = true
			mn := newMention(m, sent, tr.name, tx.Value, gran, lo, hi, sent)
			mn.future = isFuture(text, lo, d)
			out = append(out, mn)
			if gran == "day" {
				lastDated[tr.name] = mn
			}
		}
		if si == 0 && len(usedTrig) == 0 && !d.Published.IsZero() && presentPerfect(text) {
			// A news lead in the present perfect reports what happened
			// by the article's date: "X has agreed to buy Y".
			lo := day(d.Published)
			tr := trigs[0]
			for _, t := range trigs {
				if !t.weak {
					tr = t
					break
				}
			}
			out = append(out, newMention(m, sent, tr.name, lo.Format("2006-01-02"), "day", lo, lo.AddDate(0, 0, 1), sent))
			lastDated[tr.name] = out[len(out)-1]
		}
		if rel, ok := relativeMention(m, sent, text, trigs, lastDated); ok {
			out = append(out, rel)
		}
	}
	return out
}

// newMention builds an event mention whose participants are the people and
// organisations named within the span within.
func newMention(m Member, sent news.Span, trig, value, gran string, lo, hi time.Time, within news.Span) mention {
	d := m.Doc
	mn := mention{doc: d, copyOf: m.DuplicateOf, sent: sent, date: value, gran: gran, lo: lo, hi: hi, trigger: trig, names: map[string]string{}}
	for _, e := range d.Entities {
		if e.Start < within.Start || e.End > within.End || e.Entity == "" || (e.Type != news.PER && e.Type != news.ORG) {
			continue
		}
		if _, seen := mn.names[e.Entity]; seen {
			continue
		}
		mn.participants = append(mn.participants, e.Entity)
		mn.names[e.Entity] = e.Name
		if e.Type == news.PER {
			mn.people = append(mn.people, e.Entity)
		}
	}
	return mn
}

// relOffset matches "a day after", "two weeks before", "3 days after".
var relOffset = regexp.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks)\s+(after|before)\s`)

// relativeMention dates the happening of a clause such as "The call came a
// day after Vance delivered a speech": the sentence's own happening ("the
// call") must have a day-dated mention earlier in the article; the clause's
// happening is that day shifted by the offset.
func relativeMention(m Member, sent news.Span, text string, trigs []trigger, last map[string]mention) (mention, bool) {
	loc := relOffset.FindStringSubmatchIndex(text)
	if loc == nil {
		return mention{}, false
	}
	var main, clause *trigger
	for i := range trigs {
		t := &trigs[i]
		if t.at < loc[0] && main == nil {
			main = t
		}
		if t.at >= loc[1] && clause == nil {
			clause = t
		}
	}
	if main == nil || clause == nil {
		return mention{}, false
	}
	anchor, ok := last[main.name]
	if !ok {
		return mention{}, false
	}
	n, ok := parseNumber(text[loc[2]:loc[3]])
	if !ok {
		n = 1 // "a day", "an hour"
	}
	days := int(n)
	if strings.HasPrefix(strings.ToLower(text[loc[4]:loc[5]]), "week") {
		days *= 7
	}
	if strings.EqualFold(text[loc[6]:loc[7]], "after") {
		days = -days // the main happening came after the clause's
	}
	lo := anchor.lo.AddDate(0, 0, days)
	clauseSpan := news.Span{Start: sent.Start + loc[1], End: sent.End}
	return newMention(m, sent, clause.name, lo.Format("2006-01-02"), "day", lo, lo.AddDate(0, 0, 1), clauseSpan), true
}

// perfect matches "has agreed", "have been named", "has won".
var perfect = regexp.MustCompile(`\b(has|have)\s+(been\s+)?[a-z]+(ed|en|wn|ld|ght|ung|un|ne|id|lt|ft)\b`)

// presentPerfect reports whether a sentence has a present-perfect verb.
func presentPerfect(s string) bool { return perfect.MatchString(s) }

// isFuture reports whether a sentence announces something to come.
func isFuture(sent string, lo time.Time, d *news.Doc) bool {
	low := " " + strings.ToLower(sent) + " "
	modal := false
	for _, w := range []string{" will ", " would ", " is expected to ", " are expected to ", " plans to ", " is due to ", " are due to ", " is set to ", " are set to ", " next "} {
		if strings.Contains(low, w) {
			modal = true
			break
		}
	}
	if d.Published.IsZero() {
		return false
	}
	return modal && lo.After(day(d.Published))
}

// mergeMentions groups mentions of the same happening.
func mergeMentions(ms []mention) [][]mention {
	var groups [][]mention
	for _, m := range ms {
		placed := false
		for gi, g := range groups {
			if sameEvent(g, m) {
				groups[gi] = append(g, m)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []mention{m})
		}
	}
	return groups
}

// sameEvent reports whether m reports the happening of group g: the same
// trigger, a date compatible with every mention of the group, and — when
// both name people — enough people in common with one of its mentions
// (two, or all of the smaller set).
func sameEvent(g []mention, m mention) bool {
	if g[0].trigger != m.trigger {
		return false
	}
	withPeople, shared := false, false
	for _, o := range g {
		if o.doc == m.doc && o.sent == m.sent {
			return false
		}
		if !overlaps(o.lo, o.hi, m.lo, m.hi) {
			return false
		}
		if len(o.people) > 0 && len(m.people) > 0 {
			withPeople = true
			if common(o.people, m.people) >= min(2, len(o.people), len(m.people)) {
				shared = true
			}
		}
	}
	return !withPeople || shared
}

// common counts the strings a and b share.
func common(a, b []string) int {
	n := 0
	for _, x := range a {
		if contains(b, x) {
			n++
		}
	}
	return n
}

func overlaps(alo, ahi, blo, bhi time.Time) bool {
	return alo.Before(bhi) && blo.Before(ahi)
}

// toEvent turns a group of mentions into a timeline event: the most precise
// date, the representative sentence of the earliest original article, every
// supporting article, and the copies among them.
func toEvent(g []mention, s *news.Story) news.Event {
	rep := g[0]
	for _, m := range g[1:] {
		if finer(m.gran, rep.gran) || (m.gran == rep.gran && m.copyOf == "" && rep.copyOf != "") {
			rep = m
		}
	}
	ev := news.Event{Date: rep.date, Granularity: rep.gran, Trigger: rep.trigger, Text: rep.sent.In(rep.doc.Text)}
	seen := map[string]bool{}
	for _, m := range g {
		if !seen[m.doc.ID] {
			seen[m.doc.ID] = true
			ev.Articles = append(ev.Articles, m.doc.ID)
			if m.copyOf != "" {
				ev.Copies = append(ev.Copies, m.doc.ID)
			}
		}
		for _, p := range m.participants {
			if !contains(ev.Participants, m.names[p]) {
				ev.Participants = append(ev.Participants, m.names[p])
			}
		}
		if m.future {
			ev.Future = true
		}
	}
	if !s.First.IsZero() && rep.hi.Before(day(s.First).AddDate(0, 0, -backgroundDays)) {
		ev.Background = true
	}
	ev.Quotes = quotesIn(g, s)
	return ev
}

// quotesIn returns the indexes of the story quotes that stand in the event's sentences.
func quotesIn(g []mention, s *news.Story) []int {
	var out []int
	for _, m := range g {
		sent := m.sent.In(m.doc.Text)
		for i, q := range s.Quotes {
			if q.Text != "" && strings.Contains(sent, q.Text) && !containsInt(out, i) {
				out = append(out, i)
			}
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
