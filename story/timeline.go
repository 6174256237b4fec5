package story

import (
	"sort"
	"strings"
	"time"

	"storyline/news"
)

// mention is one event mention: a sentence of one article that reports a
// happening anchored to a date.
type mention struct {
	doc          *news.Doc
	copyOf       string
	sent         news.Span
	date         string // TIMEX3 value
	gran         string
	lo, hi       time.Time // the calendar interval the value covers
	trigger      string
	participants []string // entity keys of people and organisations in the sentence
	people       []string // entity keys of the people among them
	names        map[string]string
	future       bool
}

// timeline extracts the dated event mentions of every member, merges those
// that report the same happening, and returns the events in date order.
func timeline(ms []Member, s *news.Story) []news.Event {
	var mentions []mention
	for _, m := range ms {
		mentions = append(mentions, eventMentions(m)...)
	}
	groups := mergeMentions(mentions)
	var events []news.Event
	for _, g := range groups {
		events = append(events, toEvent(g, s))
	}
	sort.SliceStable(events, func(i, j int) bool {
		if events[i].Date != events[j].Date {
			return lessValue(events[i].Date, events[j].Date)
		}
		return len(events[i].Articles) > len(events[j].Articles)
	})
	if events == nil {
		events = []news.Event{}
	}
	return events
}

// eventMentions finds the sentences of one article that report a dated happening.
func eventMentions(m Member) []mention {
	d := m.Doc
	var out []mention
	for _, sent := range d.Sentences {
		text := sent.In(d.Text)
		trig, at := findTrigger(text)
		if trig == "" {
			continue
		}
		tx, ok := governingTime(d, sent, sent.Start+at)
		if !ok {
			continue
		}
		lo, hi, gran, ok := interval(tx.Value)
		if !ok {
			continue
		}
		mn := mention{doc: d, copyOf: m.DuplicateOf, sent: sent, date: tx.Value, gran: gran, lo: lo, hi: hi, trigger: trig, names: map[string]string{}}
		for _, e := range d.Entities {
			if e.Start >= sent.Start && e.End <= sent.End && (e.Type == news.PER || e.Type == news.ORG) && e.Entity != "" {
				if _, seen := mn.names[e.Entity]; !seen {
					mn.participants = append(mn.participants, e.Entity)
					mn.names[e.Entity] = e.Name
					if e.Type == news.PER {
						mn.people = append(mn.people, e.Entity)
					}
				}
			}
		}
		mn.future = isFuture(text, lo, d)
		out = append(out, mn)
	}
	return out
}

// governingTime picks the dated time expression of a sentence closest to the
// trigger at byte offset at: DATE values with a calendar meaning only.
func governingTime(d *news.Doc, sent news.Span, at int) (news.Timex, bool) {
	best, bestDist := news.Timex{}, -1
	for _, t := range d.Times {
		if t.Start < sent.Start || t.End > sent.End || t.Type != "DATE" || t.Value == "" {
			continue
		}
		if _, _, _, ok := interval(t.Value); !ok {
			continue
		}
		dist := t.Start - at
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = t, dist
		}
	}
	return best, bestDist >= 0
}

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

// mergeMentions groups mentions of the same happening: compatible dates, the
// same trigger, and overlapping people when both name some.
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

func sameEvent(g []mention, m mention) bool {
	for _, o := range g {
		if o.doc == m.doc && o.sent == m.sent {
			return false
		}
	}
	h := g[0]
	if h.trigger != m.trigger {
		return false
	}
	if !overlaps(h.lo, h.hi, m.lo, m.hi) {
		return false
	}
	if len(h.people) > 0 && len(m.people) > 0 && !shareAny(groupPeople(g), m.people) {
		return false
	}
	return true
}

func groupPeople(g []mention) []string {
	var out []string
	for _, m := range g {
		out = append(out, m.people...)
	}
	return out
}

func shareAny(a, b []string) bool {
	set := map[string]bool{}
	for _, x := range a {
		set[x] = true
	}
	for _, y := range b {
		if set[y] {
			return true
		}
	}
	return false
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
	if !s.First.IsZero() && rep.hi.Before(day(s.First).AddDate(0, 0, -30)) {
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
