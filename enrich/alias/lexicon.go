package alias

import (
	"strings"

	"storyline/news"
)

// entry is one place or organisation of the reference tables.
type entry struct {
	key  string          // stable key, the slug of the canonical name
	name string          // canonical display name
	typ  news.EntityType // LOC or ORG
}

// form is how a table entry is written: a name, an abbreviation or a demonym.
type form struct {
	e       *entry
	demonym bool
}

// titleWord tells how a table phrase takes part in a job title.
type titleWord uint8

const (
	titleMod  titleWord = 1 << iota // qualifies a following title: "foreign", "deputy"
	titleHead                       // a title on its own: "minister", "president"
)

// lexicon holds the parsed reference tables. It is built once by New and
// only read afterwards, so a Resolver is safe for concurrent use.
type lexicon struct {
	titles    map[string]titleWord // lowercase phrase → kind
	titleLen  int                  // words in the longest title phrase
	domains   map[string]bool      // lowercase phrase after "of"
	domainLen int
	forms     map[string]form // slug of a name, abbreviation or demonym → entry
	formLen   int             // words in the longest form
	orgHeads  map[string]bool
	// nicknames maps the matchFold of a short given name to the matchFold
	// of the names it stands for ("mike" → "michael").
	nicknames map[string][]string
	// Words that may start a title, a domain or a form (slug words for
	// forms), and any word of a title or domain: cheap tests before joins.
	titleFirst, domainFirst, formFirst, titleWords map[string]bool
}

func newLexicon() *lexicon {
	lx := &lexicon{
		titles:     map[string]titleWord{},
		domains:    map[string]bool{},
		forms:      map[string]form{},
		orgHeads:   map[string]bool{},
		titleFirst: map[string]bool{}, domainFirst: map[string]bool{},
		formFirst: map[string]bool{}, titleWords: map[string]bool{},
		nicknames: map[string][]string{},
	}
	for _, line := range lines(nicknameTable) {
		name, shorts, _ := strings.Cut(line, ":")
		for _, s := range strings.Split(shorts, ",") {
			k := matchFold(strings.TrimSpace(s))
			lx.nicknames[k] = append(lx.nicknames[k], matchFold(name))
		}
	}
	for _, line := range lines(titleTable) {
		kind, phrase, _ := strings.Cut(line, " ")
		w := titleMod
		if kind == "head" {
			w = titleHead
		}
		lx.titles[phrase] |= w
		ws := strings.Fields(phrase)
		lx.titleLen = max(lx.titleLen, len(ws))
		lx.titleFirst[ws[0]] = true
		for _, w := range ws {
			lx.titleWords[w] = true
		}
	}
	for _, line := range lines(domainTable) {
		lx.domains[line] = true
		ws := strings.Fields(line)
		lx.domainLen = max(lx.domainLen, len(ws))
		lx.domainFirst[ws[0]] = true
		for _, w := range ws {
			lx.titleWords[w] = true
		}
	}
	lx.addEntries(placeTable, news.LOC)
	lx.addEntries(orgTable, news.ORG)
	for _, w := range strings.Fields(orgHeads) {
		lx.orgHeads[w] = true
	}
	return lx
}

// addEntries parses "name | variants | demonyms" lines.
func (lx *lexicon) addEntries(table string, typ news.EntityType) {
	for _, line := range lines(table) {
		cols := strings.Split(line, "|")
		name := strings.TrimSpace(cols[0])
		e := &entry{key: slug(name), name: name, typ: typ}
		lx.addForm(name, form{e: e})
		if len(cols) > 1 {
			for _, v := range strings.Split(cols[1], ",") {
				lx.addForm(v, form{e: e})
			}
		}
		if len(cols) > 2 {
			for _, v := range strings.Split(cols[2], ",") {
				lx.addForm(v, form{e: e, demonym: true})
			}
		}
	}
}

func (lx *lexicon) addForm(s string, f form) {
	k := slug(stripThe(strings.TrimSpace(s)))
	if k == "" {
		return
	}
	if _, dup := lx.forms[k]; dup {
		return // the first entry wins: tables list the more usual meaning first
	}
	lx.forms[k] = f
	ws := words(k)
	lx.formLen = max(lx.formLen, len(ws))
	lx.formFirst[ws[0]] = true
}

// lookup finds the table entry a name refers to ("U.S." → United States);
// names without a capital letter never match ("us").
func (lx *lexicon) lookup(name string) (form, bool) {
	if !hasUpper(name) {
		return form{}, false
	}
	f, ok := lx.forms[slug(stripThe(name))]
	return f, ok
}

// lines returns the non-empty trimmed lines of a table.
func lines(table string) []string {
	var out []string
	for _, l := range strings.Split(table, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
