package event

import (
	"fmt"

	"storyline/news"
	"storyline/text"
)

// Eval counts the outcome of tagging documents against their gold events,
// by strict match: a system mention is correct when its span is exactly the
// span of a gold mention.
type Eval struct {
	Gold, Sys, Match int
	ClassMatch       int // matches whose class is the gold class too
}

// P returns the precision.
func (e Eval) P() float64 { return ratio(e.Match, e.Sys) }

// R returns the recall.
func (e Eval) R() float64 { return ratio(e.Match, e.Gold) }

// F1 returns the harmonic mean of P and R.
func (e Eval) F1() float64 {
	if e.Sys+e.Gold == 0 {
		return 0
	}
	return 2 * float64(e.Match) / float64(e.Sys+e.Gold)
}

// ClassAccuracy returns the share of matches with the gold class.
func (e Eval) ClassAccuracy() float64 { return ratio(e.ClassMatch, e.Match) }

// String prints the figures on one line.
func (e Eval) String() string {
	return fmt.Sprintf("P %.1f%% R %.1f%% F1 %.1f%% (%d matched, %d system, %d gold); class accuracy %.1f%%",
		100*e.P(), 100*e.R(), 100*e.F1(), e.Match, e.Sys, e.Gold, 100*e.ClassAccuracy())
}

// Add adds the counts of o.
func (e *Eval) Add(o Eval) {
	e.Gold += o.Gold
	e.Sys += o.Sys
	e.Match += o.Match
	e.ClassMatch += o.ClassMatch
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Compare scores system mentions against gold mentions of one text.
func Compare(sys, gold []news.EventMention) Eval {
	e := Eval{Gold: len(gold), Sys: len(sys)}
	byStart := make(map[news.Span]string, len(gold))
	for _, g := range gold {
		byStart[g.Span] = g.Class
	}
	for _, s := range sys {
		if c, ok := byStart[s.Span]; ok {
			e.Match++
			if c == s.Class {
				e.ClassMatch++
			}
			delete(byStart, s.Span)
		}
	}
	return e
}

// Evaluate tags docs (their sentences split by text.Sentences, as the
// annotation chain does) and scores them against their gold events.
func (t *Tagger) Evaluate(docs []Doc) Eval {
	var e Eval
	for _, d := range docs {
		e.Add(Compare(t.Tag(d.Text, text.Sentences(d.Text, nil)), d.Events))
	}
	return e
}
