package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"storyline/news"
)

// EventMatch is the outcome for one gold event.
type EventMatch struct {
	Gold     string // gold event id
	What     string
	Found    bool   // a system event matched: date accepted, articles overlap, content shared
	Date     string // the matched event's date
	FlagsOK  bool   // background and future flags agree
	Text     string // the matched event's sentence
	Articles []string
}

// Result scores one story against the gold.
type Result struct {
	Events         []EventMatch
	Found, FlagsOK int
	Discrepancies  []string // gold discrepancies found (with both documents cited)
	MissedDisc     []string
	Corroborations []string
	MissedCorr     []string
	Summary        int      // summary sentences
	Uncited        int      // summary sentences citing no article
	Boilerplate    int      // gold boilerplate lines checked
	InViews        []string // gold boilerplate lines found anywhere in the views
}

// Score matches the story's views against the gold, one to one: each gold
// event takes the first unused system event whose date is in its accept list,
// whose articles overlap its documents, and whose sentence or participants
// share a name or content word with the gold description.
func Score(s *news.Story, g *Gold) Result {
	var r Result
	used := map[int]bool{}
	for _, ge := range g.Events {
		m := EventMatch{Gold: ge.ID, What: ge.What}
		for i, e := range s.Timeline {
			if used[i] || !in(e.Date, ge.Accept) || !overlap(e.Articles, ge.Documents) || !related(e, ge.What, ge.Participants) {
				continue
			}
			used[i] = true
			m.Found, m.Date, m.Text, m.Articles = true, e.Date, e.Text, e.Articles
			m.FlagsOK = e.Background == ge.Background && e.Future == ge.Future
			break
		}
		if m.Found {
			r.Found++
			if m.FlagsOK {
				r.FlagsOK++
			}
		}
		r.Events = append(r.Events, m)
	}
	for _, gd := range g.Discrepancies {
		var docs []string
		for _, v := range gd.Values {
			docs = append(docs, v.Doc)
		}
		hit := false
		for _, d := range s.Discrepancies {
			var cited []string
			for _, v := range d.Values {
				cited = append(cited, v.Article)
			}
			if subset(docs, cited) {
				hit = true
				r.Discrepancies = append(r.Discrepancies, fmt.Sprintf("%s: %s", gd.Event, d.Attribute))
				break
			}
		}
		if !hit {
			r.MissedDisc = append(r.MissedDisc, gd.Event+": "+gd.Attribute)
		}
	}
	for _, gc := range g.Corroborations {
		hit := false
		for _, c := range s.Corroborations {
			if subset(gc.Documents, c.Articles) && related(news.Event{Text: c.Fact}, gc.Fact, nil) {
				hit = true
				r.Corroborations = append(r.Corroborations, gc.Event+": "+c.Fact)
				break
			}
		}
		if !hit {
			r.MissedCorr = append(r.MissedCorr, gc.Event+": "+gc.Fact)
		}
	}
	r.Summary = len(s.Summary)
	for _, ss := range s.Summary {
		if len(ss.Articles) == 0 {
			r.Uncited++
		}
	}
	r.Boilerplate, r.InViews = boilerplateInViews(s, g)
	return r
}

// Write prints the result.
func (r Result) Write(w io.Writer) {
	fmt.Fprintf(w, "events found: %d/%d (date accepted, articles overlap), flags right: %d/%d\n", r.Found, len(r.Events), r.FlagsOK, r.Found)
	for _, m := range r.Events {
		status := "MISSED"
		if m.Found {
			status = "found " + m.Date
			if !m.FlagsOK {
				status += " (flags wrong)"
			}
		}
		fmt.Fprintf(w, "  %-4s %-22s %s\n", m.Gold, status, m.What)
	}
	fmt.Fprintf(w, "discrepancies found: %d/%d %v; missed %v\n", len(r.Discrepancies), len(r.Discrepancies)+len(r.MissedDisc), r.Discrepancies, r.MissedDisc)
	fmt.Fprintf(w, "corroborations found: %d/%d %v; missed %v\n", len(r.Corroborations), len(r.Corroborations)+len(r.MissedCorr), r.Corroborations, r.MissedCorr)
	fmt.Fprintf(w, "summary sentences: %d, without a citation: %d\n", r.Summary, r.Uncited)
	fmt.Fprintf(w, "gold boilerplate lines found in the views: %d of %d %q\n", len(r.InViews), r.Boilerplate, r.InViews)
}

// boilerplateInViews returns the gold boilerplate lines (first and last of
// each block) that appear anywhere in the story's views: title, summary,
// timeline, quotes, entities, comparison.
func boilerplateInViews(s *news.Story, g *Gold) (checked int, found []string) {
	b, err := json.Marshal(s)
	if err != nil {
		return 0, nil
	}
	views := string(b)
	seen := map[string]bool{}
	for _, bp := range g.Boilerplate {
		for _, line := range []string{bp.FirstLine, bp.LastLine} {
			line = strings.TrimSpace(line)
			if line == "" || seen[line] {
				continue
			}
			seen[line] = true
			checked++
			q, _ := json.Marshal(line) // the line as it would stand in the JSON
			if strings.Contains(views, strings.Trim(string(q), `"`)) {
				found = append(found, line)
			}
		}
	}
	return checked, found
}

func in(x string, xs []string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if in(x, b) {
			return true
		}
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !in(x, b) {
			return false
		}
	}
	return true
}

// related reports whether a system event shares a participant surname or a
// content word with the gold description.
func related(e news.Event, what string, participants []string) bool {
	have := words(e.Text + " " + strings.Join(e.Participants, " "))
	for _, p := range participants {
		f := strings.Fields(p)
		if len(f) > 0 && have[strings.ToLower(f[len(f)-1])] {
			return true
		}
	}
	n := 0
	for w := range words(what) {
		if have[w] {
			n++
		}
	}
	return n >= 2
}

var stop = map[string]bool{"the": true, "and": true, "with": true, "for": true, "from": true, "that": true, "this": true, "about": true, "into": true, "their": true, "side": true, "both": true, "agree": true, "again": true}

// words returns the lowercased words of s of four letters or more (and
// capitalised shorter ones), without stop words, folding a plural "s".
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		lw := strings.ToLower(w)
		if stop[lw] || len(lw) < 4 && !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		out[strings.TrimSuffix(lw, "s")] = true
		out[lw] = true
	}
	return out
}
