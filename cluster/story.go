package cluster

import (
	"math"
	"slices"
	"time"
)

// centroid is the bounded sum of the unit TF-IDF vectors of a story's
// articles in one view, as parallel slices sorted by key (a merge-join with
// a sorted document vector is much faster than hashing).
type centroid struct {
	keys []uint64
	ws   []float32
	norm float64 // Euclidean norm of ws
}

// add adds a document vector sorted by key, merging in place from the back
// so a story's slices are reused as it grows.
func (c *centroid) add(v []weighted, limit int) {
	n, extra := len(c.keys), 0
	for i, j := 0, 0; j < len(v); {
		switch {
		case i < n && c.keys[i] < v[j].key:
			i++
		case i < n && c.keys[i] == v[j].key:
			i++
			j++
		default:
			extra++
			j++
		}
	}
	c.keys = slices.Grow(c.keys, extra)[:n+extra]
	c.ws = slices.Grow(c.ws, extra)[:n+extra]
	i, j, k := n-1, len(v)-1, n+extra-1
	for j >= 0 {
		switch {
		case i >= 0 && c.keys[i] > v[j].key:
			c.keys[k], c.ws[k] = c.keys[i], c.ws[i]
			i--
		case i >= 0 && c.keys[i] == v[j].key:
			c.keys[k], c.ws[k] = c.keys[i], c.ws[i]+v[j].w
			i--
			j--
		default:
			c.keys[k], c.ws[k] = v[j].key, v[j].w
			j--
		}
		k--
	}
	if len(c.keys) > limit+limit/2 {
		c.prune(limit)
	}
	c.renorm()
}

func (c *centroid) merge(o *centroid, limit int) {
	v := make([]weighted, len(o.keys))
	for i := range o.keys {
		v[i] = weighted{key: o.keys[i], w: o.ws[i]}
	}
	c.add(v, limit)
}

// prune keeps the limit heaviest terms.
func (c *centroid) prune(limit int) {
	sorted := slices.Clone(c.ws)
	slices.Sort(sorted)
	cut := sorted[len(sorted)-limit]
	above := 0 // terms strictly heavier than the cut, all kept
	for _, w := range c.ws {
		if w > cut {
			above++
		}
	}
	ties := limit - above
	n := 0
	for i, w := range c.ws {
		if w > cut || w == cut && ties > 0 {
			if w == cut {
				ties--
			}
			c.keys[n], c.ws[n] = c.keys[i], c.ws[i]
			n++
		}
	}
	c.keys, c.ws = c.keys[:n], c.ws[:n]
}

func (c *centroid) renorm() {
	s := 0.0
	for _, w := range c.ws {
		s += float64(w) * float64(w)
	}
	c.norm = math.Sqrt(s)
}

// weight returns the centroid weight of a key, 0 when absent.
func (c *centroid) weight(k uint64) float32 {
	if i, ok := slices.BinarySearch(c.keys, k); ok {
		return c.ws[i]
	}
	return 0
}

// cosine of a unit document vector (sorted by key) with the centroid.
func (c *centroid) cosine(v []weighted) float64 {
	if c.norm == 0 || len(v) == 0 {
		return 0
	}
	var dot float32
	i, j := 0, 0
	for i < len(c.keys) && j < len(v) {
		switch a, b := c.keys[i], v[j].key; {
		case a < b:
			i++
		case b < a:
			j++
		default:
			dot += c.ws[i] * v[j].w
			i++
			j++
		}
	}
	return float64(dot) / c.norm
}

// cosineCentroids is the cosine of two centroids.
func cosineCentroids(a, b *centroid) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float32
	i, j := 0, 0
	for i < len(a.keys) && j < len(b.keys) {
		switch x, y := a.keys[i], b.keys[j]; {
		case x < y:
			i++
		case y < x:
			j++
		default:
			dot += a.ws[i] * b.ws[j]
			i++
			j++
		}
	}
	return float64(dot) / (a.norm * b.norm)
}

// story is a developing story: its centroids and date range.
type story struct {
	id      string
	size    int
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
