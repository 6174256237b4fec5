// Command clustertune tunes the clusterer's similarity weights and
// thresholds on the first half (by time) of a gold stream by coordinate
// ascent, and reports the chosen options on both halves, so the defaults are
// tuned honestly:
//
//	go run ./eval/clusters/cmd/clustertune ../shared/data/uci-news-dev/uci-news-dev.csv
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
	base := cluster.DefaultOptions()
	for _, part := range []struct {
		name  string
		items []clusters.Item
	}{{"defaults/tune", tune}, {"defaults/check", check}} {
		clusters.Run(part.items, base, nil).Print(os.Stdout, part.name)
	}
	opt, f := clusters.Tune(tune, base, clusters.DefaultParams(), 3, func(name string, v, f float64) {
		fmt.Printf("  %s=%.3f -> F1 %.4f\n", name, v, f)
	})
	fmt.Printf("best on tune half: F1 %.4f weights %.2f threshold %.3f merge %.2f\n", f, opt.Weights, opt.Threshold, opt.MergeThreshold)
	for _, part := range []struct {
		name  string
		items []clusters.Item
	}{{"tune", tune}, {"check", check}, {"all", items}} {
		clusters.Run(part.items, opt, nil).Print(os.Stdout, part.name)
	}
}
