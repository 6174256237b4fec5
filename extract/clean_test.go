package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/news"
	"storyline/text"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// checkArticle verifies the invariants of a clean article.
func checkArticle(t *testing.T, a *news.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Fatalf("text not valid UTF-8: %q", a.Text)
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
		t.Fatalf("bad paragraph breaks: %q", a.Text)
	}
	prev := -2
	for _, p := range a.Paragraphs {
		if p.Start != prev+2 || p.End > len(a.Text) || p.Start >= p.End {
			t.Fatalf("paragraph %v after %d in %q", p, prev, a.Text)
		}
		s := p.In(a.Text)
		if strings.TrimSpace(s) != s || strings.Contains(s, "\n") || strings.Contains(s, "  ") {
			t.Fatalf("paragraph %q not clean", s)
		}
		prev = p.End
	}
	if len(a.Paragraphs) > 0 && prev != len(a.Text) {
		t.Fatalf("paragraphs end at %d, text at %d", prev, len(a.Text))
	}
	for _, h := range a.Headings {
		found := false
		for _, p := range a.Paragraphs {
			found = found || p == h
		}
		if !found {
			t.Fatalf("heading %v is not a paragraph", h)
		}
	}
	for _, r := range a.Removed {
		if r.At < 0 || r.At > len(a.Text) || r.Kind == "" {
			t.Fatalf("removed %+v out of range", r)
		}
	}
	for _, s := range text.Sentences(a.Text, a.Headings) {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			t.Fatalf("sentence %v", s)
		}
	}
}

func TestCleanCases(t *testing.T) {
	for _, tc := range []struct {
		name, in  string
		text      string   // expected Text
		heads     []string // expected headings
		removed   []string // expected removed kinds, in order
		title     string
		published string
	}{
		{
			name:      "date line shares the first line",
			in:        " date 2024-06-03 Officials met in Geneva on Monday to discuss trade.\n\nThey agreed to meet again.",
			text:      "Officials met in Geneva on Monday to discuss trade.\n\nThey agreed to meet again.",
			removed:   []string{KindMetadata},
			published: "2024-06-03",
		},
		{
			name:      "labelled metadata block",
			in:        "Title: Port reopens after storm\nBy Ann Lee\nPublished: March 4, 2024\nSource: Harbour Daily\n\nThe port reopened on Sunday after a three-day closure, the authority said.",
			text:      "The port reopened on Sunday after a three-day closure, the authority said.",
			removed:   []string{KindMetadata, KindMetadata, KindMetadata, KindMetadata},
			title:     "Port reopens after storm",
			published: "2024-03-04",
		},
		{
			name:    "title line then body",
			in:      "Port reopens after storm\n\nThe port reopened on Sunday after a three-day closure, the authority said.\n",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.",
			removed: []string{KindTitle},
			title:   "Port reopens after storm",
		},
		{
			name: "subheading between paragraphs",
			in: "The port reopened on Sunday after a three-day closure, the authority said.\n\nDamage to the docks\n\n" +
				"Cranes and two warehouses were damaged by the winds, which reached 150 km/h.",
			text:  "The port reopened on Sunday after a three-day closure, the authority said.\n\nDamage to the docks\n\nCranes and two warehouses were damaged by the winds, which reached 150 km/h.",
			heads: []string{"Damage to the docks"},
		},
		{
			name: "long paragraph without final period is not a heading",
			in: "The port reopened on Sunday after a three-day closure, the authority said.\n\n" +
				"The closure came a day after the storm destroyed two warehouses on the eastern side of the harbour\n\n" +
				"Officials said repairs would take months.",
			text: "The port reopened on Sunday after a three-day closure, the authority said.\n\n" +
				"The closure came a day after the storm destroyed two warehouses on the eastern side of the harbour\n\n" +
				"Officials said repairs would take months.",
		},
		{
			name: "boilerplate lines",
			in: "Home > News > Business\n\nThe port reopened on Sunday after a three-day closure, the authority said.\n\nAdvertisement\n\n" +
				"Cranes were damaged by the winds.\n\nPhoto: Ann Lee/Harbour Daily\n\nShare this article\n\nReporting by Ann Lee; Editing by Tom Roe\n\n© 2024 Harbour Daily. All rights reserved.",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.\n\nCranes were damaged by the winds.",
			removed: []string{KindNavigation, KindAd, KindPhotoCredit, KindShare, KindCredits, KindCopyright},
		},
		{
			name: "appended headline list",
			in: "The port reopened on Sunday after a three-day closure, the authority said.\nCranes were damaged by the winds.\n\n\n" +
				"Election Campaign Enters Final Week With Tight Polls\nTech Giant Unveils New Phone Amid Slowing Sales\nStar Striker Ruled Out of Cup Final With Injury\n",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.\n\nCranes were damaged by the winds.",
			removed: []string{KindHeadlines, KindHeadlines, KindHeadlines},
		},
		{
			name: "entities in crawled text",
			in:   "Viacom paid a &#163;1.8m fine, AT&amp;T said on Monday.",
			text: "Viacom paid a £1.8m fine, AT&T said on Monday.",
		},
		{
			name: "same-topic title-case list at the end",
			in: "The port reopened on Sunday after a three-day closure, the authority said.\n\nCranes were damaged by the winds.\n\n" +
				"Port Authority Says Storm Damage Will Take Months to Repair\nShipping Companies Reroute Vessels as Port Stays Shut After Storm\nStorm Winds Damage Cranes and Warehouses at the Eastern Harbour\n",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.\n\nCranes were damaged by the winds.",
			removed: []string{KindHeadlines, KindHeadlines, KindHeadlines},
		},
		{
			name: "article list entries stay",
			in: "The shortlist for the award was announced on Monday, the organisers said.\n\n" +
				"Jane Doe (The Long Road, Harper)\nJohn Roe (Winter Light, Faber)\nAnn Lee (Salt, Penguin)\n",
			text: "The shortlist for the award was announced on Monday, the organisers said.\n\nJane Doe (The Long Road, Harper)\n\nJohn Roe (Winter Light, Faber)\n\nAnn Lee (Salt, Penguin)",
		},
		{
			name: "caption and credit lines",
			in: "The port reopened on Sunday after a three-day closure, the authority said.\n\nImage source, Getty Images\n\nImage caption, Cranes at the port were damaged\n\n" +
				"Repairs will take months, officials said.",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.\n\nRepairs will take months, officials said.",
			removed: []string{KindPhotoCredit, KindPhotoCredit},
		},
		{
			name:    "trailing metadata lines",
			in:      "The port reopened on Sunday after a three-day closure, the authority said.\n\nTags: ports, storms\nSource: Harbour Daily\nPublished: 12 May 2031",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.",
			removed: []string{KindMetadata, KindMetadata, KindMetadata},
		},
		{
			name: "wrapped body then a headline list",
			in: "The port reopened on Sunday after a three-day closure, the\nauthority said, adding that ships were already queueing\noutside the harbour for berths.\n\n" +
				"Election Campaign Enters Final Week With Tight Polls\nTech Giant Unveils New Phone Amid Slowing Sales Figures\nStar Striker Ruled Out of Cup Final With Knee Injury\n",
			text:    "The port reopened on Sunday after a three-day closure, the authority said, adding that ships were already queueing outside the harbour for berths.",
			removed: []string{KindHeadlines, KindHeadlines, KindHeadlines},
		},
		{
			name: "headline list with time stamps and labels",
			in: "The port reopened on Sunday after a three-day closure, the authority said.\n\nCranes were damaged by the winds.\n\n" +
				"Politics\nElection Campaign Enters Final Week With Tight Polls\n2 hours ago\nTech Giant Unveils New Phone Amid Slowing Sales\n5 hours ago\nStar Striker Ruled Out of Cup Final With Injury\nFeb 18, 2025\n",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.\n\nCranes were damaged by the winds.",
			removed: []string{KindHeadlines, KindHeadlines, KindMetadata, KindHeadlines, KindMetadata, KindHeadlines, KindMetadata},
		},
		{
			name: "headline list before the title",
			in: "Election Campaign Enters Final Week With Tight Polls\nTech Giant Unveils New Phone Amid Slowing Sales\nStar Striker Ruled Out of Cup Final With Injury\n\n" +
				"Port reopens after three-day storm closure\n\nThe port reopened on Sunday after a three-day closure, the authority said.",
			text:    "The port reopened on Sunday after a three-day closure, the authority said.",
			removed: []string{KindHeadlines, KindHeadlines, KindHeadlines, KindTitle},
			title:   "Port reopens after three-day storm closure",
		},
		{
			name: "byline below the standfirst",
			in: "Port reopens after storm\n\nShips queue as the harbour opens again after three days.\n\nBy Ann Lee\n\n" +
				"The port reopened on Sunday after a three-day closure, the authority said.",
			text:    "Ships queue as the harbour opens again after three days.\n\nThe port reopened on Sunday after a three-day closure, the authority said.",
			removed: []string{KindTitle, KindMetadata},
			title:   "Port reopens after storm",
		},
		{
			name: "one paragraph per line",
			in:   "The port reopened on Sunday.\nCranes were damaged.\nRepairs will take months\n",
			text: "The port reopened on Sunday.\n\nCranes were damaged.\n\nRepairs will take months",
		},
		{
			name: "hard-wrapped text is joined",
			in: "    The port reopened on Sunday after a three-day closure,\nthe authority said, adding that ships were already\nqueueing outside the harbour for berths.\n" +
				"    Cranes and two warehouses were damaged by the winds,\nwhich reached 150 km/h on Friday night, officials\nsaid in a statement issued late on Saturday.\n",
			text: "The port reopened on Sunday after a three-day closure, the authority said, adding that ships were already queueing outside the harbour for berths.\n\n" +
				"Cranes and two warehouses were damaged by the winds, which reached 150 km/h on Friday night, officials said in a statement issued late on Saturday.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Clean(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Text != tc.text {
				t.Errorf("text\n got: %q\nwant: %q", a.Text, tc.text)
			}
			if got := spans(a.Text, a.Headings); strings.Join(got, "|") != strings.Join(tc.heads, "|") {
				t.Errorf("headings %q, want %q", got, tc.heads)
			}
			var kinds []string
			for _, r := range a.Removed {
				kinds = append(kinds, r.Kind)
			}
			if strings.Join(kinds, ",") != strings.Join(tc.removed, ",") {
				t.Errorf("removed %q, want %q (%+v)", kinds, tc.removed, a.Removed)
			}
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if a.PublishedValue() != tc.published {
				t.Errorf("published %q, want %q", a.PublishedValue(), tc.published)
			}
		})
	}
}

// golden is what the golden files record of a cleaned article.
type golden struct {
	Title     string         `json:"title"`
	Author    string         `json:"author,omitempty"`
	Published string         `json:"published,omitempty"`
	Source    string         `json:"published_source,omitempty"`
	Flags     []string       `json:"flags,omitempty"`
	Headings  []string       `json:"headings,omitempty"`
	Removed   []news.Removed `json:"removed,omitempty"`
	Text      string         `json:"text"`
}

// TestCleanGolden cleans every testdata/*.txt article and compares the
// result with testdata/*.golden.json (rewrite with -update).
func TestCleanGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Clean(string(in))
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			g := golden{Title: a.Title, Author: a.Author, Published: a.PublishedValue(), Source: string(a.PublishedSource), Flags: a.Flags,
				Headings: spans(a.Text, a.Headings), Removed: a.Removed, Text: a.Text}
			got, _ := json.MarshalIndent(g, "", "  ")
			got = append(got, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs (run with -update to accept):\n%s", gf, got)
			}
		})
	}
}

func TestHash(t *testing.T) {
	a := Hash("Russia and the US agreed.\n\nTalks go on.")
	b := Hash("  russia  and the US   agreed .\nTalks go on ")
	if a != b {
		t.Errorf("re-spaced copies hash differently")
	}
	if a == Hash("Russia and the US disagreed.") {
		t.Errorf("different texts hash equal")
	}
}

func FuzzClean(f *testing.F) {
	f.Add(" date 2025-02-18 Russia and the US agreed to talk.\n\nSerious discussion\n\nThey met.")
	f.Add("Title: X\nBy A B\n\nBody text with enough words here.\n\nA\nB C\nD E F\n")
	f.Add("\xff\xfe\r\n\r\n\u2028 \t")
	f.Add("    wrapped line one that is long enough to\ncount as wrapped text for the joiner here\nand more words follow on this line too ok\n")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Clean(s)
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}
