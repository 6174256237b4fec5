// Command dupeval scores near-duplicate detection on a synthetic stream of
// Reuters + BBC articles with injected exact copies, near copies and light
// rewrites (deterministic for a seed):
//
//	go run ./eval/clusters/cmd/dupeval -n 20000 ../shared/data
package main

import (
	"flag"
	"fmt"
	"os"

	"storyline/dedup"
	"storyline/eval/clusters"
)

func main() {
	n := flag.Int("n", 20000, "documents in the stream")
	seed := flag.Uint64("seed", 1, "generator seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: dupeval [-n N] [-seed S] DATA_DIR")
		os.Exit(2)
	}
	corpus, err := clusters.LoadCorpus(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	docs := clusters.DupStream(corpus, *n, clusters.DefaultDupRates, *seed)
	clusters.EvalDup(docs, dedup.DefaultOptions()).Print(os.Stdout)
}
