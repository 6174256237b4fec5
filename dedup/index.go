package dedup

import (
	"math"
	"slices"
	"time"
)

// Verdict says which earlier document a document duplicates.
type Verdict struct {
	Of         string  // id of the earlier document it copies
	Similarity float64 // estimated Jaccard similarity of the texts, 1 for exact copies
	Exact      bool    // the normalised texts are identical (same hash)
}

// entry is one searchable signature.
type entry struct {
	id  string
	sig []uint64
	pub time.Time
}

// Index finds exact and near duplicates online. Build it with New; it is not
// safe for concurrent use.
type Index struct {
	opt   Options
	seeds []uint64
	rows  int

	hashes  map[string]string   // text hash -> first document id
	buckets map[uint64][]int64  // band key -> entry sequence numbers
	ring    []entry             // live entries: sequence s at s % Window
	seq     int64               // next sequence number
	added   map[string]bool     // ids added
	parent  map[string]string   // duplicate id -> the document it copies
	copies  map[string][]string // document id -> direct copies of it
	last    struct {            // the last Check, reused by Add
		id string
		v  Verdict
		ok bool
	}
}

// New returns an empty index.
func New(opt Options) *Index {
	opt = opt.withDefaults()
	ix := &Index{
		opt:     opt,
		seeds:   make([]uint64, opt.Hashes),
		rows:    opt.Hashes / opt.Bands,
		hashes:  map[string]string{},
		buckets: map[uint64][]int64{},
		added:   map[string]bool{},
		parent:  map[string]string{},
		copies:  map[string][]string{},
	}
	s := opt.Seed
	for i := range ix.seeds {
		s = mix(s + 0x9e3779b97f4a7c15)
		ix.seeds[i] = s
	}
	return ix
}

// bandKeys returns the LSH bucket key of every band of sig.
func (ix *Index) bandKeys(sig []uint64, buf []uint64) []uint64 {
	if len(sig) != len(ix.seeds) {
		return buf
	}
	for b := 0; b < ix.opt.Bands; b++ {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		empty := true
		for _, v := range sig[b*ix.rows : (b+1)*ix.rows] {
			if v != ^uint64(0) {
				empty = false
			}
			h = mix(h ^ v)
		}
		if !empty {
			buf = append(buf, h)
		}
	}
	return buf
}

// Cardinality estimates how many distinct shingles the text behind a
// signature has: from the share of empty bins when there are any, else from
// the mean of the bins' minimum values.
func Cardinality(sig []uint64) float64 {
	k := float64(len(sig))
	if k == 0 {
		return 0
	}
	var sum float64
	empty := 0
	for _, v := range sig {
		if v == ^uint64(0) {
			return 0
		}
		if v > 0xffffffff {
			empty++
			continue
		}
		sum += (float64(v) + 0.5) / (1 << 32)
	}
	if empty > 0 {
		// the expected share of empty bins for n items is (1-1/k)^n
		return math.Log(float64(empty)/k) / math.Log(1-1/k)
	}
	// each bin holds about n/k items: its minimum averages 1/(n/k+1)
	mean := sum / k
	return k * (1/mean - 1)
}

// threshold returns the similarity a near duplicate of this signature needs:
// short texts need more, as a few shared phrases make them look alike.
func (ix *Index) threshold(sig []uint64) float64 {
	if Cardinality(sig) < float64(ix.opt.ShortShingles) {
		return ix.opt.ShortThreshold
	}
	return ix.opt.Threshold
}

// Check returns the best earlier duplicate of a document: an exact copy by
// hash, else the most similar earlier signature whose estimated Jaccard
// similarity passes the threshold. ok is false when there is none. Check does
// not record the document; call Add for that.
func (ix *Index) Check(id, hash string, sig []uint64) (v Verdict, ok bool) {
	defer func() { ix.last.id, ix.last.v, ix.last.ok = id, v, ok }()
	if hash != "" {
		if of, found := ix.hashes[hash]; found && of != id {
			return Verdict{Of: of, Similarity: 1, Exact: true}, true
		}
	}
	need := ix.threshold(sig)
	var keys [64]uint64
	var seen [16]int64 // recently compared entries, to skip most repeats cheaply
	n := 0
	var best *entry
	bestSeq := int64(-1)
	bestSim := 0.0
	for _, k := range ix.bandKeys(sig, keys[:0]) {
		b := ix.buckets[k]
		// the newest members of a bucket stand for their copy family
		for i := len(b) - 1; i >= 0 && i >= len(b)-bucketScan; i-- {
			s := b[i]
			if slices.Contains(seen[:min(n, len(seen))], s) {
				continue
			}
			seen[n%len(seen)] = s
			n++
			e := ix.entry(s)
			if e == nil || e.id == id {
				continue
			}
			sim := Similarity(sig, e.sig)
			if sim > bestSim || sim == bestSim && best != nil && s < bestSeq {
				best, bestSim, bestSeq = e, sim, s
			}
		}
	}
	if best == nil || bestSim < need {
		return Verdict{}, false
	}
	return Verdict{Of: best.id, Similarity: bestSim}, true
}

// Add records a document so later documents can be found to copy it, and
// records its lineage when it copies an earlier one. Call it after Check; it
// also rebuilds the index from stored signatures at start-up. Adding an id
// twice does nothing.
func (ix *Index) Add(id, hash string, sig []uint64, published time.Time) {
	if ix.added[id] {
		return
	}
	ix.added[id] = true
	v, ok := ix.last.v, ix.last.ok
	if ix.last.id != id {
		v, ok = ix.Check(id, hash, sig)
	}
	ix.last.id = ""
	if hash != "" {
		if _, found := ix.hashes[hash]; !found {
			ix.hashes[hash] = id
		}
	}
	if ok {
		ix.parent[id] = v.Of
		ix.copies[v.Of] = append(ix.copies[v.Of], id)
	}
	if len(sig) != len(ix.seeds) {
		return
	}
	ix.evict()
	s := ix.seq
	ix.seq++
	e := entry{id: id, sig: sig, pub: published}
	if len(ix.ring) < ix.opt.Window {
		ix.ring = append(ix.ring, e)
	} else {
		ix.ring[s%int64(ix.opt.Window)] = e
	}
	var keys [64]uint64
	for _, k := range ix.bandKeys(sig, keys[:0]) {
		b := append(ix.buckets[k], s)
		if len(b) > 2*bucketKeep {
			// many copies of one report: the newest ones represent the family
			b = append(b[:0:0], b[len(b)-bucketKeep:]...)
		}
		ix.buckets[k] = b
	}
}

// entry returns the live entry with sequence s, or nil when evicted.
func (ix *Index) entry(s int64) *entry {
	if s < 0 || s >= ix.seq || s < ix.seq-int64(len(ix.ring)) {
		return nil
	}
	return &ix.ring[s%int64(ix.opt.Window)]
}

// bucketKeep is how many of the newest documents an LSH bucket keeps when it
// overflows, so hundreds of copies of one report do not slow every lookup.
const bucketKeep = 32

// bucketScan is how many of the newest members of each matching bucket Check compares.
const bucketScan = 8

// evict removes the oldest signature from its buckets when the ring is
// full, before its slot is reused.
func (ix *Index) evict() {
	if len(ix.ring) < ix.opt.Window {
		return
	}
	s := ix.seq - int64(ix.opt.Window)
	e := ix.entry(s)
	if e == nil {
		return
	}
	var keys [64]uint64
	for _, k := range ix.bandKeys(e.sig, keys[:0]) {
		b := ix.buckets[k]
		for i, x := range b {
			if x == s {
				b = append(b[:i], b[i+1:]...)
				break
			}
		}
		if len(b) == 0 {
			delete(ix.buckets, k)
		} else {
			ix.buckets[k] = b
		}
	}
	e.sig = nil
}

// Len returns how many signatures are searchable.
func (ix *Index) Len() int { return len(ix.ring) }
