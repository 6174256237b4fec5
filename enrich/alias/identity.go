package alias

import (
	"sort"
	"strings"
	"unicode"

	"storyline/news"
)

// identity is what describe finds for a group of mentions.
type identity struct {
	key, name string
	typ       news.EntityType
}

// describe gives a group of mentions of one entity its type (by vote), its
// display name (the most complete, most frequent form) and its key (derived
// from the normalised canonical name only, so it is stable across stories).
func (r *Resolver) describe(ms []*news.Mention) identity {
	typ, counts := r.vote(ms)
	// A place or organisation of the tables.
	entries := map[*entry]int{}
	var best *entry
	for _, m := range ms {
		if f, ok := r.lx.lookup(m.Text); ok && (!f.demonym || !r.opt.SeparateDemonyms) {
			entries[f.e]++
			if best == nil || entries[f.e] > entries[best] {
				best = f.e
			}
		}
	}
	if typ == news.PER && (best == nil || counts[news.PER] > counts[best.typ]) {
		name := r.bestPerson(ms)
		return identity{key: keyFold(name), name: name, typ: typ}
	}
	if best != nil {
		// The tables know the type: "Kremlin" is an organisation however a
		// tagger labels it, "US" a place.
		return identity{key: best.key, name: best.name, typ: best.typ}
	}
	name := r.bestForm(ms, false)
	// An acronym with its expansion is named and keyed by the expansion:
	// acronyms are ambiguous ("BA": British Airways, Bank of America).
	for _, m := range ms {
		if isAcronym(m.Text) {
			if long := r.bestForm(ms, true); long != "" && initials(long) == letters(m.Text) {
				name = long
				break
			}
		}
	}
	// An organisation with its country: "Russian Foreign Ministry".
	for _, m := range ms {
		if c, rest := r.orgNorm(m.Text, m.Type == news.ORG); c != nil {
			return identity{key: orgKeyOf(c, rest), name: r.qualify(name, m.Text, c), typ: typ}
		}
	}
	if _, rest := r.orgNorm(name, typ == news.ORG); rest != "" {
		return identity{key: slug(rest), name: name, typ: typ}
	}
	return identity{key: slug(name), name: name, typ: typ}
}

// vote returns the type most mentions have, demonyms aside (they are MISC
// by nature), with the count of each type; ties go to PER, then ORG, LOC,
// MISC, so the result does not depend on the order of the mentions.
func (r *Resolver) vote(ms []*news.Mention) (news.EntityType, map[news.EntityType]int) {
	counts := map[news.EntityType]int{}
	order := []news.EntityType{news.PER, news.ORG, news.LOC, news.MISC}
	demonyms := r.allDemonyms(ms)
	for _, m := range ms {
		if !demonyms && r.isDemonym(m.Text) {
			continue
		}
		if counts[m.Type] == 0 && m.Type != news.PER && m.Type != news.ORG && m.Type != news.LOC && m.Type != news.MISC {
			order = append(order, m.Type)
		}
		counts[m.Type]++
	}
	var best news.EntityType
	for _, t := range order {
		if counts[t] > counts[best] {
			best = t
		}
	}
	return best, counts
}

func (r *Resolver) isDemonym(s string) bool {
	f, ok := r.lx.lookup(s)
	return ok && f.demonym && !r.opt.SeparateDemonyms
}

func (r *Resolver) allDemonyms(ms []*news.Mention) bool {
	for _, m := range ms {
		if !r.isDemonym(m.Text) {
			return false
		}
	}
	return len(ms) > 0
}

// bestPerson returns the most complete, then most frequent form of a person
// name, among the mention texts and the names they were given before.
func (r *Resolver) bestPerson(ms []*news.Mention) string {
	type cand struct {
		text  string
		n     int
		class int
		words int
	}
	byText := map[string]*cand{}
	var cs []*cand
	add := func(s string) {
		c := byText[s]
		if c == nil {
			p := r.lx.parseName(s)
			c = &cand{text: s, class: p.class, words: p.words}
			byText[s] = c
			cs = append(cs, c)
		}
		c.n++
	}
	for _, m := range ms {
		add(m.Text)
		// The name given earlier (by Annotate or a wider Merge) counts
		// too, so a person keeps one name and key from merge to merge.
		if m.Name != "" && m.Name != m.Text {
			add(m.Name)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.class != b.class {
			return a.class > b.class
		}
		if a.n != b.n {
			return a.n > b.n
		}
		if a.words != b.words {
			return a.words > b.words
		}
		return a.text < b.text
	})
	if len(cs) == 0 {
		return ""
	}
	return cs[0].text
}

// bestForm returns the most frequent form (without a leading "The"), ties
// going to the form with more capitals, then the longer one. With multi set,
// only forms of several words count.
func (r *Resolver) bestForm(ms []*news.Mention, multi bool) string {
	counts := map[string]int{}
	var forms []string
	for _, m := range ms {
		f := stripThe(m.Text)
		if multi && len(strings.Fields(f)) < 2 {
			continue
		}
		if counts[f] == 0 {
			forms = append(forms, f)
		}
		counts[f]++
	}
	sort.SliceStable(forms, func(i, j int) bool {
		a, b := forms[i], forms[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		if pa, pb := possessive(a), possessive(b); pa != pb {
			return pb
		}
		if ca, cb := capitals(a), capitals(b); ca != cb {
			return ca > cb
		}
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	if len(forms) == 0 {
		return ""
	}
	return forms[0]
}

// possessive tells whether a form holds a possessive ("Russia’s foreign
// ministry"), which makes a poor display name.
func possessive(s string) bool {
	return strings.Contains(s, "'s ") || strings.Contains(s, "’s ")
}

func capitals(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if startsUpper(w) {
			n++
		}
	}
	return n
}

// initials returns the lowercase first letters of the capitalised words of
// a name: "North Atlantic Treaty Organization" → "nato".
func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(ascii(s), func(r rune) bool { return r == ' ' || r == '-' }) {
		if startsUpper(w) {
			b.WriteByte(byte(unicode.ToLower(rune(w[0]))))
		}
	}
	return b.String()
}

// letters returns the lowercase letters of an acronym: "U.N." → "un".
func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(ascii(s)) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// orgNorm reads an organisation name as a country and the rest, normalised
// so variants agree: "Russia's foreign ministry", "Russian Foreign Ministry"
// and "Ministry of Foreign Affairs of Russia" all give (Russia, "foreign
// ministry"); "Department of State" gives (nil, "state department"); a
// corporate suffix goes ("Chrysler LLC" → "chrysler"). A name typed ORG
// (org) and written in capitals counts as an organisation whatever its
// words, with its country in front ("US Federal Reserve" → (United States,
// "federal reserve")); other names need an organisation word ("ministry").
// rest is "" when the name is no organisation.
func (r *Resolver) orgNorm(s string, org bool) (*entry, string) {
	raw := strings.Fields(stripThe(s))
	if len(raw) < 2 {
		return nil, ""
	}
	var country *entry
	var rest []string
	caps, countryFirst, demonym := true, false, false
	for i := 0; i < len(raw); {
		w := trimPossessive(raw[i])
		if country == nil {
			found := 0
			for n := min(r.lx.formLen, len(raw)-i); n > 0; n-- {
				p := trimPossessive(strings.Join(raw[i:i+n], " "))
				if f, ok := r.lx.lookup(p); ok && f.e.typ == news.LOC {
					country, found, demonym = f.e, n, f.demonym
					break
				}
			}
			if found > 0 {
				countryFirst = i == 0
				// "of (the) Russia" goes with the country.
				for len(rest) > 0 && (rest[len(rest)-1] == "of" || rest[len(rest)-1] == "the") {
					rest = rest[:len(rest)-1]
				}
				i += found
				continue
			}
		}
		t := strings.ToLower(ascii(strings.Trim(w, ".,;:\"'()")))
		if t != "" && t != "the" {
			rest = append(rest, t)
			if !connectors[t] && !startsUpper(w) {
				caps = false
			}
		}
		i++
	}
	for len(rest) > 1 && corpSuffixes[strings.TrimSuffix(rest[len(rest)-1], ".")] {
		rest = rest[:len(rest)-1]
	}
	if len(rest) >= 3 && r.lx.orgHeads[rest[0]] && rest[1] == "of" {
		rest = append(rest[2:], rest[0]) // "ministry of foreign affairs" → "foreign affairs ministry"
	}
	joined := strings.Join(rest, " ")
	joined = strings.ReplaceAll(joined, "foreign affairs", "foreign")
	joined = strings.ReplaceAll(joined, "defense", "defence")
	head := false
	for _, w := range strings.Fields(joined) {
		head = head || r.lx.orgHeads[w]
	}
	switch {
	case joined == "":
		return nil, ""
	case head:
		return country, joined
	case !org || !caps || country != nil && !countryFirst:
		return nil, ""
	case country != nil && demonym:
		// A demonym in a company's name is part of the name ("British
		// Airways"), unlike a country in front ("US Federal Reserve").
		whole := strings.Fields(strings.ToLower(ascii(stripThe(s))))
		for len(whole) > 1 && corpSuffixes[strings.TrimSuffix(whole[len(whole)-1], ".")] {
			whole = whole[:len(whole)-1]
		}
		return nil, strings.Join(whole, " ")
	}
	return country, joined
}

// connectors are the lowercase words inside names: "Bank of America",
// "Ministry of Health and Social Affairs", "Ursula von der Leyen".
var connectors = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "&": true, "de": true, "du": true,
	"des": true, "la": true, "le": true, "von": true, "van": true, "der": true, "den": true,
	"di": true, "da": true, "del": true, "y": true, "al": true, "el": true, "bin": true,
}

// corpSuffixes are the legal forms that end company names.
var corpSuffixes = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "company": true, "llc": true,
	"ltd": true, "limited": true, "plc": true, "group": true, "ag": true, "sa": true, "nv": true,
	"gmbh": true, "holdings": true, "spa": true, "s.a": true, "n.v": true, "s.p.a": true, "l.l.c": true,
}

// trimPossessive drops a final "'s".
func trimPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// orgKeyOf is the key of an organisation read by orgNorm.
func orgKeyOf(country *entry, rest string) string {
	if country == nil {
		return slug(rest)
	}
	return slug(country.name + " " + rest)
}

// unitKey is the grouping key of a non-person mention inside a document.
func (r *Resolver) unitKey(m *news.Mention) string {
	if f, ok := r.lx.lookup(m.Text); ok {
		if f.demonym && r.opt.SeparateDemonyms {
			return slug(m.Text)
		}
		return f.e.key
	}
	if c, rest := r.orgNorm(m.Text, m.Type == news.ORG); rest != "" {
		return orgKeyOf(c, rest)
	}
	return slug(stripThe(m.Text))
}

// qualify gives an organisation's display name the country that another of
// its forms states ("State Department" with "US Department of State" →
// "US State Department"), written as that form writes it.
func (r *Resolver) qualify(name, qualified string, c *entry) string {
	if cn, _ := r.orgNorm(name, true); cn != nil {
		return name
	}
	f := strings.Fields(qualified)
	if len(f) < 2 {
		return name
	}
	w := strings.TrimSuffix(strings.TrimSuffix(f[0], "'s"), "’s")
	if e, ok := r.lx.lookup(w); ok && e.e == c && !strings.HasPrefix(name, w+" ") {
		return w + " " + name
	}
	return name
}
