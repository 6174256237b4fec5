package cluster

import (
	"math"
	"slices"
)

// storySimilarity scores two stories' centroids with the same model.
func (c *Clusterer) storySimilarity(a, b *story) float64 {
	var f [NumFeatures]float64
	for view := range numViews {
		f[view] = missing
		if a.views[view].norm > 0 && b.views[view].norm > 0 {
			f[view] = cosineCentroids(&a.views[view], &b.views[view])
		}
	}
	f[FeatTime], f[FeatRecent] = missing, missing
	if a.dated > 0 && b.dated > 0 {
		f[FeatTime] = math.Exp(-math.Abs(a.mean()-b.mean()) / c.opt.TimeScale)
		// recency between stories: the gap between their date ranges
		gap := 0.0
		if a.last.Before(b.first) {
			gap = b.first.Sub(a.last).Hours()
		} else if b.last.Before(a.first) {
			gap = a.first.Sub(b.last).Hours()
		}
		f[FeatRecent] = math.Exp(-gap / c.opt.RecentScale)
	}
	if a.views[ViewBody].norm == 0 || b.views[ViewBody].norm == 0 {
		return score(&c.opt.HeadlineWeights, f)
	}
	return score(&c.opt.Weights, f)
}

// mergeThreshold is the score two stories need to merge: the headline one
// when either has no body text.
func (c *Clusterer) mergeThreshold(a, b *story) float64 {
	if a.views[ViewBody].norm == 0 || b.views[ViewBody].norm == 0 {
		return c.opt.HeadlineMergeThreshold
	}
	return c.opt.MergeThreshold
}

// merge moves story from into story into; from then resolves to into.
func (c *Clusterer) merge(into, from int32) {
	if into == from {
		return
	}
	a, b := c.stories[into], c.stories[from]
	for view := range a.views {
		a.views[view].merge(&b.views[view], c.opt.CentroidTerms[view])
		b.views[view] = centroid{}
	}
	a.size += b.size
	if b.dated > 0 {
		if a.dated == 0 || b.first.Before(a.first) {
			a.first = b.first
		}
		if a.dated == 0 || b.last.After(a.last) {
			a.last = b.last
		}
		a.sumDays += b.sumDays
		a.dated += b.dated
	}
	a.lastSeq = max(a.lastSeq, b.lastSeq)
	if !c.on[into] && c.on[from] {
		c.on[into] = true
		c.active = append(c.active, into)
	}
	c.into[from] = into
	c.on[from] = false
}

// tick evicts idle stories from the candidate index now and then.
func (c *Clusterer) tick() {
	if c.seq%1024 != 0 {
		return
	}
	out := c.active[:0]
	for _, i := range c.active {
		s := c.stories[i]
		if !c.on[i] || c.into[i] >= 0 {
			c.on[i] = false
			continue
		}
		idle := c.seq-s.lastSeq > int64(c.opt.IdleArticles) ||
			s.dated > 0 && c.clock.Sub(s.last) > c.opt.Window
		if idle {
			c.on[i] = false
			s.views = [numViews]centroid{}
			continue
		}
		out = append(out, i)
	}
	c.active = out
	if c.seq%sweepEvery == 0 {
		c.sweep()
	}
}

// sweepEvery is how often (in articles) the posting lists are swept.
const sweepEvery = 1 << 16

// sweep rebuilds the posting lists with live stories of the candidate index
// only, so terms of stories gone idle stop taking memory. A fresh map is
// built rather than deleting keys one by one: deletes would leave tombstones
// that lengthen every later lookup.
func (c *Clusterer) sweep() {
	live := make(map[uint64][]int32, len(c.postings)/2)
	for k, p := range c.postings {
		out := p[:0]
		for _, i := range p {
			r := c.find(i)
			if c.on[r] && !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
		if len(out) > 0 {
			live[k] = slices.Clip(out)
		}
	}
	c.postings = live
}
