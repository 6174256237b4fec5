package cluster

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// explain writes which views and terms drove a decision.
func (c *Clusterer) explain(i int32, v Vector, doc [numViews][]weighted, score, threshold float64, f [NumFeatures]float64, joined bool) string {
	s := c.stories[i]
	var b strings.Builder
	if joined {
		fmt.Fprintf(&b, "joined %s (score %.2f ≥ %.2f):", s.id, score, threshold)
	} else {
		fmt.Fprintf(&b, "new story: closest %s scored %.2f < %.2f:", s.id, score, threshold)
	}
	for view := range numViews {
		if math.IsNaN(f[view]) {
			fmt.Fprintf(&b, " %s n/a;", viewNames[view])
			continue
		}
		fmt.Fprintf(&b, " %s %.2f", viewNames[view], f[view])
		if terms := topTerms(&s.views[view], doc[view], v.Views[view], 3); len(terms) > 0 {
			fmt.Fprintf(&b, " [%s]", strings.Join(terms, ", "))
		}
		b.WriteString(";")
	}
	if !v.Time.IsZero() && s.dated > 0 {
		fmt.Fprintf(&b, " time %.1f days from the story's mean, %.1f hours from its latest", abs(days(v.Time)-s.mean()), abs(v.Time.Sub(s.last).Hours()))
	} else {
		b.WriteString(" time unknown")
	}
	return b.String()
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// topTerms returns the terms of a document view that contribute most to its
// cosine with a centroid.
func topTerms(cen *centroid, doc []weighted, terms []Term, n int) []string {
	type contrib struct {
		text string
		w    float32
	}
	var cs []contrib
	for _, t := range doc {
		if w := t.w * cen.weight(t.key); w > 0 {
			cs = append(cs, contrib{terms[t.idx].Text, w})
		}
	}
	slices.SortFunc(cs, func(a, b contrib) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return strings.Compare(a.text, b.text)
	})
	var out []string
	for _, c := range cs[:min(n, len(cs))] {
		out = append(out, c.text)
	}
	return out
}
