package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"storyline/enrich/alias"
	"storyline/enrich/entity"
	"storyline/enrich/event"
	"storyline/enrich/quote"
	"storyline/enrich/timex"
	"storyline/extract"
	"storyline/news"
	"storyline/text"
)

// Chain turns raw inputs into annotated documents: extraction, then the
// annotators in dependency order (sentences, entities, aliases, times,
// events, quotes). A Chain is safe for concurrent use.
type Chain struct {
	Entities *entity.Tagger
	Aliases  *alias.Resolver
	Times    *timex.Tagger
	Events   *event.Tagger
	Quotes   *quote.Extractor
	extract  extract.Options
}

// NewChain loads the models and builds the annotator chain.
func NewChain() (*Chain, error) {
	tg, err := entity.Load()
	if err != nil {
		return nil, fmt.Errorf("load entity model: %w", err)
	}
	ev, err := event.Load()
	if err != nil {
		return nil, fmt.Errorf("load event model: %w", err)
	}
	return &Chain{
		Entities: tg,
		Aliases:  alias.New(alias.Options{}),
		Times:    timex.New(),
		Events:   ev,
		Quotes:   quote.New(),
	}, nil
}

// Extract cleans one raw input into an article and gives it an id.
func (c *Chain) Extract(raw *news.Raw) (*news.Article, error) {
	art, err := extract.Extract(raw, c.extract)
	if err != nil {
		return nil, err
	}
	if art.ID == "" {
		art.ID = raw.ID
	}
	if art.ID == "" {
		art.ID = contentID(art.Text)
	}
	if art.Input == "" {
		art.Input = raw.Input
	}
	return art, nil
}

// Annotate adds every layer to d: sentences, entities, aliases, times,
// events, quotes.
// A nil annotator is skipped (a lighter chain for benchmarks of the rest of
// the pipeline).
func (c *Chain) Annotate(d *news.Doc) error {
	d.Sentences = text.Sentences(d.Text, d.Headings)
	type step struct {
		name string
		a    news.Annotator
	}
	var steps []step
	if c.Entities != nil {
		steps = append(steps, step{"entities", c.Entities})
	}
	if c.Aliases != nil {
		steps = append(steps, step{"aliases", c.Aliases})
	}
	if c.Times != nil {
		steps = append(steps, step{"times", c.Times}, step{"names in times", news.AnnotatorFunc(dropNamesInTimes)})
	}
	if c.Events != nil {
		steps = append(steps, step{"events", c.Events})
	}
	if c.Quotes != nil {
		steps = append(steps, step{"quotes", c.Quotes})
	}
	for _, s := range steps {
		if err := s.a.Annotate(d); err != nil {
			return fmt.Errorf("annotate %s: %s: %w", d.ID, s.name, err)
		}
	}
	return nil
}

// dropNamesInTimes removes the entity mentions that lie inside a time
// expression: a name there is part of a date or a clock time ("12:00 UTC",
// "Christmas Day", "the Easter weekend"), not a participant of the story.
func dropNamesInTimes(d *news.Doc) error {
	out := d.Entities[:0]
	for _, m := range d.Entities {
		inside := false
		for _, t := range d.Times {
			if t.Type != "DURATION" && t.Start <= m.Start && m.End <= t.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	d.Entities = out
	return nil
}

// Doc extracts and annotates one raw input.
func (c *Chain) Doc(raw *news.Raw) (*news.Doc, error) {
	art, err := c.Extract(raw)
	if err != nil {
		return nil, err
	}
	d := &news.Doc{Article: *art}
	if err := c.Annotate(d); err != nil {
		return nil, err
	}
	return d, nil
}

// Redate sets an inferred publication date on d and re-resolves its times.
func (c *Chain) Redate(d *news.Doc, day time.Time, confidence float64) error {
	d.Published = day
	d.DateOnly = true
	d.PublishedSource = news.DateInferred
	d.DateConfidence = confidence
	return c.Times.Annotate(d)
}

// contentID is the stable id of an input that has none: a hash of its text.
func contentID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}
