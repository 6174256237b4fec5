package clusters

import (
	"fmt"
	"io"
	"time"

	"storyline/cluster"
	"storyline/news"
)

// Result is the outcome of an evaluation run.
type Result struct {
	Scores
	Seconds     float64 // clustering time (annotation excluded)
	PerSecond   float64 // articles clustered per second
	Assignments []string
}

// Evaluate reads a gold-labelled stream, annotates each document with
// annotate (nil: none; entities then come from capitalisation), clusters it
// in time order with the default options and scores the result.
func Evaluate(path string, annotate func(*news.Doc)) (Result, error) {
	items, err := Read(path)
	if err != nil {
		return Result{}, err
	}
	return Run(items, cluster.DefaultOptions(), annotate), nil
}

// Run clusters items in the given order with opt and scores the result.
func Run(items []Item, opt cluster.Options, annotate func(*news.Doc)) Result {
	if annotate != nil {
		for _, it := range items {
			annotate(it.Doc)
		}
	}
	return RunVectors(items, Vectors(items, opt), opt)
}

// Vectors vectorises the items' documents.
func Vectors(items []Item, opt cluster.Options) []cluster.Vector {
	c := cluster.New(opt)
	vecs := make([]cluster.Vector, len(items))
	for i, it := range items {
		vecs[i] = c.Vectorize(it.Doc)
	}
	return vecs
}

// RunVectors clusters precomputed vectors of items in order and scores the result.
func RunVectors(items []Item, vecs []cluster.Vector, opt cluster.Options) Result {
	c := cluster.New(opt)
	start := time.Now()
	pred := make([]string, len(items))
	for i := range vecs {
		pred[i] = c.AddVector(vecs[i]).Story
	}
	for i := range pred {
		pred[i] = c.Resolve(pred[i])
	}
	secs := time.Since(start).Seconds()
	gold := make([]string, len(items))
	for i, it := range items {
		gold[i] = it.Story
	}
	r := Result{Scores: Score(gold, pred), Seconds: secs, Assignments: pred}
	if secs > 0 {
		r.PerSecond = float64(len(items)) / secs
	}
	return r
}

// Print writes a result as the `storyline eval clusters` report.
func (r Result) Print(w io.Writer, name string) {
	fmt.Fprintf(w, "%s: %d articles, %d gold stories, %d predicted\n", name, r.Articles, r.GoldStories, r.PredictedStories)
	fmt.Fprintf(w, "BCubed   P %.4f  R %.4f  F1 %.4f\n", r.BCubedP, r.BCubedR, r.BCubedF)
	fmt.Fprintf(w, "pairwise P %.4f  R %.4f  F1 %.4f\n", r.PairP, r.PairR, r.PairF)
	fmt.Fprintf(w, "speed    %.0f articles/s (clustering, %.3fs)\n", r.PerSecond, r.Seconds)
}
