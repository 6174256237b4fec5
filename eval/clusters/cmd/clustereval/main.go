// Command clustereval runs the story clustering evaluation on a gold file
// (the same report as `storyline eval clusters FILE`), for development.
package main

import (
	"fmt"
	"os"

	"storyline/eval/clusters"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: clustereval FILE")
		os.Exit(2)
	}
	for _, p := range os.Args[1:] {
		r, err := clusters.Evaluate(p, nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		r.Print(os.Stdout, p)
	}
}
