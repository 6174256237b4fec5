package entity

import "storyline/enrich/internal/percept"

// LowerKey returns the hash the tagger uses for the lowercased,
// digit-normalised form of w; word clusters are keyed by it.
func LowerKey(w string) uint64 {
	var a [64]byte
	var o [64]int
	b, _ := percept.Norm(a[:0], o[:0], w)
	return percept.HashBytes(b)
}

// WordKey returns the hash the tagger uses for the exact form of w.
func WordKey(w string) uint64 { return percept.HashString(w) }
