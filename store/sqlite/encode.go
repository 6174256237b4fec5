package sqlite

import (
	"encoding/json"
	"fmt"
	"time"

	"storyline/news"
)

// stamp is the layout of stored instants: UTC, fixed width, so text order is
// time order.
const stamp = "2006-01-02T15:04:05.000000000Z"

func formatStamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(stamp)
}

func parseStamp(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(stamp, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse time %q: %w", s, err)
	}
	return t, nil
}

// formatPublished keeps the offset of a publication time, which tells the
// zone the outlet wrote in.
func formatPublished(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse published %q: %w", s, err)
	}
	return t, nil
}

// encodeDoc returns the JSON of d without its text, which has its own column.
func encodeDoc(d *news.Doc) ([]byte, error) {
	c := *d
	c.Text = ""
	data, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("encode doc %q: %w", d.ID, err)
	}
	return data, nil
}

func decodeDoc(data []byte, text, published string, dateOnly bool) (*news.Doc, error) {
	var d news.Doc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("decode doc: %w", err)
	}
	d.Text = text
	t, err := parsePublished(published)
	if err != nil {
		return nil, err
	}
	d.Published, d.DateOnly = t, dateOnly
	return &d, nil
}
