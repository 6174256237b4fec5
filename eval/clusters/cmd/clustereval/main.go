// Command clustereval runs the story clustering evaluation on a gold file
// (the same report as `storyline eval clusters FILE`), for development.
// With -dump it prints every article's gold and predicted story as TSV.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"storyline/cluster"
	"storyline/eval/clusters"
	"storyline/pipeline"
)

func main() {
	dump := flag.Bool("dump", false, "print gold, predicted story and title per article (TSV)")
	weights := flag.String("w", "", "override the headline model weights: comma-separated, by feature")
	th := flag.Float64("t", 0, "override the new-story threshold")
	merge := flag.Float64("m", 0, "override the merge threshold")
	recent := flag.Float64("recent", 0, "override the recency scale (hours)")
	half := flag.Bool("halves", false, "also score the first and second half by time")
	annotate := flag.Bool("annotate", false, "annotate documents with the pipeline's chain first, as `storyline eval clusters` does")
	flag.Parse()
	opt := cluster.DefaultOptions()
	if *weights != "" {
		for i, f := range strings.Split(*weights, ",") {
			if i < len(opt.Weights) {
				opt.HeadlineWeights[i], _ = strconv.ParseFloat(f, 64)
			}
		}
	}
	if *th > 0 {
		opt.Threshold, opt.HeadlineThreshold = *th, *th
	}
	if *merge > 0 {
		opt.MergeThreshold, opt.HeadlineMergeThreshold = *merge, *merge
	}
	if *recent > 0 {
		opt.RecentScale = *recent
	}
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: clustereval [-dump] FILE...")
		os.Exit(2)
	}
	for _, p := range flag.Args() {
		items, err := clusters.Read(p)
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
		r := clusters.Run(items, opt, nil)
		if *half {
			a, b := clusters.Split(items)
			clusters.Run(a, opt, nil).Print(os.Stdout, "first half")
			clusters.Run(b, opt, nil).Print(os.Stdout, "second half")
		}
		if *dump {
			for i, it := range items {
				fmt.Printf("%s\t%s\t%s\n", it.Story, r.Assignments[i], it.Doc.Title)
			}
			continue
		}
		r.Print(os.Stdout, p)
	}
}
