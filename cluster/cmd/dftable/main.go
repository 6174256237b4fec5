// Command dftable prints the warm-start document frequency table of the
// clusterer (cluster/df.txt) from the Reuters-21578 and BBC News corpora:
//
//	go run ./cluster/cmd/dftable ../shared/data > cluster/df.txt
//
// It keeps the 8,000 stems with the highest document frequency (ties by
// stem), so the output is deterministic and small.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"storyline/cluster"
	"storyline/eval/clusters"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: dftable DATA_DIR")
		os.Exit(2)
	}
	corpus, err := clusters.LoadCorpus(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	df := map[string]int{}
	for _, a := range corpus {
		seen := map[string]bool{}
		for _, t := range cluster.Terms(a.Title + "\n" + a.Text()) {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	terms := make([]string, 0, len(df))
	for t, n := range df {
		if n >= 5 {
			terms = append(terms, t)
		}
	}
	slices.SortFunc(terms, func(a, b string) int {
		if df[a] != df[b] {
			return df[b] - df[a]
		}
		return strings.Compare(a, b)
	})
	terms = terms[:min(len(terms), 8000)]
	fmt.Printf("# docs %d\n", len(corpus))
	for _, t := range terms {
		fmt.Printf("%s %d\n", t, df[t])
	}
}
