package story

import (
	"strings"
	"testing"
	"time"

	"storyline/news"
)

func TestInterval(t *testing.T) {
	cases := []struct {
		v, lo, hi, gran string
		ok              bool
	}{
		{"2025-02-15", "2025-02-15", "2025-02-16", "day", true},
		{"2025-02-15T14:30", "2025-02-15", "2025-02-16", "day", true},
		{"2025-W07", "2025-02-10", "2025-02-17", "week", true},
		{"2025-W01", "2024-12-30", "2025-01-06", "week", true},
		{"2025-02", "2025-02-01", "2025-03-01", "month", true},
		{"2025-Q1", "2025-01-01", "2025-04-01", "quarter", true},
		{"2025-SU", "2025-06-01", "2025-09-01", "season", true},
		{"2023", "2023-01-01", "2024-01-01", "year", true},
		{"199", "1990-01-01", "2000-01-01", "decade", true},
		{"PRESENT_REF", "", "", "", false},
		{"P3Y", "", "", "", false},
		{"2025-13", "", "", "", false},
		{"XXXX-02-15", "", "", "", false},
	}
	for _, c := range cases {
		lo, hi, gran, ok := interval(c.v)
		if ok != c.ok {
			t.Errorf("interval(%q) ok = %v, want %v", c.v, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := lo.Format("2006-01-02"); got != c.lo || hi.Format("2006-01-02") != c.hi || gran != c.gran {
			t.Errorf("interval(%q) = %s..%s %s, want %s..%s %s", c.v, got, hi.Format("2006-01-02"), gran, c.lo, c.hi, c.gran)
		}
	}
}

func TestHoursAndNumbers(t *testing.T) {
	for v, want := range map[string]float64{"PT1H30M": 1.5, "PT4.5H": 4.5, "PT90M": 1.5, "P1DT2H": 26} {
		if got, ok := hours(v); !ok || got != want {
			t.Errorf("hours(%q) = %v, %v; want %v", v, got, ok, want)
		}
	}
	for _, v := range []string{"P3Y", "P2W", "PXH", "PT"} {
		if _, ok := hours(v); ok {
			t.Errorf("hours(%q) ok, want not a length", v)
		}
	}
	for w, want := range map[string]float64{"2.3": 2.3, "1,200": 1200, "thirty": 30, "twenty-five": 25} {
		if got, ok := parseNumber(w); !ok || got != want {
			t.Errorf("parseNumber(%q) = %v, %v; want %v", w, got, ok, want)
		}
	}
	if differ(1, 1.05) || !differ(1, 1.5) {
		t.Error("differ: 1 vs 1.05 should agree, 1 vs 1.5 disagree")
	}
}

func TestTriggers(t *testing.T) {
	cases := []struct{ sent, near, want string }{
		{"The two ministers spoke by phone on Saturday.", "Saturday", "call"},
		{"The meeting marked the most contact since the February 24, 2022, invasion.", "February 24, 2022", "invasion"},
		{"They discussed the removal of sanctions in a call on Saturday.", "Saturday", "call"},
		{"Sanctions were imposed in 2022.", "2022", "sanctions"},
	}
	for _, c := range cases {
		ts := findTriggers(c.sent)
		i := strings.Index(c.sent, c.near)
		if got := nearestTrigger(ts, i, i+len(c.near)).name; got != c.want {
			t.Errorf("%q: trigger near %q = %q, want %q", c.sent, c.near, got, c.want)
		}
	}
}

// doc builds an annotated document from text with entities and times marked
// inline: [[Name|PER|key]] for a mention, {{text|TYPE|value}} for a time.
func doc(id, published, marked string) *news.Doc {
	var b strings.Builder
	d := &news.Doc{}
	for len(marked) > 0 {
		i := strings.IndexAny(marked, "[{")
		if i < 0 || i+1 >= len(marked) || marked[i+1] != marked[i] {
			b.WriteString(marked)
			break
		}
		b.WriteString(marked[:i])
		closer := "]]"
		if marked[i] == '{' {
			closer = "}}"
		}
		j := strings.Index(marked[i:], closer)
		parts := strings.Split(marked[i+2:i+j], "|")
		start := b.Len()
		b.WriteString(parts[0])
		sp := news.Span{Start: start, End: b.Len()}
		if marked[i] == '[' {
			d.Entities = append(d.Entities, news.Mention{Span: sp, Text: parts[0], Type: news.EntityType(parts[1]), Entity: parts[2], Name: parts[0]})
		} else {
			d.Times = append(d.Times, news.Timex{Span: sp, Text: parts[0], Type: parts[1], Value: parts[2]})
		}
		marked = marked[i+j+2:]
	}
	d.ID, d.Text, d.Title = id, b.String(), id
	d.Published, _ = time.Parse("2006-01-02", published)
	d.PublishedSource = news.DateMetadata
	start := 0
	for i := 0; i <= len(d.Text); i++ {
		if i == len(d.Text) || d.Text[i] == '\n' {
			if i > start {
				d.Sentences = append(d.Sentences, news.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return d
}

func TestBuildTimelineComparisonSummary(t *testing.T) {
	a := doc("a", "2025-02-19", "Last week, [[Ann Lee|PER|ann-lee]] had a phone call with [[Bo Chan|PER|bo-chan]] that lasted {{nearly an hour and a half|DURATION|PT1H30M}}.\n"+
		"The ministers met in Geneva on {{Tuesday|DATE|2025-02-18}} for talks that lasted into the night.\n"+
		"The call came two years after the {{2023|DATE|2023}} election of Bo Chan.")
	b := doc("b", "2025-02-18", "[[Ann Lee|PER|ann-lee]]'s hour-long call with [[Bo Chan|PER|bo-chan]] in {{February|DATE|2025-02}} surprised allies.\n"+
		"Delegations held talks in Geneva on {{Tuesday|DATE|2025-02-18}}, officials said.")
	c := doc("c", "2025-02-18", b.Text)
	c.Entities, c.Times, c.Sentences = b.Entities, b.Times, b.Sentences
	s := Build("s1", []Member{{Doc: a}, {Doc: b}, {Doc: c, DuplicateOf: "b", Similarity: 1}}, Options{})
	var talks *news.Event
	for i := range s.Timeline {
		if s.Timeline[i].Trigger == "talks" {
			talks = &s.Timeline[i]
		}
	}
	if talks == nil || talks.Date != "2025-02-18" || len(talks.Articles) != 3 || len(talks.Copies) != 1 {
		t.Fatalf("talks event = %+v; want 2025-02-18 from a, b and the copy c", talks)
	}
	if len(s.Discrepancies) != 1 || s.Discrepancies[0].Values[0].Article == s.Discrepancies[0].Values[1].Article {
		t.Fatalf("discrepancies = %+v; want the call's duration, from a and b", s.Discrepancies)
	}
	for _, ss := range s.Summary {
		if len(ss.Articles) == 0 {
			t.Errorf("summary sentence without citation: %q", ss.Text)
		}
	}
	if len(s.Summary) == 0 {
		t.Error("empty summary")
	}
	for i, e := range s.Timeline {
		if i > 0 && lessValue(e.Date, s.Timeline[i-1].Date) {
			t.Errorf("timeline out of order: %s after %s", e.Date, s.Timeline[i-1].Date)
		}
	}
}

func TestHeadlineOnlySummary(t *testing.T) {
	a := &news.Doc{Article: news.Article{ID: "h1", Title: "Fed raises rates again", Text: "Fed raises rates again"}}
	b := &news.Doc{Article: news.Article{ID: "h2", Title: "Fed raises rates again, markets fall", Text: "Fed raises rates again, markets fall"}}
	s := Build("s", []Member{{Doc: a}, {Doc: b}}, Options{})
	if len(s.Summary) == 0 || len(s.Summary[0].Articles) == 0 {
		t.Fatalf("headline story summary = %+v; want cited titles", s.Summary)
	}
}

func TestQuantities(t *testing.T) {
	cases := []struct{ sent, attr, text string }{
		{"A magnitude 7.1 earthquake struck on Thursday.", "magnitude", "magnitude 7.1"},
		{"The quake had a magnitude of 7.4, officials said.", "magnitude", "magnitude of 7.4"},
		{"About 2.3 million customers were affected.", "number of customers affected", "About 2.3 million customers were affected"},
		{"Police said 12 people were arrested overnight.", "number of people arrested", "12 people were arrested"},
		{"The army said nearly 40 homes were damaged.", "number of homes damaged", "nearly 40 homes were damaged"},
		{"The firm declared debts of $172.81 billion.", "amount ($)", "$172.81 billion"},
	}
	for _, c := range cases {
		d := &news.Doc{Article: news.Article{Text: c.sent}}
		fs := quantities(d, news.Span{Start: 0, End: len(c.sent)}, fact{})
		if len(fs) == 0 || fs[0].attribute != c.attr || fs[0].text != c.text {
			t.Errorf("%q: facts %+v; want %s %q", c.sent, fs, c.attr, c.text)
		}
	}
	d := &news.Doc{Article: news.Article{Text: "Talks lasted 3 hours in 2024."}}
	if fs := quantities(d, news.Span{Start: 0, End: len(d.Text)}, fact{}); len(fs) != 0 {
		t.Errorf("units of time are not counts: %+v", fs)
	}
}

func TestTriggersExported(t *testing.T) {
	s := "The leaders spoke by phone call on Tuesday and later met in Riyadh."
	var got []string
	for _, tr := range Triggers(s) {
		got = append(got, tr.Kind+":"+s[tr.Start:tr.End])
	}
	want := "call:spoke call:phone call meeting:met"
	if strings.Join(got, " ") != want {
		t.Errorf("Triggers = %q, want %q", strings.Join(got, " "), want)
	}
}

// TestSummaryCitesOnlyMatchingFigures checks that an article repeating a
// summary sentence with other figures is not cited for it.
func TestSummaryCitesOnlyMatchingFigures(t *testing.T) {
	mk := func(id, pct string) *news.Doc {
		d := &news.Doc{Article: news.Article{ID: id, Title: "Markets fall",
			Text:      "The main index of the exchange dropped in value by " + pct + " to below the 5000 mark on heavy trading volumes.",
			Published: time.Date(2008, 9, 17, 0, 0, 0, 0, time.UTC)}}
		d.Sentences = []news.Span{{Start: 0, End: len(d.Text)}}
		return d
	}
	s := Build("s", []Member{{Doc: mk("a", "2.36%")}, {Doc: mk("b", "2.36%")}, {Doc: mk("c", "6.50%")}}, Options{})
	if len(s.Summary) == 0 {
		t.Fatal("empty summary")
	}
	got := strings.Join(s.Summary[0].Articles, ",")
	if got != "a,b" {
		t.Errorf("summary sentence %q cites %s; want a,b (c states another figure)", s.Summary[0].Text, got)
	}
}

// TestMarkdownRepeatedSentence checks that a sentence dating two
// happenings is printed once in the briefing's timeline.
func TestMarkdownRepeatedSentence(t *testing.T) {
	sent := "The talks in Geneva on June 1 were described as over earlier today."
	s := &news.Story{ID: "s", Title: "Talks", Articles: []string{"a"}, Timeline: []news.Event{
		{Date: "2025-06-01", Text: sent, Articles: []string{"a"}},
		{Date: "2025-06-04", Text: sent, Articles: []string{"a"}},
	}}
	var b strings.Builder
	if err := Markdown(&b, s, nil); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), sent); n != 1 {
		t.Errorf("the sentence is printed %d times:\n%s", n, b.String())
	}
	if !strings.Contains(b.String(), "(the sentence under 2025-06-01, for its other date)") {
		t.Errorf("no reference to the first showing:\n%s", b.String())
	}
}
