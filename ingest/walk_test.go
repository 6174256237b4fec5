package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/ingest/internal/hashid"
	"storyline/news"
)

// writeTree writes files (path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gzipped(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func summary(r *news.Raw) string {
	return fmt.Sprintf("%s id=%s fmt=%s title=%q body=%.30q flags=%v", r.Input, r.ID, r.Format, r.Title, r.Body, r.Flags)
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a.txt":            "Hello world.\r\n",
		"b.html":           "<!doctype html><html><body><p>Hi</p></body></html>",
		"sub/c.txt":        "Nested file.",
		"sub/deeper/d.htm": "<p>deep</p>",
		".hidden.txt":      "skipped",
		".git/x.txt":       "skipped",
		"e.bin":            "\x7fELF\x02\x01\x01\x00\x00",
		"f.txt":            " \n\t\n",
		"g.txt":            strings.Repeat("big ", 50),
		"h.jsonl":          "{\"id\": \"j1\", \"title\": \"T\", \"text\": \"json one\"}\n{oops\n{\"text\": \"json three\"}\n",
		"o.jsonl":          "{\"id\": \"s1\", \"text\": \"streamed, the file is over the cap\"}\n" + `{"text": "` + strings.Repeat("long ", 40) + "\"}\n" + "{\"id\": \"s3\", \"text\": \"caf\xe9\"}\n",
		"i.txt.gz":         gzipped("Compressed text."),
		"k.txt":            "Caf\xe9 \x93quoted\x94.",
		"l.xml":            "<rss><channel><title>S</title><item><title>F</title><description>feed body</description><guid>1</guid></item></channel></rss>",
		"m.pdf":            "%PDF-1.7\n",
		"n.warc":           "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x>\r\nContent-Type: text/html\r\nContent-Length: 11\r\n\r\n<p>warc</p>",
	})
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "j.txt")); err != nil {
		t.Fatal(err)
	}
	var got, errs []string
	inputs := []string{dir, filepath.Join(dir, "sub", "c.txt"), filepath.Join(dir, "missing.txt"), "-"}
	opt := Options{MaxSize: 150, Stdin: strings.NewReader("From stdin.")}
	err := Walk(context.Background(), inputs, opt, func(r *news.Raw) error {
		got = append(got, strings.ReplaceAll(summary(r), dir, "D"))
		return nil
	}, func(e *Error) { errs = append(errs, strings.ReplaceAll(e.Error(), dir, "D")) })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`D/a.txt id=a fmt=text title="" body="Hello world.\n" flags=[]`,
		`D/b.html id=b fmt=html title="" body="<!doctype html><html><body><p>" flags=[]`,
		`D/h.jsonl:1 id=j1 fmt=text title="T" body="json one" flags=[]`,
		`D/h.jsonl:3 id=b6e9f84df027ab87 fmt=text title="" body="json three" flags=[]`,
		`D/i.txt.gz id=i fmt=text title="" body="Compressed text." flags=[]`,
		`D/k.txt id=k fmt=text title="" body="Café “quoted”." flags=[decoded:windows-1252]`,
		`D/l.xml#1 id=` + hashid.Of("S", "1") + ` fmt=text title="F" body="feed body" flags=[]`,
		`D/n.warc#1 id=` + hashid.Of("<urn:x>") + ` fmt=html title="" body="<p>warc</p>" flags=[]`,
		`D/o.jsonl:1 id=s1 fmt=text title="" body="streamed, the file is over the" flags=[]`,
		`D/o.jsonl:3 id=s3 fmt=text title="" body="café" flags=[decoded:windows-1252]`,
		`D/sub/c.txt id=sub/c fmt=text title="" body="Nested file." flags=[]`,
		`D/sub/deeper/d.htm id=sub/deeper/d fmt=html title="" body="<p>deep</p>" flags=[]`,
		`D/sub/c.txt id=c fmt=text title="" body="Nested file." flags=[]`,
		`stdin id=27f0c5b9257b0ac1 fmt=text title="" body="From stdin." flags=[]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantErrs := []string{
		"D/e.bin: binary data, not text",
		"D/f.txt: empty input",
		"D/g.txt: file too large (200 bytes > cap 150)",
		"D/h.jsonl:2: bad json: invalid character 'o' looking for beginning of object key string at byte 2",
		"D/j.txt: broken symbolic link: no such file or directory",
		"D/m.pdf: binary data, not text",
		"D/o.jsonl:2: line too long (over cap 150 bytes)",
		"D/missing.txt: no such file or directory",
	}
	if strings.Join(errs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(wantErrs, "\n"))
	}
	if n := Count(inputs, opt); n < 12 || n > 20 {
		t.Errorf("Count = %d, want about 12", n)
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	writeTree(t, dir, map[string]string{"secret.txt": "x"})
	os.Chmod(p, 0)
	var errs []string
	Walk(context.Background(), []string{p}, Options{}, func(*news.Raw) error { return nil },
		func(e *Error) { errs = append(errs, e.Error()) })
	if len(errs) != 1 || !strings.HasSuffix(errs[0], "secret.txt: permission denied") {
		t.Errorf("errors %q", errs)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "one", "b.txt": "two", "c.txt": "three"})
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(*news.Raw) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	}, func(*Error) {})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("emit error: got %v after %d documents", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{dir}, Options{}, func(*news.Raw) error {
		n++
		cancel()
		return nil
	}, func(*Error) {})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel: got %v after %d documents", err, n)
	}
}

func TestRead(t *testing.T) {
	var got []string
	err := Read("dir/003_abc.txt", []byte("\xef\xbb\xbfText body."), func(r *news.Raw) error {
		got = append(got, summary(r))
		return nil
	})
	want := `dir/003_abc.txt id=003_abc fmt=text title="" body="Text body." flags=[bom-removed]`
	if err != nil || len(got) != 1 || got[0] != want {
		t.Errorf("Read = %q, %v; want %q", got, err, want)
	}
	got = nil
	err = Read("-", []byte("{\"text\":\"a\"}\n{bad\n"), func(r *news.Raw) error {
		got = append(got, summary(r))
		return nil
	})
	var e *Error
	if len(got) != 1 || !errors.As(err, &e) || e.Input != "stdin:2" {
		t.Errorf("Read(jsonl) = %q, %v", got, err)
	}
	if err := Read("x.bin", []byte("\x00\x01\x02"), func(*news.Raw) error { return nil }); err == nil ||
		err.Error() != "x.bin: binary data, not text" || !errors.Is(err, ErrBinary) {
		t.Errorf("Read(binary) = %v", err)
	}
}

func TestErrorOneLine(t *testing.T) {
	e := &Error{Input: "a\nb", Err: errors.New("bad\nthing")}
	if got := e.Error(); got != "a b: bad thing" {
		t.Errorf("Error() = %q", got)
	}
}

func TestWalkSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a/x.txt": "text"})
	if err := os.Symlink(dir, filepath.Join(dir, "a", "up")); err != nil {
		t.Fatal(err)
	}
	var got, errs []string
	Walk(context.Background(), []string{dir}, Options{}, func(r *news.Raw) error {
		got = append(got, r.ID)
		return nil
	}, func(e *Error) { errs = append(errs, strings.ReplaceAll(e.Error(), dir, "D")) })
	if strings.Join(got, " ") != "a/x" || strings.Join(errs, " ") != "D/a/up: directory loop through a symbolic link" {
		t.Errorf("got %q, errors %q", got, errs)
	}
}

func TestWalkLargeCompressedJSONLines(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&sb, "{\"id\": \"r%d\", \"text\": \"record number %d\"}\n", i, i)
	}
	writeTree(t, dir, map[string]string{"big.jsonl.gz": gzipped(sb.String())})
	n := 0
	var errs []string
	Walk(context.Background(), []string{dir}, Options{MaxSize: 200}, func(r *news.Raw) error {
		n++
		return nil
	}, func(e *Error) { errs = append(errs, e.Error()) })
	if n != 20 || errs != nil {
		t.Errorf("got %d records, errors %q; want 20 and none", n, errs)
	}
}

func TestReadUTF16Feed(t *testing.T) {
	feed := `<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>S</title><item><title>Caf` + "\u00e9" + `</title><description>d</description><guid>1</guid></item></channel></rss>`
	var b []byte
	b = append(b, 0xff, 0xfe)
	for _, r := range feed {
		b = append(b, byte(r), byte(r>>8))
	}
	var got []string
	err := Read("f.xml", b, func(r *news.Raw) error {
		got = append(got, r.Title)
		return nil
	})
	if err != nil || strings.Join(got, "|") != "Café" {
		t.Errorf("got %q, %v", got, err)
	}
}
