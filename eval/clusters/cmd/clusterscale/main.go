// Command clusterscale measures dedup + clustering throughput and memory on
// a synthetic stream recombined from Reuters + BBC paragraphs:
//
//	go run ./eval/clusters/cmd/clusterscale -n 1000000 ../shared/data
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"storyline/eval/clusters"
)

func main() {
	n := flag.Int("n", 1000000, "articles to stream")
	every := flag.Int("every", 100000, "report throughput every this many articles")
	seed := flag.Uint64("seed", 1, "generator seed")
	prof := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: clusterscale [-n N] DATA_DIR")
		os.Exit(2)
	}
	runtime.GOMAXPROCS(1)
	corpus, err := clusters.LoadCorpus(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	r := clusters.RunScale(clusters.NewScaleGen(corpus, *n, *seed), *every, os.Stdout)
	r.Print(os.Stdout)
}
