// Command clustertune searches the clusterer's similarity weights and
// thresholds on the first half (by time) of a gold stream and reports the
// chosen options on both halves, so the defaults are tuned honestly.
package main

import (
	"fmt"
	"os"

	"storyline/cluster"
	"storyline/eval/clusters"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: clustertune FILE")
		os.Exit(2)
	}
	items, err := clusters.Read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tune, check := clusters.Split(items)
	g := clusters.Grid{}
	for t := 0.15; t <= 0.701; t += 0.05 {
		g.Thresholds = append(g.Thresholds, t)
	}
	for m := 0.4; m <= 0.81; m += 0.2 {
		g.MergeThresholds = append(g.MergeThresholds, m)
	}
	for _, wt := range []float64{0.5} {
		for _, wb := range []float64{0.1, 0.3} {
			for _, we := range []float64{0.1, 0.3, 0.5} {
				for _, wtime := range []float64{0, 0.2} {
					for _, wrec := range []float64{0, 0.2, 0.4} {
						g.Weights = append(g.Weights, [cluster.NumFeatures]float64{wt, wb, we, wtime, wrec})
					}
				}
			}
		}
	}
	opt, f := clusters.Tune(tune, cluster.DefaultOptions(), g)
	fmt.Printf("best on tune half: F1 %.4f weights %v threshold %.3f merge %.2f\n", f, opt.Weights, opt.Threshold, opt.MergeThreshold)
	for _, part := range []struct {
		name  string
		items []clusters.Item
	}{{"tune", tune}, {"check", check}, {"all", items}} {
		clusters.Run(part.items, opt, nil).Print(os.Stdout, part.name)
	}
}
