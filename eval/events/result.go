package events

import (
	"fmt"
	"io"
)

// Score counts the outcome of one group (a topic, an entity, or everything).
type Score struct {
	Name       string
	Gold       int // gold items (anchored mentions, timeline mentions)
	Found      int // gold items the system dates compatibly
	Sys        int // system items considered for precision
	SysCorrect int // of which correct
}

// P returns the precision.
func (s Score) P() float64 { return ratio(s.SysCorrect, s.Sys) }

// R returns the recall.
func (s Score) R() float64 { return ratio(s.Found, s.Gold) }

// F1 returns the harmonic mean of P and R.
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *Score) add(o Score) {
	s.Gold += o.Gold
	s.Found += o.Found
	s.Sys += o.Sys
	s.SysCorrect += o.SysCorrect
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result is the evaluation of one data set.
type Result struct {
	Dataset string
	Metric  string // one-line description of the metric
	Docs    int
	Events  int     // system timeline events over all stories
	Overall Score   // micro-averaged
	Groups  []Score // per topic (MEANTIME) or per target entity (SemEval)
	// MEANTIME only: anchored mentions in sentences without any system
	// event, and the split of the anchored mentions by anchor.
	NoEvent           int
	NoEventTimex      int // of which the sentence holds a system DATE expression compatible with the gold anchor
	DCTGold, DCTFound int // mentions anchored to the creation time only
	// SemEval only: gold mentions whose word is not in the sentence named
	// or whose document is not in the corpus.
	Misplaced int
	Warnings  []string // documents an annotator failed on
	// SemEval only: the official-style temporal-awareness evaluation.
	Awareness *Awareness
}

// Awareness is the official-style evaluation of SemEval-2015 Task 4:
// temporal awareness of the timeline graphs, per target entity and
// micro-averaged (relation counts summed over the entities). In each Score,
// Sys counts the relations of the non-redundant system graph and SysCorrect
// those the closed gold graph entails; Gold counts the relations of the
// non-redundant gold graph and Found those the closed system graph entails.
type Awareness struct {
	Dataset   string
	Metric    string
	Overall   Score   // every relation, micro-averaged
	Ordering  Score   // relations between two event mentions only, micro-averaged
	Groups    []Score // per target entity, every relation
	Baselines []Score // gold-derived timelines scored against the gold, micro-averaged
	// System timeline entries of the entities from the story timeline, and
	// of them those whose sentence holds no phrase read as the event's
	// trigger (left out).
	Entries, Unmapped int
	// Tagged counts the tagged event mentions the entities take part in,
	// Mentions the mentions of the system timelines (story and tagged, each
	// mention once).
	Tagged, Mentions int
	// Gold mentions listed again at a later position (the first kept).
	Repeated int
}

// Write prints the evaluation.
func (a *Awareness) Write(w io.Writer) {
	fmt.Fprintf(w, "%s:\n", a.Dataset)
	fmt.Fprintf(w, "metric: %s\n", a.Metric)
	width := 24
	for _, b := range a.Baselines {
		width = max(width, len(b.Name))
	}
	line := func(s Score) {
		fmt.Fprintf(w, "  %-*s P %5.1f%% (%d/%d)  R %5.1f%% (%d/%d)  F1 %5.1f%%\n", width, s.Name, 100*s.P(), s.SysCorrect, s.Sys, 100*s.R(), s.Found, s.Gold, 100*s.F1())
	}
	line(a.Overall)
	for _, g := range a.Groups {
		line(g)
	}
	o := a.Ordering
	o.Name = "event-event only"
	line(o)
	fmt.Fprintf(w, "story timeline entries mapped to a trigger token: %d/%d; tagged event mentions the entities take part in: %d; system timeline mentions: %d\n", a.Entries-a.Unmapped, a.Entries, a.Tagged, a.Mentions)
	if a.Repeated > 0 {
		fmt.Fprintf(w, "gold mentions listed again at a later position (first kept): %d\n", a.Repeated)
	}
	fmt.Fprintln(w, "scorer sanity checks, gold-derived timelines against the gold (micro):")
	for _, b := range a.Baselines {
		line(b)
	}
}

// Write prints the result.
func (r Result) Write(w io.Writer) {
	fmt.Fprintf(w, "%s: %d documents, %d system timeline events\n", r.Dataset, r.Docs, r.Events)
	fmt.Fprintf(w, "metric: %s\n", r.Metric)
	line := func(s Score) {
		fmt.Fprintf(w, "  %-24s P %5.1f%% (%d/%d)  R %5.1f%% (%d/%d)  F1 %5.1f%%\n", s.Name, 100*s.P(), s.SysCorrect, s.Sys, 100*s.R(), s.Found, s.Gold, 100*s.F1())
	}
	line(r.Overall)
	for _, g := range r.Groups {
		line(g)
	}
	if r.Dataset == "MEANTIME" {
		fmt.Fprintf(w, "anchored mentions in sentences without any system event: %d/%d (of which %d in a sentence with a compatible system DATE expression)\n", r.NoEvent, r.Overall.Gold, r.NoEventTimex)
		fmt.Fprintf(w, "anchored to the creation time only: %d, found %d; anchored to a time expression of the text: %d, found %d\n",
			r.DCTGold, r.DCTFound, r.Overall.Gold-r.DCTGold, r.Overall.Found-r.DCTFound)
	}
	for _, x := range r.Warnings {
		fmt.Fprintf(w, "warning: %s\n", x)
	}
	if r.Misplaced > 0 {
		fmt.Fprintf(w, "gold mentions whose word is not in the sentence named (or whose document is absent): %d\n", r.Misplaced)
	}
	if r.Awareness != nil {
		fmt.Fprintln(w)
		r.Awareness.Write(w)
	}
}
