// Package dedup finds exact and near-duplicate articles online.
//
// Exact duplicates are found by the hash of the normalised text
// (news.Article.Hash). Near duplicates are found with MinHash signatures over
// word shingles of the clean text and locality-sensitive hashing (LSH) bands:
// a document whose estimated Jaccard similarity to an earlier one passes the
// threshold is reported as a copy of it. The index also keeps wire-copy
// lineage: the earliest version of a report and the rewrites of it.
//
// The index is a plain value rebuilt from stored signatures at start-up (Add);
// it imports no storage and starts no goroutines. It is not safe for
// concurrent use.
package dedup
