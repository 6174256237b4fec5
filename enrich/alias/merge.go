package alias

import (
	"sort"
	"strconv"
	"strings"

	"storyline/news"
)

// Merge groups the entities of several documents (a story, or the whole
// store) into canonical identities: it rewrites Entity and Name on the
// documents' mentions so that one identity has one key everywhere, and
// returns the story entities with aliases, type, articles and mention
// counts, most mentioned first. Documents whose mentions have no Entity yet
// are annotated first.
func (r *Resolver) Merge(docs []*news.Doc) []news.StoryEntity {
	// One unit per entity per document.
	var units []*unit
	var unitDoc []int
	for di, d := range docs {
		if d == nil {
			continue
		}
		if needsAnnotation(d) {
			_ = r.Annotate(d) // cannot fail on a non-nil document
		}
		byKey := map[string]*unit{}
		for i := range d.Entities {
			m := &d.Entities[i]
			u := byKey[m.Entity]
			if u == nil {
				u = &unit{key: m.Entity}
				byKey[m.Entity] = u
				units = append(units, u)
				unitDoc = append(unitDoc, di)
			}
			u.ms = append(u.ms, m)
		}
	}
	uf := newUnionFind(len(units))
	person := make([]bool, len(units))
	names := make([]pname, len(units))
	first := map[string]int{}
	for i, u := range units {
		if j, ok := first[u.key]; ok {
			uf.union(i, j)
		} else {
			first[u.key] = i
		}
		if typ, _ := r.vote(u.ms); typ == news.PER {
			person[i] = true
			names[i] = r.lx.parseName(r.bestPerson(u.ms))
		}
	}
	r.mergePersons(units, person, names, uf)
	// the countries each document names, so that an organisation named
	// without its country joins a qualified one from another article only
	// when its own article names that country (or names none)
	countries := make([]map[*entry]bool, len(docs))
	for di, d := range docs {
		if d == nil {
			continue
		}
		countries[di] = map[*entry]bool{}
		for _, m := range d.Entities {
			if f, ok := r.lx.lookup(m.Text); ok && f.e.typ == news.LOC {
				countries[di][f.e] = true
			}
		}
	}
	fits := func(bare, qualified int, country *entry) bool {
		if country == nil || unitDoc[bare] == unitDoc[qualified] {
			return true
		}
		cs := countries[unitDoc[bare]]
		return len(cs) == 0 || cs[country]
	}
	r.foldOrgs(units, uf, person, fits)

	// Describe every identity and write it back.
	clusters := map[int][]int{}
	var roots []int
	for i := range units {
		root := uf.find(i)
		if _, ok := clusters[root]; !ok {
			roots = append(roots, root)
		}
		clusters[root] = append(clusters[root], i)
	}
	var out []news.StoryEntity
	used := map[string]bool{}
	for _, root := range roots {
		var ms []*news.Mention
		var articles []string
		seenDoc := map[int]bool{}
		for _, i := range clusters[root] {
			ms = append(ms, units[i].ms...)
			if di := unitDoc[i]; !seenDoc[di] {
				seenDoc[di] = true
				articles = append(articles, docs[di].ID)
			}
		}
		id := r.describe(ms)
		id.key = uniqueKey(id, used)
		for _, m := range ms {
			m.Entity, m.Name = id.key, id.name
		}
		sort.Strings(articles)
		out = append(out, news.StoryEntity{
			Entity: id.key, Name: id.name, Type: id.typ,
			Aliases: aliases(ms), Articles: articles, Mentions: len(ms),
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Entity < out[j].Entity
	})
	return out
}

// needsAnnotation tells whether a document has mentions without identity.
func needsAnnotation(d *news.Doc) bool {
	for _, m := range d.Entities {
		if m.Entity == "" {
			return true
		}
	}
	return false
}

// mergePersons joins the persons of several documents: full names that
// agree (transliteration folded), then short forms ("Lavrov", "S. Lavrov")
// to the only compatible full name, or the most mentioned one when several
// share the surname, then single names typed otherwise that are surnames of
// exactly one person (places only when the tagger also took the word for a
// person elsewhere).
func (r *Resolver) mergePersons(units []*unit, person []bool, names []pname, uf *unionFind) {
	anchor := map[string]int{}
	bySurname := map[string][]int{} // surname → anchors
	for i := range units {
		if !person[i] || names[i].class != nameFull {
			continue
		}
		k := names[i].surname + "|" + names[i].given + "|" + names[i].suffix
		if j, ok := anchor[k]; ok {
			uf.union(i, j)
			continue
		}
		anchor[k] = i
		bySurname[names[i].surname] = append(bySurname[names[i].surname], i)
	}
	// When several people share a surname, a bare surname goes to the one
	// most often called by the bare surname, then the most mentioned.
	size := map[int]int{}
	for i, u := range units {
		root := uf.find(i)
		size[root] += len(u.ms)
		if person[i] && names[i].surname != "" {
			for _, m := range u.ms {
				if !strings.ContainsAny(m.Text, " \t") && matchFold(m.Text) == names[i].surname {
					size[root] += 1 << 16
				}
			}
		}
	}
	perTexts := map[string]bool{}
	for i, u := range units {
		for _, m := range u.ms {
			if m.Type == news.PER && person[i] {
				perTexts[m.Text] = true
			}
		}
	}
	shorts := map[string][]int{}
	for i, u := range units {
		var p pname
		switch {
		case person[i] && names[i].class != nameFull:
			p = names[i]
		case !person[i] && len(u.ms) > 0 && r.maybeSurname(u.ms[0].Text) && (perTexts[u.ms[0].Text] || u.ms[0].Type != news.LOC):
			p = r.lx.parseName(u.ms[0].Text)
		default:
			continue
		}
		best, bestSize := -1, 0
		seen := map[int]bool{}
		for _, a := range bySurname[p.surname] {
			if !names[a].compatible(p) {
				continue
			}
			root := uf.find(a)
			if seen[root] {
				continue
			}
			seen[root] = true
			if s := size[root]; s > bestSize || (s == bestSize && root < best) {
				best, bestSize = root, s
			}
		}
		switch {
		case best >= 0 && (person[i] || len(seen) == 1):
			uf.union(i, best)
		case person[i]:
			// Short forms with no full name anywhere join each other.
			for _, j := range shorts[p.surname] {
				if names[j].compatible(p) {
					uf.union(i, j)
					break
				}
			}
			shorts[p.surname] = append(shorts[p.surname], i)
		}
	}
}

// uniqueKey returns the identity's key, qualified by its type (and a number)
// when another identity of the same merge already has it.
func uniqueKey(id identity, used map[string]bool) string {
	k := id.key
	if k == "" {
		k = "entity"
	}
	if used[k] {
		k = id.key + "-" + strings.ToLower(string(id.typ))
		for n := 2; used[k]; n++ {
			k = id.key + "-" + strings.ToLower(string(id.typ)) + "-" + strconv.Itoa(n)
		}
	}
	used[k] = true
	return k
}

// aliases returns the distinct forms of the mentions, most frequent first.
func aliases(ms []*news.Mention) []string {
	counts := map[string]int{}
	var forms []string
	for _, m := range ms {
		if counts[m.Text] == 0 {
			forms = append(forms, m.Text)
		}
		counts[m.Text]++
	}
	sort.SliceStable(forms, func(i, j int) bool {
		if counts[forms[i]] != counts[forms[j]] {
			return counts[forms[i]] > counts[forms[j]]
		}
		return forms[i] < forms[j]
	})
	return forms
}
