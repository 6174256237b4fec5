// Package window provides a map that remembers roughly the latest entries
// only: entries live in two generations, and every Size insertions the
// older generation is dropped whole. An entry is kept for at least Size and
// at most 2×Size insertions after it was last put. Dropping a whole map
// leaves no tombstones behind, unlike deleting keys one by one, so lookups
// stay fast under steady churn, and memory follows the window, not the
// history.
package window

// Map is a two-generation map. The zero value is not usable; call New.
type Map[K comparable, V any] struct {
	cur, old map[K]V
	puts     int
	size     int
}

// New returns a map that keeps entries for at least size insertions.
func New[K comparable, V any](size int) *Map[K, V] {
	if size < 1 {
		size = 1
	}
	return &Map[K, V]{cur: map[K]V{}, old: map[K]V{}, size: size}
}

// Get returns the value stored for k, if it is still in the window.
func (m *Map[K, V]) Get(k K) (V, bool) {
	if v, ok := m.cur[k]; ok {
		return v, true
	}
	v, ok := m.old[k]
	return v, ok
}

// Put stores v for k in the current generation.
func (m *Map[K, V]) Put(k K, v V) {
	if m.puts == m.size {
		m.old, m.cur = m.cur, make(map[K]V, len(m.cur))
		m.puts = 0
	}
	m.puts++
	m.cur[k] = v
}

// Len returns the number of entries held in both generations (a key put in
// both counts twice).
func (m *Map[K, V]) Len() int { return len(m.cur) + len(m.old) }
