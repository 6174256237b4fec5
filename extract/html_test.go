package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestWalkBlocks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<p><span>24 July 2015</span><span>From the section</span></p>`, "24 July 2015 From the section"},
		{`<p><span class="dropcap">T</span>he minister said <a href="/r">Reuters</a>, Trump<a href="/t">’s</a> aide.</p>`, "The minister said Reuters, Trump’s aide."},
		{`<h2>Next steps</h2><p>Talks go on.<br>Next week.</p>`, "#Next steps|Talks go on.|Next week."},
		{`<nav><a>Home</a></nav><p>Body.</p><script>var x;</script><footer>© 2025</footer>`, "Body."},
		{`<ul><li><a href="/a">Link one here</a></li><li>Plain item</li></ul>`, "@Link one here|Plain item"},
		{`<div hidden>secret</div><div style="display: none">gone</div><p>Shown.</p>`, "Shown."},
		{`<p>a &amp; b&nbsp;c</p>`, "a & b c"},
	} {
		doc, err := html.Parse(strings.NewReader(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range walkBlocks(bodyOf(doc), true) {
			s := b.text
			if b.heading {
				s = "#" + s
			}
			if b.link {
				s = "@" + s
			}
			got = append(got, s)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("walkBlocks(%s) = %q, want %q", tc.in, strings.Join(got, "|"), tc.want)
		}
	}
}

func TestPageTitle(t *testing.T) {
	for _, tc := range []struct{ in, site, author, want string }{
		{"Talks resume | Example News", "Example News", "", "Talks resume"},
		{"Example News | Talks resume after long pause", "", "", "Talks resume after long pause"},
		{"Talks resume after long pause - Example News", "Example News", "", "Talks resume after long pause"},
		{"Talks resume - and stall", "", "", "Talks resume - and stall"},
		{"'What is the sea telling us?': whales strand | Eleanor Ainge Roy", "", "Eleanor Ainge Roy", "'What is the sea telling us?': whales strand"},
	} {
		if got := pageTitle(tc.in, tc.site, tc.author); got != tc.want {
			t.Errorf("pageTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := authors("Jane Doe; JANE DOE | John Roe SHARE TWEET"); got != "Jane Doe; John Roe" {
		t.Errorf("authors = %q", got)
	}
}
