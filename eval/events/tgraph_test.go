package events

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// graphOf builds a graph from lines "A REL B".
func graphOf(t *testing.T, rels ...string) *Graph {
	t.Helper()
	names := map[string]Rel{"<": Before, ">": After, "=": Simultaneous, "⊃": Includes, "⊂": IsIncluded}
	g := NewGraph()
	for _, r := range rels {
		f := strings.Fields(r)
		if len(f) != 3 || names[f[1]] == NoRel {
			t.Fatalf("bad relation %q", r)
		}
		g.Add(f[0], names[f[1]], f[2])
	}
	return g
}

func linkStrings(ls []Link) string {
	var out []string
	for _, l := range ls {
		out = append(out, fmt.Sprintf("%s %s %s", l.A, l.Rel, l.B))
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

func TestClosure(t *testing.T) {
	tests := []struct {
		name string
		rels []string
		a, b string
		want Rel
	}{
		{"given", []string{"a < b"}, "a", "b", Before},
		{"inverse", []string{"a < b"}, "b", "a", After},
		{"before chain", []string{"a < b", "b < c"}, "a", "c", Before},
		{"after given as after", []string{"b > a", "c > b"}, "a", "c", Before},
		{"simultaneous then before", []string{"a = d", "d < b"}, "a", "b", Before},
		{"simultaneous chain", []string{"a = b", "b = c"}, "c", "a", Simultaneous},
		{"inclusion passes to the simultaneous", []string{"a ⊂ t", "a = b"}, "b", "t", IsIncluded},
		{"inclusion chain", []string{"x ⊃ y", "y ⊃ z"}, "x", "z", Includes},
		{"before something included", []string{"a < b", "b ⊂ t"}, "a", "t", NoRel},
		{"inside something before", []string{"a ⊂ t", "t < u"}, "a", "u", Before},
		{"two in one interval", []string{"a ⊂ t", "b ⊂ t"}, "a", "b", NoRel},
		{"two including one", []string{"t ⊃ a", "u ⊃ a"}, "t", "u", NoRel},
		{"mutual inclusion", []string{"a ⊂ b", "b ⊂ a"}, "a", "b", Simultaneous},
		{"unrelated", []string{"a < b", "c < d"}, "a", "d", NoRel},
		{"unknown node", []string{"a < b"}, "a", "z", NoRel},
		{"self", []string{"a < b"}, "a", "a", NoRel},
	}
	for _, tt := range tests {
		if got := graphOf(t, tt.rels...).Relation(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: %v gives %s %s %s, want %s", tt.name, tt.rels, tt.a, got, tt.b, tt.want)
		}
	}
}

func TestClosureLinks(t *testing.T) {
	g := graphOf(t, "a < b", "b < c", "d = a")
	want := "a BEFORE b; a BEFORE c; a SIMULTANEOUS d; b AFTER d; b BEFORE c; c AFTER d"
	if got := linkStrings(g.Closure()); got != want {
		t.Errorf("closure = %s\nwant      %s", got, want)
	}
}

func TestReduced(t *testing.T) {
	tests := []struct {
		name string
		rels []string
		want string
	}{
		{"chain keeps its steps", []string{"a < b", "b < c", "a < c"}, "a BEFORE b; b BEFORE c"},
		{"shortcut given first is dropped", []string{"a < c", "a < b", "b < c"}, "a BEFORE b; b BEFORE c"},
		{"triangle of simultaneous keeps two", []string{"a = b", "b = c", "a = c"}, "a SIMULTANEOUS c; b SIMULTANEOUS c"},
		{"shared anchor of the simultaneous is kept once", []string{"a ⊂ t", "b ⊂ t", "a = b"}, "a SIMULTANEOUS b; b IS_INCLUDED t"},
		{"a relation given twice counts once", []string{"a < b", "b > a"}, "a BEFORE b"},
		{"before is not made redundant by inclusions", []string{"a ⊂ t", "b ⊂ t", "a < b"}, "a BEFORE b; a IS_INCLUDED t; b IS_INCLUDED t"},
		{"relabelled by the closure", []string{"a ⊂ b", "b ⊂ a"}, "a SIMULTANEOUS b"},
	}
	for _, tt := range tests {
		g := graphOf(t, tt.rels...)
		red := g.Reduced()
		if got := linkStrings(red); got != tt.want {
			t.Errorf("%s: reduced %v = %s, want %s", tt.name, tt.rels, got, tt.want)
		}
		// The reduced graph must have the closure of the graph.
		r := NewGraph()
		for _, id := range g.Nodes() {
			r.Node(id)
		}
		for _, l := range red {
			r.Add(l.A, l.Rel, l.B)
		}
		if a, b := linkStrings(g.Closure()), linkStrings(r.Closure()); a != b {
			t.Errorf("%s: closure of the reduced graph %s differs from %s", tt.name, b, a)
		}
	}
}

// TestInconsistent checks that a contradictory graph is scored, not fatal.
func TestInconsistent(t *testing.T) {
	g := graphOf(t, "a < b", "b < a", "a = c")
	_ = g.Closure()
	if len(g.Reduced()) == 0 {
		t.Error("reduced graph of a contradictory graph is empty")
	}
}

func TestRelInverse(t *testing.T) {
	for _, r := range []Rel{NoRel, Before, After, Simultaneous, Includes, IsIncluded} {
		if r.Inverse().Inverse() != r {
			t.Errorf("%s: inverse of inverse is %s", r, r.Inverse().Inverse())
		}
		g := NewGraph()
		g.Add("a", r, "b")
		if got := g.Relation("b", "a"); got != r.Inverse() {
			t.Errorf("a %s b gives b %s a, want %s", r, got, r.Inverse())
		}
	}
}
