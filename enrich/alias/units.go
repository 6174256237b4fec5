package alias

import (
	"storyline/news"
)

// unit is a set of mentions already known to name one entity: mentions with
// one key inside a document, or one entity of one document in Merge.
type unit struct {
	key string
	idx []int // mention indexes (inside a document)
	ms  []*news.Mention
}

// unionFind is a disjoint-set forest over unit indexes.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{parent: p}
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of a and b; the smaller index stays the root so the
// result does not depend on the order of calls.
func (u *unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
}

// foldOrgs joins non-person units that name one organisation: an
// organisation without its country ("State Department") to the only unit
// naming the same organisation with a country ("US Department of State"),
// and an acronym ("NATO") to the only unit it abbreviates. Units marked in
// person (which may be nil) take no part.
func (r *Resolver) foldOrgs(units []*unit, uf *unionFind, person []bool) {
	skip := func(i int) bool { return person != nil && person[i] }
	type org struct {
		qualified bool
		rest      string
	}
	orgs := make([]org, len(units))
	for i, u := range units {
		if skip(i) {
			continue
		}
		for _, m := range u.ms {
			if c, rest := r.orgNorm(m.Text); rest != "" {
				if c != nil {
					orgs[i] = org{true, rest}
					break
				}
				orgs[i] = org{false, rest}
			}
		}
	}
	for i := range units {
		if orgs[i].rest == "" || orgs[i].qualified {
			continue
		}
		target := -1
		for j := range units {
			if orgs[j].qualified && orgs[j].rest == orgs[i].rest {
				if target >= 0 && uf.find(target) != uf.find(j) {
					target = -2 // ambiguous: two countries
					break
				}
				target = j
			}
		}
		if target >= 0 {
			uf.union(i, target)
		}
	}
	for i, u := range units {
		if skip(i) {
			continue
		}
		var acr string
		for _, m := range u.ms {
			if isAcronym(m.Text) {
				if _, known := r.lx.lookup(m.Text); !known {
					acr = letters(m.Text)
					break
				}
			}
		}
		if acr == "" {
			continue
		}
		target := -1
		for j, v := range units {
			if j == i || skip(j) || !expands(v.ms, acr) {
				continue
			}
			if target >= 0 && uf.find(target) != uf.find(j) {
				target = -2
				break
			}
			target = j
		}
		if target >= 0 {
			uf.union(i, target)
		}
	}
}

// expands tells whether one of the mentions is a name of several words
// whose initials spell acr.
func expands(ms []*news.Mention, acr string) bool {
	for _, m := range ms {
		if len(acr) >= 2 && isMultiword(m.Text) && initials(stripThe(m.Text)) == acr {
			return true
		}
	}
	return false
}

func isMultiword(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}
