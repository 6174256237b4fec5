package clusters

import (
	"fmt"
	"testing"
	"time"

	"storyline/dedup"
	"storyline/internal/shared"
)

func TestDupDebug(t *testing.T) {
	root := shared.Path(t, "data")
	st := time.Now()
	corpus, _ := LoadCorpus(root)
	fmt.Println("load", time.Since(st), len(corpus))
	docs := DupStream(corpus, 5000, DefaultDupRates, 1)
	ix := dedup.New(dedup.DefaultOptions())
	byID := map[string]DupDoc{}
	truth := map[string]string{}
	st = time.Now()
	for _, d := range docs {
		byID[d.ID] = d
		root := d.ID
		if d.Of != "" {
			root = truth[d.Of]
		}
		truth[d.ID] = root
		sig := ix.Signature(d.Text)
		v, ok := ix.Check(d.ID, d.Hash, sig)
		ix.Add(d.ID, d.Hash, sig, d.Published)
		if ok && (d.Of == "" || truth[v.Of] != root) {
			fmt.Printf("FP %s kind=%s sim=%.2f card=%.0f\n  A: %.150q\n  B: %.150q\n", d.ID, d.Kind, v.Similarity, dedup.Cardinality(sig), d.Text, byID[v.Of].Text)
		}
		if !ok && d.Of != "" {
			o := byID[d.Of]
			fmt.Printf("MISS %s kind=%s sim=%.2f card=%.0f\n  A: %.200q\n  B: %.200q\n", d.ID, d.Kind, dedup.Similarity(sig, ix.Signature(o.Text)), dedup.Cardinality(sig), d.Text, o.Text)
		}
	}
	fmt.Println("run", time.Since(st))
}
