// Package jsonl reads articles given as JSON: JSON Lines (one object per
// line), a single object, or an array of objects. An object has the fields
// id, title, text or html, published, source and url, all optional but one of
// text and html; a few common aliases (body, content, date, link, headline…)
// are accepted too, and a description or summary stands in for a missing
// text. A text field that holds HTML markup is passed on as HTML.
package jsonl
