package ingest_test

import (
	"fmt"

	"storyline/ingest"
	"storyline/news"
)

func ExampleRead() {
	data := []byte(`{"id": "a1", "title": "Talks begin", "text": "Delegates met on Monday.", "published": "2025-02-17"}
{"source": "wire", "url": "https://example.org/x"}
`)
	err := ingest.Read("batch.jsonl", data, func(r *news.Raw) error {
		fmt.Println(r.Input, r.ID, r.Format, r.Published.Format("2006-01-02"), r.Title)
		return nil
	})
	fmt.Println(err)
	// Output:
	// batch.jsonl:1 a1 text 2025-02-17 Talks begin
	// batch.jsonl:2: record has no text, html or title
}
