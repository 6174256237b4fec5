package percept

import (
	"math"
	"math/rand"
)

// Learner is an averaged perceptron being trained: one row of n weights (one
// per label) per feature key, created at the key's first update, and the
// sums that give the weights averaged over every example seen (w - u/c, where
// u adds up each update times the number of examples seen before it).
type Learner struct {
	// Skip lists the feature keys that never get a row (features too rare
	// to learn); nil for none.
	Skip map[uint64]bool

	n    int // labels
	ids  map[uint64]int32
	keys []uint64
	w, u []float32
	c    float32 // examples seen
}

// NewLearner returns a learner of n labels with no features yet.
func NewLearner(n int) *Learner {
	return &Learner{n: n, ids: map[uint64]int32{}}
}

// Len returns the number of features with a row.
func (t *Learner) Len() int { return len(t.keys) }

// Tick counts one more example; updates made after it weigh less in the
// average.
func (t *Learner) Tick() { t.c++ }

// Score adds the current weights of feats to scores (one per label).
func (t *Learner) Score(feats []uint64, scores []float32) {
	n := t.n
	for _, f := range feats {
		id, ok := t.ids[f]
		if !ok {
			continue
		}
		row := t.w[int(id)*n : int(id)*n+n]
		for l := range scores {
			scores[l] += row[l]
		}
	}
}

// row returns the first weight index of the row of feature f, creating the
// row, or -1 when f is in Skip.
func (t *Learner) row(f uint64) int {
	id, ok := t.ids[f]
	if !ok {
		if t.Skip[f] {
			return -1
		}
		id = int32(len(t.keys))
		t.ids[f] = id
		t.keys = append(t.keys, f)
		t.w = append(t.w, make([]float32, t.n)...)
		t.u = append(t.u, make([]float32, t.n)...)
	}
	return int(id) * t.n
}

// Update is the perceptron update of a wrong prediction: the weights of
// feats rise by one for label gold and fall by one for label pred.
func (t *Learner) Update(feats []uint64, gold, pred int) {
	for _, f := range feats {
		r := t.row(f)
		if r < 0 {
			continue
		}
		t.w[r+gold]++
		t.u[r+gold] += t.c
		t.w[r+pred]--
		t.u[r+pred] -= t.c
	}
}

// Add adds delta to the weights of label l of feats.
func (t *Learner) Add(feats []uint64, l int, delta float32) {
	for _, f := range feats {
		r := t.row(f)
		if r < 0 {
			continue
		}
		t.w[r+l] += delta
		t.u[r+l] += delta * t.c
	}
}

// Average returns the averaged weights as a trained model stores them (see
// SortKeys), without the rows whose weights are all 0 or below minWeight in
// magnitude.
func (t *Learner) Average(minWeight float32) ([]uint32, []float32) {
	n := t.n
	var keys []uint64
	var ws []float32
	c := t.c
	if c == 0 {
		c = 1
	}
	row := make([]float32, n)
	for i, k := range t.keys {
		keep := false
		for l := range row {
			v := t.w[i*n+l] - t.u[i*n+l]/c
			row[l] = v
			if float32(math.Abs(float64(v))) >= minWeight && v != 0 {
				keep = true
			}
		}
		if keep {
			keys = append(keys, k)
			ws = append(ws, row...)
		}
	}
	return SortKeys(keys, ws, n)
}

// Order is the order in which training visits its documents: shuffled
// again before every epoch by its own generator, so training is
// deterministic for a seed.
type Order struct {
	rng  *rand.Rand
	docs []int
}

// NewOrder returns the order of n documents, 0 to n-1 until the first
// Next, shuffled by a generator seeded with seed.
func NewOrder(n int, seed int64) *Order {
	o := &Order{rng: rand.New(rand.NewSource(seed)), docs: make([]int, n)}
	for i := range o.docs {
		o.docs[i] = i
	}
	return o
}

// Next shuffles the order and returns it; the slice is reused by later
// calls.
func (o *Order) Next() []int {
	o.rng.Shuffle(len(o.docs), func(i, j int) { o.docs[i], o.docs[j] = o.docs[j], o.docs[i] })
	return o.docs
}
