// Package cluster assigns each arriving article to a developing story or
// starts a new one, online, after Miranda et al. (EMNLP 2018, "Multilingual
// clustering of streaming news").
//
// Every story keeps bounded centroids of three TF-IDF views — title terms,
// body terms and entities (canonical keys from the entity tagger, or
// capitalised words when a document has none) — and its date range. An
// article is compared with the few candidate stories that share a rare term
// or entity with it: an inverted index over stories active within a time
// window, with bounded posting lists, so the cost per article does not grow
// with the number of stories. The score is the weighted mean of the view
// cosines present plus time features (closeness to the story's mean date and
// to its latest article) when both sides are dated; the article joins the
// best story when the score passes the new-story threshold, else it starts a
// story whose id is "s-" + the article id. Headline-only articles (no body)
// use their own weights and threshold, tuned on the UCI headline stream
// (eval/clusters); articles with a body use a hand-set model checked on the
// seed scenario. Two stories whose centroids become similar enough merge;
// the merged id resolves to the survivor (the larger story). Every
// assignment carries a short explanation of the views and terms behind it.
//
// Document frequencies are learned online, warm-started from a small table
// of Reuters + BBC frequencies (df.txt). Stories idle beyond the window
// leave the candidate index and keep only their id.
//
// Vectorize may run in parallel workers; the decisions (Add, AddVector,
// Restore) are order dependent and must run from one goroutine.
package cluster
