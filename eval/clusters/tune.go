package clusters

import (
	"storyline/cluster"
)

// Split divides a time-ordered stream at its middle: the first half tunes,
// the second half checks.
func Split(items []Item) (tune, check []Item) {
	h := len(items) / 2
	return items[:h], items[h:]
}

// Grid is the search space of Tune.
type Grid struct {
	Thresholds      []float64
	MergeThresholds []float64
	Weights         [][cluster.NumFeatures]float64
}

// Tune tries every combination of the grid on items and returns the options
// with the best BCubed F1 and that F1. Only the gold labels of items are
// used for scoring, never for decisions.
func Tune(items []Item, base cluster.Options, g Grid) (cluster.Options, float64) {
	best, bestF := base, -1.0
	for _, w := range g.Weights {
		for _, th := range g.Thresholds {
			for _, m := range g.MergeThresholds {
				o := base
				o.Weights, o.Threshold, o.MergeThreshold = w, th, m
				r := Run(items, o, nil)
				if r.BCubedF > bestF {
					best, bestF = o, r.BCubedF
				}
			}
		}
	}
	return best, bestF
}
