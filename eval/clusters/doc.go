// Package clusters evaluates story clustering and near-duplicate detection:
// it reads gold-labelled streams (JSON Lines with a "story" field, or the UCI
// News Aggregator headline CSV), feeds them in time order to the clusterer,
// and scores the result with BCubed and pairwise precision, recall and F1.
// It also generates the synthetic Reuters + BBC streams used for the
// near-duplicate and scale benchmarks, and holds the seed scenario test.
//
// Commands (figures in RESULTS.md):
//
//	go run ./eval/clusters/cmd/clustereval [-annotate] [-halves] FILE   # scores, as `storyline eval clusters`
//	go run ./eval/clusters/cmd/clustertune [-annotate] FILE             # tunes the headline model on the first half
//	go run ./eval/clusters/cmd/dupeval -n 20000 ../shared/data          # near-duplicate precision/recall
//	go run ./eval/clusters/cmd/clusterscale -n 1000000 ../shared/data   # throughput and memory
//	go run ./cluster/cmd/dftable ../shared/data > cluster/df.txt        # the warm-start DF table
package clusters
