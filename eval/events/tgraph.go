package events

// Rel is a temporal relation between two intervals, the subset of Allen's
// relations that SemEval-2015 Task 4 timelines give rise to.
type Rel uint8

// Temporal relations. Includes and IsIncluded are read loosely (Allen's
// contains, starts, finishes and their inverses): the including interval
// starts no later and ends no earlier than the included one.
const (
	NoRel        Rel = iota // no relation is entailed
	Before                  // a ends before b starts
	After                   // b ends before a starts
	Simultaneous            // same start, same end
	Includes                // a starts no later and ends no earlier than b
	IsIncluded              // b starts no later and ends no earlier than a
)

// String returns the TimeML name of r.
func (r Rel) String() string {
	switch r {
	case Before:
		return "BEFORE"
	case After:
		return "AFTER"
	case Simultaneous:
		return "SIMULTANEOUS"
	case Includes:
		return "INCLUDES"
	case IsIncluded:
		return "IS_INCLUDED"
	}
	return "NONE"
}

// Inverse returns the relation of b to a when a stands in r to b.
func (r Rel) Inverse() Rel {
	switch r {
	case Before:
		return After
	case After:
		return Before
	case Includes:
		return IsIncluded
	case IsIncluded:
		return Includes
	}
	return r
}

// Link is a relation between two nodes of a temporal graph, named by id.
type Link struct {
	A, B string
	Rel  Rel
}

// Graph is a temporal graph: intervals named by id and relations between
// them. Its closure is computed in the point algebra: every interval is a
// start point strictly before an end point, and every relation a conjunction
// of < and ≤ constraints between points; for constraints of that form a
// relation is entailed exactly when the graph of points has the matching
// path.
type Graph struct {
	ids   []string
	index map[string]int
	links []ilink
	c     *closure // cached closure, nil when stale
}

// ilink is a relation between node indexes.
type ilink struct {
	a, b int
	rel  Rel
}

// NewGraph returns an empty graph.
func NewGraph() *Graph { return &Graph{index: map[string]int{}} }

// Node returns the index of node id, adding it when new.
func (g *Graph) Node(id string) int {
	if i, ok := g.index[id]; ok {
		return i
	}
	g.index[id] = len(g.ids)
	g.ids = append(g.ids, id)
	g.c = nil
	return len(g.ids) - 1
}

// Has reports whether id is a node of g.
func (g *Graph) Has(id string) bool {
	_, ok := g.index[id]
	return ok
}

// Nodes returns the node ids in the order they were added.
func (g *Graph) Nodes() []string { return append([]string(nil), g.ids...) }

// Add relates node a to node b, adding the nodes when new. A NoRel link
// only adds the nodes; a link of a node to itself is ignored.
func (g *Graph) Add(a string, r Rel, b string) {
	ia, ib := g.Node(a), g.Node(b)
	if r == NoRel || ia == ib {
		return
	}
	g.links = append(g.links, ilink{ia, ib, r})
	g.c = nil
}

// Links returns the relations as given.
func (g *Graph) Links() []Link { return g.named(g.links) }

func (g *Graph) named(ls []ilink) []Link {
	out := make([]Link, len(ls))
	for i, l := range ls {
		out[i] = Link{g.ids[l.a], g.ids[l.b], l.rel}
	}
	return out
}

// Closure returns the transitive closure of g: its relation for every pair
// of nodes the graph relates, a before b in node order.
func (g *Graph) Closure() []Link {
	c := g.closure()
	var out []ilink
	for a := range g.ids {
		for b := a + 1; b < len(g.ids); b++ {
			if r := c.rel(a, b); r != NoRel {
				out = append(out, ilink{a, b, r})
			}
		}
	}
	return g.named(out)
}

// Relation returns the relation the closure of g entails between a and b,
// NoRel when there is none or either is not a node.
func (g *Graph) Relation(a, b string) Rel {
	ia, oka := g.index[a]
	ib, okb := g.index[b]
	if !oka || !okb || ia == ib {
		return NoRel
	}
	return g.closure().rel(ia, ib)
}

// Reduced returns a non-redundant graph of g: a subset of its relations
// (each pair of nodes once, in the direction first given, labelled with its
// relation in the closure) whose closure equals the closure of g and none of
// which the others entail. Relations are dropped greedily in the order given, so the result
// is deterministic though, as for any graph with simultaneous nodes, not
// the only one possible.
func (g *Graph) Reduced() []Link {
	return g.named(g.reduced(g.closure()))
}

func (g *Graph) reduced(c *closure) []ilink {
	var cand []ilink
	seen := map[[2]int]bool{}
	for _, l := range g.links {
		a, b := l.a, l.b
		if a > b {
			a, b = b, a
		}
		if seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		r := c.rel(l.a, l.b)
		if r == NoRel { // an inconsistent graph: keep the relation as given
			r = l.rel
		}
		cand = append(cand, ilink{l.a, l.b, r})
	}
	pg := newPoints(len(g.ids), cand)
	dropped := make([]bool, len(cand))
	for k, l := range cand {
		skip := func(x int) bool { return x == k || dropped[x] }
		entailed := true
		for _, pc := range constraints(l) {
			if !pg.reach(pc.from, pc.to, pc.strict, skip) {
				entailed = false
				break
			}
		}
		dropped[k] = entailed
	}
	var out []ilink
	for k, l := range cand {
		if !dropped[k] {
			out = append(out, l)
		}
	}
	return out
}

// Point p of node i: 2i is its start, 2i+1 its end.
func start(i int) int { return 2 * i }
func end(i int) int   { return 2*i + 1 }

// pointConstraint is from < to (strict) or from ≤ to.
type pointConstraint struct {
	from, to int
	strict   bool
}

// constraints returns the point constraints of a relation.
func constraints(l ilink) []pointConstraint {
	a, b := l.a, l.b
	switch l.rel {
	case Before:
		return []pointConstraint{{end(a), start(b), true}}
	case After:
		return []pointConstraint{{end(b), start(a), true}}
	case Simultaneous:
		return []pointConstraint{{start(a), start(b), false}, {start(b), start(a), false}, {end(a), end(b), false}, {end(b), end(a), false}}
	case Includes:
		return []pointConstraint{{start(a), start(b), false}, {end(b), end(a), false}}
	case IsIncluded:
		return []pointConstraint{{start(b), start(a), false}, {end(a), end(b), false}}
	}
	return nil
}

// pointEdge is a constraint from one point to another, contributed by link
// (-1: the start of an interval before its end).
type pointEdge struct {
	to     int
	strict bool
	link   int
}

// points is the graph of the start and end points of n intervals.
type points struct{ adj [][]pointEdge }

func newPoints(n int, links []ilink) *points {
	p := &points{adj: make([][]pointEdge, 2*n)}
	for i := range n {
		p.adj[start(i)] = append(p.adj[start(i)], pointEdge{end(i), true, -1})
	}
	for k, l := range links {
		for _, c := range constraints(l) {
			p.adj[c.from] = append(p.adj[c.from], pointEdge{c.to, c.strict, k})
		}
	}
	return p
}

// reach reports whether a path leads from point from to point to (through
// at least one strict edge when strict), ignoring the edges of the links
// skip names.
func (p *points) reach(from, to int, strict bool, skip func(int) bool) bool {
	// States: point*2 + 1 once a strict edge has been crossed.
	seen := make([]bool, 2*len(p.adj))
	stack := []int{2 * from}
	seen[2*from] = true
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		pt, st := s/2, s%2 == 1
		if pt == to && (st || !strict) {
			return true
		}
		for _, e := range p.adj[pt] {
			if e.link >= 0 && skip != nil && skip(e.link) {
				continue
			}
			n := 2 * e.to
			if st || e.strict {
				n++
			}
			if !seen[n] {
				seen[n] = true
				stack = append(stack, n)
			}
		}
	}
	return false
}

// closure holds, for every pair of points, whether p ≤ q and p < q are
// entailed.
type closure struct {
	le, lt [][]bool
}

func (g *Graph) closure() *closure {
	if g.c == nil {
		g.c = computeClosure(len(g.ids), g.links)
	}
	return g.c
}

func computeClosure(nodes int, links []ilink) *closure {
	p := newPoints(nodes, links)
	n := len(p.adj)
	c := &closure{le: make([][]bool, n), lt: make([][]bool, n)}
	seen := make([]bool, 2*n)
	var stack []int
	for from := range n {
		clear(seen)
		le, lt := make([]bool, n), make([]bool, n)
		le[from] = true
		seen[2*from] = true
		stack = append(stack[:0], 2*from)
		for len(stack) > 0 {
			s := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			pt, st := s/2, s%2 == 1
			le[pt] = true
			if st {
				lt[pt] = true
			}
			for _, e := range p.adj[pt] {
				x := 2 * e.to
				if st || e.strict {
					x++
				}
				if !seen[x] {
					seen[x] = true
					stack = append(stack, x)
				}
			}
		}
		c.le[from], c.lt[from] = le, lt
	}
	return c
}

// rel returns the relation between nodes a and b the closure entails.
func (c *closure) rel(a, b int) Rel {
	switch {
	case c.lt[end(a)][start(b)]:
		return Before
	case c.lt[end(b)][start(a)]:
		return After
	}
	ss, ssInv := c.le[start(a)][start(b)], c.le[start(b)][start(a)]
	ee, eeInv := c.le[end(a)][end(b)], c.le[end(b)][end(a)]
	switch {
	case ss && ssInv && ee && eeInv:
		return Simultaneous
	case ss && eeInv:
		return Includes
	case ssInv && ee:
		return IsIncluded
	}
	return NoRel
}
