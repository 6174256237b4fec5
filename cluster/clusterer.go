package cluster

import (
	"math"
	"slices"
	"time"

	"storyline/news"
)

// Merge records that story From was merged into story Into.
type Merge struct {
	From, Into string
}

// Assignment is the clusterer's decision for one article.
type Assignment struct {
	Story    string               // story id; a new story takes the id "s-" + the article id
	New      bool                 // a new story was started
	Score    float64              // model score against the chosen story (the best candidate's for a new story)
	Merged   []Merge              // stories merged into Story because of this article
	Explain  string               // which views and terms drove the decision
	Features [NumFeatures]float64 // the features of the chosen (or best) story; -1 when not computable
}

// weighted is one term of a document view with its unit TF-IDF weight.
type weighted struct {
	key uint64
	w   float32
	idx int32 // index into the Vector view, for explanations
}

// Clusterer assigns articles to stories online. It is not safe for
// concurrent use: one goroutine owns it (Vectorize excepted).
type Clusterer struct {
	opt      Options
	stories  []*story
	into     []int32            // by story: the story it was merged into, -1 when live
	on       []bool             // by story: in the candidate index (dense, for fast retrieval)
	ids      map[string]int32   // story id -> index
	postings map[uint64][]int32 // term key -> stories indexed under it
	df       map[uint64]uint32  // term key -> articles containing it
	prior    prior              // warm-start frequencies
	docs     int                // articles seen
	seq      int64
	clock    time.Time // newest publication time seen
	active   []int32   // stories in the candidate index
	scratch  []float32 // candidate score by story index (dense, reset after use)
	touched  []int32   // indexes set in scratch
}

// New returns an empty clusterer.
func New(opt Options) *Clusterer {
	opt = opt.withDefaults()
	var p prior
	if !opt.NoPrior {
		p = loadPrior(dfTable)
	}
	df := make(map[uint64]uint32, len(p.df))
	for k, n := range p.df { // the prior counts as documents seen
		df[k] = n
	}
	return &Clusterer{
		prior:    prior{docs: p.docs},
		opt:      opt,
		ids:      map[string]int32{},
		postings: map[uint64][]int32{},
		df:       df,
	}
}

// Options returns the options in effect.
func (c *Clusterer) Options() Options { return c.opt }

// Add assigns an annotated document to a story and returns the assignment.
func (c *Clusterer) Add(d *news.Doc) Assignment {
	return c.AddVector(c.Vectorize(d))
}

// Restore re-adds an already-assigned document at start-up: no decision is
// made, the document joins the given story (created when unknown).
func (c *Clusterer) Restore(d *news.Doc, story string) {
	c.RestoreVector(c.Vectorize(d), story)
}

// RestoreVector is Restore for a precomputed vector.
func (c *Clusterer) RestoreVector(v Vector, story string) {
	c.observe(v)
	doc := c.weigh(v)
	i, ok := c.ids[c.Resolve(story)]
	if !ok {
		i = c.newStory(story)
	}
	c.join(i, v, doc, c.queryKeys(doc))
	c.tick()
}

// RestoreMerge replays a stored merge at start-up: from resolves to into.
func (c *Clusterer) RestoreMerge(from, into string) {
	f, ok1 := c.ids[from]
	t, ok2 := c.ids[into]
	if !ok2 {
		t = c.newStory(into)
	}
	if !ok1 {
		f = c.newStory(from)
	}
	c.merge(c.find(t), c.find(f))
}

// Resolve maps a story id to the story it was merged into, transitively; an
// unknown or live id maps to itself.
func (c *Clusterer) Resolve(id string) string {
	i, ok := c.ids[id]
	if !ok {
		return id
	}
	return c.stories[c.find(i)].id
}

// Stories returns the number of live (unmerged) stories.
func (c *Clusterer) Stories() int {
	n := 0
	for _, into := range c.into {
		if into < 0 {
			n++
		}
	}
	return n
}

// Active returns the number of stories in the candidate index.
func (c *Clusterer) Active() int { return len(c.active) }

func (c *Clusterer) find(i int32) int32 {
	r := i
	for c.into[r] >= 0 {
		r = c.into[r]
	}
	for c.into[i] >= 0 { // path compression
		next := c.into[i]
		c.into[i] = r
		i = next
	}
	return r
}

// AddVector assigns a vectorised document to a story.
func (c *Clusterer) AddVector(v Vector) Assignment {
	c.observe(v)
	doc := c.weigh(v)
	keys := c.queryKeys(doc)
	cands := c.candidates(v, keys)
	best, bestScore := int32(-1), math.Inf(-1)
	var bestF [NumFeatures]float64
	type scored struct {
		i     int32
		score float64
	}
	var fits []scored
	threshold, weights := c.opt.Threshold, &c.opt.Weights
	if len(doc[ViewBody]) == 0 {
		threshold, weights = c.opt.HeadlineThreshold, &c.opt.HeadlineWeights
	}
	for _, i := range cands {
		f := c.features(c.stories[i], v, doc)
		s := score(weights, f)
		if s >= threshold {
			fits = append(fits, scored{i, s})
		}
		if s > bestScore || s == bestScore && i < best {
			best, bestScore, bestF = i, s, f
		}
	}
	var a Assignment
	if best >= 0 && bestScore >= threshold {
		a.Story, a.Score, a.Features = c.stories[best].id, bestScore, bestF
		a.Explain = c.explain(best, v, doc, bestScore, threshold, bestF, true)
		c.join(best, v, doc, keys)
		for _, f := range fits {
			if f.i == best {
				continue
			}
			j := c.find(f.i)
			b := c.find(best)
			if j == b || c.into[j] >= 0 {
				continue
			}
			if c.storySimilarity(c.stories[b], c.stories[j]) >= c.mergeThreshold(c.stories[b], c.stories[j]) {
				into, from := b, j
				if c.stories[j].size > c.stories[b].size {
					into, from = j, b
				}
				c.merge(into, from)
				a.Merged = append(a.Merged, Merge{From: c.stories[from].id, Into: c.stories[into].id})
			}
		}
		a.Story = c.stories[c.find(best)].id
	} else {
		i := c.newStory("s-" + v.ID)
		a.Story, a.New = c.stories[i].id, true
		if best >= 0 {
			a.Score, a.Features = bestScore, bestF
			a.Explain = c.explain(best, v, doc, bestScore, threshold, bestF, false)
		} else {
			a.Explain = "new story: no earlier story shares a rare term or entity"
		}
		c.join(i, v, doc, keys)
	}
	for i := range a.Features {
		if math.IsNaN(a.Features[i]) {
			a.Features[i] = -1
		}
	}
	c.tick()
	return a
}

// observe updates the document frequencies and the clock with a new document.
func (c *Clusterer) observe(v Vector) {
	c.docs++
	c.seq++
	// the clock follows the stream's dates, but one wild date (a typo'd
	// year) must not age every story at once: it moves at most a window at a time
	if v.Time.After(c.clock) && (c.clock.IsZero() || v.Time.Sub(c.clock) <= c.opt.Window) {
		c.clock = v.Time
	}
	t, b := v.Views[ViewTitle], v.Views[ViewBody]
	// title and body share keys: count each key once per document
	i, j := 0, 0
	for i < len(t) || j < len(b) {
		switch {
		case j >= len(b) || i < len(t) && t[i].Key < b[j].Key:
			c.df[t[i].Key]++
			i++
		case i >= len(t) || b[j].Key < t[i].Key:
			c.df[b[j].Key]++
			j++
		default:
			c.df[t[i].Key]++
			i++
			j++
		}
	}
	for _, e := range v.Views[ViewEntity] {
		c.df[e.Key]++
	}
}

func (c *Clusterer) idf(key uint64) float64 {
	return math.Log((float64(c.docs+c.prior.docs) + 1) / (float64(c.df[key]) + 0.5))
}

// weigh turns the term counts of each view into unit TF-IDF vectors, each
// keeping its DocTerms heaviest terms.
func (c *Clusterer) weigh(v Vector) [numViews][]weighted {
	var out [numViews][]weighted
	for view, terms := range v.Views {
		ws := make([]weighted, len(terms))
		for i, t := range terms {
			w := (1 + math.Log(float64(t.N))) * c.idf(t.Key)
			ws[i] = weighted{key: t.Key, w: float32(w), idx: int32(i)}
		}
		if len(ws) > c.opt.DocTerms {
			slices.SortFunc(ws, byWeight)
			ws = ws[:c.opt.DocTerms]
			slices.SortFunc(ws, byKey)
		}
		norm := 0.0
		for _, t := range ws {
			norm += float64(t.w) * float64(t.w)
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for i := range ws {
				ws[i].w *= inv
			}
		}
		out[view] = ws
	}
	return out
}

func (c *Clusterer) newStory(id string) int32 {
	if i, ok := c.ids[id]; ok {
		return i
	}
	i := int32(len(c.stories))
	c.stories = append(c.stories, &story{id: id})
	c.into = append(c.into, -1)
	c.on = append(c.on, false)
	c.ids[id] = i
	return i
}

// join adds a document to a story: centroids, dates, candidate index.
func (c *Clusterer) join(i int32, v Vector, doc [numViews][]weighted, keys []uint64) {
	i = c.find(i)
	s := c.stories[i]
	s.size++
	s.lastSeq = c.seq
	s.addTime(v.Time)
	for view := range doc {
		s.views[view].add(doc[view], c.opt.CentroidTerms[view])
	}
	if !c.on[i] {
		c.on[i] = true
		c.active = append(c.active, i)
	}
	for _, k := range keys {
		p := c.postings[k]
		if slices.Contains(p[max(0, len(p)-4):], i) {
			continue
		}
		c.postings[k] = append(p, i)
	}
}

// missing marks a feature that cannot be computed (NaN), left out of the score.
var missing = math.NaN()

// features computes the model inputs between a document and a story;
// features that cannot be computed are NaN.
func (c *Clusterer) features(s *story, v Vector, doc [numViews][]weighted) [NumFeatures]float64 {
	var f [NumFeatures]float64
	for view := range numViews {
		f[view] = missing
		if len(doc[view]) > 0 && s.views[view].norm > 0 {
			f[view] = s.views[view].cosine(doc[view])
		}
	}
	f[FeatTime], f[FeatRecent] = missing, missing
	if !v.Time.IsZero() && s.dated > 0 {
		f[FeatTime] = math.Exp(-math.Abs(days(v.Time)-s.mean()) / c.opt.TimeScale)
		f[FeatRecent] = math.Exp(-math.Abs(v.Time.Sub(s.last).Hours()) / c.opt.RecentScale)
	}
	return f
}

// score is the weighted mean of the content features present (title, body,
// entities) plus the weighted time features when both sides are dated: time
// closeness is a bonus that lets moderately similar articles of one burst
// join, while strong content joins at any distance within the window.
func score(weights *[NumFeatures]float64, f [NumFeatures]float64) float64 {
	s, sum := 0.0, 0.0
	for i, w := range weights[:numViews] {
		if !math.IsNaN(f[i]) {
			s += w * f[i]
			sum += w
		}
	}
	if sum > 0 {
		s /= sum
	}
	for i := numViews; i < NumFeatures; i++ {
		if !math.IsNaN(f[i]) {
			s += weights[i] * f[i]
		}
	}
	return s
}

// byWeight orders terms heaviest first (ties by key, for determinism).
func byWeight(a, b weighted) int {
	switch {
	case a.w > b.w:
		return -1
	case a.w < b.w:
		return 1
	case a.key < b.key:
		return -1
	case a.key > b.key:
		return 1
	}
	return 0
}

func byKey(a, b weighted) int {
	switch {
	case a.key < b.key:
		return -1
	case a.key > b.key:
		return 1
	}
	return 0
}
