package news

import "time"

// StoryEntity is a canonical entity of a story with every alias used for it.
type StoryEntity struct {
	Entity   string     `json:"entity"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Articles []string   `json:"articles"`
	Mentions int        `json:"mentions"`
}

// Event is a dated happening on a story's timeline.
type Event struct {
	Date         string   `json:"date"`        // TIMEX3 value
	Granularity  string   `json:"granularity"` // day, week, month, year, ...
	Text         string   `json:"text"`        // representative sentence
	Trigger      string   `json:"trigger,omitempty"`
	Articles     []string `json:"articles"`
	Copies       []string `json:"copies,omitempty"` // supporting articles that are wire copies of others
	Participants []string `json:"participants,omitempty"`
	Background   bool     `json:"background"`
	Future       bool     `json:"future"`
	Quotes       []int    `json:"quotes,omitempty"` // indexes into Story.Quotes
}

// StoryQuote is one quote of a story with every article that reports it.
type StoryQuote struct {
	Text        string   `json:"text"`
	Speaker     string   `json:"speaker"`
	SpeakerName string   `json:"speaker_name"`
	Articles    []string `json:"articles"`
	Variants    []string `json:"variants,omitempty"` // shortened or altered versions
}

// Value is one article's value for a compared attribute.
type Value struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Span    *Span  `json:"span,omitempty"`
	Norm    string `json:"norm,omitempty"` // normalised value when the words need one: a TIMEX3 date for "Tuesday"
}

// Discrepancy is an attribute of an event on which sources disagree.
type Discrepancy struct {
	Attribute string  `json:"attribute"`
	Event     int     `json:"event,omitempty"` // index into Story.Timeline, -1 when none
	Values    []Value `json:"values"`
}

// Corroboration is a fact reported by several independent articles.
type Corroboration struct {
	Fact     string   `json:"fact"`
	Event    int      `json:"event,omitempty"`
	Articles []string `json:"articles"`
}

// SummarySentence is one sentence of a story summary with its citations.
type SummarySentence struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// Story is a group of articles about one developing happening, with its views.
type Story struct {
	ID             string            `json:"id"`
	Title          string            `json:"title"`
	Articles       []string          `json:"articles"`
	First, Last    time.Time         `json:"-"`
	Entities       []StoryEntity     `json:"entities"`
	Timeline       []Event           `json:"timeline"`
	Quotes         []StoryQuote      `json:"quotes"`
	Discrepancies  []Discrepancy     `json:"discrepancies"`
	Corroborations []Corroboration   `json:"corroborations,omitempty"`
	Summary        []SummarySentence `json:"summary"`
}
