package clusters

// Scores are clustering quality figures against gold stories.
type Scores struct {
	BCubedP, BCubedR, BCubedF     float64
	PairP, PairR, PairF           float64
	GoldStories, PredictedStories int
	Articles                      int
}

// Score compares predicted clusters with gold ones; both are labels by item.
func Score(gold, pred []string) Scores {
	n := len(gold)
	s := Scores{Articles: n}
	if n == 0 || len(pred) != n {
		return s
	}
	type pair struct{ g, p string }
	joint := map[pair]int{}
	gs, ps := map[string]int{}, map[string]int{}
	for i := range gold {
		joint[pair{gold[i], pred[i]}]++
		gs[gold[i]]++
		ps[pred[i]]++
	}
	s.GoldStories, s.PredictedStories = len(gs), len(ps)
	// BCubed: for item i, precision = |same pred ∩ same gold| / |same pred|.
	var bp, br float64
	var tp, predPairs, goldPairs float64
	for k, c := range joint {
		fc := float64(c)
		bp += fc * fc / float64(ps[k.p])
		br += fc * fc / float64(gs[k.g])
		tp += fc * (fc - 1) / 2
	}
	for _, c := range ps {
		predPairs += float64(c) * float64(c-1) / 2
	}
	for _, c := range gs {
		goldPairs += float64(c) * float64(c-1) / 2
	}
	s.BCubedP, s.BCubedR = bp/float64(n), br/float64(n)
	s.BCubedF = f1(s.BCubedP, s.BCubedR)
	s.PairP, s.PairR = ratio(tp, predPairs), ratio(tp, goldPairs)
	s.PairF = f1(s.PairP, s.PairR)
	return s
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
