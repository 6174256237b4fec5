package extract

import (
	"bytes"
	"errors"
	"fmt"

	"storyline/news"
)

// Extract turns one raw input into a clean article: HTML through the main
// content extractor, plain text directly, both then through the same
// cleaning passes (see Clean). Caller hints win over what the document says:
// raw.Title, raw.URL and raw.Source are kept when set, and raw.Published is
// copied with PublishedSource "given". The article ID is raw.ID (empty when
// the caller gave none). Extract fails, naming raw.Input, when no article
// text can be found.
func Extract(raw *news.Raw, opt Options) (*news.Article, error) {
	if raw == nil {
		return nil, errors.New("extract: nil input")
	}
	var flags []string
	body := raw.Body
	if len(bytes.TrimSpace(body)) == 0 && raw.Description != "" {
		body = []byte(raw.Description)
		flags = append(flags, "body:description")
	}
	var a *news.Article
	var err error
	switch {
	case raw.Format == "html" || raw.Format == "" && looksHTML(body):
		a, err = extractHTML(body, raw, opt)
	default:
		a, err = cleanBlocks(splitBlocks(string(body)), opt, raw.Title)
	}
	if errors.Is(err, ErrNoText) {
		// A headline with little or no body (aggregator items, wire
		// briefs) is still an article: its title becomes its text.
		if t := collapse(normalize(raw.Title)); t != "" {
			a, err = &news.Article{Text: t, Paragraphs: []news.Span{{Start: 0, End: len(t)}}, Hash: Hash(t)}, nil
			if !hasFlag(raw.Flags, "title-only") {
				a.Flags = []string{"title-only"}
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", inputName(raw), err)
	}
	a.ID, a.Input = raw.ID, raw.Input
	if raw.URL != "" {
		a.URL = raw.URL
	}
	if raw.Source != "" {
		a.Source = raw.Source
	}
	if t := collapse(normalize(raw.Title)); t != "" {
		a.Title = t
		a.Flags = dropFlag(a.Flags, "title:derived")
	}
	if !raw.Published.IsZero() {
		a.Published, a.DateOnly, a.PublishedSource = raw.Published, raw.DateOnly, news.DateGiven
	}
	all := make([]string, 0, len(raw.Flags)+len(flags)+len(a.Flags))
	all = append(all, raw.Flags...)
	all = append(all, flags...)
	a.Flags = append(all, a.Flags...)
	if len(a.Flags) == 0 {
		a.Flags = nil
	}
	return a, nil
}

func inputName(raw *news.Raw) string {
	if raw.Input != "" {
		return raw.Input
	}
	if raw.ID != "" {
		return raw.ID
	}
	return "input"
}
