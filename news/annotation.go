package news

// EntityType is the coarse type of a named entity.
type EntityType string

// Entity types, as in CoNLL-2003.
const (
	PER  EntityType = "PER"
	ORG  EntityType = "ORG"
	LOC  EntityType = "LOC"
	MISC EntityType = "MISC"
)

// Mention is one occurrence of a named entity in a text.
type Mention struct {
	Span
	Text   string     `json:"text"`
	Type   EntityType `json:"type"`
	Entity string     `json:"entity"`         // canonical entity key, e.g. "sergei-lavrov"
	Name   string     `json:"name"`           // canonical display name, e.g. "Sergei Lavrov"
	Role   string     `json:"role,omitempty"` // a title or role next to the name, e.g. "Secretary of State"
}

// Timex is a TIMEX3 time expression with its normalised value.
type Timex struct {
	Span
	Text        string `json:"text"`
	Type        string `json:"type"`                  // DATE, TIME, DURATION, SET
	Value       string `json:"value"`                 // TIMEX3 value, "" when unknown
	Mod         string `json:"mod,omitempty"`         // TIMEX3 mod: APPROX, MORE_THAN, LESS_THAN, START, ...
	Granularity string `json:"granularity,omitempty"` // day, week, month, quarter, year, decade, century, time
	Anchor      string `json:"anchor,omitempty"`      // "dct", "absolute", or the value it was resolved against
}

// QuoteKind tells the shape of a quote.
type QuoteKind string

// Quote kinds.
const (
	Direct   QuoteKind = "direct"   // a full quotation in quote marks
	Partial  QuoteKind = "partial"  // a quoted fragment inside reported speech
	Unquoted QuoteKind = "unquoted" // direct speech without quote marks
)

// Quote is something someone said, with its speaker.
type Quote struct {
	Span                  // the content, without the quote marks
	Text        string    `json:"text"`
	Speaker     string    `json:"speaker"`      // canonical entity key of the speaker, "" when unknown
	SpeakerName string    `json:"speaker_name"` // display name of the speaker
	Cue         string    `json:"cue"`          // the cue verb or phrase: "said", "told", "according to"
	Kind        QuoteKind `json:"kind,omitempty"`
	SpeakerSpan *Span     `json:"speaker_span,omitempty"` // the mention that names the speaker in this text
}

// EventMention is one event mention as TimeML annotates it: the single head
// word of something that happens or holds (a verb such as "exploded", an
// event noun such as "keynote", an adjective of state such as "invincible").
type EventMention struct {
	Span
	Text  string `json:"text"`
	Class string `json:"class,omitempty"` // TimeML class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION
}

// Doc is an Article with its annotation layers. All spans index Article.Text.
type Doc struct {
	Article
	Sentences []Span         `json:"sentences"`
	Entities  []Mention      `json:"entities"`
	Times     []Timex        `json:"times"`
	Quotes    []Quote        `json:"quotes"`
	Events    []EventMention `json:"events,omitempty"`
}

// Annotator adds one layer to a document. Annotators are synchronous and start
// no goroutines; they may rely on layers added by earlier annotators.
type Annotator interface {
	Annotate(d *Doc) error
}

// AnnotatorFunc adapts a function to the Annotator interface.
type AnnotatorFunc func(d *Doc) error

// Annotate calls f(d).
func (f AnnotatorFunc) Annotate(d *Doc) error { return f(d) }
