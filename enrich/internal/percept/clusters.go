package percept

// ClusterPath returns the word-cluster path of a word from its exact-form
// key word, else from its lowercase key lower; 0 when clusters has neither.
func ClusterPath(clusters map[uint64]uint32, word, lower uint64) uint32 {
	if c, ok := clusters[word]; ok {
		return c
	}
	return clusters[lower]
}

// AppendClusterFeatures appends to out the features of template t for the
// prefixes of cluster path c, a path of levels levels of bits bits: every
// prefix when all is set, else those of the second and the last level. A
// word without a cluster (c = 0) gets one feature of its own.
func AppendClusterFeatures(out []uint64, t uint64, c uint32, bits, levels int, all bool) []uint64 {
	if c == 0 {
		return append(out, Mix2(t, 99, 0))
	}
	for k := 1; k <= levels; k++ {
		if !all && k != 2 && k != levels {
			continue
		}
		out = append(out, Mix2(t, uint64(k), uint64(c>>(uint(bits)*uint(levels-k)))))
	}
	return out
}
