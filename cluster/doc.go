// Package cluster assigns each arriving article to a developing story or
// starts a new one, online, after Miranda et al. (EMNLP 2018, "Multilingual
// clustering of streaming news").
//
// Every story keeps bounded centroids of three TF-IDF views — title terms,
// body terms and entities — and its date range. An article is compared with
// the few candidate stories that share a rare term or entity with it (an
// inverted index over stories active within a time window, so the cost per
// article does not grow with the number of stories); a linear model over the
// view similarities and a time feature scores each candidate, and the article
// joins the best one when the score passes the learned threshold, else it
// starts a new story. Two stories whose centroids become very similar merge;
// the merged id resolves to the survivor. Every assignment carries a short
// explanation of the views and terms that drove it.
//
// Document frequencies are learned online. Vectorize may run in parallel
// workers; the decisions (Add, AddVector, Restore) are order dependent and
// must run from one goroutine.
package cluster
