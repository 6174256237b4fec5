package cluster

import (
	"math"
	"slices"
)

// queryKeys returns the keys an article retrieves candidates with and is
// indexed under: its title terms, entities and heaviest body terms, unless common.
func (c *Clusterer) queryKeys(doc [numViews][]weighted) []uint64 {
	type kd struct {
		key uint64
		df  uint32
	}
	cand := make([]kd, 0, len(doc[ViewTitle])+len(doc[ViewEntity])+c.opt.QueryTerms)
	maxDF := uint32(math.Max(c.opt.MaxDF*float64(c.docs+c.prior.docs), 20))
	add := func(k uint64) {
		if df := c.df[k]; df <= maxDF && !slices.ContainsFunc(cand, func(x kd) bool { return x.key == k }) {
			cand = append(cand, kd{k, df})
		}
	}
	// the heaviest terms of each view: title and entities first, then body
	for view, n := range [numViews]int{ViewTitle: 10, ViewBody: c.opt.QueryTerms, ViewEntity: 8} {
		terms := doc[view]
		if len(terms) > n {
			terms = slices.Clone(terms)
			slices.SortFunc(terms, byWeight)
			terms = terms[:n]
		}
		for _, t := range terms {
			add(t.key)
		}
	}
	if len(cand) > maxQueryKeys { // the rarest keys retrieve best
		slices.SortFunc(cand, func(a, b kd) int {
			if a.df != b.df {
				return int(a.df) - int(b.df)
			}
			if a.key < b.key {
				return -1
			}
			return 1
		})
		cand = cand[:maxQueryKeys]
	}
	keys := make([]uint64, len(cand))
	for i, x := range cand {
		keys[i] = x.key
	}
	return keys
}

// maxQueryKeys bounds the keys an article retrieves with and is indexed under.
const maxQueryKeys = 64

// candidates returns the live stories in the candidate index that share the
// most (idf-weighted) query keys with the document.
func (c *Clusterer) candidates(v Vector, keys []uint64) []int32 {
	if len(c.scratch) < len(c.stories) {
		c.scratch = append(c.scratch, make([]float32, len(c.stories)-len(c.scratch))...)
	}
	c.touched = c.touched[:0]
	for _, k := range keys {
		idf := float32(c.idf(k))
		p := c.postings[k]
		for _, i := range p {
			r := c.find(i)
			if !c.on[r] {
				continue
			}
			if c.scratch[r] == 0 {
				c.touched = append(c.touched, r)
			}
			c.scratch[r] += idf
		}
		if len(p) > 2*postingKeep {
			c.compact(k)
		}
	}
	// keep the Candidates best in a small sorted buffer (insertion), which is
	// cheaper than sorting every touched story
	out := make([]int32, 0, c.opt.Candidates+1)
	better := func(a, b int32) bool {
		sa, sb := c.scratch[a], c.scratch[b]
		return sa > sb || sa == sb && a < b
	}
	for _, i := range c.touched {
		if len(out) == c.opt.Candidates && !better(i, out[len(out)-1]) {
			continue
		}
		// the time window last: it reads the story, the scores are dense
		s := c.stories[i]
		if !v.Time.IsZero() && s.dated > 0 && (v.Time.Sub(s.last) > c.opt.Window || s.first.Sub(v.Time) > c.opt.Window) {
			continue
		}
		j := len(out)
		out = append(out, i)
		for j > 0 && better(i, out[j-1]) {
			out[j] = out[j-1]
			j--
		}
		out[j] = i
		if len(out) > c.opt.Candidates {
			out = out[:c.opt.Candidates]
		}
	}
	for _, i := range c.touched {
		c.scratch[i] = 0
	}
	return out
}

// postingKeep is how many of the newest stories a posting list keeps when
// compacted: a term shared by more active stories is not rare.
const postingKeep = 8

// compact drops inactive and merged stories from a posting list and keeps
// the newest postingKeep.
func (c *Clusterer) compact(k uint64) {
	p := c.postings[k]
	out := p[:0]
	for _, i := range p {
		r := c.find(i)
		if c.on[r] && !slices.Contains(out[max(0, len(out)-4):], r) {
			out = append(out, r)
		}
	}
	if len(out) > postingKeep {
		out = append(out[:0:0], out[len(out)-postingKeep:]...)
	}
	if len(out) == 0 {
		delete(c.postings, k)
		return
	}
	c.postings[k] = out
}
