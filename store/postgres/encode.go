package postgres

import (
	"encoding/json"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgtype"

	"storyline/news"
)

// safeText returns s with every byte PostgreSQL text cannot hold replaced
// one for one (NUL by a space, each byte of invalid UTF-8 by '?'), so byte
// offsets into it still line up; ok is false when anything was replaced.
func safeText(s string) (out string, ok bool) {
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 0 || (r == utf8.RuneError && n == 1) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0:
			b = append(b, ' ')
		case r == utf8.RuneError && n == 1:
			b = append(b, '?')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b), false
}

// encodeDoc returns the JSON of d and the text to store in the text column.
// The JSON leaves the text out unless PostgreSQL could not hold it exactly.
func encodeDoc(d *news.Doc) (doc []byte, text string, err error) {
	c := *d
	text, ok := safeText(d.Text)
	if ok {
		c.Text = ""
	}
	doc, err = json.Marshal(&c)
	if err != nil {
		return nil, "", fmt.Errorf("encode doc %q: %w", d.ID, err)
	}
	return doc, text, nil
}

func decodeDoc(data []byte, text string, published pgtype.Timestamptz, dateOnly bool) (*news.Doc, error) {
	var d news.Doc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("decode doc: %w", err)
	}
	if d.Text == "" {
		d.Text = text
	}
	d.Published, d.DateOnly = fromTime(published), dateOnly
	return &d, nil
}

// toTime maps the zero time to NULL.
func toTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

func fromTime(t pgtype.Timestamptz) time.Time {
	if !t.Valid {
		return time.Time{}
	}
	return t.Time.UTC()
}
