package dedup

// Lineage is remembered for about the last Window documents; the store
// keeps every verdict.

// Parent returns the document id copies, or "" when it is an original (or
// left the window).
func (ix *Index) Parent(id string) string {
	p, _ := ix.parent.Get(id)
	return p
}

// Root returns the earliest version of a document: following copies back to
// the original. An original is its own root.
func (ix *Index) Root(id string) string {
	for range ix.parent.Len() + 1 {
		p, ok := ix.parent.Get(id)
		if !ok || p == id {
			return id
		}
		id = p
	}
	return id
}

// Copies returns every document that copies id, directly or through other
// copies, nearest copies first.
func (ix *Index) Copies(id string) []string {
	var out []string
	seen := map[string]bool{id: true}
	queue := []string{id}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		cs, _ := ix.copies.Get(cur)
		for _, c := range cs {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
				queue = append(queue, c)
			}
		}
	}
	return out
}
