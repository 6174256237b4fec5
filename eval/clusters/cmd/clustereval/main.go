// Command clustereval runs the story clustering evaluation on a gold file
// (the same report as `storyline eval clusters FILE`), for development.
// With -dump it prints every article's gold and predicted story as TSV.
package main

import (
	"flag"
	"fmt"
	"os"

	"storyline/cluster"
	"storyline/eval/clusters"
)

func main() {
	dump := flag.Bool("dump", false, "print gold, predicted story and title per article (TSV)")
	flag.Parse()
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
		r := clusters.Run(items, cluster.DefaultOptions(), nil)
		if *dump {
			for i, it := range items {
				fmt.Printf("%s\t%s\t%s\n", it.Story, r.Assignments[i], it.Doc.Title)
			}
			continue
		}
		r.Print(os.Stdout, p)
	}
}
