package events

import (
	"sort"

	"storyline/news"
	"storyline/story"
)

// sentKey names a line of an article's layout.
type sentKey struct {
	doc  string
	line int
}

// Dated is one document sentence dated by a story timeline event.
type Dated struct {
	Doc          string    // article id
	Line         int       // line of the article's layout
	Span         news.Span // the sentence in the article text (it starts in Line)
	Date         string    // the event's TIMEX3 value
	Event        int       // index into the story timeline
	Sentence     string    // the document sentence
	Participants []string
}

// dateSentences builds one story over docs and returns the document
// sentences its timeline events date. A timeline event keeps only its
// representative sentence, so the sentences of its other supporting articles
// are recovered from a story built over each article alone: those of the
// article's own events with the same trigger and a compatible date.
func dateSentences(id string, docs []*news.Doc, layouts map[string]*Layout) (*news.Story, []Dated) {
	type own struct {
		trigger, date string
		sents         []lineSpan
	}
	perDoc := map[string][]own{}
	byID := map[string]*news.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
		c := *d
		c.Entities = append([]news.Mention(nil), d.Entities...)
		c.Quotes = append([]news.Quote(nil), d.Quotes...)
		s := story.Build(d.ID, []story.Member{{Doc: &c}}, story.Options{})
		for _, e := range s.Timeline {
			perDoc[d.ID] = append(perDoc[d.ID], own{e.Trigger, e.Date, sentenceLines(d, layouts[d.ID], e.Text)})
		}
	}
	members := make([]story.Member, len(docs))
	for i, d := range docs {
		members[i] = story.Member{Doc: d}
	}
	s := story.Build(id, members, story.Options{})
	var out []Dated
	for i, e := range s.Timeline {
		for _, a := range e.Articles {
			d := byID[a]
			if d == nil {
				continue
			}
			sents := sentenceLines(d, layouts[a], e.Text)
			for _, o := range perDoc[a] {
				if o.trigger == e.Trigger && (o.date == e.Date || compatible(o.date, e.Date)) {
					sents = append(sents, o.sents...)
				}
			}
			sort.SliceStable(sents, func(i, j int) bool { return sents[i].line < sents[j].line })
			for j, ls := range sents {
				if j > 0 && ls.line == sents[j-1].line {
					continue
				}
				out = append(out, Dated{Doc: a, Line: ls.line, Span: ls.span, Date: e.Date, Event: i, Sentence: lineText(layouts[a], ls.line), Participants: e.Participants})
			}
		}
	}
	return s, out
}

// lineSpan is a sentence of an article and the layout line it starts in.
type lineSpan struct {
	line int
	span news.Span
}

// sentenceLines returns the sentences of d whose text is sent, with their
// layout lines.
func sentenceLines(d *news.Doc, l *Layout, sent string) []lineSpan {
	if l == nil {
		return nil
	}
	var out []lineSpan
	for _, s := range d.Sentences {
		if s.In(d.Text) == sent {
			if ln := l.LineAt(s.Start); ln >= 0 {
				out = append(out, lineSpan{ln, s})
			}
		}
	}
	return out
}

func lineText(l *Layout, ln int) string {
	if l == nil || ln < 0 || ln >= len(l.Lines) {
		return ""
	}
	return l.Lines[ln].In(l.Text)
}
