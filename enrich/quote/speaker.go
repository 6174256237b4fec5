package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/news"
)

// speaker is a resolved speaker: a canonical key when an entity names it, a
// display name, the span of the mention used and a coarse type.
type speaker struct {
	name, key string
	span      news.Span
	hasSpan   bool
	typ       string // PER, ORG, LOC, MISC or ""
	stmt      bool   // the speaker spoke through a statement
}

// cand is a possible antecedent: an entity mention or a fallback name run
// outside quotations.
type cand struct {
	s, e      int
	name, key string
	typ, role string
	poss      bool // a possessive ("Mr. Kim's execution"): rarely the subject
	para      int
	unit      int // global unit index
}

// resolve turns the speaker phrase [a, b) of paragraph pi into a speaker.
func (x *extraction) resolve(pi int, p *para, a, b int) (speaker, bool) {
	// "Speaking to the public he said": lower-case words the rules took in
	// before a pronoun are not part of the speaker
	if b-a > 1 && pronouns[p.toks[b-1].lw] != "" && pronouns[p.toks[b-1].lw] != "SELF" {
		lower := true
		for _, t := range p.toks[a : b-1] {
			lower = lower && lowerStart(t.w)
		}
		if lower {
			a = b - 1
		}
	}
	pos := p.toks[a].s
	if b-a == 1 {
		lw := p.toks[a].lw
		switch lw {
		case "whom", "which", "who":
			return x.antecedent("ANY", pos, pi, true)
		}
		if t := pronouns[lw]; t != "" {
			if t == "SELF" {
				return speaker{}, false
			}
			return x.antecedent(t, pos, pi, false)
		}
	}
	// strip leading connectives and determiners
	definite := false
	for a < b {
		lw := p.toks[a].lw
		if !functionWords[lw] || pronouns[lw] != "" && b-a == 1 {
			break
		}
		if lw == "the" || lw == "this" || lw == "that" {
			definite = true
		}
		a++
	}
	if a >= b {
		return speaker{}, false
	}
	// "a statement by X", "a ministry statement", "the statement"
	stmt := false
	for j := a; j < b-1; j++ {
		if j > a && p.toks[j].lw == "by" && statementHeads[p.toks[j-1].lw] {
			sp, ok := x.resolve(pi, p, j+1, b)
			sp.stmt = true
			return sp, ok
		}
	}
	if statementHeads[p.toks[b-1].lw] {
		stmt = true
		b--
		if a == b {
			return x.statementAntecedent(pos, pi)
		}
	}
	ws := make([]string, 0, b-a)
	for j := a; j < b; j++ {
		ws = append(ws, p.toks[j].w)
	}
	span := news.Span{Start: p.toks[a].s, End: p.toks[b-1].e}
	last := strings.ToLower(stripPossessive(ws[len(ws)-1]))
	// nominal organisation: "Russia's foreign ministry", "the State Department"
	if quantifiers[strings.ToLower(ws[0])] && lowerStart(ws[len(ws)-1]) {
		return speaker{}, false // "several times described": an adverbial or a vague plural, not "The Times"
	}
	if orgHeads[last] && (lowerStart(ws[len(ws)-1]) || len(ws) > 1) && !hasPersonMention(x.ments, span) {
		if len(ws) == 1 && lowerStart(ws[0]) && definite {
			if sp, ok := x.nominalAntecedent(last, "ORG", pos, pi); ok {
				sp.stmt = sp.stmt || stmt
				return sp, true
			}
			// "the group said": the latest organisation named nearby
			for i := x.candsBefore(pos) - 1; i >= 0 && i >= x.candsBefore(pos)-maxLookback; i-- {
				c := x.cands[i]
				if c.e > pos {
					continue
				}
				if c.para < pi-2 {
					break
				}
				if c.typ == "ORG" {
					sp := fromCand(c)
					sp.stmt = stmt
					return sp, true
				}
			}
		}
		name := orgName(ws)
		sp := speaker{name: name, span: span, hasSpan: true, typ: "ORG", stmt: stmt}
		if m, ok := x.mentionNamed(name); ok {
			sp.key, sp.name = m.Entity, nameOf(m)
		}
		return sp, true
	}
	// entity mentions inside the phrase, when one ends the phrase or the
	// phrase ends with a common noun; a mention cut short by the tagger
	// ("Howard" in "Howard Dean") yields to the name run below
	if m, ok := pickMention(x.ments, span); ok && (m.End >= span.End-len("’s") || !capitalised(ws[len(ws)-1])) {
		sp := speaker{name: nameOf(m), key: m.Entity, span: m.Span, hasSpan: true, typ: string(m.Type), stmt: stmt}
		return sp, true
	}
	// fallback: a capitalised name run at the end of the phrase
	if capitalised(ws[len(ws)-1]) {
		run := tailRun(ws)
		if len(run) == 1 && len(ws) == 1 {
			lw := strings.ToLower(stripPossessive(run[0]))
			if calendarWords[lw] || firstWord(p, p.units[unitOf(p, a)][0]) == a && (x.lowerWords[lw] || strings.HasSuffix(lw, "ing")) && !x.capWords[lw] {
				return speaker{}, false // a sentence-initial word: "Back", "Hours"
			}
		}
		name, typ := runName(run)
		if name == "" {
			return speaker{}, false
		}
		if typ == "PER" && !strings.Contains(name, " ") {
			if full := x.fullName[strings.ToLower(name)]; full != "" {
				name = full
			}
		}
		off := len(ws) - len(run)
		sp := speaker{name: name, typ: typ, stmt: stmt, hasSpan: true,
			span: news.Span{Start: p.toks[a+off].s, End: p.toks[b-1].e}}
		return sp, true
	}
	// a bare definite noun ("the radioman") refers back to the latest person
	if len(ws) == 1 && definite && lowerStart(ws[0]) && !personHeads[last] {
		if sp, ok := x.nominalAntecedent(last, "PER", pos, pi); ok {
			return sp, true
		}
		for i := len(x.history) - 1; i >= 0 && i >= len(x.history)-maxLookback && x.history[i].para >= pi-2; i-- {
			if x.history[i].sp.typ == "PER" {
				return x.history[i].sp, true
			}
		}
	}
	// nominal person: "the spokeswoman", "a senior official"
	if personHeads[last] {
		if len(ws) == 1 && definite {
			if sp, ok := x.nominalAntecedent(last, "PER", pos, pi); ok {
				return sp, true
			}
		}
		return speaker{name: strings.Join(ws, " "), typ: "PER", span: span, hasSpan: true}, true
	}
	if len(ws) <= 4 {
		return speaker{name: strings.Join(ws, " "), span: span, hasSpan: true, stmt: stmt}, true
	}
	return speaker{}, false
}

// nameOf returns a mention's canonical name, else its text without a
// possessive.
func nameOf(m news.Mention) string {
	if m.Name != "" {
		return m.Name
	}
	return strings.TrimPrefix(stripPossessive(m.Text), "the ")
}

// hasPersonMention reports whether a PER mention lies inside span.
func hasPersonMention(ms []news.Mention, span news.Span) bool {
	for _, m := range ms {
		if m.Start >= span.Start && m.End <= span.End && m.Type == news.PER {
			return true
		}
	}
	return false
}

// pickMention chooses the speaker mention inside span: the last person, else
// the last organisation, else the last mention of any type.
func pickMention(ms []news.Mention, span news.Span) (news.Mention, bool) {
	var best news.Mention
	rank := -1
	for _, m := range ms {
		if m.Start < span.Start || m.End > span.End {
			continue
		}
		r := 1
		switch m.Type {
		case news.PER:
			r = 3
		case news.ORG:
			r = 2
		}
		if r >= rank {
			best, rank = m, r
		}
	}
	return best, rank >= 0
}

// mentionNamed finds a mention whose name equals name, ignoring case and a
// leading "the".
func (x *extraction) mentionNamed(name string) (news.Mention, bool) {
	n := normName(name)
	for _, m := range x.ments {
		if m.Entity != "" && (normName(m.Name) == n || normName(m.Text) == n) {
			return m, true
		}
	}
	return news.Mention{}, false
}

// normName lower-cases a name and drops a leading "the" and possessives.
func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(stripPossessive(s)))
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// orgName builds the display name of a nominal organisation phrase:
// possessive countries become demonyms, words are capitalised and "X of Y"
// becomes "Y X" ("Russia's foreign ministry" → "Russian Foreign Ministry",
// "US Department of State" → "US State Department").
func orgName(ws []string) string {
	var out []string
	for i, w := range ws {
		base := stripPossessive(w)
		if base != w && i < len(ws)-1 {
			if d, ok := demonyms[strings.ToLower(base)]; ok {
				out = append(out, d)
				continue
			}
		}
		out = append(out, titleCase(base))
	}
	// "Department of State" → "State Department" when one word follows "of"
	if n := len(out); n >= 3 && strings.EqualFold(out[n-2], "of") && orgHeads[strings.ToLower(out[n-3])] {
		head, obj := out[n-3], out[n-1]
		out = append(out[:n-3], obj, head)
	}
	return strings.Join(out, " ")
}

// titleCase capitalises the first letter of w unless it is a short function
// word inside a name.
func titleCase(w string) string {
	if w == "of" || w == "and" || w == "for" {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// tailRun returns the trailing run of capitalised words of ws, with name
// particles and "of" between capitalised words.
func tailRun(ws []string) []string {
	i := len(ws) - 1
	for i > 0 {
		w := ws[i-1]
		lw := strings.ToLower(w)
		if capitalised(w) && !isPossessive(w) {
			i--
			continue
		}
		if nameParticles[lw] || lw == "of" {
			k := i - 1
			for k > 0 && nameParticles[strings.ToLower(ws[k-1])] {
				k--
			}
			if k > 0 && capitalised(ws[k-1]) && !isPossessive(ws[k-1]) {
				i = k - 1
				continue
			}
		}
		break
	}
	for i < len(ws)-1 && functionWords[strings.ToLower(ws[i])] {
		i++
	}
	return ws[i:]
}

// runName turns a run of capitalised words into a name and a coarse type:
// organisations keep the whole run; for people, titles are stripped and at
// most a first name, particles and a surname are kept.
func runName(run []string) (string, string) {
	if len(run) == 0 {
		return "", ""
	}
	last := stripPossessive(run[len(run)-1])
	ll := strings.ToLower(last)
	clean := make([]string, len(run))
	for i, w := range run {
		clean[i] = stripPossessive(w)
	}
	if orgHeads[ll] || isAcronym(last) && len(run) == 1 {
		return orgName(clean), "ORG"
	}
	if len(run) >= 2 && strings.EqualFold(run[len(run)-2], "of") {
		return orgName(clean), "ORG"
	}
	if len(run) == 1 && countryNames[ll] {
		return last, "LOC"
	}
	if geoWords[ll] || len(clean) <= 2 && geoWords[strings.ToLower(clean[0])] {
		return strings.Join(clean, " "), "LOC" // "North America", "Gulf Coast"
	}
	// strip titles up to the last title word followed by a non-title word
	k := 0
	for i := 0; i < len(clean)-1; i++ {
		if titleWords[strings.ToLower(clean[i])] || isDemonym(clean[i]) {
			k = i + 1
		}
	}
	name := clean[k:]
	if len(name) > 2 {
		// keep a first name, particles, initials and the surname
		j := len(name) - 1
		for j > 0 && (nameParticles[strings.ToLower(name[j-1])] || isInitial(name[j-1])) {
			j--
		}
		if j > 0 {
			j--
		}
		name = name[j:]
	}
	return strings.Join(name, " "), "PER"
}

// isDemonym reports whether w is a country adjective ("British", "Russian").
func isDemonym(w string) bool { return demonymSet[w] }

// demonymSet holds the values of demonyms.
var demonymSet = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range demonyms {
		m[d] = true
	}
	return m
}()

// isInitial reports whether w is an initial such as "H." or "H.W.".
func isInitial(w string) bool {
	return strings.HasSuffix(w, ".") && len(w) <= 5 && capitalised(w)
}

// isAcronym reports whether w is an all-capitals word of 2 to 6 letters.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && n <= 6
}
