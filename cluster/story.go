package cluster

import (
	"math"
	"slices"
	"time"
)

// centroid is the bounded sum of the unit TF-IDF vectors of a story's
// articles in one view.
type centroid struct {
	w    map[uint64]float32
	norm float64 // Euclidean norm of w
}

func (c *centroid) add(v []weighted, scale float32, limit int) {
	if c.w == nil {
		c.w = make(map[uint64]float32, len(v))
	}
	for _, t := range v {
		c.w[t.key] += t.w * scale
	}
	if len(c.w) > 2*limit {
		c.prune(limit)
	}
	c.renorm()
}

func (c *centroid) merge(o *centroid, limit int) {
	if c.w == nil {
		c.w = make(map[uint64]float32, len(o.w))
	}
	for k, w := range o.w {
		c.w[k] += w
	}
	if len(c.w) > 2*limit {
		c.prune(limit)
	}
	c.renorm()
}

// prune keeps the limit heaviest terms.
func (c *centroid) prune(limit int) {
	ws := make([]float32, 0, len(c.w))
	for _, w := range c.w {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	cut := ws[len(ws)-limit]
	kept := 0
	for k, w := range c.w {
		if w < cut || w == cut && kept >= limit {
			delete(c.w, k)
		} else {
			kept++
		}
	}
}

func (c *centroid) renorm() {
	s := 0.0
	for _, w := range c.w {
		s += float64(w) * float64(w)
	}
	c.norm = math.Sqrt(s)
}

// cosine of a unit document vector with the centroid, and the terms that
// contributed most (indexes into v, heaviest first, at most 3).
func (c *centroid) cosine(v []weighted) float64 {
	if c.norm == 0 || len(v) == 0 {
		return 0
	}
	dot := 0.0
	for _, t := range v {
		dot += float64(t.w * c.w[t.key])
	}
	return dot / c.norm
}

// cosineCentroids is the cosine of two centroids.
func cosineCentroids(a, b *centroid) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	dot := 0.0
	for k, w := range a.w {
		dot += float64(w * b.w[k])
	}
	return dot / (a.norm * b.norm)
}

// story is a developing story: its centroids and date range.
type story struct {
	id      string
	size    int
	into    int32 // index of the story it was merged into, -1 when live
	active  bool  // in the candidate index
	views   [numViews]centroid
	first   time.Time // earliest dated article
	last    time.Time // latest dated article
	sumDays float64   // sum of dated articles' days since the epoch, for the mean
	dated   int
	lastSeq int64 // sequence number of the latest article
}

func (s *story) addTime(t time.Time) {
	if t.IsZero() {
		return
	}
	if s.dated == 0 || t.Before(s.first) {
		s.first = t
	}
	if s.dated == 0 || t.After(s.last) {
		s.last = t
	}
	s.sumDays += days(t)
	s.dated++
}

func (s *story) mean() float64 { return s.sumDays / float64(s.dated) }

func days(t time.Time) float64 { return float64(t.Unix()) / 86400 }
