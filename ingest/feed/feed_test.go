package feed

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/news"
)

func summary(r *news.Raw) string {
	pub := ""
	if !r.Published.IsZero() {
		pub = r.Published.UTC().Format("2006-01-02T15:04:05")
	}
	return fmt.Sprintf("%s id=%s fmt=%s title=%q src=%q url=%q pub=%s body=%q desc=%q flags=%v",
		r.Input, r.ID, r.Format, r.Title, r.Source, r.URL, pub, r.Body, r.Description, r.Flags)
}

func run(data string) (got, errs []string) {
	_ = Read("f.xml", []byte(data), func(r *news.Raw) error {
		got = append(got, summary(r))
		return nil
	}, func(input string, err error) { errs = append(errs, input+": "+err.Error()) })
	return got, errs
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Daily &amp; Wire</title>
<item><title>Talks &amp;amp; trade</title><link>https://x/1</link><guid>g-1</guid>
<pubDate>Tue, 18 Feb 2025 14:30:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Full body.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://x/2</link>
<pubDate>Tues, 18 Feb 2025 15:00:00 EST</pubDate>
<description>&lt;p&gt;Only a description.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://x/3</link></item>
</channel></rss>
`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom News</title>
<entry><title type="html">Q&amp;amp;A: &lt;em&gt;the&lt;/em&gt; deal</title>
<link href="https://a/1"/><id>tag:a,2025:1</id>
<updated>2025-02-18T10:00:00Z</updated>
<content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry>
</feed>
`

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>RDF Site</title></channel>
<item><title>R1</title><link>https://r/1</link><description>RDF body.</description><dc:date>2025-02-18</dc:date></item>
</rdf:RDF>
`

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		errs     []string
	}{
		{
			name: "rss",
			in:   rss,
			want: []string{
				`f.xml#1 id=b9f0f16ed660fd15 fmt=html title="Talks & trade" src="Daily & Wire" url="https://x/1" pub=2025-02-18T14:30:00 body="<p>Full body.</p>" desc="Short summary." flags=[]`,
				`f.xml#2 id=c7b38d19c21620dd fmt=html title="Second" src="Daily & Wire" url="https://x/2" pub=2025-02-18T20:00:00 body="<p>Only a description.</p>" desc="<p>Only a description.</p>" flags=[]`,
			},
			errs: []string{"f.xml#3: feed item has no content or description"},
		},
		{
			name: "atom",
			in:   atom,
			want: []string{`f.xml#1 id=93da19ef07ed0ff1 fmt=html title="Q&A: the deal" src="Atom News" url="https://a/1" pub=2025-02-18T10:00:00 body="<p>Atom body.</p>" desc="" flags=[]`},
		},
		{
			name: "rdf",
			in:   rdf,
			want: []string{`f.xml#1 id=fbca5e5d32c90e3c fmt=text title="R1" src="RDF Site" url="https://r/1" pub=2025-02-18T00:00:00 body="RDF body." desc="RDF body." flags=[]`},
		},
		{
			name: "latin1 declared",
			in:   "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>T</title><item><title>Caf\xe9</title><description>cr\xe8me</description><guid>1</guid></item></channel></rss>",
			want: []string{`f.xml#1 id=3cff2ff0d509169c fmt=text title="Café" src="T" url="" pub= body="crème" desc="crème" flags=[decoded:windows-1252]`},
		},
		{
			name: "latin1 undeclared",
			in:   "<rss><channel><title>T</title><item><title>Caf\xe9</title><description>x</description><guid>1</guid></item></channel></rss>",
			want: []string{`f.xml#1 id=3cff2ff0d509169c fmt=text title="Café" src="T" url="" pub= body="x" desc="x" flags=[decoded:windows-1252]`},
		},
		{
			name: "truncated",
			in:   rss[:len(rss)/2],
			errs: []string{"f.xml: truncated feed: root element not closed"},
		},
		{
			name: "truncated atom",
			in:   "<feed><title>T</title><entry><title>x</title><content>y</content></entry>",
			errs: []string{"f.xml: truncated feed: root element not closed"},
		},
		{
			name: "malformed",
			in:   "<rss><channel><<item><title>x</title></item></channel></rss>",
			errs: []string{"f.xml: malformed feed: "},
		},
		{
			name: "no items",
			in:   "<rss><channel><title>T</title></channel></rss>",
			errs: []string{"f.xml: feed has no items"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := run(tt.in)
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

func TestLooks(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{rss, true}, {atom, true}, {rdf, true},
		{"<!-- c --><rss version=\"2.0\">", true},
		{"<html><body>rss</body></html>", false},
		{"plain text about <rss feeds", false},
	}
	for _, tt := range tests {
		if got := Looks([]byte(tt.in)); got != tt.want {
			t.Errorf("Looks(%.30q) = %v", tt.in, got)
		}
	}
	if n := Count([]byte(rss)); n != 3 {
		t.Errorf("Count = %d, want 3", n)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{rss, atom, rdf, rss[:100], "<rss></rss>", "<feed><entry><title>&amp;</title></entry></feed>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Read("f", b, func(r *news.Raw) error {
			for _, s := range []string{string(r.Body), r.Title, r.ID, r.Source, r.URL, r.Description} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q from %q", s, b)
				}
			}
			return nil
		}, func(string, error) {})
	})
}

func TestItemID(t *testing.T) {
	a := itemID("https://x/1", "", "feedA", "", "")
	if b := itemID("https://x/1", "", "feedB", "", ""); a != b {
		t.Error("a URL guid depends on the feed")
	}
	if itemID("42", "", "feedA", "", "") == itemID("42", "", "feedB", "", "") {
		t.Error("a local guid is not scoped to its feed")
	}
	if itemID("", "https://x/2", "feedA", "", "") != itemID("", "https://x/2", "feedB", "", "") {
		t.Error("the link depends on the feed")
	}
	if itemID("", "", "f", "t", "b1") == itemID("", "", "f", "t", "b2") {
		t.Error("the content hash ignores the body")
	}
}
