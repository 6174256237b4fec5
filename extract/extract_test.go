package extract

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"storyline/news"
)

const pageHTML = `<!DOCTYPE html>
<html lang="en"><head>
<title>Ministers agree to resume talks | Example News</title>
<meta property="og:title" content="Ministers agree to resume talks">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-02-18T10:00:00Z">
<meta property="og:site_name" content="Example News">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav></header>
<main><article>
<h1>Ministers agree to resume talks</h1>
<p class="byline">By Jane Doe</p>
<p>The foreign ministers of the two countries agreed on Tuesday to resume talks on trade and travel, officials said after a meeting in Geneva that lasted four hours.</p>
<p>“We not only listened, but also heard each other,” said one minister. “And I have reason to believe the other side understands our position better now.”</p>
<h2>Sanctions remain</h2>
<p>Sanctions imposed in earlier years remain in force, and neither side said when they might be lifted. Analysts said the meeting was a first step rather than a breakthrough.</p>
<p>Advertisement</p>
<p>The ministers will meet again next month in Vienna, where experts are to prepare a broader agreement covering embassies, flights and visas.</p>
<p>Reporting by John Roe; Editing by Mary Major</p>
</article>
<aside><h3>Related</h3><ul>
<li><a href="/a">Storm Floods Coastal Towns as Rivers Burst Their Banks</a></li>
<li><a href="/b">Central Bank Holds Rates Steady Amid Inflation Worries</a></li>
<li><a href="/c">Football Club Signs Young Striker in Record Deal</a></li>
</ul></aside></main>
<footer><p>© 2025 Example News. All rights reserved.</p></footer>
</body></html>`

func TestExtractHTML(t *testing.T) {
	a, err := Extract(&news.Raw{Input: "page.html", Body: []byte(pageHTML), Format: "html", Flags: []string{"decoded:utf-8"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ministers agree to resume talks" {
		t.Errorf("title %q", a.Title)
	}
	if a.Author != "Jane Doe" {
		t.Errorf("author %q", a.Author)
	}
	if a.PublishedValue() != "2025-02-18" || a.PublishedSource != news.DateMetadata {
		t.Errorf("published %q %q", a.PublishedValue(), a.PublishedSource)
	}
	if !strings.HasPrefix(a.Text, "The foreign ministers") {
		t.Errorf("text starts %q", a.Text[:min(len(a.Text), 60)])
	}
	for _, junk := range []string{"Advertisement", "Reporting by", "Storm Floods", "All rights reserved", "Home", "By Jane Doe"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text holds %q:\n%s", junk, a.Text)
		}
	}
	if got := spans(a.Text, a.Headings); len(got) != 1 || got[0] != "Sanctions remain" {
		t.Errorf("headings %q", got)
	}
	if len(a.Paragraphs) != 5 {
		t.Errorf("%d paragraphs:\n%s", len(a.Paragraphs), a.Text)
	}
	if a.Lang != "en" || a.Hash == "" || a.Flags[0] != "decoded:utf-8" {
		t.Errorf("lang %q hash %q flags %q", a.Lang, a.Hash, a.Flags)
	}
}

func TestExtractHTMLFragment(t *testing.T) {
	frag := `<p>Officials from both countries met in Geneva on Tuesday and agreed to resume talks.</p><p>The next round is due in March, a spokesman said.</p>`
	a, err := Extract(&news.Raw{Input: "feed.xml#3", Body: []byte(frag), Title: "Talks resume"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Officials from both countries met in Geneva on Tuesday and agreed to resume talks.\n\nThe next round is due in March, a spokesman said."
	if a.Text != want || a.Title != "Talks resume" {
		t.Errorf("got title %q text %q", a.Title, a.Text)
	}
}

func TestExtractHTMLLinkList(t *testing.T) {
	page := `<html><head><title>Port reopens</title></head><body><article>
<p>The port reopened on Sunday after a three-day closure, the harbour authority said in a statement, adding that ships were queueing outside.</p>
<ul><li><a href="/a">Storm damage shuts port for three days</a></li>
<li><a href="/b">Harbour workers begin clearing debris after storm</a></li></ul>
<p>Cranes and two warehouses were damaged by the winds, which reached 150 km/h on Friday night, officials said.</p>
<p>Repairs to the eastern docks are expected to take several months and cost millions, the authority added on Sunday.</p>
</article></body></html>`
	a, err := Extract(&news.Raw{Input: "links.html", Body: []byte(page)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Storm damage") || strings.Contains(a.Text, "clearing debris") {
		t.Errorf("link list kept:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "Cranes and two warehouses") {
		t.Errorf("body lost:\n%s", a.Text)
	}
	// The simple DOM walk (used for fragments) marks the links itself.
	doc, _ := html.Parse(strings.NewReader(page))
	a, err = cleanBlocks(walkBlocks(bodyOf(doc), true), Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range a.Removed {
		kinds = append(kinds, r.Kind)
	}
	if strings.Join(kinds, ",") != KindHeadlines+","+KindHeadlines || strings.Contains(a.Text, "Storm damage") {
		t.Errorf("walk: removed %q, text:\n%s", kinds, a.Text)
	}
}

func TestExtractHTMLNoTextDate(t *testing.T) {
	page := `<html><head><title>Talks resume</title></head><body><article>
<p>The invasion that began on February 24, 2022, changed relations between the two countries for years, officials said on Tuesday.</p>
<p>The ministers met again in Geneva and agreed to resume talks on trade, travel and the staffing of their embassies.</p>
</article></body></html>`
	a, err := Extract(&news.Raw{Input: "nodate.html", Body: []byte(page)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.IsZero() || a.PublishedSource != news.DateUnknown {
		t.Errorf("a date from the body text became metadata: %v %q", a.Published, a.PublishedSource)
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  news.Raw
	}{
		{"empty html", news.Raw{Input: "a.html", Format: "html"}},
		{"truncated html", news.Raw{Input: "b.html", Body: []byte(`<html><head><title>X</title></head><body><div cla`)}},
		{"no prose", news.Raw{Input: "c.txt", Format: "text", Body: []byte("Home\nMenu\n© 2025 Example")}},
		{"empty text", news.Raw{Input: "d.txt", Body: []byte("   \n\n ")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(&tc.raw, Options{})
			if err == nil || !errors.Is(err, ErrNoText) && !strings.Contains(err.Error(), tc.raw.Input) {
				t.Fatalf("err = %v", err)
			}
			if !strings.Contains(err.Error(), tc.raw.Input) {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
}

func TestExtractTruncatedHTMLKeepsText(t *testing.T) {
	cut := pageHTML[:strings.Index(pageHTML, "<h2>")+10]
	a, err := Extract(&news.Raw{Input: "cut.html", Body: []byte(cut)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "resume talks on trade") {
		t.Errorf("text %q", a.Text)
	}
}

func TestExtractText(t *testing.T) {
	given := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	body := "Ministers agree to resume talks\n\nBy Jane Doe\n\nThe foreign ministers agreed on Tuesday to resume talks, officials said.\n\nShare this article\n"
	a, err := Extract(&news.Raw{Input: "x.txt", ID: "x", Body: []byte(body), Published: given, DateOnly: true, URL: "https://example.com/x", Source: "Example"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "x" || a.Title != "Ministers agree to resume talks" || a.Author != "Jane Doe" ||
		a.PublishedSource != news.DateGiven || !a.Published.Equal(given) || !a.DateOnly ||
		a.URL != "https://example.com/x" || a.Source != "Example" {
		t.Errorf("got %+v", a)
	}
	if a.Text != "The foreign ministers agreed on Tuesday to resume talks, officials said." {
		t.Errorf("text %q", a.Text)
	}
	a, err = Extract(&news.Raw{Input: "z.txt", Title: "Ministers agree to resume talks - Example News", Body: []byte(body)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ministers agree to resume talks - Example News" || strings.HasPrefix(a.Text, "Ministers") {
		t.Errorf("hinted title: %q, text %q", a.Title, a.Text)
	}
	a, err = Extract(&news.Raw{Input: "y.txt", Body: []byte("The foreign ministers agreed on Tuesday to resume talks on trade, travel and embassies, officials said.")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "" || a.Title == "" || a.PublishedSource != news.DateUnknown {
		t.Errorf("id %q title %q source %q", a.ID, a.Title, a.PublishedSource)
	}
}

func TestLooksHTML(t *testing.T) {
	for in, want := range map[string]bool{
		"<!DOCTYPE html><html>":            true,
		"  <p>Hello</p>":                   true,
		"Text with <br> a <br> break":      true,
		"Plain text about a < b and c > d": false,
		"":                                 false,
	} {
		if got := looksHTML([]byte(in)); got != want {
			t.Errorf("looksHTML(%q) = %v", in, got)
		}
	}
}

func FuzzExtractHTML(f *testing.F) {
	f.Add(pageHTML)
	f.Add(`<p>Short fragment with a <b>bold</b> word and enough words to count as prose.</p>`)
	f.Add(`<html><body><div cla`)
	f.Add("<h2>\xff</h2><p>x</p>")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Extract(&news.Raw{Input: "fuzz", Body: []byte(s), Format: "html"}, Options{})
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}
