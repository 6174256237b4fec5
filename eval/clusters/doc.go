// Package clusters evaluates story clustering and near-duplicate detection:
// it reads gold-labelled streams (JSON Lines with a "story" field, or the UCI
// News Aggregator headline CSV), feeds them in time order to the clusterer,
// and scores the result with BCubed and pairwise precision, recall and F1.
// It also generates the synthetic Reuters + BBC streams used for the
// near-duplicate and scale benchmarks.
package clusters
