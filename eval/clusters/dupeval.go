package clusters

import (
	"fmt"
	"io"
	"time"

	"storyline/dedup"
)

// DupScores are near-duplicate detection figures on a synthetic stream.
type DupScores struct {
	Docs, Copies, Flagged, Correct int
	Precision, Recall              float64
	ByKind                         map[string][2]int // kind -> found, total
	PerSecond                      float64
}

// EvalDup runs a dedup index over a synthetic stream and scores it: a flag
// is correct when the document is an injected copy and the flagged original
// has the same root original (copies of copies count). Originals that the
// corpus itself repeats are counted as false positives.
func EvalDup(docs []DupDoc, opt dedup.Options) DupScores {
	ix := dedup.New(opt)
	truth := map[string]string{} // id -> root original
	s := DupScores{Docs: len(docs), ByKind: map[string][2]int{}}
	start := time.Now()
	for _, d := range docs {
		root := d.ID
		if d.Of != "" {
			root = truth[d.Of]
			s.Copies++
		}
		truth[d.ID] = root
		sig := ix.Signature(d.Text)
		v, ok := ix.Check(d.ID, d.Hash, sig)
		ix.Add(d.ID, d.Hash, sig, d.Published)
		k := s.ByKind[d.Kind]
		k[1]++
		if ok {
			s.Flagged++
			if d.Of != "" && truth[v.Of] == root {
				s.Correct++
				k[0]++
			}
		}
		s.ByKind[d.Kind] = k
	}
	if secs := time.Since(start).Seconds(); secs > 0 {
		s.PerSecond = float64(len(docs)) / secs
	}
	s.Precision, s.Recall = ratio(float64(s.Correct), float64(s.Flagged)), ratio(float64(s.Correct), float64(s.Copies))
	return s
}

// Print writes the scores.
func (s DupScores) Print(w io.Writer) {
	fmt.Fprintf(w, "near-duplicates: %d docs, %d injected copies, %d flagged, %d correct\n", s.Docs, s.Copies, s.Flagged, s.Correct)
	fmt.Fprintf(w, "precision %.4f  recall %.4f  (%.0f docs/s)\n", s.Precision, s.Recall, s.PerSecond)
	for _, k := range []string{KindExact, KindNear, KindRewrite, KindOriginal} {
		fmt.Fprintf(w, "  %-9s found %d of %d\n", k, s.ByKind[k][0], s.ByKind[k][1])
	}
}
