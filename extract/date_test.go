package extract

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in       string
		want     string // RFC 3339, "" when not a date
		dateOnly bool
	}{
		{"2025-02-18", "2025-02-18T00:00:00Z", true},
		{"2025/02/18", "2025-02-18T00:00:00Z", true},
		{"2025-02-18T10:00:00Z", "2025-02-18T10:00:00Z", false},
		{"2025-02-18T10:00:00.123+03:00", "2025-02-18T10:00:00+03:00", false},
		{"2025-02-18 10:00", "2025-02-18T10:00:00Z", false},
		{"February 18, 2025", "2025-02-18T00:00:00Z", true},
		{"Feb 18, 2025", "2025-02-18T00:00:00Z", true},
		{"Feb. 18, 2025", "2025-02-18T00:00:00Z", true},
		{"February 18th, 2025", "2025-02-18T00:00:00Z", true},
		{"Tuesday, February 18, 2025", "2025-02-18T00:00:00Z", true},
		{"18 Feb 2025", "2025-02-18T00:00:00Z", true},
		{"18th of February 2025", "2025-02-18T00:00:00Z", true},
		{"18-Feb-2025", "2025-02-18T00:00:00Z", true},
		{"18 Feb 2025 14:03 GMT", "2025-02-18T14:03:00Z", false},
		{"Tue, 18 Feb 2025 14:03:00 +0000", "2025-02-18T14:03:00Z", false},
		{"Feb. 18, 2025 10:03 a.m. ET", "2025-02-18T10:03:00-05:00", false},
		{"February 18, 2025 at 3:15 PM EST", "2025-02-18T15:15:00-05:00", false},
		{"18/02/2025", "2025-02-18T00:00:00Z", true},
		{"10:32 AM EST, Tue February 18, 2025", "2025-02-18T10:32:00-05:00", false},
		{"Monday 17 February 2025 10.32 GMT", "2025-02-17T10:32:00Z", false},
		{"Feb 18 2025", "2025-02-18T00:00:00Z", true},
		{"02/18/2025", "2025-02-18T00:00:00Z", true},
		{"18.02.2025", "2025-02-18T00:00:00Z", true},
		{"03/04/2025", "", false}, // ambiguous
		{"2025-02-30", "", false},
		{"2025-13-01", "", false},
		{"Feb 18", "", false},
		{"May the force be with you", "", false},
		{"2025", "", false},
		{"18 Feb 2025 and more", "", false},
		{"", "", false},
	} {
		got, only, ok := ParseDate(tc.in)
		if tc.want == "" {
			if ok {
				t.Errorf("ParseDate(%q) = %v, want no date", tc.in, got)
			}
			continue
		}
		want, _ := time.Parse(time.RFC3339, tc.want)
		if !ok || !got.Equal(want) || only != tc.dateOnly {
			t.Errorf("ParseDate(%q) = %v %v %v, want %v dateOnly=%v", tc.in, got, only, ok, want, tc.dateOnly)
		}
	}
}

func TestParseMeta(t *testing.T) {
	for _, tc := range []struct {
		in, field, value, date, rest string
	}{
		{" date 2025-02-18 Russia and the US agreed to talk.", "date", "", "2025-02-18", "Russia and the US agreed to talk."},
		{"Date: 2025-02-18", "date", "", "2025-02-18", ""},
		{"date 2025-02-18 iPhone sales rose sharply in the first quarter.", "date", "", "2025-02-18", "iPhone sales rose sharply in the first quarter."},
		{"date 2025-02-18T10:00:00Z “We agreed,” the minister said on Tuesday.", "date", "", "2025-02-18", "“We agreed,” the minister said on Tuesday."},
		{"Published: 18 Feb 2025 14:03 GMT", "date", "", "2025-02-18", ""},
		{"Updated February 19, 2025 | 3 min read", "updated", "", "2025-02-19", ""},
		{"February 18, 2025", "date", "", "2025-02-18", ""},
		{"Feb 18, 2025 — Officials met in Geneva on Tuesday.", "date", "", "2025-02-18", "Officials met in Geneva on Tuesday."},
		{"By Jane Doe", "author", "Jane Doe", "", ""},
		{"Last modified on Tue 18 Feb 2025 10.32 GMT", "updated", "", "2025-02-18", ""},
		{"Published on 18 February 2025", "date", "", "2025-02-18", ""},
		{"BY JANE DOE | Feb 18, 2025", "author", "JANE DOE", "2025-02-18", ""},
		{"Title: Talks resume", "title", "Talks resume", "", ""},
		{"Source: Example News", "source", "Example News", "", ""},
		{"URL: https://example.com/a", "url", "https://example.com/a", "", ""},
		{"https://example.com/a", "url", "https://example.com/a", "", ""},
		{"Updated 3 hours ago", "other", "", "", ""},
		{"Dates rose in price this year, traders said.", "", "", "", ""},
		{"By the end of the week, talks had stalled.", "", "", "", ""},
		{"By Monday, the talks had stalled.", "", "", "", ""},
		{"By Tuesday the ceasefire had collapsed", "", "", "", ""},
		{"By Western standards, the vote was fair.", "", "", "", ""},
		{"By Jane Doe, Reuters", "author", "Jane Doe", "", ""},
		{"Source of the leak remains unknown, officials said.", "", "", "", ""},
		{"February 18, 2025 was a cold day in Moscow.", "", "", "", ""},
	} {
		md, ok := parseMeta(tc.in)
		if tc.field == "" {
			if ok {
				t.Errorf("parseMeta(%q) = %+v, want none", tc.in, md)
			}
			continue
		}
		d := ""
		if !md.date.IsZero() {
			d = md.date.Format("2006-01-02")
		}
		if !ok || md.field != tc.field || md.value != tc.value || d != tc.date || md.rest != tc.rest {
			t.Errorf("parseMeta(%q) = %+v %v, want %s %q %s %q", tc.in, md, ok, tc.field, tc.value, tc.date, tc.rest)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-02-18T10:00:00Z", "Feb. 18, 2025 10:03 a.m. ET", "Tue, 18 Feb 2025 14:03:00 +0000",
		"18/02/2025", "18th of February 2025", "9999-99-99T99:99", "Feb 31, 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, only, ok := ParseDate(s); ok {
			if d.Year() < 1900 || d.Year() > 2100 {
				t.Fatalf("ParseDate(%q) = %v", s, d)
			}
			if only && (d.Hour() != 0 || d.Minute() != 0) {
				t.Fatalf("date-only %v has a time", d)
			}
		}
		if _, _, n, ok := parseDatePrefix(s); ok && (n < 0 || n > len(s)) {
			t.Fatalf("prefix length %d of %q", n, s)
		}
		parseMeta(s)
	})
}
