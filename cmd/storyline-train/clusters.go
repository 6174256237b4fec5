package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Word clusters: each word of the unlabeled text seen at least -min times is
// described by the positive pointwise mutual information of its neighbours
// (two words left and right, the frequent words themselves, the others by
// shape), projected to -dim dimensions with a seeded random projection, and
// clustered by hierarchical spherical k-means: -levels levels of 2^-bits
// branches. A word's cluster path is the sequence of branches taken.

func runClusters(args []string) error {
	fs := flag.NewFlagSet("clusters", flag.ExitOnError)
	out := fs.String("out", "enrich/entity/model/clusters.gz", "clusters file to write")
	conllDir := fs.String("conll", "../shared/data/conll2003", "directory with the CoNLL-2003 train.txt (its text only)")
	reuters := fs.String("reuters", "../shared/data/reuters-21578", "Reuters-21578 SGML directory (\"\" to skip)")
	bbc := fs.String("bbc", "../shared/data/bbc-news", "BBC News text directory (\"\" to skip)")
	extra := fs.String("extra", "", "comma-separated directories of more .txt news text")
	minCount := fs.Int("min", 4, "minimum count of a clustered word")
	nctx := fs.Int("ctx", 2000, "frequent words used as context features")
	dim := fs.Int("dim", 200, "projected dimensions")
	bitsFlag := fs.Int("bits", 2, "bits per level (2^bits branches)")
	levels := fs.Int("levels", 6, "levels")
	iters := fs.Int("iters", 12, "k-means iterations per split")
	seed := fs.Int64("seed", 1, "random seed")
	lower := fs.Bool("lower", false, "cluster lowercased words (the tagger falls back to the lowercase form)")
	fs.Parse(args)

	start := time.Now()
	var c corpus
	if *conllDir != "" {
		if err := c.addCoNLL(*conllDir + "/train.txt"); err != nil {
			return err
		}
	}
	if *reuters != "" {
		if err := c.addReuters(*reuters); err != nil {
			return err
		}
	}
	if *bbc != "" {
		if err := c.addDir(*bbc); err != nil {
			return err
		}
	}
	for _, d := range strings.Split(*extra, ",") {
		if d == "" {
			continue
		}
		if err := c.addDir(d); err != nil {
			return err
		}
	}
	ntok := 0
	for _, s := range c {
		ntok += len(s)
	}
	fmt.Fprintf(os.Stderr, "corpus: %d sentences, %d tokens (%s)\n", len(c), ntok, time.Since(start).Round(time.Millisecond))

	key := func(w string) string { return w }
	if *lower {
		key = strings.ToLower
	}
	vecs, words := contextVectors(c, key, *minCount, *nctx, *dim, *seed)
	fmt.Fprintf(os.Stderr, "vectors: %d words (%s)\n", len(words), time.Since(start).Round(time.Millisecond))
	codes := hierKMeans(vecs, *dim, *bitsFlag, *levels, *iters, *seed)
	fmt.Fprintf(os.Stderr, "clusters done (%s)\n", time.Since(start).Round(time.Millisecond))

	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "%d %d\n", *bitsFlag, *levels)
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		if codes[order[a]] != codes[order[b]] {
			return codes[order[a]] < codes[order[b]]
		}
		return words[order[a]] < words[order[b]]
	})
	for _, i := range order {
		fmt.Fprintf(bw, "%s\t%d\n", words[i], codes[i])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// ctxClass names the context feature of a word that is not frequent.
func ctxClass(w string) string {
	hasUpper, hasLower, hasDigit := false, false, false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			hasUpper = true
		case unicode.IsLower(r):
			hasLower = true
		case unicode.IsDigit(r):
			hasDigit = true
		}
	}
	switch {
	case hasDigit:
		return "<NUM>"
	case hasUpper && !hasLower:
		return "<CAPS>"
	case hasUpper:
		return "<Cap>"
	case hasLower:
		return "<low>"
	}
	return "<punct>"
}

// contextVectors returns a unit vector per word (as named by key) seen at
// least minCount times.
func contextVectors(c corpus, key func(string) string, minCount, nctx, dim int, seed int64) ([][]float32, []string) {
	freq := map[string]int{}
	lfreq := map[string]int{}
	for _, s := range c {
		for _, w := range s {
			freq[key(w)]++
			lfreq[strings.ToLower(w)]++
		}
	}
	var words []string
	for w, n := range freq {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	wid := make(map[string]int32, len(words))
	for i, w := range words {
		wid[w] = int32(i)
	}
	var lw []string
	for w := range lfreq {
		lw = append(lw, w)
	}
	sort.Slice(lw, func(i, j int) bool {
		if lfreq[lw[i]] != lfreq[lw[j]] {
			return lfreq[lw[i]] > lfreq[lw[j]]
		}
		return lw[i] < lw[j]
	})
	if len(lw) > nctx {
		lw = lw[:nctx]
	}
	cid := map[string]int32{}
	for i, w := range lw {
		cid[w] = int32(i)
	}
	for _, cl := range []string{"<NUM>", "<CAPS>", "<Cap>", "<low>", "<punct>", "<S>", "</S>"} {
		cid[cl] = int32(len(cid))
	}
	nc := len(cid)
	ctxOf := func(s []string, j int) int32 {
		switch {
		case j < 0:
			return cid["<S>"]
		case j >= len(s):
			return cid["</S>"]
		}
		if id, ok := cid[strings.ToLower(s[j])]; ok {
			return id
		}
		return cid[ctxClass(s[j])]
	}
	// Co-occurrence counts: feature = position*nc + context id.
	offsets := []int{-2, -1, 1, 2}
	counts := make([]map[int32]float32, len(words))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	colSum := make([]float64, len(offsets)*nc)
	total := 0.0
	for _, s := range c {
		ids := make([]int32, len(s))
		for j := range s {
			ids[j] = ctxOf(s, j)
		}
		get := func(j int) int32 {
			if j < 0 || j >= len(s) {
				return ctxOf(s, j)
			}
			return ids[j]
		}
		for j, w := range s {
			id, ok := wid[key(w)]
			if !ok {
				continue
			}
			for p, o := range offsets {
				f := int32(p*nc) + get(j+o)
				counts[id][f]++
				colSum[f]++
				total++
			}
		}
	}
	// Smoothed context distribution (alpha 0.75).
	var z float64
	for _, v := range colSum {
		z += math.Pow(v, 0.75)
	}
	rng := rand.New(rand.NewSource(seed))
	proj := make([]float32, len(colSum)*dim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([][]float32, len(words))
	keys := make([]int32, 0, 256)
	for i := range words {
		var rowSum float64
		keys = keys[:0]
		for f, v := range counts[i] {
			rowSum += float64(v)
			keys = append(keys, f)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		v := make([]float32, dim)
		for _, f := range keys {
			pwc := float64(counts[i][f]) / rowSum
			pc := math.Pow(colSum[f], 0.75) / z
			pmi := math.Log(pwc / pc)
			if pmi <= 0 {
				continue
			}
			row := proj[int(f)*dim : int(f)*dim+dim]
			for d := range v {
				v[d] += float32(pmi) * row[d]
			}
		}
		normalize(v)
		vecs[i] = v
		counts[i] = nil
	}
	return vecs, words
}

func normalize(v []float32) {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return
	}
	s := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i] *= s
	}
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// hierKMeans returns the cluster path code of every vector: a leading 1 bit
// then levels groups of bits bits.
func hierKMeans(vecs [][]float32, dim, bits, levels, iters int, seed int64) []uint32 {
	codes := make([]uint32, len(vecs))
	for i := range codes {
		codes[i] = 1
	}
	k := 1 << bits
	groups := [][]int{make([]int, len(vecs))}
	for i := range groups[0] {
		groups[0][i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	for l := 0; l < levels; l++ {
		var next [][]int
		for _, g := range groups {
			assign := kmeans(vecs, g, dim, k, iters, rng)
			parts := make([][]int, k)
			for j, i := range g {
				codes[i] = codes[i]<<uint(bits) | uint32(assign[j])
				parts[assign[j]] = append(parts[assign[j]], i)
			}
			for _, p := range parts {
				if len(p) > 0 {
					next = append(next, p)
				}
			}
		}
		groups = next
	}
	return codes
}

// kmeans clusters the vectors idx into k groups by spherical k-means with
// k-means++ seeding; small groups go to cluster 0.
func kmeans(vecs [][]float32, idx []int, dim, k, iters int, rng *rand.Rand) []int {
	assign := make([]int, len(idx))
	if len(idx) <= k {
		for j := range assign {
			assign[j] = j
		}
		return assign
	}
	cent := make([][]float32, 0, k)
	cent = append(cent, append([]float32(nil), vecs[idx[rng.Intn(len(idx))]]...))
	d := make([]float64, len(idx))
	for len(cent) < k {
		var sum float64
		for j, i := range idx {
			best := float32(-2)
			for _, c := range cent {
				best = max(best, dot(vecs[i], c))
			}
			d[j] = float64(1 - best)
			if d[j] < 0 {
				d[j] = 0
			}
			sum += d[j]
		}
		r := rng.Float64() * sum
		pick := len(idx) - 1
		for j := range d {
			r -= d[j]
			if r <= 0 {
				pick = j
				break
			}
		}
		cent = append(cent, append([]float32(nil), vecs[idx[pick]]...))
	}
	for it := 0; it < iters; it++ {
		changed := 0
		for j, i := range idx {
			b, bs := 0, float32(-2)
			for c := range cent {
				if s := dot(vecs[i], cent[c]); s > bs {
					b, bs = c, s
				}
			}
			if assign[j] != b || it == 0 {
				changed++
			}
			assign[j] = b
		}
		for c := range cent {
			for d := range cent[c] {
				cent[c][d] = 0
			}
		}
		for j, i := range idx {
			c := cent[assign[j]]
			for d, x := range vecs[i] {
				c[d] += x
			}
		}
		for c := range cent {
			normalize(cent[c])
		}
		if changed == 0 {
			break
		}
	}
	return assign
}
