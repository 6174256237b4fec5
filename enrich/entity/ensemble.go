package entity

import "sort"

// mergeModels averages the weights of models that share clusters and
// gazetteers but were trained with different seeds (document orders and
// history noise): a vote of the models that costs no more than one at run
// time, since a sum of linear models is a linear model.
func mergeModels(ms []*Model) *Model {
	if len(ms) == 1 {
		return ms[0]
	}
	sum := map[uint32][]float32{}
	for _, m := range ms {
		for i, k := range m.Keys {
			row := sum[k]
			if row == nil {
				row = make([]float32, nLabels)
				sum[k] = row
			}
			for l := range row {
				row[l] += m.Weights[i*nLabels+l]
			}
		}
	}
	keys := make([]uint32, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out := *ms[0]
	out.Keys = keys
	out.Weights = make([]float32, 0, len(keys)*nLabels)
	inv := 1 / float32(len(ms))
	for _, k := range keys {
		for _, v := range sum[k] {
			out.Weights = append(out.Weights, v*inv)
		}
	}
	out.index()
	return &out
}
