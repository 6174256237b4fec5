package story

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"storyline/news"
)

// Markdown writes a readable briefing of s: title, summary with numbered
// citations, timeline, who's who with aliases, quotes by speaker,
// disagreements and sources.
func Markdown(w io.Writer, s *news.Story, ms []Member) error {
	b := &briefing{w: w, s: s, ms: ms, md: true}
	return b.write()
}

// Text writes the same briefing as Markdown in plain text.
func Text(w io.Writer, s *news.Story, ms []Member) error {
	b := &briefing{w: w, s: s, ms: ms}
	return b.write()
}

type briefing struct {
	w   io.Writer
	s   *news.Story
	ms  []Member
	md  bool
	num map[string]int // article id → citation number
	err error
}

func (b *briefing) printf(format string, args ...any) {
	if b.err == nil {
		_, b.err = fmt.Fprintf(b.w, format, args...)
	}
}

func (b *briefing) heading(level int, title string) {
	if b.md {
		b.printf("\n%s %s\n\n", strings.Repeat("#", level), title)
		return
	}
	if level == 1 {
		b.printf("%s\n%s\n", title, strings.Repeat("=", min(len([]rune(title)), 78)))
		return
	}
	b.printf("\n%s\n%s\n", title, strings.Repeat("-", len([]rune(title))))
}

func (b *briefing) cite(ids []string) string {
	var parts []string
	for _, id := range ids {
		if n, ok := b.num[id]; ok {
			parts = append(parts, fmt.Sprint(n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, ", ") + "]"
}

func (b *briefing) write() error {
	s := b.s
	b.num = map[string]int{}
	for i, m := range b.ms {
		b.num[m.Doc.ID] = i + 1
	}
	b.heading(1, s.Title)
	span := ""
	if !s.First.IsZero() {
		span = s.First.Format("2 Jan 2006")
		if !s.Last.IsZero() && !day(s.Last).Equal(day(s.First)) {
			span += " – " + s.Last.Format("2 Jan 2006")
		}
		span = ", " + span
	}
	b.printf("%sStory %s: %d articles%s\n", b.emph(), s.ID, len(s.Articles), span)

	b.heading(2, "Summary")
	for _, ss := range s.Summary {
		b.printf("%s%s%s\n", b.bullet(), ss.Text, b.cite(ss.Articles))
	}

	if len(s.Timeline) > 0 {
		b.heading(2, "Timeline")
		shownAt := map[string]string{} // sentence → the date it was first shown under
		for _, e := range s.Timeline {
			flag := ""
			if e.Background {
				flag = " (background)"
			}
			if e.Future {
				flag = " (announced)"
			}
			text := e.Text
			if at, ok := shownAt[e.Text]; ok {
				// one sentence dating two happenings: say so rather than repeat it
				text = "(the sentence under " + at + ", for its other date)"
			} else {
				shownAt[e.Text] = e.Date
			}
			b.printf("%s%s%s — %s%s\n", b.bullet(), b.strong(e.Date), flag, text, b.cite(e.Articles))
		}
	}

	if len(s.Entities) > 0 {
		b.heading(2, "Who's who")
		for _, e := range s.Entities {
			al := otherAliases(e)
			extra := ""
			if len(al) > 0 {
				extra = " — also " + strings.Join(al, ", ")
			}
			b.printf("%s%s (%s, %s in %s)%s\n", b.bullet(), b.strong(e.Name), e.Type, plural(e.Mentions, "mention"), plural(len(e.Articles), "article"), extra)
		}
	}

	if len(s.Quotes) > 0 {
		b.heading(2, "Who said what")
		bySpeaker := map[string][]news.StoryQuote{}
		var order []string
		for _, q := range s.Quotes {
			name := q.SpeakerName
			if name == "" {
				name = "(unattributed)"
			}
			if _, ok := bySpeaker[name]; !ok {
				order = append(order, name)
			}
			bySpeaker[name] = append(bySpeaker[name], q)
		}
		for _, name := range order {
			b.printf("%s%s\n", b.bullet(), b.strong(name))
			for _, q := range bySpeaker[name] {
				b.printf("    - “%s”%s\n", q.Text, b.cite(q.Articles))
			}
		}
	}

	if len(s.Discrepancies) > 0 || len(s.Corroborations) > 0 {
		b.heading(2, "Where sources differ")
		for _, d := range s.Discrepancies {
			var vals []string
			for _, v := range d.Values {
				norm := ""
				if v.Norm != "" && v.Norm != v.Text {
					norm = " (" + v.Norm + ")"
				}
				vals = append(vals, fmt.Sprintf("“%s”%s%s", v.Text, norm, b.cite([]string{v.Article})))
			}
			b.printf("%s%s: %s\n", b.bullet(), d.Attribute, strings.Join(vals, " vs "))
		}
		for _, c := range s.Corroborations {
			b.printf("%sCorroborated: %s%s\n", b.bullet(), c.Fact, b.cite(c.Articles))
		}
	}

	b.heading(2, "Sources")
	for i, m := range b.ms {
		d := m.Doc
		date := d.PublishedValue()
		if date == "" {
			date = "undated"
		} else if d.PublishedSource == news.DateInferred {
			date += " (inferred)"
		}
		src := d.Source
		if src == "" {
			src = d.URL
		}
		if src != "" {
			src = ", " + src
		}
		copyNote := ""
		if m.DuplicateOf != "" {
			copyNote = fmt.Sprintf(" — copy of [%d]", b.num[m.DuplicateOf])
		}
		title := d.Title
		if title == "" {
			title = d.ID
		}
		b.printf("%d. %s (%s%s) %s%s\n", i+1, title, date, src, b.code(d.ID), copyNote)
	}
	return b.err
}

func (b *briefing) bullet() string { return "- " }

func (b *briefing) strong(s string) string {
	if b.md {
		return "**" + s + "**"
	}
	return s
}

func (b *briefing) emph() string {
	if b.md {
		return ""
	}
	return ""
}

func (b *briefing) code(s string) string {
	if b.md {
		return "`" + s + "`"
	}
	return "id " + s
}

// otherAliases returns the aliases of e other than its display name, sorted.
func otherAliases(e news.StoryEntity) []string {
	var out []string
	for _, a := range e.Aliases {
		if a != e.Name {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// plural writes a count with its noun: "1 article", "3 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
