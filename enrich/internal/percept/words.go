package percept

import "sort"

// MostFrequent returns the n most frequent words of counts, most frequent
// first, ties in byte order; nil when n <= 0.
func MostFrequent(counts map[string]int, n int) []string {
	if n <= 0 {
		return nil
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := words[i], words[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	return words[:min(n, len(words))]
}
