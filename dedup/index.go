package dedup

import (
	"storyline/internal/window"

	"hash/maphash"
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
	id   string
	sig  []uint64
	pub  time.Time
	prev []int64 // by band: the sequence number of the previous entry in the same bucket, -1 at the end
}

// Index finds exact and near duplicates online. Build it with New; it is not
// safe for concurrent use.
//
// The LSH buckets are chains: the bucket map holds the newest sequence
// number per band key and every entry links, per band, to the previous
// entry of its bucket. Evicted entries are recognised by their sequence
// number, so nothing is deleted from the map one by one (deletes leave
// tombstones that lengthen every probe of a map under steady churn): the
// heads live in a two-generation window.Map sized so that a head stays at
// least as long as its entry is in the window.
type Index struct {
	opt   Options
	seeds []uint64
	rows  int

	hashes *window.Map[string, string]   // text hash -> first document id, for about the last Window documents
	heads  *window.Map[uint64, int64]    // band key -> newest entry sequence number in that bucket
	ring   []entry                       // live entries: sequence s at s % Window
	seq    int64                         // next sequence number
	added  *window.Map[uint64, struct{}] // hashes of the ids added lately (no pointers for the collector to scan)
	parent *window.Map[string, string]   // duplicate id -> the document it copies (recent documents)
	copies *window.Map[string, []string] // document id -> direct copies of it (recent documents)
	last   struct {                      // the last Check, reused by Add
		id string
		v  Verdict
		ok bool
	}
}

// New returns an empty index.
func New(opt Options) *Index {
	opt = opt.withDefaults()
	ix := &Index{
		opt:    opt,
		seeds:  make([]uint64, opt.Hashes),
		rows:   opt.Hashes / opt.Bands,
		hashes: window.New[string, string](opt.Window),
		heads:  window.New[uint64, int64](opt.Window * opt.Bands), // at most Bands heads per addition
		added:  window.New[uint64, struct{}](opt.Window),
		parent: window.New[string, string](opt.Window),
		copies: window.New[string, []string](opt.Window),
	}
	s := opt.Seed
	for i := range ix.seeds {
		s = mix(s + 0x9e3779b97f4a7c15)
		ix.seeds[i] = s
	}
	return ix
}

// Options returns the options in effect.
func (ix *Index) Options() Options { return ix.opt }

// bandKeys returns the LSH bucket key of every band of sig, in band order;
// the key is 0 for a band no shingle fell in.
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
		if empty || h == 0 {
			h = 0 // no shingle fell in this band: it matches nothing
		}
		buf = append(buf, h)
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
		if of, found := ix.hashes.Get(hash); found && of != id {
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
	for band, k := range ix.bandKeys(sig, keys[:0]) {
		s, ok := ix.heads.Get(k)
		if !ok || k == 0 {
			continue
		}
		// the newest members of a bucket stand for their copy family
		for range bucketScan {
			e := ix.entry(s)
			if e == nil {
				break
			}
			next := e.prev[band]
			if !slices.Contains(seen[:min(n, len(seen))], s) && e.id != id {
				seen[n%len(seen)] = s
				n++
				sim := Similarity(sig, e.sig)
				if sim > bestSim || sim == bestSim && best != nil && s < bestSeq {
					best, bestSim, bestSeq = e, sim, s
				}
			}
			s = next
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
// twice within the window does nothing.
func (ix *Index) Add(id, hash string, sig []uint64, published time.Time) {
	if ix.has(id) {
		return
	}
	v, ok := ix.last.v, ix.last.ok
	if ix.last.id != id {
		v, ok = ix.Check(id, hash, sig)
	}
	ix.last.id = ""
	if !ok {
		v.Of = ""
	}
	ix.record(id, hash, v.Of, sig, published)
}

// Restore records a stored document at start-up with the verdict stored
// with it: of is the document it copies, "" for an original. No search is
// made. A nil signature keeps the document out of the search window (for
// documents older than the window) while still recording its hash and
// lineage. Restoring an id twice, or one already added, within the window
// does nothing.
func (ix *Index) Restore(id, hash string, sig []uint64, published time.Time, of string) {
	if ix.has(id) {
		return
	}
	ix.record(id, hash, of, sig, published)
}

// has reports whether id was added, and marks it added.
func (ix *Index) has(id string) bool {
	idh := maphash.String(idSeed, id)
	if _, dup := ix.added.Get(idh); dup {
		return true
	}
	ix.added.Put(idh, struct{}{})
	return false
}

// record stores a document's hash, its lineage when it copies of, and its
// signature in the search window.
func (ix *Index) record(id, hash, of string, sig []uint64, published time.Time) {
	if hash != "" {
		if _, found := ix.hashes.Get(hash); !found {
			ix.hashes.Put(hash, id)
		}
	}
	if of != "" && of != id {
		ix.parent.Put(id, of)
		cs, _ := ix.copies.Get(of)
		ix.copies.Put(of, append(cs, id))
	}
	if len(sig) != len(ix.seeds) {
		return
	}
	s := ix.seq
	ix.seq++
	var keys [64]uint64
	bands := ix.bandKeys(sig, keys[:0])
	e := entry{id: id, sig: sig, pub: published}
	if len(ix.ring) < ix.opt.Window {
		e.prev = make([]int64, len(bands))
		ix.ring = append(ix.ring, e)
	} else {
		slot := &ix.ring[s%int64(ix.opt.Window)]
		e.prev = slot.prev[:0] // the evicted entry's links are reused
		e.prev = append(e.prev, make([]int64, len(bands))...)
		*slot = e
	}
	prev := ix.ring[s%int64(ix.opt.Window)].prev
	for band, k := range bands {
		if k == 0 {
			prev[band] = -1
			continue
		}
		if h, ok := ix.heads.Get(k); ok && ix.entry(h) != nil {
			prev[band] = h
		} else {
			prev[band] = -1
		}
		ix.heads.Put(k, s)
	}
}

// entry returns the live entry with sequence s, or nil when evicted.
func (ix *Index) entry(s int64) *entry {
	if s < 0 || s >= ix.seq || s < ix.seq-int64(len(ix.ring)) {
		return nil
	}
	return &ix.ring[s%int64(ix.opt.Window)]
}

// bucketScan is how many of the newest members of each matching bucket Check compares.
const bucketScan = 8

// idSeed hashes document ids for the set of ids added. A collision between
// two ids (odds about n²/2⁶⁵: 3e-8 at a million documents) would make the
// second Add a no-op.
var idSeed = maphash.MakeSeed()

// Len returns how many signatures are searchable.
func (ix *Index) Len() int { return len(ix.ring) }
