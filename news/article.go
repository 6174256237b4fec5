package news

import "time"

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers, or "" when it is out of bounds.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// DateSource says how an article's publication date was known.
type DateSource string

// The ways a publication date can be known.
const (
	DateUnknown  DateSource = ""         // no date
	DateGiven    DateSource = "given"    // given by the caller (--dct, JSON field, feed, WARC header)
	DateMetadata DateSource = "metadata" // read from metadata in the document (date line, HTML meta)
	DateInferred DateSource = "inferred" // inferred from the text or the story
)

// Raw is one input document as received, before extraction.
type Raw struct {
	Input       string    // where it came from, for messages: a path, "stdin", "feed.xml#3"
	ID          string    // explicit id (JSON Lines "id", file name without extension), or ""
	Body        []byte    // the bytes as received (HTML, text, ...)
	Format      string    // "text", "html" (already decided by the reader), or "" to detect
	Title       string    // title hint (feed item, JSON field, SGML TITLE)
	URL         string    // URL hint
	Source      string    // outlet or publisher hint
	Published   time.Time // publication time hint; zero when unknown
	DateOnly    bool      // Published carries a calendar date only, no time of day
	Flags       []string  // notes made while reading, e.g. "decoded:windows-1252"
	Description string    // a feed summary, used when the body is empty
}

// Removed is a piece of input that cleaning dropped from the text, kept so a
// UI can show what was removed and why.
type Removed struct {
	Kind string `json:"kind"` // "metadata", "related-headlines", "share", "copyright", "navigation", ...
	Text string `json:"text"` // the dropped text
	At   int    `json:"at"`   // byte offset in Article.Text where it stood
}

// Article is a clean article: metadata and the main text.
type Article struct {
	ID              string     `json:"id"`
	Input           string     `json:"input,omitempty"`
	Source          string     `json:"source"`
	URL             string     `json:"url"`
	Title           string     `json:"title"`
	Author          string     `json:"author,omitempty"`
	Published       time.Time  `json:"-"`
	DateOnly        bool       `json:"-"`
	PublishedSource DateSource `json:"published_source"`
	DateConfidence  float64    `json:"date_confidence,omitempty"`
	Lang            string     `json:"lang,omitempty"`
	Text            string     `json:"text"`
	Paragraphs      []Span     `json:"paragraphs,omitempty"`
	Headings        []Span     `json:"headings,omitempty"` // subheadings inside the text; never sentences
	Removed         []Removed  `json:"removed,omitempty"`
	Flags           []string   `json:"flags,omitempty"`
	Hash            string     `json:"hash,omitempty"` // hash of the normalised text, for exact duplicates
}

// PublishedValue returns the publication date as a TIMEX3 day value
// ("2025-02-18"), or "" when unknown.
func (a *Article) PublishedValue() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}
