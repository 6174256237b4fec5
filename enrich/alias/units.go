package alias

import (
	"strings"

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
// an acronym ("NATO") to the only unit it abbreviates, and a one-word
// organisation ("Ford") to the only organisation whose name starts with
// that word ("Ford Motor Company"). Units marked in
// person (which may be nil) take no part.
//
// When fits is not nil, an organisation without its country joins a unit
// naming it with one only when fits(bare, qualified, country) agrees (Merge
// uses it to keep a bare "Air Force" of an article about one country from
// joining "UAE Air Force" of another article).
func (r *Resolver) foldOrgs(units []*unit, uf *unionFind, person []bool, fits func(bare, qualified int, country *entry) bool) {
	qualified := map[string][]int{} // organisation without country → units naming it with one
	qCountry := map[int]*entry{}    // unit → the country its qualified name holds
	bare := map[int]string{}
	expansions := map[string][]int{} // initials of a name of several words → units
	acronyms := map[int]string{}
	firstWords := map[string][]int{} // first word of an organisation's name of several words → units
	singles := map[int]string{}      // one-word organisations

	for i, u := range units {
		if person != nil && person[i] {
			continue
		}
		seen := map[string]bool{}
		var q, b string
		var qc *entry
		for _, m := range u.ms {
			if seen[m.Text] {
				continue
			}
			seen[m.Text] = true
			if c, rest := r.orgNorm(m.Text, m.Type == news.ORG); rest != "" {
				if c != nil {
					q, qc = rest, c
				} else {
					b = rest
				}
			}
			if isAcronym(m.Text) {
				if _, known := r.lx.lookup(m.Text); !known {
					acronyms[i] = letters(m.Text)
				}
			} else if isMultiword(m.Text) {
				if ini := initials(stripThe(m.Text)); len(ini) >= 2 {
					expansions[ini] = appendOnce(expansions[ini], i)
				}
				if w := r.orgFirstWord(m); w != "" {
					firstWords[w] = appendOnce(firstWords[w], i)
				}
			} else if m.Type == news.ORG && startsUpper(m.Text) {
				if _, known := r.lx.lookup(m.Text); !known {
					singles[i] = slug(trimPossessive(m.Text))
				}
			}
		}
		switch {
		case q != "":
			qualified[q] = append(qualified[q], i)
			qCountry[i] = qc
		case b != "":
			bare[i] = b
		}
	}
	for i := range units {
		if rest, ok := bare[i]; ok {
			if j, ok := onlyRoot(uf, qualified[rest], i); ok && (fits == nil || fits(i, j, qCountry[j])) {
				uf.union(i, j)
			}
		}
	}
	// "Ford" after "Ford Motor Company", "Apple" after "Apple Computer".
	for i := range units {
		if w, ok := singles[i]; ok {
			if j, ok := onlyRoot(uf, firstWords[w], i); ok {
				uf.union(i, j)
			}
		}
	}
	for i := range units {
		if acr, ok := acronyms[i]; ok && !contains(expansions[acr], i) {
			if j, ok := onlyRoot(uf, expansions[acr], i); ok {
				uf.union(i, j)
			}
		}
	}
}

// orgFirstWord returns the slug of the first word of an organisation's name
// of several words, when it can stand for the whole ("Ford" of "Ford Motor
// Company"): capitalised, no place, demonym or title.
func (r *Resolver) orgFirstWord(m *news.Mention) string {
	if m.Type != news.ORG {
		return ""
	}
	fs := strings.Fields(stripThe(m.Text))
	if len(fs) < 2 || !startsUpper(fs[0]) || isAcronym(fs[0]) {
		return ""
	}
	if _, known := r.lx.lookup(fs[0]); known || r.lx.titleWords[titleToken(fs[0])] || r.lx.orgHeads[strings.ToLower(fs[0])] {
		return ""
	}
	return slug(trimPossessive(fs[0]))
}

// onlyRoot returns a unit of cands when all of them outside the set of
// self belong to one other set.
func onlyRoot(uf *unionFind, cands []int, self int) (int, bool) {
	target := -1
	for _, j := range cands {
		if uf.find(j) == uf.find(self) {
			continue
		}
		if target >= 0 && uf.find(target) != uf.find(j) {
			return 0, false
		}
		target = j
	}
	return target, target >= 0
}

func contains(s []int, i int) bool {
	for _, j := range s {
		if j == i {
			return true
		}
	}
	return false
}

func appendOnce(s []int, i int) []int {
	if len(s) > 0 && s[len(s)-1] == i {
		return s
	}
	return append(s, i)
}

func isMultiword(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}
