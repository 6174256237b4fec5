package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/news"
)

// record builds one WARC record with the given type, URI and block.
func record(typ, uri, id, contentType, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-02-18T14:30:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, id, contentType, len(block), block)
}

func httpResp(headers, body string) string {
	return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func chunked(s string) string {
	h := len(s) / 2
	return fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", h, s[:h], len(s)-h, s[h:])
}

const page = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>"

// archive is a WARC file of assorted records, in order.
var archive = []string{
	record("warcinfo", "", "0", "application/warc-fields", "software: test\r\n"),
	record("request", "https://a/1", "1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n"),
	record("response", "https://a/1", "2", "application/http; msgtype=response",
		httpResp("Content-Type: text/html; charset=utf-8\r\nContent-Length: "+fmt.Sprint(len(page))+"\r\n", page)),
	record("response", "https://a/img", "3", "application/http; msgtype=response",
		httpResp("Content-Type: image/png\r\n", "\x89PNG....")),
	record("response", "https://a/2", "4", "application/http; msgtype=response",
		httpResp("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gz(page)))),
	record("metadata", "https://a/2", "5", "application/warc-fields", "via: x\r\n"),
	record("response", "https://a/3", "6", "application/http; msgtype=response",
		httpResp("Content-Type: text/html; charset=windows-1251\r\n", "<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>")),
	"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a/4\r\nWARC-Date: 2025-02-18T14:30:00Z\r\n" +
		"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n",
	record("response", "https://a/5", "7", "application/http; msgtype=response",
		httpResp("Location: /x\r\n", "")),
	record("resource", "https://a/6", "8", "text/html", "<p>resource</p>"),
}

func summary(r *news.Raw) string {
	return fmt.Sprintf("%s id=%s url=%s pub=%s body=%q flags=%v", r.Input, r.ID, r.URL,
		r.Published.UTC().Format("2006-01-02T15:04:05"), r.Body, r.Flags)
}

func run(data string, max int64) (got, errs []string) {
	_ = Read("a.warc", strings.NewReader(data), max, func(r *news.Raw) error {
		got = append(got, summary(r))
		return nil
	}, func(input string, err error) { errs = append(errs, input+": "+err.Error()) })
	return got, errs
}

func TestRead(t *testing.T) {
	good := strings.Join(archive[:7], "")
	wantGood := []string{
		`a.warc#3 id=` + idOf("2") + ` url=https://a/1 pub=2025-02-18T14:30:00 body="` + page + `" flags=[published:warc-date]`,
		`a.warc#5 id=` + idOf("4") + ` url=https://a/2 pub=2025-02-18T14:30:00 body="` + page + `" flags=[published:warc-date]`,
		`a.warc#7 id=` + idOf("6") + ` url=https://a/3 pub=2025-02-18T14:30:00 body="<p>Привет</p>" flags=[decoded:windows-1251 published:warc-date]`,
	}
	var perRecord strings.Builder
	for _, r := range archive[:7] {
		perRecord.WriteString(gz(r))
	}
	tests := []struct {
		name string
		in   string
		max  int64
		want []string
		errs []string
	}{
		{"plain", good, 0, wantGood, nil},
		{"gzip per record", perRecord.String(), 0, wantGood, nil},
		{"gzip whole", gz(good), 0, wantGood, nil},
		{"truncated block", good + archive[7], 0, wantGood, []string{"a.warc: record 8: bad header: "}},
		{"truncated stream", good[:len(good)-20], 0, wantGood[:2], []string{"a.warc: record 7: truncated record"}},
		{"truncated gzip", gz(good)[:len(gz(good))-30], 0, wantGood[:2], []string{"a.warc: record 7: truncated record"}},
		{"resource and empty response", archive[8] + archive[9], 0,
			[]string{`a.warc#2 id=` + idOf("8") + ` url=https://a/6 pub=2025-02-18T14:30:00 body="<p>resource</p>" flags=[published:warc-date]`}, nil},
		{"record over cap", good, 100, wantGood[2:], []string{
			"a.warc#3: record too large (147 bytes > cap 100)", "a.warc#5: record too large (190 bytes > cap 100)"}},
		{"not warc", "hello", 0, nil, []string{"a.warc: record 1: not a WARC record"}},
		{"empty", "", 0, nil, []string{"a.warc: no WARC record"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := run(tt.in, tt.max)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %q, want %q", errs, tt.errs)
			}
			for i := range errs {
				if !strings.HasPrefix(errs[i], tt.errs[i]) {
					t.Errorf("error %q, want prefix %q", errs[i], tt.errs[i])
				}
			}
		})
	}
}

func idOf(uuid string) string {
	r, _ := Convert("x", &Record{Header: map[string][]string{
		"Warc-Type": {"resource"}, "Content-Type": {"text/html"}, "Warc-Record-Id": {"<urn:uuid:" + uuid + ">"},
	}, Content: []byte("<p>x</p>")}, 0)
	return r.ID
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(strings.Join(archive, "")))
	f.Add([]byte(gz(archive[2])))
	f.Add([]byte(archive[4]))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Read("f", bytes.NewReader(b), 1<<20, func(r *news.Raw) error {
			if !utf8.Valid(r.Body) || !utf8.ValidString(r.URL) {
				t.Fatalf("invalid UTF-8 from %q", b)
			}
			return nil
		}, func(string, error) {})
	})
}
