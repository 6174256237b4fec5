package extract

import (
	"strings"
	"testing"
	"time"

	"storyline/text"
)

func TestTmpAdversarial(t *testing.T) {
	for name, in := range map[string]string{
		"one long line":   strings.Repeat("abc ", 250000),
		"no spaces":       strings.Repeat("x", 1000000),
		"many lines":      strings.Repeat("Short Title Line Here\n", 50000),
		"many sentences":  strings.Repeat("He said. ", 100000),
		"many dots":       strings.Repeat(". ", 300000),
		"headline pairs":  strings.Repeat("Officials met in Geneva on Tuesday to talk about trade.\nShort Title Line Here Again Now\n", 20000),
		"date lines":      strings.Repeat(" date 2025-02-18 \n", 20000) + "Body text that is long enough to count.",
		"many blank":      strings.Repeat("\n", 1000000) + "Body text that is long enough to count.",
		"wrapped":         strings.Repeat("the quick brown fox jumps over the lazy dog again and again ok\n", 20000),
	} {
		start := time.Now()
		a, err := Clean(in)
		d := time.Since(start)
		n := 0
		if err == nil {
			n = len(text.Sentences(a.Text, a.Headings))
		}
		t.Logf("%-15s %6d KB clean %v sentences %d (%v total) err=%v", name, len(in)/1024, d, n, time.Since(start), err)
	}
}
