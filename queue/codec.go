package queue

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"storyline/news"
)

// wireVersion is the version of the message encoding; decode rejects others.
const wireVersion = 1

// wire is the JSON form of a news.Raw on the queue. Body is []byte, so it
// travels base64-encoded and any bytes (any charset) survive.
type wire struct {
	V           int      `json:"v"`
	Input       string   `json:"input,omitempty"`
	ID          string   `json:"id,omitempty"`
	Body        []byte   `json:"body"`
	Format      string   `json:"format,omitempty"`
	Title       string   `json:"title,omitempty"`
	URL         string   `json:"url,omitempty"`
	Source      string   `json:"source,omitempty"`
	Published   string   `json:"published,omitempty"` // RFC 3339 with nanoseconds; absent when unknown
	DateOnly    bool     `json:"date_only,omitempty"`
	Flags       []string `json:"flags,omitempty"`
	Description string   `json:"description,omitempty"`
}

// encode renders r as a queue message body.
func encode(r *news.Raw) ([]byte, error) {
	w := wire{
		V: wireVersion, Input: r.Input, ID: r.ID, Body: r.Body, Format: r.Format,
		Title: r.Title, URL: r.URL, Source: r.Source, DateOnly: r.DateOnly,
		Flags: r.Flags, Description: r.Description,
	}
	if !r.Published.IsZero() {
		w.Published = r.Published.Format(time.RFC3339Nano)
	}
	b, err := json.Marshal(&w)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", r.Input, err)
	}
	return b, nil
}

// errNotObject reports a message that is not a JSON object.
var errNotObject = errors.New("not a JSON object")

// decode parses a queue message body. It never panics; any input that is not
// a version-1 object with a valid publication time is an error.
func decode(data []byte) (*news.Raw, error) {
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return nil, errNotObject
	}
	var w wire
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, err
	}
	if w.V != wireVersion {
		return nil, fmt.Errorf("unsupported message version %d", w.V)
	}
	r := &news.Raw{
		Input: w.Input, ID: w.ID, Body: w.Body, Format: w.Format, Title: w.Title,
		URL: w.URL, Source: w.Source, DateOnly: w.DateOnly, Flags: w.Flags,
		Description: w.Description,
	}
	if w.Published != "" {
		t, err := time.Parse(time.RFC3339Nano, w.Published)
		if err != nil {
			return nil, fmt.Errorf("bad published time: %w", err)
		}
		r.Published = t
	}
	return r, nil
}

// msgID returns the de-duplication id of r: a SHA-256 of its input name, id
// and body, each prefixed by its length so fields cannot run into each other.
func msgID(r *news.Raw) string {
	h := sha256.New()
	var n [8]byte
	for _, f := range [][]byte{[]byte(r.Input), []byte(r.ID), r.Body} {
		binary.BigEndian.PutUint64(n[:], uint64(len(f)))
		h.Write(n[:])
		h.Write(f)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
