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

// Param is one tunable option with the values to try.
type Param struct {
	Name   string
	Values []float64
	Set    func(o *cluster.Options, v float64)
}

// DefaultParams are the options Tune searches on a headline stream: the
// title, entity and recency weights, the headline new-story and merge
// thresholds and the recency scale.
func DefaultParams() []Param {
	var ps []Param
	w := func(name string, f int, vals ...float64) Param {
		return Param{name, vals, func(o *cluster.Options, v float64) { o.HeadlineWeights[f] = v }}
	}
	ps = append(ps,
		w("w.title", cluster.FeatTitle, 0.2, 0.35, 0.5, 0.65, 0.8),
		// entities weigh at least 0.3: headlines carry few, but full articles
		// with tagged entities depend on them (the seed scenario)
		w("w.entity", cluster.FeatEntity, 0.3, 0.45, 0.6),
		// (the body weight and the day-scale time weight cannot be learned
		// from a 17-hour headline stream: the article model is set by hand)
		w("w.recent", cluster.FeatRecent, 0, 0.2, 0.4, 0.6, 0.8, 1.0),
		Param{"headline.threshold", seq(0.3, 1.2, 0.025), func(o *cluster.Options, v float64) { o.HeadlineThreshold = v }},
		Param{"headline.merge", seq(0.3, 1.4, 0.1), func(o *cluster.Options, v float64) { o.HeadlineMergeThreshold = v }},
		// bursts of an hour or more: shorter scales fit the dev set's crawl
		// timestamps (every gold story's headlines share one) rather than news
		Param{"recent.scale", []float64{1, 2, 4, 8, 16}, func(o *cluster.Options, v float64) { o.RecentScale = v }},
	)
	return ps
}

func seq(lo, hi, step float64) []float64 {
	var out []float64
	for v := lo; v <= hi+1e-9; v += step {
		out = append(out, v)
	}
	return out
}

// Tune searches the parameters by coordinate ascent (passes rounds over
// them, keeping each change that improves BCubed F1 on items) and returns
// the best options and their F1. Gold labels are used only for scoring.
func Tune(items []Item, base cluster.Options, params []Param, passes int, log func(string, float64, float64)) (cluster.Options, float64) {
	vecs := Vectors(items, base)
	best := base
	bestF := RunVectors(items, vecs, best).BCubedF
	for range passes {
		improved := false
		for _, p := range params {
			for _, v := range p.Values {
				o := best
				p.Set(&o, v)
				if f := RunVectors(items, vecs, o).BCubedF; f > bestF+1e-9 {
					best, bestF, improved = o, f, true
					if log != nil {
						log(p.Name, v, f)
					}
				}
			}
		}
		if !improved {
			break
		}
	}
	return best, bestF
}
