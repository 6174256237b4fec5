package ingest

import (
	"testing"
	"unicode/utf8"

	"storyline/news"
)

// FuzzRead feeds arbitrary bytes through detection and every reader.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Plain text.", "<html><p>x</p></html>", "{\"text\":\"t\"}\n{bad", "[{\"html\":\"<p>x</p>\"}]",
		"<rss><channel><item><description>d</description></item></channel></rss>",
		"<REUTERS NEWID=\"1\"><TEXT><BODY>b</BODY></TEXT></REUTERS>",
		"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 3\r\n\r\n<p>",
		"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", "\xff\xfeH\x00i\x00", "caf\xe9",
	} {
		f.Add("x", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, b []byte) {
		_ = Read(name, b, func(r *news.Raw) error {
			if !utf8.Valid(r.Body) || !utf8.ValidString(r.Title) || !utf8.ValidString(r.ID) {
				t.Fatalf("invalid UTF-8 from %q", b)
			}
			if r.Format != "text" && r.Format != "html" {
				t.Fatalf("format %q from %q", r.Format, b)
			}
			return nil
		})
	})
}
