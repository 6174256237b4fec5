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
	"strconv"
	"strings"

	"storyline/eval/clusters"
)

func main() {
	n := flag.Int("n", 1000000, "articles to stream")
	every := flag.Int("every", 100000, "report throughput every this many articles")
	seed := flag.Uint64("seed", 1, "generator seed")
	prof := flag.String("cpuprofile", "", "write a CPU profile to this file (with -profile-segments, one file per segment: FILE.N)")
	segs := flag.String("profile-segments", "", "comma-separated segment numbers (0-based) to profile separately, e.g. 0,9")
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
	var hook func(int)
	if *prof != "" && *segs != "" {
		hook = segmentProfiler(*prof, *segs)
	} else if *prof != "" {
		f := startProfile(*prof)
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	r := clusters.RunScale(clusters.NewScaleGen(corpus, *n, *seed), *every, os.Stdout, hook)
	r.Print(os.Stdout)
}

// segmentProfiler returns a segment hook that writes a CPU profile of each
// listed segment to prefix.N.
func segmentProfiler(prefix, list string) func(int) {
	want := map[int]bool{}
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			fmt.Fprintf(os.Stderr, "clusterscale: bad -profile-segments %q: %v\n", list, err)
			os.Exit(2)
		}
		want[n] = true
	}
	var cur *os.File
	return func(seg int) {
		if cur != nil {
			pprof.StopCPUProfile()
			cur.Close()
			cur = nil
		}
		if !want[seg] {
			return
		}
		f := startProfile(fmt.Sprintf("%s.%d", prefix, seg))
		cur = f
	}
}

// startProfile starts a CPU profile into a new file, or exits.
func startProfile(path string) *os.File {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "clusterscale:", err)
		os.Exit(1)
	}
	return f
}
