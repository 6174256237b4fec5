package extract

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
	"storyline/text"
)

var dump = flag.Bool("dump", false, "print cleaned seed articles")

func seed(t *testing.T, prefix string) (string, *news.Article) {
	t.Helper()
	dir := shared.Path(t, "seeds")
	m, _ := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if len(m) == 0 {
		t.Skipf("seed %s not found", prefix)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	a, err := Clean(string(b))
	if err != nil {
		t.Fatalf("Clean(%s): %v", m[0], err)
	}
	if *dump {
		t.Logf("%s\ntitle=%q author=%q published=%v/%s\nheadings=%q\n%s", m[0], a.Title, a.Author, a.PublishedValue(), a.PublishedSource, spans(a.Text, a.Headings), a.Text)
		for _, r := range a.Removed {
			t.Logf("removed %s@%d: %q", r.Kind, r.At, r.Text)
		}
	}
	return string(b), a
}

func spans(s string, sp []news.Span) []string {
	var out []string
	for _, x := range sp {
		out = append(out, x.In(s))
	}
	return out
}

func TestSeedHeadlineList(t *testing.T) {
	raw, a := seed(t, "003")
	var lines []string
	for _, l := range strings.Split(raw, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	if len(lines) < 16 {
		t.Fatalf("seed has %d lines", len(lines))
	}
	for _, l := range lines[len(lines)-16:] {
		if strings.Contains(a.Text, l) {
			t.Errorf("trailing line kept in text: %q", l)
		}
	}
	for _, l := range lines[:len(lines)-16] {
		if !strings.Contains(a.Text, l) {
			t.Errorf("body line lost: %q", l)
		}
	}
	if len(a.Headings) != 0 {
		t.Errorf("headings: %q", spans(a.Text, a.Headings))
	}
}

func TestSeedDateLines(t *testing.T) {
	for _, tc := range []struct {
		seed, date, start string
		headings          []string
	}{
		{"002", "2025-02-18", "Russia and the US", []string{"Improving Russian-US relations", "Concerns from allies they are being sidelined"}},
		{"004", "2025-02-19", "In the first", []string{"Serious discussion"}},
	} {
		t.Run(tc.seed, func(t *testing.T) {
			_, a := seed(t, tc.seed)
			if a.PublishedValue() != tc.date || a.PublishedSource != news.DateMetadata {
				t.Errorf("published %q/%q, want %s/metadata", a.PublishedValue(), a.PublishedSource, tc.date)
			}
			if !strings.HasPrefix(a.Text, tc.start) {
				t.Errorf("text starts %q", a.Text[:min(40, len(a.Text))])
			}
			got := spans(a.Text, a.Headings)
			if strings.Join(got, "|") != strings.Join(tc.headings, "|") {
				t.Errorf("headings %q, want %q", got, tc.headings)
			}
			for _, s := range text.Sentences(a.Text, a.Headings) {
				for _, h := range a.Headings {
					if s.Start < h.End && h.Start < s.End {
						t.Errorf("sentence %q overlaps heading %q", s.In(a.Text), h.In(a.Text))
					}
				}
			}
		})
	}
}

func TestSeedOneLinePerParagraph(t *testing.T) {
	raw, a := seed(t, "001")
	n := 0
	for _, l := range strings.Split(raw, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			n++
			if !strings.Contains(a.Text, l) {
				t.Errorf("line lost: %q", l)
			}
		}
	}
	if len(a.Paragraphs) != n {
		t.Errorf("%d paragraphs, want %d", len(a.Paragraphs), n)
	}
}

func TestSeedNoPeriodParagraph(t *testing.T) {
	_, a := seed(t, "000")
	if len(a.Headings) != 0 {
		t.Errorf("headings: %q", spans(a.Text, a.Headings))
	}
	if len(a.Removed) != 0 {
		t.Errorf("removed: %v", a.Removed)
	}
}
