package events

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"storyline/news"
	"storyline/story"
)

// timelineOf parses a timeline written one mention a line: "ORDER DATE
// DOC-SENT-WORD".
func timelineOf(t *testing.T, lines ...string) Timeline {
	t.Helper()
	var b strings.Builder
	b.WriteString("Target\n")
	for _, l := range lines {
		b.WriteString(strings.Join(strings.Fields(l), "\t") + "\n")
	}
	tl, err := ParseTimeline(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func TestAnchorValue(t *testing.T) {
	for in, want := range map[string]string{
		"2010-06-07":       "2010-06-07",
		"2010-06-07T10:00": "2010-06-07",
		"2010-07-16TMO":    "2010-07-16",
		"2007-09-XX":       "2007-09",
		"2010-XX-XX":       "2010",
		"2011-03":          "2011-03",
		"2010-W23":         "2010-W23",
		"XXXX-XX-XX":       undatedAnchor,
		"XXX-XX-XX":        undatedAnchor,
		"PRESENT_REF":      undatedAnchor,
		"":                 undatedAnchor,
	} {
		if got := anchorValue(in); got != want {
			t.Errorf("anchorValue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTimelineGraph(t *testing.T) {
	tests := []struct {
		name     string
		lines    []string
		links    string
		repeated int
	}{
		{"dated positions",
			[]string{"1 2010 d-1-a", "2 2011 d-2-b", "3 2012 d-3-c"},
			"d-1-a BEFORE d-2-b; d-1-a IS_INCLUDED TIMEX3 2010; d-2-b BEFORE d-3-c; d-2-b IS_INCLUDED TIMEX3 2011; d-3-c IS_INCLUDED TIMEX3 2012", 0},
		{"same position, gaps in the numbering",
			[]string{"4 2010 d-1-b", "4 2010 d-1-a", "9 2011 d-2-c"},
			"d-1-a BEFORE d-2-c; d-1-a IS_INCLUDED TIMEX3 2010; d-1-a SIMULTANEOUS d-1-b; d-1-b BEFORE d-2-c; d-1-b IS_INCLUDED TIMEX3 2010; d-2-c IS_INCLUDED TIMEX3 2011", 0},
		{"position 0 unordered, undated ones share a node",
			[]string{"0 XXXX-XX-XX d-1-p", "0 XXXX-XX-XX d-2-q", "0 2009 d-3-r", "1 2010 d-4-a"},
			"d-1-p IS_INCLUDED TIMEX3 XXXX-XX-XX; d-2-q IS_INCLUDED TIMEX3 XXXX-XX-XX; d-3-r IS_INCLUDED TIMEX3 2009; d-4-a IS_INCLUDED TIMEX3 2010", 0},
		{"undated later positions are ordered, not anchored",
			[]string{"1 2010 d-1-a", "2 XXXX-XX-XX d-2-b", "3 2012 d-3-c"},
			"d-1-a BEFORE d-2-b; d-1-a IS_INCLUDED TIMEX3 2010; d-2-b BEFORE d-3-c; d-3-c IS_INCLUDED TIMEX3 2012", 0},
		{"a mention listed again keeps its first position",
			[]string{"1 2011-03 d-9-x", "2 2011-06 d-9-x", "2 2011-06 d-9-y", "2 2011-06 d-9-y"},
			"d-9-x BEFORE d-9-y; d-9-x IS_INCLUDED TIMEX3 2011-03; d-9-y IS_INCLUDED TIMEX3 2011-06", 1},
	}
	for _, tt := range tests {
		g, repeated := TimelineGraph(timelineOf(t, tt.lines...))
		if got := linkStrings(g.Links()); got != tt.links || repeated != tt.repeated {
			t.Errorf("%s: links %s, %d repeated\nwant  %s, %d", tt.name, got, repeated, tt.links, tt.repeated)
		}
	}
	// Position 0 is not ordered, and a node shared by undated mentions
	// would wrongly include the mentions between them.
	g, _ := TimelineGraph(timelineOf(t, "0 XXXX-XX-XX d-1-p", "0 XXXX-XX-XX d-1-q", "1 XXXX-XX-XX d-2-a", "2 2010 d-3-b", "3 XXXX-XX-XX d-4-c"))
	for _, pair := range [][2]string{{"d-1-p", "d-1-q"}, {"d-1-p", "d-2-a"}, {"d-3-b", timexPrefix + undatedAnchor}} {
		if r := g.Relation(pair[0], pair[1]); r != NoRel {
			t.Errorf("%s %s %s, want no relation", pair[0], r, pair[1])
		}
	}
}

// TestTemporalAwareness scores small timelines whose figures are counted by
// hand in the comments (sys⁻ / gold⁻ relations, ✓ when the other closure
// entails them).
func TestTemporalAwareness(t *testing.T) {
	gold3 := []string{"1 2010 d-1-a", "2 2011 d-2-b", "3 2012 d-3-c"}
	// gold⁻: a⊂2010, b⊂2011, c⊂2012, a<b, b<c (a<c is in the closure only).
	tests := []struct {
		name          string
		gold, sys     []string
		all, ordering Score // Sys, SysCorrect, Gold, Found
	}{
		{"identical", gold3, gold3,
			Score{Sys: 5, SysCorrect: 5, Gold: 5, Found: 5}, Score{Sys: 2, SysCorrect: 2, Gold: 2, Found: 2}},
		{"identical listed in another order", gold3, []string{"3 2012 d-3-c", "1 2010 d-1-a", "2 2011 d-2-b"},
			Score{Sys: 5, SysCorrect: 5, Gold: 5, Found: 5}, Score{Sys: 2, SysCorrect: 2, Gold: 2, Found: 2}},
		// sys⁻: c<b ✗, b<a ✗, three anchors ✓.
		{"reversed order, dates kept", gold3, []string{"1 2012 d-3-c", "2 2011 d-2-b", "3 2010 d-1-a"},
			Score{Sys: 5, SysCorrect: 3, Gold: 5, Found: 3}, Score{Sys: 2, SysCorrect: 0, Gold: 2, Found: 0}},
		// Undated: only the ordering is scored, and all of it is wrong.
		{"reversed order, undated",
			[]string{"1 XXXX-XX-XX d-1-a", "2 XXXX-XX-XX d-2-b", "3 XXXX-XX-XX d-3-c"},
			[]string{"1 XXXX-XX-XX d-3-c", "2 XXXX-XX-XX d-2-b", "3 XXXX-XX-XX d-1-a"},
			Score{Sys: 2, SysCorrect: 0, Gold: 2, Found: 0}, Score{Sys: 2, SysCorrect: 0, Gold: 2, Found: 0}},
		// sys⁻: a⊂2010 ✓, c⊂2012 ✓, a<c ✓; gold⁻: a⊂2010 ✓, c⊂2012 ✓, b⊂2011 ✗, a<b ✗, b<c ✗.
		{"a missing event", gold3, []string{"1 2010 d-1-a", "2 2012 d-3-c"},
			Score{Sys: 3, SysCorrect: 3, Gold: 5, Found: 2}, Score{Sys: 1, SysCorrect: 1, Gold: 2, Found: 0}},
		// sys⁻ adds x⊂2013 ✗ and c<x ✗.
		{"an extra event", gold3, append(append([]string(nil), gold3...), "4 2013 d-4-x"),
			Score{Sys: 7, SysCorrect: 5, Gold: 5, Found: 5}, Score{Sys: 3, SysCorrect: 2, Gold: 2, Found: 2}},
		// A date one step off: its anchor is wrong, the order right.
		{"a wrong date", gold3, []string{"1 2010 d-1-a", "2 2011-05 d-2-b", "3 2012 d-3-c"},
			Score{Sys: 5, SysCorrect: 4, Gold: 5, Found: 4}, Score{Sys: 2, SysCorrect: 2, Gold: 2, Found: 2}},
		// gold⁻ (a⊂2010 is redundant given a=b, b⊂2010; a<c given a=b, b<c):
		// b⊂2010, c⊂2011, a=b, b<c. sys⁻: a⊂2010 ✓, b⊂2010 ✓, c⊂2011 ✓,
		// a<b ✗, b<c ✓; gold⁻ in sys⁺: a=b ✗, the other three ✓.
		{"simultaneous split in two positions",
			[]string{"1 2010 d-1-a", "1 2010 d-1-b", "2 2011 d-2-c"},
			[]string{"1 2010 d-1-a", "2 2010 d-1-b", "3 2011 d-2-c"},
			Score{Sys: 5, SysCorrect: 4, Gold: 4, Found: 3}, Score{Sys: 2, SysCorrect: 1, Gold: 2, Found: 1}},
		// gold⁻: p⊂XXXX, q⊂XXXX, c⊂2010; sys⁻: c⊂2010 ✓, p=c ✗ (p⊂2010 is
		// redundant given p=c, c⊂2010).
		{"unordered gold mentions",
			[]string{"0 XXXX-XX-XX d-1-p", "0 XXXX-XX-XX d-1-q", "1 2010 d-2-c"},
			[]string{"1 2010 d-1-p", "1 2010 d-2-c"},
			Score{Sys: 2, SysCorrect: 1, Gold: 3, Found: 1}, Score{Sys: 1, SysCorrect: 0, Gold: 0, Found: 0}},
		{"empty system", gold3, nil,
			Score{Gold: 5}, Score{Gold: 2}},
	}
	for _, tt := range tests {
		gold, _ := TimelineGraph(timelineOf(t, tt.gold...))
		sys, _ := TimelineGraph(timelineOf(t, tt.sys...))
		all, ordering := TemporalAwareness("t", sys, gold)
		tt.all.Name, tt.ordering.Name = "t", "t"
		if all != tt.all || ordering != tt.ordering {
			t.Errorf("%s: all %+v ordering %+v\nwant   %+v ordering %+v", tt.name, all, ordering, tt.all, tt.ordering)
		}
	}
}

// TestAwarenessFigures checks P, R and F1 of hand-counted cases.
func TestAwarenessFigures(t *testing.T) {
	gold, _ := TimelineGraph(timelineOf(t, "1 2010 d-1-a", "2 2011 d-2-b", "3 2012 d-3-c"))
	tests := []struct {
		name       string
		sys        []string
		p, r, f1   float64
		ordF1      float64
		ordP, ordR float64
	}{
		{"identical", []string{"1 2010 d-1-a", "2 2011 d-2-b", "3 2012 d-3-c"}, 1, 1, 1, 1, 1, 1},
		{"reversed", []string{"1 2012 d-3-c", "2 2011 d-2-b", "3 2010 d-1-a"}, 0.6, 0.6, 0.6, 0, 0, 0},
		{"missing", []string{"1 2010 d-1-a", "2 2012 d-3-c"}, 1, 0.4, 2 * 0.4 / 1.4, 0, 1, 0},
	}
	for _, tt := range tests {
		sys, _ := TimelineGraph(timelineOf(t, tt.sys...))
		all, ord := TemporalAwareness("t", sys, gold)
		for _, c := range []struct {
			what      string
			got, want float64
		}{{"P", all.P(), tt.p}, {"R", all.R(), tt.r}, {"F1", all.F1(), tt.f1}, {"ordering P", ord.P(), tt.ordP}, {"ordering R", ord.R(), tt.ordR}, {"ordering F1", ord.F1(), tt.ordF1}} {
			if math.Abs(c.got-c.want) > 1e-9 {
				t.Errorf("%s: %s = %.4f, want %.4f", tt.name, c.what, c.got, c.want)
			}
		}
	}
}

func TestBaselines(t *testing.T) {
	tl := timelineOf(t, "0 XXXX-XX-XX d-0-p", "1 2010 d-1-a", "2 2010 d-2-b", "3 2011-05 d-3-c")
	gold, _ := TimelineGraph(tl)
	// gold⁻: p⊂XXXX, a⊂2010, b⊂2010, c⊂2011-05, a<b, b<c.
	want := map[string]Score{
		"gold against itself": {Sys: 6, SysCorrect: 6, Gold: 6, Found: 6},
		// a=b ✗ (reduced with b⊂2010 dropped); gold⁻ a<b ✗.
		"gold dates, positions from the dates only": {Sys: 5, SysCorrect: 4, Gold: 6, Found: 5},
		// Only the order: a<b, b<c ✓; p⊂XXXX ✓ stays (position 0).
		"gold order, dates stripped": {Sys: 3, SysCorrect: 3, Gold: 6, Found: 3},
		// p⊂XXXX ✓, a, b, c ⊂XXXX ✗.
		"all gold mentions undated at position 0": {Sys: 4, SysCorrect: 1, Gold: 6, Found: 1},
	}
	bs := Baselines()
	if len(bs) != len(want) {
		t.Fatalf("%d baselines, want %d", len(bs), len(want))
	}
	for _, b := range bs {
		g, _ := TimelineGraph(b.Derive(tl))
		got, _ := TemporalAwareness(b.Name, g, gold)
		w := want[b.Name]
		w.Name = b.Name
		if got != w {
			t.Errorf("%s: %+v, want %+v", b.Name, got, w)
		}
	}
	// Deriving must not change the gold timeline.
	if tl.Mentions[1].Order != 1 || tl.Mentions[1].Date != "2010" {
		t.Errorf("gold timeline changed: %+v", tl.Mentions)
	}
}

func TestOrderByDate(t *testing.T) {
	var ms []GoldMention
	dates := []string{"2010-06-07", "2010", "XXXX-XX-XX", "2009-12", "2010-06-07T10:00", "2010-W23", "2010-06-08"}
	for i, d := range dates {
		ms = append(ms, GoldMention{Order: 99, Date: d, Doc: "d", Sentence: i, Word: "w"})
	}
	got := OrderByDate(Timeline{Mentions: ms})
	var orders []string
	for _, m := range got.Mentions {
		orders = append(orders, fmt.Sprint(m.Order))
	}
	// 2009-12 < 2010 < 2010-W23 (starts on 7 June, wider) < 2010-06-07 < 2010-06-08.
	if s := strings.Join(orders, " "); s != "4 2 0 1 4 3 5" {
		t.Errorf("orders %s, want 4 2 0 1 4 3 5", s)
	}
}

// TestTriggerPhrases maps canonical triggers back to tokens with a made-up
// finder that reads phrases as story does: the longest phrase at each word.
func TestTriggerPhrases(t *testing.T) {
	table := map[string]string{"announced": "statement", "took office": "inauguration", "call": "call", "phone call": "call", "met": "meeting", "summit": "meeting", "reported": "report", "reported profit": "results"}
	y2004 := news.Timex{Span: news.Span{Start: 12, End: 16}, Type: "DATE", Value: "2004"}
	y2005 := news.Timex{Span: news.Span{Start: 38, End: 42}, Type: "DATE", Value: "2005"}
	find := func(s string) []story.Trigger {
		var spans [][2]int
		for _, m := range regexp.MustCompile(`[A-Za-z0-9']+`).FindAllStringIndex(s, -1) {
			spans = append(spans, [2]int{m[0], m[1]})
		}
		var out []story.Trigger
		for i := 0; i < len(spans); i++ {
			for n := len(spans) - i; n >= 1; n-- {
				if c, ok := table[s[spans[i][0]:spans[i+n-1][1]]]; ok {
					out = append(out, story.Trigger{Kind: c, Start: spans[i][0], End: spans[i+n-1][1]})
					i += n - 1
					break
				}
			}
		}
		return out
	}
	tests := []struct {
		sentence    string
		canon, date string
		times       []news.Timex // DATE expressions of the sentence
		word        string
		ok          bool
	}{
		{"Smith announced a new phone .", "statement", "2005", nil, "announced", true},
		{"Smith took office in 2005 .", "inauguration", "2005", nil, "took_office", true},
		{"He made a phone call .", "call", "2005", nil, "call", true},
		{"The firm reported profit .", "results", "2005", nil, "reported_profit", true},
		{"The firm reported profit .", "report", "2005", nil, "", false}, // read as results, the longest phrase
		{"He took a call .", "call", "2005", nil, "call", true},
		{"He announced nothing .", "meeting", "2005", nil, "", false},
		{"He announced nothing .", "", "2005", nil, "", false},
		// Two candidates: the one nearest to a date expression compatible
		// with the event's date wins; without one, the first.
		{"They met in 2004 and held a summit in 2005 .", "meeting", "2005", []news.Timex{y2004, y2005}, "summit", true},
		{"They met in 2004 and held a summit in 2005 .", "meeting", "2004", []news.Timex{y2004, y2005}, "met", true},
		{"They met in 2004 and held a summit in 2005 .", "meeting", "2009", []news.Timex{y2004, y2005}, "met", true},
	}
	for _, tt := range tests {
		var toks []Token
		for _, w := range strings.Fields(tt.sentence) {
			toks = append(toks, Token{ID: fmt.Sprint(len(toks) + 1), Sentence: 7, Text: w})
		}
		d := &Document{ID: "d", Tokens: toks}
		l := NewLayout(d)
		nd := &news.Doc{Article: news.Article{ID: "d", Text: l.Text}}
		nd.Times = tt.times
		m, _, ok := mention(find, nd, d, l, l.Lines[0], tt.canon, tt.date)
		if ok != tt.ok || ok && (m.Word != tt.word || m.Sentence != 7 || m.Doc != "d" || m.Date != tt.date) {
			t.Errorf("%q, %s: got %+v, %v; want word %q, %v", tt.sentence, tt.canon, m, ok, tt.word, tt.ok)
		}
	}
}
