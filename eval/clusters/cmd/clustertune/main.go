// Command clustertune tunes the clusterer's similarity weights and
// thresholds on the first half (by time) of a gold stream by coordinate
// ascent, and reports the chosen options on both halves, so the defaults are
// tuned honestly:
//
//	go run ./eval/clusters/cmd/clustertune ../shared/data/uci-news-dev/uci-news-dev.csv
package main

import (
	"flag"
	"fmt"
	"os"

	"storyline/cluster"
	"storyline/eval/clusters"
	"storyline/pipeline"
)

func main() {
	annotate := flag.Bool("annotate", false, "annotate documents with the pipeline's chain (entities, times) first, as `storyline eval clusters` does")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: clustertune [-annotate] FILE")
		os.Exit(2)
	}
	items, err := clusters.Read(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *annotate {
		chain, err := pipeline.NewChain()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, it := range items {
			it.Doc.Sentences = nil
			_ = chain.Annotate(it.Doc)
		}
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
	fmt.Printf("best on tune half: F1 %.4f weights %.2f headline threshold %.3f merge %.2f recent scale %.1fh\n", f, opt.HeadlineWeights, opt.HeadlineThreshold, opt.HeadlineMergeThreshold, opt.RecentScale)
	for _, part := range []struct {
		name  string
		items []clusters.Item
	}{{"tune", tune}, {"check", check}, {"all", items}} {
		clusters.Run(part.items, opt, nil).Print(os.Stdout, part.name)
	}
}
