package jsonl

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/news"
)

// summary renders the fields of a Raw a test checks, on one line.
func summary(r *news.Raw) string {
	pub := ""
	if !r.Published.IsZero() {
		pub = r.Published.UTC().Format("2006-01-02T15:04:05")
		if r.DateOnly {
			pub = r.Published.Format("2006-01-02")
		}
	}
	return fmt.Sprintf("%s id=%s fmt=%s title=%q src=%q url=%q pub=%s body=%q flags=%v",
		r.Input, r.ID, r.Format, r.Title, r.Source, r.URL, pub, r.Body, r.Flags)
}

func run(name, data string) (got, errs []string) {
	_ = Read(name, []byte(data), func(r *news.Raw) error {
		got = append(got, summary(r))
		return nil
	}, func(input string, err error) { errs = append(errs, input+": "+err.Error()) })
	return got, errs
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		errs     []string
	}{
		{
			name: "lines",
			in: `{"id": "a1", "title": "Talks  begin", "text": "Body one.", "published": "2025-02-18", "source": "Wire", "url": "https://x/1"}
{"id": 42, "html": "<p>Two</p>", "published": "2025-02-18T10:00:00Z"}

{"text": "No id here.", "published": 1739889000}
`,
			want: []string{
				`f.jsonl:1 id=a1 fmt=text title="Talks begin" src="Wire" url="https://x/1" pub=2025-02-18 body="Body one." flags=[]`,
				`f.jsonl:2 id=42 fmt=html title="" src="" url="" pub=2025-02-18T10:00:00 body="<p>Two</p>" flags=[]`,
				`f.jsonl:4 id=304f011e1b665168 fmt=text title="" src="" url="" pub=2025-02-18T14:30:00 body="No id here." flags=[]`,
			},
		},
		{
			name: "bad lines go on",
			in: `{"id": "a", "text": "ok"}
{"id": "b", "text": "broken
{"id": "c", "title": "no text", "summary": " "}
[1, 2]
{"id": "d", "text": "fine", "published": "someday"}
`,
			want: []string{
				`f.jsonl:1 id=a fmt=text title="" src="" url="" pub= body="ok" flags=[]`,
				`f.jsonl:3 id=c fmt=text title="no text" src="" url="" pub= body="no text" flags=[title-only]`,
				`f.jsonl:5 id=d fmt=text title="" src="" url="" pub= body="fine" flags=[bad-date]`,
			},
			errs: []string{
				"f.jsonl:2: bad json: unexpected EOF",
				"f.jsonl:4: not a json object",
			},
		},
		{
			name: "array",
			in:   `[{"id": "x", "body": "Alias body", "date": "Tue, 18 Feb 2025 14:30:00 GMT", "link": "u", "source": {"name": "BBC News"}}, {"nothing": 1}]`,
			want: []string{`f.jsonl#1 id=x fmt=text title="" src="BBC News" url="u" pub=2025-02-18T14:30:00 body="Alias body" flags=[]`},
			errs: []string{"f.jsonl#2: record has no text, html or title"},
		},
		{
			name: "summary only",
			in:   `{"id": "s", "summary": "Just the <b>lead</b>."}`,
			want: []string{`f.jsonl:1 id=s fmt=html title="" src="" url="" pub= body="Just the <b>lead</b>." flags=[]`},
		},
		{
			name: "html under text",
			in:   `{"id": "h", "content": "<p>One.</p><p>Two.</p>"}`,
			want: []string{`f.jsonl:1 id=h fmt=html title="" src="" url="" pub= body="<p>One.</p><p>Two.</p>" flags=[]`},
		},
		{
			name: "api export",
			in:   `{"status": "ok", "articles": [{"source": {"id": null, "name": "Wire"}, "title": "T", "url": "u", "publishedAt": "2025-02-18T10:00:00Z", "content": "Body."}]}`,
			want: []string{`f.jsonl#1 id=521b25cc458684eb fmt=text title="T" src="Wire" url="u" pub=2025-02-18T10:00:00 body="Body." flags=[]`},
		},
		{
			name: "pretty object",
			in:   "{\n  \"id\": \"p\",\n  \"text\": \"Pretty\\u0007 printed\"\n}\n",
			want: []string{`f.jsonl id=p fmt=text title="" src="" url="" pub= body="Pretty printed" flags=[control-chars-dropped]`},
		},
		{
			name: "latin1 file",
			in:   "{\"id\": \"l\", \"text\": \"caf\xe9\"}\n",
			want: []string{`f.jsonl:1 id=l fmt=text title="" src="" url="" pub= body="café" flags=[decoded:windows-1252]`},
		},
		{
			name: "not json",
			in:   "just words",
			errs: []string{"f.jsonl:1: bad json: invalid character 'j' looking for beginning of value at byte 1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := run("f.jsonl", tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if strings.Join(errs, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(tt.errs, "\n"))
			}
		})
	}
}

func TestLooksAndCount(t *testing.T) {
	tests := []struct {
		in    string
		looks bool
		count int
	}{
		{"{\"a\":1}\n{\"a\":2}\n", true, 2},
		{"  [ {\"a\":1}, {\"a\":2} ]", true, 1},
		{"{\n \"a\": 1\n}\n", true, 1},
		{"{not json} and words", false, 1},
		{"[Reuters] words", false, 1},
		{"plain", false, 1},
	}
	for _, tt := range tests {
		if got := Looks([]byte(tt.in)); got != tt.looks {
			t.Errorf("Looks(%q) = %v", tt.in, got)
		}
		if got := Count([]byte(tt.in)); got != tt.count {
			t.Errorf("Count(%q) = %d, want %d", tt.in, got, tt.count)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"t","published":"2025-02-18"}`,
		"{\"text\":\"x\"}\n{\"html\":\"<p>y</p>\",\"published\":1739889000000}\n",
		`[{"text":"a"},{"text":"b","source":{"name":"S"}}]`,
		"{\n\"text\": \"caf\xe9\"\n}",
		`{"text": 5}`, `null`, `[`, "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Read("f", b, func(r *news.Raw) error {
			for _, s := range []string{string(r.Body), r.Title, r.ID, r.Source, r.URL} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q from %q", s, b)
				}
			}
			if len(r.Body) == 0 || r.ID == "" {
				t.Fatalf("empty body or id from %q", b)
			}
			return nil
		}, func(string, error) {})
		_ = Count(b)
		_ = Looks(b)
	})
}
