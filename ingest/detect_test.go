package ingest

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"a.txt", "Plain words.\nMore words.", FormatText},
		{"a", " date 2025-02-18\nHeadline\n\nBody.", FormatText},
		{"a.txt", "<!DOCTYPE html><html><body>x</body></html>", FormatHTML},
		{"a", "\n  <html lang=en><p>x", FormatHTML},
		{"a", "<!-- saved --><head><title>x</title>", FormatHTML},
		{"a", "<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html>", FormatHTML},
		{"a.html", "Just text with a < sign", FormatHTML},
		{"a.html", "Just text", FormatText},
		{"a", "Title\n<p>one</p><p>two</p><p>three</p>", FormatHTML},
		{"a", "{\"text\": \"x\"}\n{\"text\": \"y\"}", FormatJSON},
		{"a", "[{\"text\": \"x\"}]", FormatJSON},
		{"a", "[Reuters] a story in brackets", FormatText},
		{"a", "{Not json} but words", FormatText},
		{"a.jsonl", "{broken", FormatJSON},
		{"a", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", FormatFeed},
		{"a.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"a", "<rdf:RDF xmlns:rdf=\"x\">", FormatFeed},
		{"a", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"1\" TOPICS=\"NO\">", FormatSGML},
		{"a.sgm", "anything", FormatSGML},
		{"a", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", FormatWARC},
		{"a.warc.gz", "\x1f\x8b\x08\x00", FormatWARC},
		{"a.txt.gz", "\x1f\x8b\x08\x00", FormatGzip},
		{"a", "\xef\xbb\xbf<html>", FormatHTML},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%q, %.40q) = %s, want %s", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestFileID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"003_293caed0ac8d3112.txt", "003_293caed0ac8d3112"},
		{"sport/199.txt", "sport/199"},
		{"a.b.html", "a.b"},
		{"notes", "notes"},
		{"x.txt.gz", "x"},
		{".hidden", ".hidden"},
	}
	for _, tt := range tests {
		if got := fileID(tt.in); got != tt.want {
			t.Errorf("fileID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
