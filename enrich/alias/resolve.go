package alias

import (
	"errors"
	"strings"

	"storyline/news"
)

// Options configures a Resolver. The zero value is the default.
type Options struct {
	// SeparateDemonyms keeps demonyms ("Russian", "British") as entities of
	// their own instead of aliases of their country.
	SeparateDemonyms bool
}

// DefaultOptions returns the default options.
func DefaultOptions() Options { return Options{} }

// Resolver cleans mentions and assigns canonical identities. It holds only
// read-only tables and is safe for concurrent use.
type Resolver struct {
	opt Options
	lx  *lexicon
}

var _ news.Annotator = (*Resolver)(nil)

// New returns a Resolver with the given options.
func New(opt Options) *Resolver {
	return &Resolver{opt: opt, lx: newLexicon()}
}

// Annotate implements news.Annotator: it cleans d.Entities in place (line
// breaks, punctuation, possessives, titles split into Role, one type per
// entity by vote) and sets Entity and Name on every mention, linking the
// short forms of a name to its full form inside the document.
func (r *Resolver) Annotate(d *news.Doc) error {
	if d == nil {
		return errors.New("annotate entities: nil document")
	}
	ms := r.clean(d)
	for _, g := range r.groupDoc(ms) {
		ptrs := make([]*news.Mention, len(g))
		for i, k := range g {
			ptrs[i] = &ms[k]
		}
		id := r.describe(ptrs)
		for _, m := range ptrs {
			m.Entity, m.Name = id.key, id.name
			if !r.isDemonym(m.Text) {
				m.Type = id.typ
			}
		}
	}
	d.Entities = ms
	return nil
}

// pgroup is a person of a document while grouping.
type pgroup struct {
	name    pname
	fullAt  []int // starts of the full-name mentions
	members []int
}

// groupDoc groups the mentions of one document into entities and returns
// the groups as lists of mention indexes, in order of first mention.
func (r *Resolver) groupDoc(ms []news.Mention) [][]int {
	var persons []*pgroup
	done := make([]bool, len(ms))
	// Full names first: each distinct full name is a person.
	for i := range ms {
		if ms[i].Type != news.PER {
			continue
		}
		p := r.lx.parseName(ms[i].Text)
		if p.class != nameFull {
			continue
		}
		var g *pgroup
		for _, c := range persons {
			if c.name.surname == p.surname && c.name.given == p.given && c.name.suffix == p.suffix {
				g = c
				break
			}
		}
		if g == nil {
			g = &pgroup{name: p}
			persons = append(persons, g)
		}
		g.fullAt = append(g.fullAt, ms[i].Start)
		g.members = append(g.members, i)
		done[i] = true
	}
	nFull := len(persons)
	// A name typed otherwise joins a person when it is his surname, unless
	// typed a place that the tagger never took for a person in the document
	// ("Wales" beside a "Good Morning Wales" mistaken for a person).
	perTexts := map[string]bool{}
	for i := range ms {
		if ms[i].Type == news.PER {
			perTexts[ms[i].Text] = true
		}
	}
	// Then short forms, and single names typed otherwise that are the
	// surname of a person of the document ("Lavrov" tagged ORG once).
	var others []int
	for i := range ms {
		if done[i] {
			continue
		}
		m := &ms[i]
		if m.Type != news.PER {
			if !r.maybeSurname(m.Text) || !perTexts[m.Text] && m.Type == news.LOC {
				others = append(others, i)
				continue
			}
			if g := pickPerson(persons[:nFull], r.lx.parseName(m.Text), m.Start); g != nil {
				g.members = append(g.members, i)
			} else {
				others = append(others, i)
			}
			continue
		}
		p := r.lx.parseName(m.Text)
		g := pickPerson(persons[:nFull], p, m.Start)
		if g == nil {
			for _, c := range persons[nFull:] {
				if c.name.compatible(p) {
					g = c
					if p.class > c.name.class {
						c.name = p
					}
					break
				}
			}
		}
		if g == nil {
			g = &pgroup{name: p}
			persons = append(persons, g)
		}
		g.members = append(g.members, i)
	}
	// Everything else by key, then organisations without a country joined
	// to the same organisation with one, and acronyms to their expansions.
	var units []*unit
	byKey := map[string]*unit{}
	for _, i := range others {
		k := r.unitKey(&ms[i])
		u := byKey[k]
		if u == nil {
			u = &unit{key: k}
			byKey[k] = u
			units = append(units, u)
		}
		u.idx = append(u.idx, i)
		u.ms = append(u.ms, &ms[i])
	}
	uf := newUnionFind(len(units))
	r.foldOrgs(units, uf, nil, nil)
	var groups [][]int
	for _, g := range persons {
		groups = append(groups, g.members)
	}
	at := map[int]int{}
	for i, u := range units {
		root := uf.find(i)
		if k, ok := at[root]; ok {
			groups[k] = append(groups[k], u.idx...)
			continue
		}
		at[root] = len(groups)
		groups = append(groups, append([]int(nil), u.idx...))
	}
	return groups
}

// maybeSurname tells whether a mention typed other than PER could be a
// person's surname: one capitalised word, no acronym, no known place.
func (r *Resolver) maybeSurname(s string) bool {
	if strings.ContainsAny(s, " \t") || isAcronym(s) || !startsUpper(s) {
		return false
	}
	_, known := r.lx.lookup(s)
	return !known
}

// pickPerson finds the person a name refers to among the full names of a
// document: the only compatible one, or, when several share the surname,
// the one named most recently before pos (else the next one after). A
// single word that is no surname may still be an unambiguous given name.
func pickPerson(persons []*pgroup, p pname, pos int) *pgroup {
	var cands []*pgroup
	for _, g := range persons {
		if g.name.compatible(p) {
			cands = append(cands, g)
		}
	}
	if len(cands) == 0 && p.class == nameShort {
		for _, g := range persons {
			if g.name.given == p.asGiven && g.name.given != "" {
				cands = append(cands, g)
			}
		}
		if len(cands) > 1 {
			return nil // an ambiguous first name stays apart
		}
	}
	if len(cands) <= 1 {
		if len(cands) == 1 {
			return cands[0]
		}
		return nil
	}
	var best *pgroup
	bestAt := -1
	for _, g := range cands {
		for _, at := range g.fullAt {
			if at < pos && at > bestAt {
				best, bestAt = g, at
			}
		}
	}
	if best != nil {
		return best
	}
	bestAt = int(^uint(0) >> 1)
	for _, g := range cands {
		for _, at := range g.fullAt {
			if at < bestAt {
				best, bestAt = g, at
			}
		}
	}
	return best
}
