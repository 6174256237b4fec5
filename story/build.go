package story

import (
	"sort"
	"time"

	"storyline/enrich/alias"
	"storyline/enrich/quote"
	"storyline/news"
)

// Member is one article of a story.
type Member struct {
	Doc         *news.Doc
	DuplicateOf string  // id of the article it copies, "" for an original
	Similarity  float64 // similarity to DuplicateOf
}

// Options configures Build. The zero value uses defaults.
type Options struct {
	Resolver      *alias.Resolver // merges entity identities across articles; nil builds a default one
	SummaryBudget int             // summary length in sentences; 0 means 6
}

// Build computes the views of the story with the given id from its members,
// which it may modify: entity keys of mentions are rewritten to the story's
// canonical identities.
func Build(id string, members []Member, opt Options) *news.Story {
	if opt.Resolver == nil {
		opt.Resolver = alias.New(alias.Options{})
	}
	if opt.SummaryBudget <= 0 {
		opt.SummaryBudget = 6
	}
	sortMembers(members)
	s := &news.Story{ID: id}
	docs := make([]*news.Doc, len(members))
	for i, m := range members {
		docs[i] = m.Doc
		s.Articles = append(s.Articles, m.Doc.ID)
		if t := m.Doc.Published; !t.IsZero() {
			if s.First.IsZero() || t.Before(s.First) {
				s.First = t
			}
			if t.After(s.Last) {
				s.Last = t
			}
		}
	}
	before := make([][]news.Mention, len(docs))
	for i, d := range docs {
		before[i] = append([]news.Mention(nil), d.Entities...)
	}
	s.Entities = opt.Resolver.Merge(docs)
	for i, d := range docs {
		rekeyQuotes(d, before[i])
	}
	if s.Entities == nil {
		s.Entities = []news.StoryEntity{}
	}
	s.Quotes = quote.Group(docs)
	if s.Quotes == nil {
		s.Quotes = []news.StoryQuote{}
	}
	s.Title = title(members, s.Entities)
	s.Timeline = timeline(members, s)
	s.Discrepancies, s.Corroborations = compare(members, s.Timeline, s.First)
	s.Summary = summarize(members, s, opt.SummaryBudget)
	return s
}

// sortMembers orders members by publication date (undated last), then id.
func sortMembers(ms []Member) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i].Doc.Published, ms[j].Doc.Published
		if a.IsZero() != b.IsZero() {
			return !a.IsZero()
		}
		if !a.Equal(b) {
			return a.Before(b)
		}
		return ms[i].Doc.ID < ms[j].Doc.ID
	})
}

// originals returns the members that are not copies of another member.
func originals(ms []Member) []Member {
	in := map[string]bool{}
	for _, m := range ms {
		in[m.Doc.ID] = true
	}
	var out []Member
	for _, m := range ms {
		if m.DuplicateOf == "" || !in[m.DuplicateOf] {
			out = append(out, m)
		}
	}
	return out
}

// day truncates t to its calendar day.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// rekeyQuotes carries the identities that Merge gave d's mentions over to its
// quote speakers, which still hold the keys of the document-level identities
// in before (the mentions as they were before Merge).
func rekeyQuotes(d *news.Doc, before []news.Mention) {
	if len(before) != len(d.Entities) {
		return
	}
	type id struct{ key, name string }
	re := map[string]id{}
	for i, m := range before {
		if m.Entity != "" {
			re[m.Entity] = id{d.Entities[i].Entity, d.Entities[i].Name}
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if n, ok := re[q.Speaker]; ok {
			q.Speaker, q.SpeakerName = n.key, n.name
		}
	}
}
