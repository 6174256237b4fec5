package events

import (
	"sort"
	"strconv"
	"strings"
)

// timexPrefix starts the id of a time-anchor node of a timeline graph;
// mention ids (DOC-SENTENCE-WORD) never hold a space.
const timexPrefix = "TIMEX3 "

// undatedAnchor is the anchor value shared by the undated mentions.
const undatedAnchor = "XXXX-XX-XX"

// ID returns the SemEval id of a mention: DOC-SENTENCE-WORD.
func (m GoldMention) ID() string {
	return m.Doc + "-" + strconv.Itoa(m.Sentence) + "-" + m.Word
}

// anchorValue normalises a timeline date to the value of its time-anchor
// node: the time of day and trailing unspecified parts are dropped
// ("2007-09-XX" → "2007-09"); a value whose year is not a number
// ("XXXX-XX-XX", "XXX-XX-XX", "") is undated.
func anchorValue(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	parts := strings.Split(v, "-")
	for len(parts) > 1 && strings.Trim(parts[len(parts)-1], "X") == "" {
		parts = parts[:len(parts)-1]
	}
	if _, err := strconv.Atoi(parts[0]); err != nil || parts[0] == "" || parts[0][0] == '+' || parts[0][0] == '-' {
		return undatedAnchor
	}
	return strings.Join(parts, "-")
}

// TimelineGraph returns the temporal graph of a timeline, built as the task's
// evaluation builds it: every dated mention (id DOC-SENTENCE-WORD)
// IS_INCLUDED in the TIMEX3 node of its date; mentions at the same position
// SIMULTANEOUS; each mention BEFORE the mentions of the next position.
// Position 0 holds the mentions that cannot be ordered: they get no ordering
// relation, only their anchor link, the undated ones to one XXXX-XX-XX node
// they share (so they count as members of the timeline without being
// ordered). Undated mentions at a later position are ordered but anchored to
// no node: a node shared by all undated mentions would include, through the
// closure, every mention between two of them. Mentions are taken by
// position, then id; a mention listed at several positions keeps the first,
// and the second result counts the listings dropped.
func TimelineGraph(tl Timeline) (*Graph, int) {
	ms := append([]GoldMention(nil), tl.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Order != ms[j].Order {
			return ms[i].Order < ms[j].Order
		}
		return ms[i].ID() < ms[j].ID()
	})
	g := NewGraph()
	at := map[string]int{} // mention id → its position
	var orders []int
	byOrder := map[int][]string{}
	dropped := 0
	for _, m := range ms {
		id := m.ID()
		if o, seen := at[id]; seen {
			if o != m.Order {
				dropped++
			}
			continue
		}
		at[id] = m.Order
		v := anchorValue(m.Date)
		switch {
		case m.Order <= 0:
			g.Add(id, IsIncluded, timexPrefix+v)
			continue
		case v != undatedAnchor:
			g.Add(id, IsIncluded, timexPrefix+v)
		default:
			g.Node(id)
		}
		if byOrder[m.Order] == nil {
			orders = append(orders, m.Order)
		}
		byOrder[m.Order] = append(byOrder[m.Order], id)
	}
	for i, o := range orders {
		same := byOrder[o]
		for j, a := range same {
			for _, b := range same[j+1:] {
				g.Add(a, Simultaneous, b)
			}
		}
		if i+1 < len(orders) {
			for _, a := range same {
				for _, b := range byOrder[orders[i+1]] {
					g.Add(a, Before, b)
				}
			}
		}
	}
	return g, dropped
}

// TemporalAwareness scores the graph sys against the reference ref as
// UzZaman and Allen (2011) do: precision |sys⁻ ∩ ref⁺| / |sys⁻|, recall
// |ref⁻ ∩ sys⁺| / |ref⁻|, where ⁻ is the non-redundant graph and ⁺ the
// closure, a relation counting when the other closure entails the same
// relation between the same nodes. The first score counts every relation;
// the second only those between two event mentions (the ordering, without
// the time anchors).
func TemporalAwareness(name string, sys, ref *Graph) (all, ordering Score) {
	all, ordering = Score{Name: name}, Score{Name: name}
	isEvents := func(l Link) bool {
		return !strings.HasPrefix(l.A, timexPrefix) && !strings.HasPrefix(l.B, timexPrefix)
	}
	for _, l := range sys.Reduced() {
		ok := ref.Relation(l.A, l.B) == l.Rel
		count(&all.Sys, &all.SysCorrect, ok)
		if isEvents(l) {
			count(&ordering.Sys, &ordering.SysCorrect, ok)
		}
	}
	for _, l := range ref.Reduced() {
		ok := sys.Relation(l.A, l.B) == l.Rel
		count(&all.Gold, &all.Found, ok)
		if isEvents(l) {
			count(&ordering.Gold, &ordering.Found, ok)
		}
	}
	return all, ordering
}

func count(n, hit *int, ok bool) {
	*n++
	if ok {
		*hit++
	}
}

// Baseline is a timeline derived from a gold timeline to check the scorer.
type Baseline struct {
	Name   string
	Derive func(Timeline) Timeline
}

// Baselines returns the gold-derived timelines the evaluation scores as
// sanity checks: the gold itself (must score 1.0); the gold dates with
// positions from the dates alone (what a system that orders by date only can
// reach); the gold order with every date stripped; every gold mention
// undated at position 0.
func Baselines() []Baseline {
	remap := func(tl Timeline, f func(GoldMention) GoldMention) Timeline {
		out := Timeline{Entity: tl.Entity, Mentions: make([]GoldMention, len(tl.Mentions))}
		for i, m := range tl.Mentions {
			out.Mentions[i] = f(m)
		}
		return out
	}
	return []Baseline{
		{"gold against itself", func(tl Timeline) Timeline { return tl }},
		{"gold dates, positions from the dates only", func(tl Timeline) Timeline {
			return OrderByDate(remap(tl, func(m GoldMention) GoldMention { return m }))
		}},
		{"gold order, dates stripped", func(tl Timeline) Timeline {
			return remap(tl, func(m GoldMention) GoldMention { m.Date = undatedAnchor; return m })
		}},
		{"all gold mentions undated at position 0", func(tl Timeline) Timeline {
			return remap(tl, func(m GoldMention) GoldMention { m.Order, m.Date = 0, undatedAnchor; return m })
		}},
	}
}

// OrderByDate sets the positions of the mentions of tl from their dates as
// a system that knows only dates would: the distinct anchor values in
// calendar order (an earlier start first, then the wider interval), one
// position each from 1; undated mentions at position 0. It modifies and
// returns tl.
func OrderByDate(tl Timeline) Timeline {
	var values []string
	seen := map[string]bool{}
	for _, m := range tl.Mentions {
		if v := anchorValue(m.Date); v != undatedAnchor && !seen[v] {
			seen[v] = true
			values = append(values, v)
		}
	}
	sort.Slice(values, func(i, j int) bool { return lessAnchor(values[i], values[j]) })
	pos := map[string]int{}
	for i, v := range values {
		pos[v] = i + 1
	}
	for i, m := range tl.Mentions {
		tl.Mentions[i].Order = pos[anchorValue(m.Date)] // 0 when undated
	}
	return tl
}

// lessAnchor orders anchor values: by the start of their calendar interval,
// then the wider first, then as strings; values without an interval last.
func lessAnchor(a, b string) bool {
	alo, ahi, aok := interval(a)
	blo, bhi, bok := interval(b)
	switch {
	case aok != bok:
		return aok
	case !aok:
		return a < b
	case !alo.Equal(blo):
		return alo.Before(blo)
	case !ahi.Equal(bhi):
		return ahi.After(bhi)
	}
	return a < b
}
