// Package export encodes articles and stories as the JSON objects of
// Storyline's outside interface (shared EVAL.md): the objects printed by
// `storyline annotate` and the JSON Lines of `storyline export`.
package export

import (
	"storyline/news"
)

// Article is the JSON form of one annotated article.
type Article struct {
	ID              string              `json:"id,omitempty"`
	Title           string              `json:"title"`
	Source          string              `json:"source,omitempty"`
	URL             string              `json:"url,omitempty"`
	Published       *string             `json:"published"`
	PublishedSource *string             `json:"published_source"`
	DateConfidence  float64             `json:"date_confidence,omitempty"`
	Lang            string              `json:"lang,omitempty"`
	Flags           []string            `json:"flags,omitempty"`
	Text            string              `json:"text"`
	Headings        []news.Span         `json:"headings,omitempty"`
	Removed         []news.Removed      `json:"removed,omitempty"`
	Sentences       []news.Span         `json:"sentences"`
	Entities        []news.Mention      `json:"entities"`
	Times           []news.Timex        `json:"times"`
	Quotes          []news.Quote        `json:"quotes"`
	Events          []news.EventMention `json:"events,omitempty"` // TimeML event mentions (head words of happenings)
}

// FromDoc returns the JSON form of d for `annotate` (no story fields).
func FromDoc(d *news.Doc) *Article {
	a := &Article{
		ID:             d.ID,
		Title:          d.Title,
		Source:         d.Source,
		URL:            d.URL,
		DateConfidence: d.DateConfidence,
		Lang:           d.Lang,
		Flags:          d.Flags,
		Text:           d.Text,
		Headings:       d.Headings,
		Removed:        d.Removed,
		Sentences:      nonNil(d.Sentences),
		Entities:       nonNil(d.Entities),
		Times:          nonNil(d.Times),
		Quotes:         nonNil(d.Quotes),
		Events:         d.Events,
	}
	if v := d.PublishedValue(); v != "" {
		a.Published = &v
	}
	if d.PublishedSource != news.DateUnknown && a.Published != nil {
		s := string(d.PublishedSource)
		a.PublishedSource = &s
	}
	return a
}

// Line is the JSON line of a stored article in `export`: kind, story and
// duplicate_of are always present (null when empty).
type Line struct {
	Kind string `json:"kind"`
	*Article
	Story       *string `json:"story"`
	DuplicateOf *string `json:"duplicate_of"`
	Similarity  float64 `json:"similarity,omitempty"`
}

// ForExport returns the export line of a stored article.
func ForExport(d *news.Doc, story, duplicateOf string, similarity float64) *Line {
	l := &Line{Kind: "article", Article: FromDoc(d), Story: strPtr(story), DuplicateOf: strPtr(duplicateOf)}
	if duplicateOf != "" {
		l.Similarity = similarity
	}
	return l
}

// Story is the JSON line of one story for `export` and `story --format json`.
type Story struct {
	Kind string `json:"kind"`
	*news.Story
}

// FromStory returns the JSON form of s.
func FromStory(s *news.Story) *Story { return &Story{Kind: "story", Story: s} }

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
